"""Settings per environment: base (shared), dev, test and production. Pick one with DJANGO_SETTINGS_MODULE."""
