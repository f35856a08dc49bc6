"""The translation status report: every page and snippet × locale, states that follow edits and syncs, filters,
links, the dashboard panel and a bounded number of queries."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from home.translations import bulk_po
from home.translations.status import MISSING, OUT_OF_DATE, UP_TO_DATE, TranslationStatus
from tests.translation.conftest import later, make_german_page, publish_edit

REPORT = "/admin/translation-status/"


def _state(instance, language="en"):
    rows = [
        row
        for row in TranslationStatus().rows()
        if row.source_id == instance.pk
        and row.locale.language_code == language
        and (
            row.kind == "page" if isinstance(instance, Page) else row.model_name == instance._meta.model_name
        )
    ]
    assert len(rows) == 1, rows
    return rows[0]


def test_demo_content_is_fully_translated_and_every_type_is_listed(demo):
    rows = TranslationStatus().rows()
    # The demo's one English-original news item is deliberately not translated into German.
    missing = [row.title for row in rows if row.state != UP_TO_DATE]
    assert missing == ["Online training on intercultural labour market integration"]
    # One row per page and its translations, whatever language the original is in.
    german_pages = len(
        {
            page.translation_key
            for page in Page.objects.filter(depth__gte=2)
            if not getattr(page.specific_class, "source_language_only", False)
        }
    )
    assert len([row for row in rows if row.kind == "page"]) == german_pages
    # Generic: every registered translatable snippet type appears, not a hard-coded list.
    translatable = {m._meta.model_name for m in get_snippet_models() if hasattr(m, "translation_key")}
    listed = {row.model_name for row in rows if row.kind == "snippet"}
    for model in get_snippet_models():
        if (
            hasattr(model, "translation_key")
            and model._default_manager.filter(locale__language_code="de").exists()
        ):
            assert model._meta.model_name in listed
    assert listed <= translatable


def test_missing_page_links_to_wagtail_localize_translate_form(german_page):
    row = _state(german_page)
    assert row.state == MISSING
    assert row.section_title == "Projekte"
    assert row.action_url == reverse("wagtail_localize:submit_page_translation", args=[german_page.pk]) + (
        "?select_locale=en"
    )


def test_states_follow_source_edits_and_syncs(demo, en, admin_client):
    page = demo.page("de", "/projekte/")
    assert _state(page).state == UP_TO_DATE

    # The source is published again after the translation was synced: out of date, with a sync link.
    with later(1):
        publish_edit(page, teaser="Ein neuer Teaser für die Projektübersicht.")
    row = _state(page)
    assert row.state == OUT_OF_DATE
    assert row.action_url == reverse("wagtail_localize:update_translations", args=[row.translation_source_id])

    # Sync through wagtail-localize's own view (not publishing): the new string waits for a translator.
    with later(2):
        response = admin_client.post(row.action_url, {})
    assert response.status_code == 302
    assert _state(page).state == OUT_OF_DATE

    # The translator translates the new string; the draft makes the translation up to date (still unpublished).
    translation = page.get_translation(en)
    from wagtail_localize.models import Translation

    loc_translation = Translation.objects.get(source_id=row.translation_source_id, target_locale=en)
    po = loc_translation.export_po()
    for entry in po:
        if not entry.msgstr:
            entry.msgstr = "A new teaser for the project overview."
    loc_translation.import_po(po)
    with later(3):
        bulk_po.save_draft(loc_translation)
    row = _state(page)
    assert row.state == UP_TO_DATE
    assert Page.objects.get(pk=translation.pk).specific.teaser != "A new teaser for the project overview."


def test_snippet_saved_in_the_admin_becomes_out_of_date(demo, admin_client):
    from wagtail.snippets.models import get_snippet_models

    model = next(
        m
        for m in get_snippet_models()
        if hasattr(m, "translation_key") and m._default_manager.filter(locale__language_code="de").exists()
    )
    snippet = model._default_manager.filter(locale__language_code="de").first()
    assert _state(snippet).state == UP_TO_DATE
    # Saved from code, without a log entry: the content comparison notices the change.
    first_text_field = next(
        f.name
        for f in model._meta.fields
        if f.get_internal_type() in ("CharField", "TextField") and f.name != "slug"
    )
    setattr(snippet, first_text_field, getattr(snippet, first_text_field) + " (neu)")
    with later(1):
        snippet.save()
    assert _state(snippet).state == OUT_OF_DATE


def test_filters_by_state_section_and_locale(german_page, admin_client):
    response = admin_client.get(REPORT, {"state": MISSING})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nur auf Deutsch" in html
    assert "Gemeinsam" not in html.split('id="listing-results"')[1]

    section = str(german_page.get_parent().translation_key)
    response = admin_client.get(REPORT, {"section": section, "locale": "en"})
    html = response.content.decode()
    assert "Nur auf Deutsch" in html and "Projekte" in html
    assert "Aktuelles" not in html.split('id="listing-results"')[1]

    response = admin_client.get(REPORT, {"state": UP_TO_DATE})
    assert "Nur auf Deutsch" not in response.content.decode().split('id="listing-results"')[1]


def test_invalid_filter_values_are_ignored(demo, admin_client):
    for params in ({"state": "nonsense"}, {"locale": "xx"}, {"section": "'; drop"}, {"p": "999"}):
        assert admin_client.get(REPORT, params).status_code == 200


def test_report_and_csv_export(german_page, admin_client):
    response = admin_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    )
    assert "Nur auf Deutsch" in content and MISSING in content
    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_report_needs_admin_access(client, demo):
    response = client.get(REPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_dashboard_panel_shows_counts(german_page, admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert 'id="translation-status"' in html or "translation-status" in html
    # The German-only test page plus the demo's English-original news item (deliberately not translated).
    assert f'<strong data-state="{MISSING}">2</strong>' in html


def test_reports_menu_links_to_the_report(admin_client, demo):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT in html


def _report_queries(admin_client, django_assert_max_num_queries, limit):
    admin_client.get(REPORT)
    with django_assert_max_num_queries(limit) as captured:
        assert admin_client.get(REPORT).status_code == 200
    return len(captured)


def test_report_query_count_does_not_grow_with_pages(demo, admin_client, django_assert_max_num_queries):
    small = _report_queries(admin_client, django_assert_max_num_queries, 60)
    parent = demo.page("de", "/aktuelles/")
    for number in range(25):
        make_german_page(parent, f"seite-{number}", f"Seite {number}")
    large = _report_queries(admin_client, django_assert_max_num_queries, 60)
    print(f"report queries: {small} (demo) -> {large} (+25 pages)")
    assert large <= small + 2
