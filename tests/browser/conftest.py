"""Browser tests: Playwright drives the system Chromium against a server thread serving the demo database.

Without Chromium they are skipped with a reason, unless REQUIRE_BROWSER=1 (CI), where they fail instead.
"""

import os
from pathlib import Path

import pytest

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"

# Playwright's sync API keeps an event loop in this thread; our test code calls the ORM only between steps.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_executable():
    if not Path(CHROMIUM_PATH).exists():
        message = f"Chromium not found at {CHROMIUM_PATH} (install: apt-get install chromium)"
        if REQUIRE_BROWSER:
            pytest.fail(message + " and REQUIRE_BROWSER=1")
        pytest.skip(message)
    return CHROMIUM_PATH


@pytest.fixture(scope="session")
def live_site(django_db_setup, django_db_blocker):
    """The site served by a thread of this process, reading the committed demo content."""
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread

    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture
def site_url(live_site, django_db_blocker):
    # The server thread reaches the database only while a test runs, so unblock it for the test's duration.
    with django_db_blocker.unblock():
        yield live_site


@pytest.fixture(scope="session")
def browser(chromium_executable):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser, request):
    """A fresh page (desktop width) that records console errors and every host it requested."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    page = context.new_page()
    page.console_errors = []
    page.requested_hosts = set()
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on(
        "request",
        lambda req: page.requested_hosts.add(req.url.split("/")[2] if "://" in req.url else req.url),
    )
    yield page
    if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-failure.png"), full_page=True)
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
