"""Chromium: the German news list shows the English original with its language, one link per card, no errors,
nothing from other hosts; the event page offers its calendar file."""

import re
from urllib.parse import urlsplit

from tests.browser.conftest import ARTIFACTS


def test_german_news_list_in_chromium(browser_page, site_url):
    response = browser_page.goto(f"{site_url}/de/aktuelles/")
    assert response.status == 200
    cards = browser_page.locator("article.news-card")
    assert cards.count() == 4
    for index in range(cards.count()):
        assert cards.nth(index).locator("a").count() == 1  # the "Weiterlesen" link covers the card
    english = browser_page.locator('h3.card__title[lang="en"]')
    assert english.inner_text() == "Online training on intercultural labour market integration"
    assert browser_page.locator('.news-language[lang="en"]').inner_text() == "English"
    # Chromium puts a space before the visually hidden part of the name ("Weiterlesen : …").
    link = browser_page.get_by_role(
        "link", name=re.compile(r"^Weiterlesen ?: Zwischenfazit im Projekt EU-Belong$")
    )
    link.click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith("/de/aktuelles/zwischenfazit-eu-belong/")
    assert browser_page.console_errors == []
    assert browser_page.requested_hosts == {urlsplit(site_url).netloc}
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.goto(f"{site_url}/de/aktuelles/")
    browser_page.screenshot(path=str(ARTIFACTS / "news-de-1280.png"), full_page=True)


def test_event_page_links_its_ics(browser_page, site_url):
    browser_page.goto(f"{site_url}/en/events/knowledge-exchange-letterkenny-2024/")
    link = browser_page.get_by_role("link", name="Add to calendar (.ics)")
    assert link.get_attribute("href") == "/en/events/knowledge-exchange-letterkenny-2024/ical/"
    assert "Mar 20" in browser_page.locator(".facts").inner_text()
