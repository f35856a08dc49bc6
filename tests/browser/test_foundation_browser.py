"""Chromium loads both home pages without console errors and without contacting any other host."""

from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import ARTIFACTS


@pytest.mark.parametrize(
    "language,heading", [("de", "Integration gemeinsam gestalten"), ("en", "Shaping integration together")]
)
def test_home_page_loads_cleanly_and_only_from_our_host(browser_page, site_url, language, heading):
    response = browser_page.goto(f"{site_url}/{language}/")
    assert response.status == 200
    assert browser_page.locator("html").get_attribute("lang") == language
    assert browser_page.locator("h1").inner_text() == heading
    browser_page.wait_for_load_state("networkidle")
    assert browser_page.console_errors == []
    own_host = urlsplit(site_url).netloc
    assert browser_page.requested_hosts == {own_host}
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (375, 1280):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.screenshot(path=str(ARTIFACTS / f"home-{language}-{width}.png"), full_page=True)


def test_skip_link_moves_focus_to_main(browser_page, site_url):
    browser_page.goto(f"{site_url}/de/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Hauptinhalt springen"
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("location.hash") == "#main"
