"""Admin hooks for the editorial workflow (imported by home.wagtail_hooks)."""
