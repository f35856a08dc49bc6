"""Admin hooks for calls for proposals (imported by projects.wagtail_hooks)."""
