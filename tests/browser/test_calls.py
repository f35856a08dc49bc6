"""Chromium: an applicant filters the call index without JavaScript help, opens a call and finds its calendar file."""

from urllib.parse import urlsplit

from tests.browser.conftest import ARTIFACTS


def test_applicant_finds_the_closed_bamf_call_in_the_archive(browser_page, site_url):
    response = browser_page.goto(f"{site_url}/de/ausschreibungen/")
    assert response.status == 200
    assert browser_page.locator(".call-card").count() >= 1
    browser_page.select_option("#call-status", "closed")
    browser_page.click("form.filters button[type=submit]")
    browser_page.wait_for_load_state()
    assert "status=closed" in browser_page.url
    browser_page.click("text=Gesellschaftlichen Zusammenhalt stärken trotz Distanz")
    browser_page.wait_for_load_state()
    assert browser_page.locator("h1").inner_text() == "Gesellschaftlichen Zusammenhalt stärken trotz Distanz"
    assert "8. September 2020, 23:59 Uhr (MESZ)" in browser_page.locator("main").inner_text()
    assert browser_page.locator("a.call-apply").count() == 0
    href = browser_page.locator("a[href$='/calendar/']").get_attribute("href")
    assert href.endswith("/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/calendar/")
    assert browser_page.console_errors == []
    assert browser_page.requested_hosts == {urlsplit(site_url).netloc}
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / "call-bamf-de.png"), full_page=True)


def test_example_call_is_open_in_english(browser_page, site_url):
    browser_page.goto(f"{site_url}/en/calls/example-call-connecting-neighbourhoods/")
    text = browser_page.locator("main").inner_text()
    assert "Open" in text and "Expression of interest" in text
    assert browser_page.locator("a.call-apply").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.set_viewport_size({"width": 375, "height": 900})
    browser_page.screenshot(path=str(ARTIFACTS / "call-example-en-375.png"), full_page=True)
