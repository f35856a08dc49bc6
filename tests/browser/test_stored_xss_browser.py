"""Stored XSS in Chromium: copies of a news item, an event and a project, with the payload in every text field, are
loaded in the browser; nothing of it runs (escaping, with the strict Content-Security-Policy behind it).

The server thread reads the committed test database, so the copies are made there and deleted afterwards.
"""

import uuid

import pytest
from django.db import connections
from wagtail.models import Page

from news.models import EventPage, NewsPage
from projects.models import ProjectPage
from tests.xss import poison_page


@pytest.fixture
def poisoned_pages(site_url):
    suffix = uuid.uuid4().hex[:6]
    copies = []
    try:
        for model in (NewsPage, EventPage, ProjectPage):
            original = model.objects.live().filter(locale__language_code="de").first()
            copy = original.copy(
                to=original.get_parent(),
                update_attrs={"slug": f"xss-{suffix}", "title": "xss"},
                keep_live=True,
            )
            poison_page(Page.objects.get(pk=copy.pk))
            copies.append(copy.pk)
        yield [Page.objects.get(pk=pk).url for pk in copies]
    finally:
        for page in Page.objects.filter(pk__in=copies):
            page.delete()
        connections.close_all()


def test_stored_payloads_do_not_run_in_chromium(browser_page, site_url, poisoned_pages):
    dialogs = []
    browser_page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for url in poisoned_pages:
        response = browser_page.goto(site_url + url)
        assert response.status == 200, url
        assert "<script>window.__xss=1</script>" in browser_page.locator("h1").inner_text()  # shown as text
        assert browser_page.evaluate("typeof window.__xss") == "undefined", url
    assert dialogs == []
