"""Editorial workflow and roles: moderation workflow, notifications, dashboard panels."""
