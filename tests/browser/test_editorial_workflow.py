"""The editorial workflow end to end in real Chromium against the real admin: an editor writes a German news item and
submits it, a moderator approves (or rejects with a comment) from the dashboard, and the editor is told by mail.

The server thread writes to the committed test database, so each test creates its own users and news item and
deletes them again at the end.
"""

import re
import uuid
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connections
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile

from home.editorial.roles import EDITORS, MODERATORS
from tests.browser.conftest import ARTIFACTS

PASSWORD = "browser-test-password"


def _user(name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD, first_name=name[:10])
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    return user


@contextmanager
def editorial_scene():
    """An editor, a moderator and a unique news title; everything is removed again afterwards."""
    suffix = uuid.uuid4().hex[:6]
    editor = _user(f"redakteurin-{suffix}", EDITORS)
    moderator = _user(f"moderator-{suffix}", MODERATORS)
    title = f"Sprachcafé in Halle eröffnet {suffix}"
    try:
        yield editor, moderator, title
    finally:
        for page in Page.objects.filter(title=title):
            page.delete()
        editor.delete()
        moderator.delete()
        # Our ORM calls ran beside Playwright's event loop; close that connection so PostgreSQL can drop the
        # test database at the end of the session.
        connections.close_all()


@pytest.fixture
def new_browser_page(browser, request):
    """Fresh pages in their own contexts (one per person), screenshotted when the test fails."""
    contexts = []

    def open_page():
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
        contexts.append(context)
        return context.new_page()

    yield open_page
    failed = getattr(request.node, "rep_call", None) and request.node.rep_call.failed
    for index, context in enumerate(contexts):
        if failed:
            ARTIFACTS.mkdir(exist_ok=True)
            for page in context.pages:
                page.screenshot(
                    path=str(ARTIFACTS / f"{request.node.name}-{index}-failure.png"), full_page=True
                )
        context.close()


def log_in(page, site_url, user):
    page.goto(f"{site_url}/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def write_and_submit(page, site_url, title):
    """As the editor: create a German news item under /de/aktuelles/ and submit it for review."""
    news_index = Page.objects.get(url_path="/startseite/aktuelles/")
    page.goto(f"{site_url}/admin/pages/add/news/newspage/{news_index.pk}/")
    page.get_by_role("textbox", name=re.compile("Titel")).first.fill(title)
    page.get_by_role("textbox", name=re.compile("Titel")).first.blur()
    # The editor has no way to publish: neither the main button nor anything in the actions menu.
    page.get_by_role("button", name="Mehr Aktionen").click()
    submit = page.get_by_role("button", name="In Redaktionelle Freigabe einreichen")
    expect(submit).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Veröffentlichen"))).to_have_count(0)
    expect(page.locator('[name="action-publish"]')).to_have_count(0)
    submit.click()
    expect(page.locator(".messages")).to_contain_text(title)


def open_review_actions(page, site_url, title):
    """As the moderator: find the item on the dashboard under "awaiting your review" and open its actions."""
    page.goto(f"{site_url}/admin/")
    review = page.locator("#awaiting-review-section")
    expect(review).to_contain_text(title)
    row = review.get_by_role("row").filter(has_text=title)
    row.get_by_role("button", name="Aktionen").click()
    return row


def test_editor_submits_moderator_approves_post_goes_live(site_url, new_browser_page):
    with editorial_scene() as (editor, moderator, title):
        mail.outbox.clear()
        editor_page = new_browser_page()
        log_in(editor_page, site_url, editor)
        write_and_submit(editor_page, site_url, title)
        news = Page.objects.get(title=title)
        assert not news.live
        assert [m for m in mail.outbox if m.to == [moderator.email]], (
            "the moderator was told about the submission"
        )

        moderator_page = new_browser_page()
        log_in(moderator_page, site_url, moderator)
        row = open_review_actions(moderator_page, site_url, title)
        row.get_by_role("button", name="Freigeben", exact=True).click()
        expect(moderator_page.locator("#awaiting-review-section")).to_have_count(0)

        news.refresh_from_db()
        assert news.live
        listing = moderator_page.goto(f"{site_url}/de/aktuelles/")
        assert listing.status == 200
        expect(moderator_page.get_by_role("link", name=title)).to_be_visible()
        # ...and at once in the German feed and on the German home page.
        feed = moderator_page.request.get(f"{site_url}/de/aktuelles/rss/")
        assert feed.status == 200 and title in feed.text()
        moderator_page.goto(f"{site_url}/de/")
        assert title in moderator_page.content()

        [approval] = [m for m in mail.outbox if m.to == [editor.email]]
        assert "freigegeben" in approval.subject
        assert f"/admin/pages/{news.pk}/edit/" in approval.body


def test_moderator_rejects_with_comment_post_stays_unpublished(site_url, new_browser_page):
    comment = "Bitte Ort und Uhrzeit des Sprachcafés ergänzen."
    with editorial_scene() as (editor, moderator, title):
        mail.outbox.clear()
        editor_page = new_browser_page()
        log_in(editor_page, site_url, editor)
        write_and_submit(editor_page, site_url, title)
        news = Page.objects.get(title=title)

        moderator_page = new_browser_page()
        log_in(moderator_page, site_url, moderator)
        row = open_review_actions(moderator_page, site_url, title)
        row.get_by_role("button", name="Änderungen anfordern").click()
        dialog = moderator_page.get_by_role("dialog")
        dialog.get_by_label("Kommentar").fill(comment)
        dialog.get_by_role("button", name="Änderungen anfordern").click()
        expect(moderator_page.locator("#awaiting-review-section")).to_have_count(0)

        news.refresh_from_db()
        assert not news.live
        assert moderator_page.goto(f"{site_url}/de/aktuelles/").status == 200
        expect(moderator_page.get_by_role("link", name=title)).to_have_count(0)

        # The editor reads the comment in the page's history in the admin, and in the mail.
        editor_page.goto(f"{site_url}/admin/pages/{news.pk}/history/")
        expect(editor_page.get_by_text(comment)).to_be_visible()
        [rejection] = [m for m in mail.outbox if m.to == [editor.email]]
        assert comment in rejection.body
