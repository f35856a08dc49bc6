"""Media storage is chosen by the environment, so several app servers can share object storage (S3 with
django-storages) without a code change. Shown with Django's filesystem backend pointed at another folder."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

SAVE_AN_UPLOAD = (
    "from django.core.files.base import ContentFile;"
    "from django.core.files.storage import storages; s = storages['default'];"
    "name = s.save('documents/bericht.txt', ContentFile(b'Zwischenbericht'));"
    "print(type(s).__name__, name, s.url(name))"
)


def _start_django(code: str, **environ) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Django process, as an app server would start with this environment."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "site_config.settings.dev", **environ}
    env.pop("DATABASE_URL", None)  # no database is touched
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_media_storage_backend_and_options_come_from_the_environment(tmp_path):
    bucket = tmp_path / "bucket"
    result = _start_django(
        SAVE_AN_UPLOAD,
        MEDIA_STORAGE_BACKEND="django.core.files.storage.FileSystemStorage",
        MEDIA_STORAGE_OPTIONS=json.dumps({"location": str(bucket), "base_url": "https://media.example.org/"}),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "FileSystemStorage",
        "documents/bericht.txt",
        "https://media.example.org/documents/bericht.txt",
    ]
    assert (bucket / "documents" / "bericht.txt").read_bytes() == b"Zwischenbericht"
    assert not (Path(settings.BASE_DIR) / "var" / "media" / "documents" / "bericht.txt").exists()


def test_bad_storage_options_stop_the_start_with_a_clear_message():
    result = _start_django(
        "print('started')",
        MEDIA_STORAGE_BACKEND="storages.backends.s3.S3Storage",
        MEDIA_STORAGE_OPTIONS="{bucket_name: media}",
    )
    assert result.returncode != 0
    assert "MEDIA_STORAGE_OPTIONS is not valid JSON" in result.stderr
    assert "started" not in result.stdout
