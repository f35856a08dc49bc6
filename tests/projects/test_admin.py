"""Editors: the project form's tabs, validation of dates and amounts, and synchronised facts across languages."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from projects.models import Funder


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser(
        "project-editor", "editor@example.org", "a-long-password-1"
    )
    client.force_login(user)
    return client


def _post(client, page, **overrides):
    amif = Funder.objects.get(locale=page.locale, short_name="AMIF")
    data = {
        "title": page.title,
        "slug": page.slug,
        "acronym": page.acronym,
        "summary": page.summary,
        "body": streamfield([]),
        "grant_code": page.grant_code,
        "start_date": "2022-01-01",
        "end_date": "2025-05-31",
        "total_budget": "1666663.03",
        "funding_amount": "1499996.74",
        "own_role": "partner",
        "region": "",
        "contact_name": "",
        "contact_email": "",
        "teaser": "",
        "funding_sources": inline_formset([{"funder": amif.pk, "amount": "1499996.74"}]),
        "partner_rows": inline_formset([]),
        "theme_rows": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), nested_form_data(data))


def test_edit_form_has_the_four_tabs(editor_client, demo):
    page = demo.page("de", "/projekte/eu-belong/")
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    # The admin speaks German to this user (the site's default language).
    for tab in ["Inhalt", "Fakten", "Partner", "Hervorheben"]:
        assert f'id="tab-label-{tab.lower()}"' in html, tab


def test_valid_edit_saves(editor_client, demo):
    page = demo.page("de", "/projekte/eu-belong/")
    response = _post(editor_client, page, acronym="EU-BELONG")
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().acronym == "EU-BELONG"


@pytest.mark.parametrize(
    "overrides,field,message",
    [
        ({"end_date": "2021-12-31"}, "end_date", "Das Enddatum darf nicht vor dem Startdatum liegen."),
        (
            {"funding_amount": "2000000.00"},
            "funding_amount",
            "Die Förderung darf nicht höher sein als das Gesamtbudget.",
        ),
        ({"total_budget": "-1"}, "total_budget", "Dieser Wert muss größer oder gleich 0 sein."),
    ],
)
def test_invalid_facts_are_rejected_with_a_message(editor_client, demo, overrides, field, message):
    page = demo.page("de", "/projekte/eu-belong/")
    response = _post(editor_client, page, **overrides)
    assert response.status_code == 200
    form = response.context["form"]
    assert message in form.errors[field]


def test_funding_sources_cannot_exceed_the_funding(editor_client, demo):
    page = demo.page("de", "/projekte/eu-belong/")
    amif = Funder.objects.get(locale=page.locale, short_name="AMIF")
    rbs = Funder.objects.get(locale=page.locale, short_name="RBS")
    response = _post(
        editor_client,
        page,
        funding_sources=inline_formset(
            [{"funder": amif.pk, "amount": "1499996.74"}, {"funder": rbs.pk, "amount": "10.00"}]
        ),
    )
    assert response.status_code == 200
    assert (
        "Die Förderquellen ergeben zusammen 1.500.006,74\xa0€, mehr als die Fördersumme."
        in (response.context["form"].errors["funding_amount"])
    )


def test_facts_are_synchronised_not_translated():
    from wagtail_localize.fields import get_translatable_fields

    from projects.models import PartnerOrganisationPage, ProjectPage

    def synchronised(model):
        return {f.field_name for f in get_translatable_fields(model) if not f.is_translated(None)}

    facts = {"acronym", "grant_code", "start_date", "end_date", "total_budget", "funding_amount", "own_role"}
    assert facts <= synchronised(ProjectPage)
    assert {"country", "short_name", "website"} <= synchronised(PartnerOrganisationPage)


def test_dashboard_counts_running_projects(editor_client, demo, make_project):
    import datetime

    make_project("now-running", start=datetime.date(2020, 1, 1), end=datetime.date(2099, 12, 31))
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 laufendes Projekt" in html
