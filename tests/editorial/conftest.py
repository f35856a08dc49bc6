"""Fixtures for the editorial workflow tests: one user per role, with an email address and an admin language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from home.editorial.roles import EDITORS, MODERATORS, TRANSLATORS

PASSWORD = "editorial-test-password"


def make_user(username: str, group_name: str | None, language: str = "de"):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.capitalize()
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def editor(db):
    return make_user("erika", EDITORS, "de")


@pytest.fixture
def moderator(db):
    return make_user("moritz", MODERATORS, "de")


@pytest.fixture
def english_moderator(db):
    return make_user("mary", MODERATORS, "en")


@pytest.fixture
def translator(db):
    return make_user("tanja", TRANSLATORS, "en")


@pytest.fixture
def client_for(client):
    """A logged-in test client for a user: `client_for(editor).get(...)`."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def news_index(demo):
    return demo.page("de", "/aktuelles/")


@pytest.fixture
def draft_news(news_index, editor):
    """An unpublished German news item owned by the editor, with one draft revision."""
    from news.models import NewsPage

    page = NewsPage(
        title="Neue Beratungsstelle in Leipzig", slug="neue-beratungsstelle", live=False, owner=editor
    )
    news_index.add_child(instance=page)
    page.save_revision(user=editor)
    return page
