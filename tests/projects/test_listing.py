"""The project index: filters (alone, combined, bad values), pagination, empty state, query counts, exports."""

import csv
import datetime
import io
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from projects import facts
from projects.listing import ProjectFilters
from projects.models import Funder, ProjectPage

TODAY = datetime.datetime(2024, 6, 1, 12, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(autouse=True)
def _fixed_today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def projects(make_project):
    """Three more projects next to the demo's EU-Belong (running) and the undated cohesion project."""
    make_project(
        "past-project",
        title="Past project",
        start=datetime.date(2019, 1, 1),
        end=datetime.date(2020, 6, 30),
        partners=[("land-salzburg", "lead")],
        funders=[("RBS", None)],
        themes=["housing"],
    )
    make_project(
        "future-project",
        title="Future project",
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2026, 12, 31),
        partners=[("donegal-county-council", "lead"), ("icei", "partner")],
        funders=[("AMIF", None), ("WIR", None)],
        themes=["rural-areas"],
    )
    make_project(
        "running-rural",
        title="Running rural project",
        start=datetime.date(2023, 1, 1),
        end=datetime.date(2024, 12, 31),
        partners=[("universitaet-hildesheim", "lead")],
        funders=[("RBS", None)],
        themes=["rural-areas"],
    )


def titles(response):
    return sorted(item.title for item in response.context["page_obj"].object_list)


def funder_id(short_name):
    return Funder.objects.get(locale__language_code="de", short_name=short_name).pk


EU_BELONG = "EU-Belong – Ein interkultureller Ansatz für die Integration in Europas Regionen"


@pytest.mark.parametrize(
    "query,expected",
    [
        ("status=running", ["Running rural project", EU_BELONG]),
        ("status=planned", ["Future project"]),
        ("status=completed", ["Past project"]),
        ("theme=rural-areas", ["Future project", "Running rural project"]),
        ("country=IE", [EU_BELONG, "Future project"]),
        ("country=ie", [EU_BELONG, "Future project"]),
        ("year=2020", ["Past project"]),
        ("year=2025", [EU_BELONG, "Future project"]),
        ("status=running&theme=rural-areas", ["Running rural project"]),
        ("status=running&country=DE", ["Running rural project", EU_BELONG]),
        ("theme=rural-areas&country=IT&year=2026", ["Future project"]),
        ("status=completed&theme=rural-areas", []),
    ],
)
def test_filters_alone_and_combined(client, projects, query, expected):
    response = client.get(f"/de/projekte/?{query}")
    assert response.status_code == 200
    assert titles(response) == sorted(expected)


def test_funder_filter(client, projects):
    response = client.get(f"/de/projekte/?funder={funder_id('RBS')}")
    assert titles(response) == [
        "Past project",
        "Running rural project",
        "Sozialer Zusammenhalt und Teilhabe in Klein- und Mittelstädten",
    ]
    response = client.get(f"/de/projekte/?funder={funder_id('AMIF')}&status=planned")
    assert titles(response) == ["Future project"]


def test_filter_form_keeps_the_choices_and_counts_results(client, projects):
    html = client.get("/de/projekte/?status=running&theme=rural-areas").content.decode()
    assert '<option value="running" selected>Laufend</option>' in html
    assert '<option value="rural-areas" selected>Ländliche Räume</option>' in html
    assert "1 Projekt" in html
    assert "Filter zurücksetzen" in html


def test_english_filters_use_english_labels(client, projects):
    html = client.get("/en/projects/?country=IE").content.decode()
    assert '<option value="IE" selected>Ireland</option>' in html
    assert "1 project" in html  # the new projects are German only; EU-Belong is translated


@pytest.mark.parametrize(
    "query",
    [
        "status=bogus",
        "funder=abc",
        "funder=99999999",
        "funder=" + "9" * 40,
        "programme=-1",
        "theme=%3Cscript%3E",
        "country=ZZZ",
        "year=20x4",
        "year=99999",
        "status=running&year=abc&country=",
    ],
)
def test_bad_filter_values_never_error(client, projects, query):
    response = client.get(f"/de/projekte/?{query}")
    assert response.status_code == 200


