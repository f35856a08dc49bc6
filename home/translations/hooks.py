"""Admin hooks for translation management (imported by home.wagtail_hooks)."""
