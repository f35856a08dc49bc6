"""In the admin: the "lang" button of the rich text editor marks a selection as English, and the translation status
report renders. Nothing is saved: the server thread shares the committed demo database with every other test."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ARTIFACTS


@pytest.fixture
def admin_login(site_url, browser_page):
    from django.contrib.auth import get_user_model

    username = f"browser-{uuid.uuid4().hex[:8]}"
    user = get_user_model().objects.create_superuser(username, f"{username}@example.com", "browser-pass-1234")
    try:
        browser_page.goto(f"{site_url}/admin/login/")
        browser_page.fill("input[name=username]", username)
        browser_page.fill("input[name=password]", "browser-pass-1234")
        browser_page.click("button[type=submit]")
        browser_page.wait_for_url(f"{site_url}/admin/")
        yield browser_page
    finally:
        user.delete()


def test_lang_button_marks_the_selection(admin_login, site_url):
    from wagtail.models import Locale

    from home.models import HomePage

    page = admin_login
    home = HomePage.objects.get(locale=Locale.objects.get(language_code="de"))
    page.goto(f"{site_url}/admin/pages/{home.pk}/edit/")
    field = page.locator("#id_introduction").locator("xpath=..")
    editor = field.locator(".public-DraftEditor-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.once("dialog", lambda dialog: dialog.accept("en"))
    field.locator('button[name="LANG"]').first.click()
    assert field.locator('span[lang="en"]').count() >= 1
    # Draftail writes the hidden input after its change handler runs.
    # (expect() polls without eval, which the admin's Content-Security-Policy forbids.)
    expect(page.locator("#id_introduction")).to_have_value(re.compile("LANG"))
    value = page.locator("#id_introduction").input_value()
    assert '"LANG"' in value and '"lang": "en"' in value.replace('":"', '": "')
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-lang-feature.png"))
    assert page.console_errors == []


def test_status_report_and_dashboard_render(admin_login, site_url):
    page = admin_login
    assert page.locator("#translation-status").count() == 1 or "translation-status" in page.content()
    response = page.goto(f"{site_url}/admin/translation-status/?locale=en")
    assert response.status == 200
    assert page.locator("table.listing tbody tr").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-translation-status.png"), full_page=True)