@pytest.mark.parametrize("url", ["/de/projekte/", "/de/projekte/?status=running", "/de/"])
def test_project_cards_do_not_read_the_body(client, projects, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        html = client.get(url).content.decode()
    assert "Running rural project" in html or url == "/de/"
    assert "EU-Belong" in html
    assert not [
        query for query in context.captured_queries if '"projects_projectpage"."body"' in query["sql"]
    ]


def test_a_new_theme_filters_at_once(client, projects, make_project):
    from wagtail.models import Locale

    from projects.models import Theme

    assert titles(client.get("/de/projekte/?theme=nachbarschaft")) == []
    Theme.objects.create(
        name="Nachbarschaft", slug="nachbarschaft", locale=Locale.objects.get(language_code="de")
    )
    make_project("neighbourhood-project", title="Neighbourhood project", themes=["nachbarschaft"])
    assert titles(client.get("/de/projekte/?theme=nachbarschaft")) == ["Neighbourhood project"]
    assert titles(client.get("/de/projekte/?theme=nachbarschaft&status=completed")) == []


def test_empty_state(client, projects):
    html = client.get("/de/projekte/?status=completed&theme=rural-areas").content.decode()
    assert "Kein Projekt passt zu diesen Filtern." in html


@pytest.mark.parametrize("page,status", [("2", 200), ("3", 404), ("abc", 404)])
def test_pagination_twelve_a_page(client, make_project, page, status):
    for number in range(15):
        make_project(f"bulk-{number}")
    response = client.get(f"/de/projekte/?page={page}")
    assert response.status_code == status
    if status == 200:
        assert len(response.context["page_obj"].object_list) == 17 - 12  # 15 + the two demo projects


def _queries_for_listing(client, url):
    client.get(url)  # warm the site-root cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_projects(
    client, demo, make_project, django_assert_max_num_queries
):
    # Only the generated projects: remove the demo projects from the listing so "1" really is one.
    for page in demo.page("de", "/projekte/").get_children():
        page.specific.unpublish()
    make_project("only-one", partners=[("icei", "lead")], funders=[("AMIF", 1000)], themes=["housing"])
    one = _queries_for_listing(client, "/de/projekte/")
    for number in range(29):
        make_project(
            f"many-{number}",
            partners=[("icei", "lead"), ("art-er", "partner"), ("land-salzburg", "technical")],
            funders=[("AMIF", 1000), ("RBS", None)],
            themes=["housing", "labour-market"],
        )
    thirty = _queries_for_listing(client, "/de/projekte/")
    assert thirty == one
    # Filters are subqueries of the listing's own queries, not extra round trips; only the count is one more
    # (the unfiltered count is kept until the next publish, a filtered one is counted). Planning them for their
    # values (home.query_plans) costs no statement.
    filtered = "/de/projekte/?status=running&theme=housing&country=IT&year=2024"
    client.get(filtered)
    with django_assert_max_num_queries(one + 1):
        response = client.get(filtered)
    assert len(response.context["page_obj"].object_list) == 12


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_each_card_names_its_own_funders_in_the_project_pages_order(client, demo, make_project):
    from tests.test_compiled_queries import _compilations

    make_project("two-funders", funders=[("RBS", None), ("AMIF", 1000)], title="Zwei Geldgeber")
    make_project("one-funder", funders=[("WIR", 500)], start=datetime.date(2023, 1, 1), title="Ein Geldgeber")
    client.get("/de/projekte/")  # compiles the page's queries
    with _compilations() as compiled:
        html = client.get("/de/projekte/").content.decode()
    assert compiled.call_count == 0  # the cards' funders and pictures too, not only the page of cards
    cards = {
        card.split("</h3>")[0].rsplit(">", 2)[-2].split("<")[0]: card for card in html.split("<article")[1:]
    }
    assert "Gefördert von RBS, AMIF" in cards["Zwei Geldgeber"]
    assert "Gefördert von WIR" in cards["Ein Geldgeber"] and "AMIF" not in cards["Ein Geldgeber"]
    project = ProjectPage.objects.get(slug="two-funders")
    assert [row.funder.short_name for row in project.funding_list()] == ["RBS", "AMIF"]


def test_csv_export_in_german(client, projects):
    response = client.get("/de/projekte/export/csv/?status=running")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["Titel"] for row in rows] == ["Running rural project", EU_BELONG]  # newest first
    eu = rows[1]
    assert eu["Förderquote (%)"] == "90.0"
    assert eu["Gesamtbudget (EUR)"] == "1666663.03"
    assert eu["Partner"] == "15"
    assert eu["Lead-Partner"] == "Versammlung der Regionen Europas"
    assert eu["Status"] == "running"


def test_json_export_in_english(client, demo):
    response = client.get("/en/projects/export/json/")
    assert response.status_code == 200
    data = response.json()
    assert data["language"] == "en"
    assert data["count"] == 2
    eu = next(project for project in data["projects"] if project["acronym"] == "EU-Belong")
    assert eu["url"].endswith("/en/projects/eu-belong/")
    assert eu["funding_rate_percent"] == "90.0"
    assert eu["duration_months"] == 41
    assert eu["partner_count"] == 15
    assert sorted(eu["countries"]) == ["AT", "DE", "ES", "FR", "IE", "IT", "PL", "RO", "SE"]
    assert "Ireland" in eu["country_names"]
    assert eu["lead_partner"] == "Assembly of European Regions"
    assert eu["funders"][0]["name"] == "Asylum, Migration and Integration Fund of the European Union"
    assert {partner["role"] for partner in eu["partners"]} == {"lead", "partner", "technical"}


