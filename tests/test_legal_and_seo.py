"""Legal pages in the footer, the accessibility feedback form, sitemap and structured data."""

import json
import xml.etree.ElementTree as ET

import pytest
from django.core import mail

from home.models import AccessibilityFeedback
from tests.helpers import tags

LEGAL = {
    "de": ["/de/impressum/", "/de/datenschutz/", "/de/barrierefreiheit/"],
    "en": ["/en/imprint/", "/en/privacy/", "/en/accessibility/"],
}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("path", ["/{lang}/", "/{lang}/search/", "/{lang}/does-not-exist/"])
def test_every_page_links_the_legal_pages_in_its_language(client, db, language, path):
    html = client.get(path.format(lang=language)).content.decode()
    hrefs = {a.get("href") for a in tags(html, "a")}
    assert set(LEGAL[language]) <= hrefs


def test_imprint_shows_the_organisation_from_the_site_settings(client, db):
    html = client.get("/de/impressum/").content.decode()
    assert "Aufbauwerk Region Leipzig GmbH" in html
    assert "§ 18 Abs. 2 MStV" in html


def _feedback(client, **overrides):
    data = {
        "name": "",
        "email": "leser@example.org",
        "page_url": "/de/",
        "message": "Der Kontrast ist zu gering.",
        "website": "",
    }
    data.update(overrides)
    return client.post("/de/barrierefreiheit/", data)


def test_feedback_form_stores_and_mails_the_report(client, db):
    response = _feedback(client)
    assert response.status_code == 302
    assert response["Location"].endswith("?sent=1#feedback")
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.message == "Der Kontrast ist zu gering."
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@aufbauwerk-leipzig.com"]
    assert "Der Kontrast ist zu gering." in mail.outbox[0].body
    assert "Thank you" not in client.get(response["Location"]).content.decode()  # German page, German thanks
    assert "Vielen Dank" in client.get(response["Location"]).content.decode()


def test_feedback_honeypot_and_empty_message_are_refused_with_a_message(client, db):
    assert _feedback(client, website="http://spam.example").status_code == 200
    response = _feedback(client, message="")
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 0
    assert mail.outbox == []


def test_feedback_cannot_inject_mail_headers(client, db):
    _feedback(client, name="x\r\nBcc: victim@example.org", message="Hallo\r\nBcc: victim@example.org")
    assert len(mail.outbox) == 1
    message = mail.outbox[0].message()
    assert message["Bcc"] is None
    assert mail.outbox[0].subject == "Barriere gemeldet / Accessibility feedback"


def test_feedback_is_rate_limited(client, db):
    for _ in range(5):
        assert _feedback(client).status_code == 302
    response = _feedback(client)
    assert response.status_code == 200
    assert AccessibilityFeedback.objects.count() == 5


def test_sitemap_lists_both_languages_with_alternates(client, db):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    assert any("/de/projekte/" in loc for loc in locations)
    assert any("/en/projects/" in loc for loc in locations)
    projects_en = next(
        url for url in root.findall("s:url", ns) if url.find("s:loc", ns).text.endswith("/en/projects/")
    )
    hreflangs = {link.get("hreflang"): link.get("href") for link in projects_en.findall("x:link", ns)}
    assert hreflangs["de"].endswith("/de/projekte/")


def _json_ld(html):
    import re

    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_home_page_has_organization_json_ld(client, db):
    blocks = _json_ld(client.get("/en/").content.decode())
    assert blocks[0]["@type"] == "Organization"
    assert blocks[0]["name"] == "Aufbauwerk Region Leipzig GmbH"


def test_subpages_have_breadcrumb_json_ld_and_social_tags(client, db):
    html = client.get("/en/projects/").content.decode()
    breadcrumb = next(block for block in _json_ld(html) if block["@type"] == "BreadcrumbList")
    assert [item["name"] for item in breadcrumb["itemListElement"]][-1] == "Projects"
    meta = {m.get("property"): m.get("content") for m in tags(html, "meta") if m.get("property")}
    assert meta["og:title"] == "Projects"
    assert meta["og:url"].endswith("/en/projects/")


def test_the_social_image_is_kept_until_the_image_changes(client, demo):
    """og:image is the listing image's 1200x630 rendition; a second view looks nothing up, and a new focal point
    (which makes another rendition) shows at once."""
    from unittest import mock

    project = demo.page("en", "/projects/eu-belong/")
    image = project.listing_image
    assert image is not None

    def og_image():
        html = client.get(project.url).content.decode()
        return {m.get("property"): m.get("content") for m in tags(html, "meta") if m.get("property")}

    meta = og_image()
    assert meta["og:image"].endswith(image.get_rendition("fill-1200x630|format-jpeg").url)
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    with mock.patch.object(type(image), "get_rendition") as get_rendition:
        assert og_image() == meta
    get_rendition.assert_not_called()

    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = (
        10,
        10,
        20,
        20,
    )
    image.save()
    moved = og_image()["og:image"]
    assert moved != meta["og:image"]
    assert moved.endswith(image.get_rendition("fill-1200x630|format-jpeg").url)


def test_robots_txt_points_to_the_sitemap(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_editors_read_feedback_in_the_admin(client, admin_client, db):
    _feedback(client, message="Das PDF ist nicht lesbar.")
    response = admin_client.get("/admin/snippets/home/accessibilityfeedback/")
    assert response.status_code == 200
    assert "Das PDF ist nicht lesbar." in response.content.decode()


@pytest.mark.parametrize("path", ["/de/", "/en/projects/", "/de/aktuelles/", "/en/imprint/"])
def test_pages_have_a_meta_description(client, db, path):
    html = client.get(path).content.decode()
    descriptions = [m["content"] for m in tags(html, "meta") if m.get("name") == "description"]
    assert descriptions and descriptions[0].strip()


@pytest.mark.parametrize(
    "path,statement",
    [
        ("/de/projekte/eu-belong/", "Kofinanziert von der Europäischen Union"),
        ("/en/projects/eu-belong/", "Co-funded by the European Union"),
    ],
)
def test_eu_funded_project_shows_the_emblem_and_statement_in_its_header(client, db, path, statement):
    html = client.get(path).content.decode()
    header = html.split("</header>", 2)[1]  # the site header comes first, then the project's own header
    assert statement in header
    assert 'class="eu-emblem"' in header


def test_easy_read_summary_shows_on_a_project_in_its_own_box(client, demo):
    project = demo.page("de", "/projekte/eu-belong/")
    project.easy_read_summary = "<p>In diesem Projekt arbeiten 15 Partner zusammen.</p>"
    project.save_revision().publish()
    html = client.get("/de/projekte/eu-belong/").content.decode()
    assert 'id="leichte-sprache"' in html
    assert "In diesem Projekt arbeiten 15 Partner zusammen." in html
    assert "/de/projekte/eu-belong/#leichte-sprache" in client.get("/de/leichte-sprache/").content.decode()


def test_every_partner_page_has_a_meta_description(client, demo):
    """From the partner's description, or else its name, type and place (Lighthouse SEO flagged partner pages)."""
    import re

    from projects.models import PartnerOrganisationPage

    partners = list(PartnerOrganisationPage.objects.live())
    assert partners
    for partner in partners:
        html = client.get(partner.url).content.decode()
        description = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert description and len(description.group(1)) > 20, partner.url
