"""axe-core in Chromium: no WCAG 2.1 A/AA violation on any page of the demo site, in both languages, at phone
and desktop width. The pages come from sitemap.xml, so every new page type is checked without listing it here."""

import json
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
EXTRA_PATHS = {
    "de": ["/de/search/?q=Integration", "/de/search/", "/de/gibt-es-nicht/"],
    "en": ["/en/search/?q=integration", "/en/search/", "/en/does-not-exist/"],
}


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make install does it)")
    return AXE.read_text()


def sitemap_paths(site_url, language):
    with urllib.request.urlopen(f"{site_url}/sitemap.xml") as response:  # noqa: S310 (our own test server)
        root = ET.fromstring(response.read())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", ns)]
    # One page per section and depth: 22 partner profiles share one template, checking one is enough and keeps
    # the run short while every page type is still covered.
    chosen, seen = [], set()
    for path in paths:
        parts = path.strip("/").split("/")
        shape = (len(parts), parts[1] if len(parts) > 1 else "")
        if path.startswith(f"/{language}/") and shape not in seen:
            seen.add(shape)
            chosen.append(path)
    return chosen


def axe_violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(
            node["target"][0] if isinstance(node["target"][0], str) else json.dumps(node["target"])
            for node in violation["nodes"][:3]
        )
        for violation in result["violations"]
    ]


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_axe_violations_on_any_page(browser, site_url, axe_source, language, width):
    # Our CSP forbids inline scripts; the test injects axe, so the test context bypasses CSP.
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True, locale=language)
    page = context.new_page()
    paths = sitemap_paths(site_url, language) + EXTRA_PATHS[language]
    assert len(paths) >= 8, paths
    problems = {}
    for path in paths:
        page.goto(site_url + path)
        violations = axe_violations(page, axe_source)
        if violations:
            problems[path] = violations
    context.close()
    assert problems == {}, json.dumps(problems, indent=2, ensure_ascii=False)
