"""A third language is a settings change plus one command: French is added, translated, published and served."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Locale, Page

from tests.helpers import tags

WITH_FRENCH = [("de", "Deutsch"), ("en", "English"), ("fr", "Français")]


@override_settings(LANGUAGES=WITH_FRENCH, WAGTAIL_CONTENT_LANGUAGES=WITH_FRENCH)
def test_add_french_and_serve_it(demo, client):
    out = io.StringIO()
    call_command("add_content_language", "fr", stdout=out)
    assert "Locale fr: created" in out.getvalue()
    french = Locale.objects.get(language_code="fr")
    german_pages = Page.objects.filter(locale__language_code="de", depth__gte=2).count()
    assert Page.objects.filter(locale=french).count() == german_pages
    # Drafts by default: nothing French is published yet.
    assert not Page.objects.filter(locale=french, live=True).exists()

    home = demo.home("de").get_translation(french).specific
    home.get_latest_revision().publish()
    response = client.get("/fr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    alternates = {link["hreflang"] for link in tags(html, "link") if link.get("rel") == "alternate"}
    assert {"de", "en", "fr", "x-default"} <= alternates

    # Running it again creates nothing new.
    out = io.StringIO()
    call_command("add_content_language", "fr", stdout=out)
    assert "0 pages and 0 snippets translated" in out.getvalue()


@override_settings(LANGUAGES=WITH_FRENCH, WAGTAIL_CONTENT_LANGUAGES=WITH_FRENCH)
def test_publish_flag_publishes_live_pages(demo, client, django_capture_on_commit_callbacks):
    # wagtail-localize publishes on commit; the test's transaction never commits, so run the callbacks here.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("add_content_language", "fr", "--publish", stdout=io.StringIO())
    assert client.get("/fr/").status_code == 200
    french_live = Page.objects.filter(locale__language_code="fr", live=True).count()
    german_live = Page.objects.filter(locale__language_code="de", live=True, depth__gte=2).count()
    assert french_live == german_live


def test_language_must_be_in_the_settings_first(demo):
    with pytest.raises(CommandError, match="WAGTAIL_CONTENT_LANGUAGES"):
        call_command("add_content_language", "fr", stdout=io.StringIO())
    assert not Locale.objects.filter(language_code="fr").exists()
