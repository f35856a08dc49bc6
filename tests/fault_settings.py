"""Production settings for the app server of tests/test_database_outage.py.

One change: static files come from the apps, so the test needs no collectstatic run (production's manifest
storage refuses to render a page without one).
"""

from site_config.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = True
