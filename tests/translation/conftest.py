"""Fixtures for the translation tests: an admin client, the locales and quick ways to edit and sync content."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("translator", "translator@example.com", "password-1234")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def de(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def en(db):
    return Locale.objects.get(language_code="en")
