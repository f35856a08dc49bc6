"""Local-only demo accounts for the three editorial roles, created with `load_demo_content --demo-superuser`
(DEBUG only) so the workflow can be tried at once: log in as each and watch a page go through review."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.editorial.roles import EDITORS, MODERATORS, TRANSLATORS

DEMO_PASSWORD = "gemeinsam-demo"
DEMO_USERS = [
    ("redaktion", "Rita", "Redaktion", EDITORS, "de"),
    ("freigabe", "Frank", "Freigabe", MODERATORS, "de"),
    ("uebersetzung", "Una", "Übersetzung", TRANSLATORS, "en"),
]


def create_demo_editorial_users(stdout=None) -> None:
    from wagtail.users.models import UserProfile

    User = get_user_model()
    for username, first_name, last_name, group_name, language in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username, f"{username}@example.org", DEMO_PASSWORD, first_name=first_name, last_name=last_name
        )
        user.groups.add(Group.objects.get(name=group_name))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        if stdout:
            stdout.write(f"Created the demo user {username!r} ({group_name}).")
