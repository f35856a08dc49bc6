"""Chromium: the material filters work without JavaScript and the material page names what each link downloads.

No file is downloaded here: the server thread writes to the shared test database, and a counted download would
outlive this test.
"""

from tests.browser.conftest import ARTIFACTS


def test_filter_materials_and_open_one(browser_page, site_url):
    browser_page.goto(f"{site_url}/de/materialien/")
    browser_page.select_option("#id_topic", "beratung")
    browser_page.get_by_role("button", name="Materialien anzeigen").click()
    browser_page.wait_for_url("**topic=beratung**")
    cards = browser_page.locator(".card-grid .card")
    assert cards.count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / "materials-filtered-de.png"), full_page=True)
    cards.first.get_by_role("link").click()
    browser_page.wait_for_url("**/handlungssicher-im-beratungsgespraech/")
    link = browser_page.locator(".material-files__link").first
    assert "herunterladen (Deutsch, PDF," in link.inner_text()
    assert link.get_attribute("href").endswith(
        "/download/" + link.get_attribute("href").rstrip("/").split("/")[-1] + "/"
    )
    # The only console errors allowed are 404s: the test server does not serve uploaded media (images).
    assert all("404" in error for error in browser_page.console_errors), browser_page.console_errors
    for width in (375, 1280):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.screenshot(path=str(ARTIFACTS / f"material-page-de-{width}.png"), full_page=True)
