"""Test settings: fast hashing, in-memory email, the dummy machine translator, unhashed static files."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", VAR_DIR / "test-media"))  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# A file, not an in-memory database: the browser tests' server thread opens its own connection to it, and
# `pytest --reuse-db` can keep it between local runs.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}  # noqa: F405

# Serve static files straight from the apps (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Throttling is tested on its own (tests/test_security.py); elsewhere tests log in with client.login().
AXES_ENABLED = False

# Tests that need the page cache switch it on (tests/test_page_cache.py); elsewhere a GET shows the database as is.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS_OVERRIDE", "0"))

# One generation file per test process, so two suites run side by side (PostgreSQL and SQLite) cannot
# invalidate each other's caches and change query counts.
PAGE_CACHE_GENERATION_FILE = VAR_DIR / f"page-cache-generation-test-{os.getpid()}"  # noqa: F405

# Every reuse of a query compiled once (home/compiled_queries.py) compiles it again and fails if the SQL differs:
# a key that misses something the query depends on fails the tests.
CHECK_COMPILED_QUERIES = True
