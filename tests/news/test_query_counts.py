"""Listings, feeds and the home and project sections run the same number of queries for 1 and for 8 items.

Each page is requested twice and the second request measured (warm site-root cache, renditions created)."""

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from home.demo_builder import DemoBuilder
from tests.news.conftest import add_event, add_news

URLS = [
    "/de/aktuelles/",
    "/de/aktuelles/?category=knowledge-exchange",
    "/de/aktuelles/2030/",
    "/de/aktuelles/rss/",
    "/de/aktuelles/atom/",
    "/de/veranstaltungen/",
    "/de/veranstaltungen/ical/",
    "/de/",
]


def measure(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return context.captured_queries


@pytest.fixture
def make_items(news_index, news_index_en, event_index, category, project, empty_news, empty_events):
    image = DemoBuilder().image("Testbild Aktuelles", (30, 90, 120), size=(640, 360))

    def make(count):
        for number in range(count):
            add_news(
                news_index,
                f"Meldung {number}",
                date=datetime.date(2030, 1, 1),
                listing_image=image,
                categories=[category],
                related_projects=[project],
            )
            add_news(news_index_en, f"English item {number}", show_in_other_languages=True, lead_image=image)
            add_event(
                event_index,
                f"Treffen {number}",
                datetime.date(2031, 1, 1),
                listing_image=image,
                related_projects=[project],
            )

    return make


def test_query_counts_do_not_grow_with_items(client, make_items, project):
    urls = [*URLS, project.url]
    make_items(1)
    few = {url: len(measure(client, url)) for url in urls}
    # Eight of each is enough to show growth (every listed item would add its own queries) at a third of the cost.
    make_items(7)
    many = {url: len(measure(client, url)) for url in urls}
    # Fewer is fine: with one item of each language the page also prefetches the English item's lead image.
    grown = {url: (few[url], many[url]) for url in urls if many[url] > few[url]}
    assert grown == {}


def test_news_queries_of_the_index_are_few(client, make_items):
    """Whatever the rest of the page costs, the news list itself needs a handful of queries for a full page."""
    make_items(12)
    captured = measure(client, "/de/aktuelles/")
    ours = [q["sql"] for q in captured if "news_" in q["sql"] or "wagtailimages_" in q["sql"]]
    assert len(ours) <= 12, "\n".join(ours)


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_each_project_page_shows_its_own_news_from_one_compiled_query(
    client, news_index, event_index, project
):
    """Two projects' news and events sections: each page lists its own items, and the second project's first
    view compiles no query for them, nor for its route (one kept query serves every project page, not one per
    project: under real traffic most views are of a page not seen since the last publish)."""
    from projects.models import ProjectIndexPage, ProjectPage
    from tests.news.conftest import publish, translate
    from tests.test_compiled_queries import _compilations

    other = ProjectPage(title="Zweites Testprojekt", slug="zweites-testprojekt")
    ProjectIndexPage.objects.get(locale__language_code="de").add_child(instance=other)
    publish(other)
    translate(other, title="Second test project", slug="second-test-project")  # as `project`: same page parts
    add_news(news_index, "Meldung erstes Projekt", date=datetime.date(2030, 1, 1), related_projects=[project])
    add_news(news_index, "Meldung zweites Projekt", date=datetime.date(2030, 1, 2), related_projects=[other])
    add_event(event_index, "Treffen erstes Projekt", datetime.date(2031, 1, 1), related_projects=[project])
    add_event(event_index, "Treffen zweites Projekt", datetime.date(2031, 1, 2), related_projects=[other])

    assert client.get(project.url).status_code == 200
    with _compilations() as compiled_again:
        first = client.get(project.url).content.decode()
    assert "Meldung erstes Projekt" in first and "Treffen erstes Projekt" in first
    assert "zweites Projekt" not in first
    with _compilations() as compiled:
        second = client.get(other.url).content.decode()
    assert "Meldung zweites Projekt" in second and "Treffen zweites Projekt" in second
    assert "erstes Projekt" not in second
    # The first view of the second project compiles one query, for its translations (the language switcher, kept
    # per page in the shared cache): its route, news and events reuse what the first project's view compiled.
    assert compiled_again.call_count == 0 and compiled.call_count == 1
