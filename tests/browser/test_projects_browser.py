"""Chromium: the EU-Belong page shows its map and timeline without console errors; the project filters work
with JavaScript turned off (a plain GET form)."""

from urllib.parse import urlsplit

from tests.browser.conftest import ARTIFACTS


def test_project_page_renders_map_and_facts(browser_page, site_url):
    response = browser_page.goto(f"{site_url}/de/projekte/eu-belong/")
    assert response.status == 200
    browser_page.wait_for_load_state("networkidle")
    assert browser_page.console_errors == []
    assert browser_page.requested_hosts == {urlsplit(site_url).netloc}
    assert browser_page.locator("path.is-partner").count() == 9
    box = browser_page.locator(".partner-map__svg").bounding_box()
    assert box["width"] > 300 and box["height"] > 250
    assert browser_page.locator(".project-timeline__svg").is_visible()
    assert "Förderquote" in browser_page.locator(".facts").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (375, 1280):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.screenshot(path=str(ARTIFACTS / f"project-eu-belong-{width}.png"), full_page=True)


def test_filters_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(f"{site_url}/en/projects/")
        page.select_option("#filter-country", "IE")
        page.click("form.project-filters button[type=submit]")
        page.wait_for_load_state()
        assert "country=IE" in page.url
        assert page.locator(".result-count").inner_text() == "1 project"
        assert "EU-Belong" in page.locator(".card-grid").inner_text()
    finally:
        context.close()
