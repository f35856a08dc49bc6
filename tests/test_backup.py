"""make backup / make restore: a round trip into an empty database brings back pages, revisions and files."""

import os
import subprocess
import sys
import tarfile
import uuid

import pytest
from django.db import connection

from home.backup import content_counts, create_backup


@pytest.mark.django_db
def test_backup_round_trip_into_an_empty_database(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "leitfaden.pdf").write_bytes(b"%PDF-1.4 demo")
    expected = content_counts()
    assert expected["wagtailcore_page"] > 10

    archive = create_backup(tmp_path / "backups")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and "media/documents/leitfaden.pdf" in names

    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "TEST_MEDIA_ROOT": str(tmp_path / "restored-media"),
    }
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        name = f"restore_{uuid.uuid4().hex[:8]}"
        admin = [
            "psql",
            "-h",
            db["HOST"] or "127.0.0.1",
            "-p",
            str(db["PORT"] or 5432),
            "-U",
            db["USER"] or "postgres",
            "-d",
            "postgres",
            "-qc",
        ]
        subprocess.run([*admin, f"CREATE DATABASE {name}"], check=True)
        env["DATABASE_URL"] = (
            f"postgres://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"
        )
    else:
        name = None
        env["VAR_DIR"] = str(tmp_path / "restored-var")
    try:
        result = subprocess.run(
            [sys.executable, "manage.py", "restore_site", str(archive)],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Restored" in result.stdout
        assert str(expected["wagtailcore_page"]) in result.stdout
        assert (tmp_path / "restored-media" / "documents" / "leitfaden.pdf").read_bytes() == b"%PDF-1.4 demo"
        # A second restore into the now full database is refused rather than mixing data.
        again = subprocess.run(
            [sys.executable, "manage.py", "restore_site", str(archive)],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            env=env,
        )
        assert again.returncode != 0
        assert "not empty" in again.stderr
    finally:
        if name:
            subprocess.run([*admin, f"DROP DATABASE IF EXISTS {name}"], check=False)
