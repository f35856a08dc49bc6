"""Chromium: the header search field leads to highlighted results in the active language, without JavaScript
errors; screenshots for review."""

import pytest

from tests.browser.conftest import ARTIFACTS


@pytest.mark.parametrize("language,query", [("de", "Integration"), ("en", "integration")])
def test_header_search_shows_highlighted_results(browser_page, site_url, language, query):
    browser_page.goto(f"{site_url}/{language}/")
    browser_page.fill("#header-search", query)
    browser_page.press("#header-search", "Enter")
    browser_page.wait_for_load_state("networkidle")
    assert browser_page.url.startswith(f"{site_url}/{language}/search/?q=")
    assert browser_page.locator("html").get_attribute("lang") == language
    assert browser_page.locator(".search-result").count() >= 1
    assert browser_page.locator(".search-result mark").count() >= 1
    assert browser_page.locator(".search-facets").count() == 1
    assert browser_page.console_errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / f"search-{language}.png"), full_page=True)
