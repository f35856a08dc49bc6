"""What editors can and cannot save, and the computed status they see in the admin listings."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from projects.models import CallForProposalsPage


@pytest.fixture
def admin_client(client, demo):
    user = get_user_model().objects.create_superuser(
        "calls-editor", "editor@example.org", "a-long-password-1"
    )
    client.force_login(user)
    return client


def _post(admin_client, call_index, deadlines, **fields):
    data = {
        "title": "Neuer Aufruf",
        "slug": "neuer-aufruf",
        "call_type": "single_stage",
        "deadlines": inline_formset(deadlines),
        "goals": streamfield([]),
        "documents": streamfield([]),
        "faq": streamfield([]),
        "who_may_apply": rich_text(""),
        "target_groups": rich_text(""),
        "requirements": rich_text(""),
        "how_to_apply": rich_text(""),
        "contact": rich_text(""),
        "introduction": rich_text(""),
        "action-publish": "publish",
        **fields,
    }
    url = f"/admin/pages/add/projects/callforproposalspage/{call_index.pk}/"
    return admin_client.post(url, nested_form_data(data))


def _row(day="2030-06-30", at="23:59", tz="Europe/Berlin", label="Frist"):
    return {"label": label, "local_date": day, "local_time": at, "timezone": tz}


def test_valid_call_is_created_with_its_deadline_in_utc(admin_client, call_index):
    response = _post(admin_client, call_index, [_row()], min_grant="1000", max_grant="5000")
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    call = CallForProposalsPage.objects.get(slug="neuer-aufruf")
    assert call.live
    assert call.closes_at.isoformat() == "2030-06-30T21:59:00+00:00"


def test_a_call_needs_a_deadline(admin_client, call_index):
    response = _post(admin_client, call_index, [])
    assert response.status_code == 200
    assert not CallForProposalsPage.objects.filter(slug="neuer-aufruf").exists()


def test_minimum_grant_must_not_exceed_maximum(admin_client, call_index):
    response = _post(admin_client, call_index, [_row()], min_grant="9000", max_grant="5000")
    assert response.status_code == 200
    assert "min_grant" in response.context["form"].errors


def test_deadline_must_be_after_opening(admin_client, call_index):
    response = _post(admin_client, call_index, [_row(day="2030-01-01")], opens_at="2030-02-01 09:00")
    assert response.status_code == 200
    errors = response.context["form"].formsets["deadlines"].forms[0].errors
    assert "local_date" in errors


def test_deadline_that_does_not_exist_on_the_clock_is_rejected(admin_client, call_index):
    response = _post(admin_client, call_index, [_row(day="2026-03-29", at="02:30")])
    assert response.status_code == 200
    errors = response.context["form"].formsets["deadlines"].forms[0].errors
    assert "local_time" in errors


def test_unknown_timezone_is_rejected(admin_client, call_index):
    response = _post(admin_client, call_index, [_row(tz="Mars/Olympus_Mons")])
    assert response.status_code == 200
    assert not CallForProposalsPage.objects.filter(slug="neuer-aufruf").exists()


def test_listing_shows_the_computed_status(admin_client, call_index):
    response = admin_client.get("/admin/call_pages/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gesellschaftlichen Zusammenhalt stärken trotz Distanz (Abgeschlossen)" in html
    assert "Beispielausschreibung: Nachbarschaften digital verbinden (Offen)" in html
    explorer = admin_client.get(f"/admin/pages/{call_index.pk}/").content.decode()
    assert "(Abgeschlossen)" in explorer and "(Offen)" in explorer


@pytest.mark.parametrize("language", ["de", "en"])
def test_editors_can_open_a_call_in_both_languages(admin_client, demo, language):
    path = "/ausschreibungen/beispielausschreibung-nachbarschaften-digital/"
    if language == "en":
        path = "/calls/example-call-connecting-neighbourhoods/"
    page = demo.page(language, path)
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
