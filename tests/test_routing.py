"""Finding the page for a URL (home/routing.py): one query for a page one or two levels below a home page, and the
same answers as Wagtail's own routing, also right after a page is renamed, published or unpublished."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

ONE_LEVEL = ["/de/impressum/", "/en/imprint/", "/de/projekte/", "/en/news/"]
TWO_LEVELS = [
    "/de/projekte/eu-belong/",
    "/en/news/eu-belong-mid-term-review/",
    "/de/materialien/alles-nur-kultur/",
]


def _route(demo, url):
    """The page the home page's route() finds for `url`, and the queries it took (the second time: the first
    request of a generation loads the kept sections)."""
    language, *components = [part for part in url.split("/") if part]
    home = demo.home(language)
    request = RequestFactory().get(url)
    home.route(request, components)
    with CaptureQueriesContext(connection) as captured:
        page = home.route(request, components)[0]
    return page, len(captured)


@pytest.mark.parametrize("url", ONE_LEVEL + TWO_LEVELS)
def test_a_page_below_a_section_is_found_in_one_query(demo, url):
    page, queries = _route(demo, url)
    assert page.url == url
    assert page.title and page.specific is page  # its own type, with its fields
    assert queries == 1


def test_the_imprint_costs_one_query_in_all(client, demo):
    """The layout (menu, footer, language switcher) is kept; the imprint's route is its only query."""
    client.get("/de/impressum/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/de/impressum/").status_code == 200
    assert len(captured) == 1, [q["sql"] for q in captured]


@pytest.mark.parametrize(
    "url",
    [
        "/de/projekte/gibt-es-nicht/",
        "/de/gibt-es-nicht/",
        "/de/impressum/gibt-es-nicht/",
        "/en/projects/eu-belong/nothing-below/",
        "/de/projekte/eu-belong/gibt-es-nicht/",
    ],
)
def test_what_does_not_exist_is_a_404(client, demo, url):
    assert client.get(url).status_code == 404


def test_sub_urls_of_a_section_are_still_its_own(client, demo):
    assert client.get("/de/aktuelles/rss/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/de/ausschreibungen/deadlines/")["Content-Type"].startswith("text/calendar")
    assert client.get("/de/projekte/export/csv/")["Content-Type"].startswith("text/csv")


def test_a_renamed_section_and_page_are_found_at_once(client, demo):
    assert client.get("/de/projekte/eu-belong/").status_code == 200  # the sections are kept now
    section = demo.page("de", "/projekte/")
    section.slug = "vorhaben"
    section.save_revision().publish()
    assert client.get("/de/vorhaben/").status_code == 200
    assert client.get("/de/vorhaben/eu-belong/").status_code == 200
    assert client.get("/de/projekte/").status_code == 404
    assert client.get("/de/projekte/eu-belong/").status_code == 404

    page = demo.page("de", "/vorhaben/eu-belong/")
    page.slug = "eu-belong-neu"
    page.save_revision().publish()
    assert "EU-Belong" in client.get("/de/vorhaben/eu-belong-neu/").content.decode()
    assert client.get("/de/vorhaben/eu-belong/").status_code == 404


def test_drafts_are_not_served_until_published(client, demo):
    section = demo.page("de", "/projekte/")
    page = demo.page("de", "/projekte/eu-belong/")
    assert client.get("/de/projekte/").status_code == 200
    draft = page.copy(to=section, update_attrs={"slug": "entwurf", "title": "Ein Entwurf", "live": False})
    assert client.get("/de/projekte/entwurf/").status_code == 404
    draft.save_revision().publish()
    assert "Ein Entwurf" in client.get("/de/projekte/entwurf/").content.decode()

    section.unpublish()
    assert client.get("/de/projekte/").status_code == 404


def test_the_page_comes_with_its_images(demo):
    """The page's images (lead, card, cover image, ...) come with it: the page and its social-media tags show them
    without a query of their own."""
    project, _queries = _route(demo, "/de/projekte/eu-belong/")
    material, _queries = _route(demo, "/de/materialien/alles-nur-kultur/")
    with CaptureQueriesContext(connection) as captured:
        images = [project.listing_image, project.lead_image, material.cover_image]
    assert images[0].width > 0 and images[1] is None and images[2].width > 0
    assert len(captured) == 0
