"""Fixtures for the translation tests: an admin client, the locales and quick ways to edit and sync content."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page


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


@pytest.fixture
def german_page(demo):
    """A new published German page under the German projects index, with no English translation."""
    return make_german_page(demo.page("de", "/projekte/"), "nur-deutsch", "Nur auf Deutsch")


def make_german_page(parent, slug, title, **fields):
    """A published German page of the parent's own type (a section index: no required fields beyond the title),
    so the tests do not depend on the fields other features add to their detail pages."""
    model = parent.specific_class
    page = model(title=title, slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def translate_fully(instance, locale, strings=None, publish=False, user=None):
    """wagtail-localize's flow: source, translation, every string filled (given text or "[en] " + source)."""
    from wagtail_localize.models import Translation, TranslationSource

    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if not entry.msgstr:
            entry.msgstr = (strings or {}).get(entry.msgid, f"[{locale.language_code}] {entry.msgid}")
    translation.import_po(po)
    translation.save_target(user=user, publish=publish)
    return translation


def publish_edit(page, **fields):
    """Edit a page the way the editor does (a new revision) and publish it."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def later(minutes):
    """Run a block `minutes` in the future, so "published after synced" never depends on clock resolution."""
    return time_machine.travel(timezone.now() + timedelta(minutes=minutes), tick=True)
