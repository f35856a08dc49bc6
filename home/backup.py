"""Backup and restore of the database and uploaded media as one timestamped archive.

PostgreSQL is dumped with pg_dump (custom format) and restored with pg_restore; SQLite is copied with SQLite's
online backup API. Media files go into the same tar.gz, with a manifest of what was saved so a restore can be
checked against it.
"""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections


def _pg_env(db) -> dict:
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _pg_args(db) -> list[str]:
    args = ["--host", db.get("HOST") or "127.0.0.1", "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return args


def content_counts(alias: str = "default") -> dict[str, int]:
    """What a restore must bring back: pages, revisions, images, documents."""
    with connections[alias].cursor() as cursor:
        counts = {}
        for table in (
            "wagtailcore_page",
            "wagtailcore_revision",
            "wagtailimages_image",
            "wagtaildocs_document",
        ):
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608 (fixed table names)
            counts[table] = cursor.fetchone()[0]
        return counts


def create_backup(output_dir: Path, alias: str = "default") -> Path:
    db = connections[alias].settings_dict
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"gemeinsam-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if connections[alias].vendor == "postgresql":
            dump = tmp / "database.pgdump"
            subprocess.run(
                ["pg_dump", *_pg_args(db), "--format=custom", "--no-owner", "--file", str(dump), db["NAME"]],
                check=True,
                env=_pg_env(db),
            )
        else:
            dump = tmp / "database.sqlite3"
            connections[alias].ensure_connection()
            target = sqlite3.connect(dump)
            connections[alias].connection.backup(target)
            target.close()
        manifest = {
            "created": stamp,
            "engine": connections[alias].vendor,
            "counts": content_counts(alias),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(tmp / "manifest.json", arcname="manifest.json")
            tar.add(dump, arcname=dump.name)
            media = Path(settings.MEDIA_ROOT)
            if media.exists():
                tar.add(media, arcname="media")
    return archive


def _database_is_empty(alias: str) -> bool:
    return "wagtailcore_page" not in connections[alias].introspection.table_names()


def restore_backup(archive: Path, alias: str = "default") -> dict:
    """Restore into an empty database (and media folder). Returns the archive's manifest."""
    if not _database_is_empty(alias):
        raise RuntimeError("The target database is not empty; restore only into a new, empty database.")
    db = connections[alias].settings_dict
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(tmp, filter="data")
        manifest = json.loads((tmp / "manifest.json").read_text())
        if (tmp / "database.pgdump").exists():
            if connections[alias].vendor != "postgresql":
                raise RuntimeError(
                    "This archive holds a PostgreSQL dump; set DATABASE_URL to a PostgreSQL database."
                )
            connections[alias].close()
            subprocess.run(
                [
                    "pg_restore",
                    *_pg_args(db),
                    "--no-owner",
                    "--exit-on-error",
                    "--dbname",
                    db["NAME"],
                    str(tmp / "database.pgdump"),
                ],
                check=True,
                env=_pg_env(db),
            )
        else:
            if connections[alias].vendor != "sqlite":
                raise RuntimeError("This archive holds a SQLite database; restore it without DATABASE_URL.")
            connections[alias].close()
            shutil.copyfile(tmp / "database.sqlite3", db["NAME"])
        media = tmp / "media"
        if media.exists():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return manifest
