"""Translators send a wagtail-localize translation into the workflow; moderators are told and publish it."""

from django.core import mail
from django.urls import reverse

from home.editorial.roles import WORKFLOW_NAME


def submit_url(page):
    return reverse("editorial_submit_translation", args=[page.pk])


def test_translator_submits_an_english_translation_for_review(client_for, translator, moderator, demo):
    page = demo.page("en", "/news/")
    client = client_for(translator)
    assert client.get(submit_url(page)).status_code == 200
    mail.outbox.clear()
    assert client.post(submit_url(page)).status_code == 302
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == translator
    assert [m for m in mail.outbox if m.to == [moderator.email]]
    assert page.live  # the published version stays online until the moderator approves the new one


def test_explorer_offers_the_submission_to_translators_only(client_for, translator, moderator, demo):
    english_home = demo.home("en")
    news = demo.page("en", "/news/")
    explorer = reverse("wagtailadmin_explore", args=[english_home.pk])
    assert submit_url(news) in client_for(translator).get(explorer).content.decode()
    assert submit_url(news) not in client_for(moderator).get(explorer).content.decode()


def test_translator_cannot_submit_german_pages(client_for, translator, demo):
    response = client_for(translator).post(submit_url(demo.page("de", "/aktuelles/")))
    assert response.status_code in (302, 403)
    assert not demo.page("de", "/aktuelles/").workflow_in_progress


def test_translator_may_start_translations_of_german_pages(client_for, translator, demo):
    url = reverse("wagtail_localize:submit_page_translation", args=[demo.page("de", "/aktuelles/").pk])
    assert client_for(translator).get(url).status_code == 200
