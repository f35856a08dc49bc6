"""Keyboard use in Chromium: skip link first, the phone menu opens with Enter/Space and closes with Escape,
focus stays visible, and the feedback form's errors are announced and focused."""

ACTIVE = "document.activeElement"


def _focus_ring(page) -> bool:
    style = page.evaluate(
        f"(() => {{ const s = getComputedStyle({ACTIVE}); return [s.outlineStyle, s.boxShadow]; }})()"
    )
    return style[0] != "none" or style[1] != "none"


def test_skip_link_then_menu_by_keyboard_on_a_phone(browser_page, site_url):
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site_url}/de/")
    page.keyboard.press("Tab")
    assert page.evaluate(f"{ACTIVE}.className") == "skip-link"
    assert _focus_ring(page)
    page.keyboard.press("Enter")
    assert page.evaluate(f"{ACTIVE}.id") == "main"

    page.goto(f"{site_url}/de/")
    toggle, menu = page.locator(".main-nav__toggle"), page.locator("#main-nav-list")
    for _ in range(3):  # skip link, logo, menu button
        page.keyboard.press("Tab")
    assert page.evaluate(f"{ACTIVE}.classList.contains('main-nav__toggle')")
    assert toggle.get_attribute("aria-expanded") == "false" and not menu.is_visible()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and menu.is_visible()
    page.keyboard.press("Space")
    assert not menu.is_visible()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate(f"{ACTIVE}.textContent") == "Projekte"
    assert _focus_ring(page)
    page.keyboard.press("Escape")
    assert not menu.is_visible()
    assert page.evaluate(f"{ACTIVE}.classList.contains('main-nav__toggle')")
    # The language switcher is plain links, reached by Tab after the menu and the search.
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate(f"{ACTIVE}.getAttribute('hreflang')") == "en":
            break
    assert page.evaluate(f"{ACTIVE}.textContent") == "English"
    assert _focus_ring(page)


def test_menu_is_open_without_javascript(browser, site_url):
    context = browser.new_context(
        viewport={"width": 375, "height": 800}, java_script_enabled=False, locale="de-DE"
    )
    page = context.new_page()
    page.goto(f"{site_url}/de/")
    assert page.locator("#main-nav-list").is_visible()
    assert not page.locator(".main-nav__toggle").is_visible()
    context.close()


def test_feedback_form_errors_are_announced_and_focused(browser_page, site_url):
    page = browser_page
    page.goto(f"{site_url}/de/barrierefreiheit/")
    page.locator("#feedback ~ form button[type=submit]").click()
    page.wait_for_load_state()
    summary = page.locator("#feedback-errors")
    assert summary.get_attribute("role") == "alert"
    page.wait_for_function("document.activeElement.id === 'feedback-errors'", timeout=5000)
    message = page.locator("#id_message")
    assert message.get_attribute("aria-invalid") == "true"
    error_id = message.get_attribute("aria-describedby")
    assert page.locator(f"#{error_id}").inner_text().strip()
    assert summary.locator("a[href='#id_message']").count() == 1
