"""wagtail-localize's "Translate" / "Sync translated …" buttons in the admin listings, now answered by the
listing's own query (home/translations/listing_buttons.py): each row shows the same buttons as before, once, with
wagtail-localize's German labels."""

from django.urls import reverse

from tests.translation.conftest import make_german_page, translate_fully


def _source_id(instance):
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get_for_instance(instance).pk


def test_explorer_offers_translate_or_sync_per_german_page(admin_client, demo, en):
    index = demo.page("de", "/projekte/")
    only_german = make_german_page(index, "nur-deutsch", "Nur auf Deutsch")
    translated = make_german_page(index, "zweisprachig", "Zweisprachig")
    translate_fully(translated, en, strings={"zweisprachig": "bilingual"}, publish=True)
    explorer = reverse("wagtailadmin_explore", args=[index.pk])

    html = admin_client.get(explorer).content.decode()

    translate = reverse("wagtail_localize:submit_page_translation", args=[only_german.pk])
    assert html.count(f'href="{translate}"') == 1
    assert "Diese Seite übersetzen" in html
    assert f'href="{reverse("wagtail_localize:submit_page_translation", args=[translated.pk])}"' not in html
    sync = reverse("wagtail_localize:update_translations", args=[_source_id(translated)])
    assert html.count(f'href="{sync}?next=%2Fadmin%2Fpages%2F{index.pk}%2F"') == 1
    assert "Synchronisiere übersetzte Seiten" in html


def test_an_english_alias_is_translated_through_its_german_page(admin_client, demo, en):
    german = make_german_page(demo.page("de", "/projekte/"), "mit-alias", "Mit Alias")
    alias = german.copy_for_translation(en, copy_parents=False, alias=True)

    html = admin_client.get(reverse("wagtailadmin_explore", args=[alias.get_parent().pk])).content.decode()

    assert html.count(f'href="{reverse("wagtail_localize:submit_page_translation", args=[german.pk])}"') == 1


def test_snippet_listing_offers_translate_or_sync(admin_client, de, en):
    from projects.models import Theme

    only_german = Theme.objects.create(name="Nur Thema", slug="nur-thema", locale=de)
    translated = Theme.objects.create(name="Zwei Thema", slug="zwei-thema", locale=de)
    translate_fully(translated, en, strings={"zwei-thema": "two-theme"}, publish=True)
    listing = reverse(Theme.snippet_viewset.get_url_name("list"))

    html = admin_client.get(listing).content.decode()

    translate = reverse(
        "wagtail_localize:submit_snippet_translation", args=["projects", "theme", only_german.pk]
    )
    assert html.count(f'href="{translate}"') == 1
    assert f"/submit/snippet/projects/theme/{translated.pk}/" not in html
    sync = reverse("wagtail_localize:update_translations", args=[_source_id(translated)])
    assert html.count(f'href="{sync}?next=%2Fadmin%2Fsnippets%2Fprojects%2Ftheme%2F"') == 1
    assert "Synchronisiere übersetzte Schnipsel" in html


def test_sidebar_explorer_api_is_left_alone(admin_client, demo):
    index = demo.page("de", "/projekte/")
    response = admin_client.get(
        reverse("wagtailadmin_api:pages:listing"), {"child_of": index.pk, "for_explorer": 1}
    )
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == index.get_children().count()
