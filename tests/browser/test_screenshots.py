"""Full-page screenshots of every public page type (German) at phone and desktop width, saved as test artefacts
in test-artifacts/screenshots/ for people to look at; each page answers 200 and has exactly one h1."""

from tests.browser.conftest import ARTIFACTS
from tests.helpers import one_live
from tests.test_structured_data import EXPECTED

EXTRA = {"search-results": "/de/search/?q=Integration"}


def test_screenshots_of_every_page_type(browser, site_url):
    targets = dict(EXTRA)
    for page_class in EXPECTED:
        page = one_live(page_class, "de")
        targets[page_class.__name__] = page.url
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    problems = {}
    for width in (375, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="de-DE")
        tab = context.new_page()
        for name, path in targets.items():
            response = tab.goto(site_url + path)
            headings = tab.locator("h1").count()
            if response.status != 200 or headings != 1:
                problems[f"{path} @ {width}"] = (response.status, headings)
            # Nothing may stick out sideways on a phone (a horizontal scrollbar hides content).
            overflow = tab.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                problems[f"{path} @ {width}"] = f"{overflow}px wider than the viewport"
            tab.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
        context.close()
    assert problems == {}