def test_json_export_applies_the_filters(client, projects):
    data = client.get("/de/projekte/export/json/?theme=rural-areas&status=planned").json()
    assert [project["title"] for project in data["projects"]] == ["Future project"]


def test_export_links_keep_the_filters(client, projects):
    html = client.get("/de/projekte/?status=running").content.decode()
    assert 'href="/de/projekte/export/csv/?status=running"' in html


def test_filter_choices_and_count_follow_a_publish_at_once(client, demo, make_project):
    """The year options and the unfiltered count are kept until the next publish (projects.listing): a new
    project must show in them on the next request."""
    html = client.get("/de/projekte/").content.decode()
    assert '<option value="2001"' not in html
    shown = ProjectPage.objects.live().filter(locale__language_code="de").count()
    count = client.get("/de/projekte/").context["page_obj"].paginator.count
    assert count == shown

    project = make_project("early-bird", start=datetime.date(2001, 5, 1), end=datetime.date(2002, 4, 30))
    project.save_revision().publish()  # as an editor does; publishing is what bumps the cache generation
    response = client.get("/de/projekte/")
    assert '<option value="2001"' in response.content.decode()
    assert response.context["page_obj"].paginator.count == count + 1
    assert "Early Bird" in client.get("/de/projekte/?year=2001").content.decode()


def test_cards_count_partners_and_countries_like_the_project_page(client, projects):
    """A card's "N partners, M countries" comes from the database's count; it matches the project page's own
    figures, and a project whose partners all come from one country says so."""
    response = client.get("/de/projekte/")
    cards = {item.title: item for item in response.context["page_obj"].object_list}
    html = response.content.decode()
    assert "15 Partner, 9 Länder" in html  # EU-Belong
    assert "2 Partner, 2 Länder" in html  # Donegal (IE) and ICEI (IT)
    assert "1 Partner, 1 Land" in html
    for item in cards.values():
        fresh = type(item).objects.get(pk=item.pk)  # no listing annotations: counted from the rows
        assert (item.partner_count, item.country_count) == (fresh.partner_count, fresh.country_count)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's")
def test_filtered_listing_is_planned_for_its_filter_values(client, projects):
    """The connection prepares a query after its fifth run, and a prepared statement may fall back to one generic
    plan for any values, which was 8 times slower for the filtered project index on the bench site. Its count and
    cards are never prepared (PostgreSQL plans each run for its values); the plain index's cards are."""
    for _ in range(12):
        assert client.get("/de/projekte/").status_code == 200
        response = client.get("/de/projekte/?status=running")
        assert response.status_code == 200 and response.context["page_obj"].object_list
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    cards = [sql for sql in prepared if "counted_partners" in sql]
    assert cards, prepared  # the plain index's page of cards, run twelve times
    assert not any(
        '"projects_projectpage"."start_date" <=' in sql for sql in cards
    )  # running: never prepared
    assert not any(sql.startswith("SELECT COUNT(*)") and "projects_projectpage" in sql for sql in prepared)


@override_settings(CHECK_COMPILED_QUERIES=False)  # the check builds every query again, on purpose
def test_a_filtered_listing_is_built_once_and_counted_on_every_view(client, make_project):
    """The filtered index's count and page of cards are built and compiled once per filter (home.compiled_queries),
    but the database answers every view: a project whose end date changes without a publish, so that nothing kept
    in the process is renewed, is counted and listed as completed at once."""
    today = facts.berlin_today()
    # Started a month ago, the most recent start among the completed projects: first on their first page.
    started = today - datetime.timedelta(days=30)
    make_project("late-finisher", start=started, end=today + datetime.timedelta(days=365))
    url = "/de/projekte/?status=completed"
    before = client.get(url)
    assert "Late Finisher" not in before.content.decode()
    ProjectPage.objects.filter(slug="late-finisher").update(end_date=today - datetime.timedelta(days=1))
    after = client.get(url)
    assert after.context["page_obj"].paginator.count == before.context["page_obj"].paginator.count + 1
    assert "Late Finisher" in after.content.decode()  # the page ends one row later: its own compiled query

    with mock.patch.object(
        ProjectFilters, "projects", autospec=True, side_effect=ProjectFilters.projects
    ) as built:
        again = client.get(url)
    assert built.call_count == 0  # neither the count's nor the cards' queryset was built again
    assert again.content == after.content
