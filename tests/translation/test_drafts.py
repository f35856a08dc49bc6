"""Translations do not publish themselves: new, re-synced and machine-translated versions stay drafts until an
editor (or the workflow) publishes them."""

from django.conf import settings
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests.translation.conftest import later, make_german_page, publish_edit


def test_setting_is_off():
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False


def _submit(admin_client, page, en):
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [en.pk]}
    )
    assert response.status_code == 302
    return Page.objects.get(translation_key=page.translation_key, locale=en)


def test_submitted_translation_is_a_draft_until_published(demo, en, admin_client, client):
    german = make_german_page(demo.page("de", "/projekte/"), "entwurf", "Nur ein Entwurf")
    english = _submit(admin_client, german, en)
    assert not english.live
    assert client.get("/en/projects/entwurf/").status_code == 404
    english.specific.get_latest_revision().publish()
    english.refresh_from_db()
    assert english.live
    assert english.url == "/en/projects/entwurf/"
    assert client.get("/en/projects/entwurf/").status_code == 200


def test_machine_translation_through_wagtail_localize_stays_a_draft(demo, en, admin_client, client):
    german = make_german_page(
        demo.page("de", "/projekte/"), "maschine", "Maschinell übersetzt", teaser="Hallo schöne Welt"
    )
    english = _submit(admin_client, german, en)
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=en)

    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"}
    )
    assert response.status_code == 302
    # The dummy translator reverses the words.
    translated = set(
        StringTranslation.objects.filter(locale=en, context__object_id=german.translation_key).values_list(
            "data", flat=True
        )
    )
    assert "Welt schöne Hallo" in translated
    assert translated <= set(
        StringTranslation.objects.filter(locale=en, translation_type="machine").values_list("data", flat=True)
    )
    english.refresh_from_db()
    assert not english.live
    assert english.url.startswith("/en/projects/")
    assert client.get(english.url).status_code == 404


def test_machine_translating_a_resynced_live_page_leaves_it_unchanged(demo, en, admin_client, client):
    german = demo.page("de", "/aktuelles/")
    with later(1):
        publish_edit(german, teaser="Neue Meldungen jede Woche")
    translation = Translation.objects.get(source__object_id=german.translation_key, target_locale=en)
    with later(2):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"use_machine_translation": "on"},
        )
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale=en, data="Woche jede Meldungen Neue").exists()
    english = german.get_translation(en)
    assert english.live
    html = client.get(english.url).content.decode()
    assert "Woche jede Meldungen Neue" not in html
