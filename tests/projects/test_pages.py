"""What readers see on project, partner and programme pages, in German and in English."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from tests.helpers import tags

NBSP = "\xa0"


@pytest.fixture(autouse=True)
def _during_the_project():
    # Mid-project, so the status, timeline and "today" marker are stable whatever today's date is.
    with time_machine.travel(
        datetime.datetime(2024, 3, 15, 12, tzinfo=ZoneInfo("Europe/Berlin")), tick=False
    ):
        yield


@pytest.mark.parametrize(
    "url,expected",
    [
        (
            "/de/projekte/eu-belong/",
            [
                f"1.666.663,03{NBSP}€",
                f"1.499.996,74{NBSP}€",
                f"90{NBSP}%",
                "Januar 2022 – Mai 2025 (41 Monate)",
                "Laufend",
                "101038215",
                "9: Deutschland, Frankreich, Irland, Italien, Österreich, Polen, Rumänien, Schweden, Spanien",
                "Versammlung der Regionen Europas",
                "Asyl-, Migrations- und Integrationsfonds der Europäischen Union",
                "Lead-Partner",
                "Technische Partner",
                "Integrationsstrategien",
            ],
        ),
        (
            "/en/projects/eu-belong/",
            [
                "€1,666,663.03",
                "€1,499,996.74",
                "90%",
                "January 2022 – May 2025 (41 months)",
                "Running",
                "9: Austria, France, Germany, Ireland, Italy, Poland, Romania, Spain, Sweden",
                "Assembly of European Regions",
                "Asylum, Migration and Integration Fund of the European Union",
                "Lead partner",
                "Technical partners",
                "Integration strategies",
            ],
        ),
    ],
)
def test_fact_box_is_formatted_per_language(client, demo, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html, text


def test_partner_list_links_every_partner_in_the_page_language(client, demo):
    html = client.get("/en/projects/eu-belong/").content.decode()
    partner_links = [
        a["href"]
        for a in tags(html, "a")
        if a.get("href", "").startswith("/en/partners/") and a["href"] != "/en/partners/"
    ]
    assert len(set(partner_links)) == 15
    assert "/en/partners/poznan-region/" in partner_links
    assert "Poznań Region" in html and "IKULT Intercultural Network" in html


def test_partner_list_of_a_german_page_links_its_own_partner_pages(
    client, demo, django_assert_max_num_queries
):
    """The rows of a page in the source language hold its partners already: no query looks for translations."""
    client.get("/de/projekte/eu-belong/")
    with django_assert_max_num_queries(100) as captured:
        html = client.get("/de/projekte/eu-belong/").content.decode()
    partner_links = {
        a["href"]
        for a in tags(html, "a")
        if a.get("href", "").startswith("/de/partner/") and a["href"] != "/de/partner/"
    }
    assert len(partner_links) == 15
    assert "/de/partner/arad-county-council/" in partner_links
    partner_page_queries = [
        query["sql"]
        for query in captured.captured_queries
        if 'FROM "projects_partnerorganisationpage"' in query["sql"] and "translation_key" in query["sql"]
    ]
    assert partner_page_queries == []


def test_map_highlights_the_partner_countries_with_a_text_alternative(client, demo):
    html = client.get("/de/projekte/eu-belong/").content.decode()
    highlighted = [p for p in tags(html, "path") if p.get("class") == "is-partner"]
    assert len(highlighted) == 9
    assert "Europakarte mit hervorgehobenen Partnerländern" in html
    assert "Partnerländer (9):" in html
    assert [svg for svg in tags(html, "svg") if svg.get("role") == "img"]


def test_timeline_marks_today(client, demo):
    html = client.get("/en/projects/eu-belong/").content.decode()
    today = [line for line in tags(html, "line") if line.get("class") == "project-timeline__today"]
    assert len(today) == 1
    # 15 March 2024 is 804 of the 1246 days from 1 Jan 2022 to 31 May 2025.
    assert today[0]["x1"] == "64.53%"
    assert "Duration from 1 January 2022 to 31 May 2025" in html


def test_json_ld_is_a_project_with_a_monetary_grant(client, demo):
    html = client.get("/en/projects/eu-belong/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = next(
        block for block in map(json.loads, blocks) if block["@type"] == "Project"
    )  # BreadcrumbList too
    assert data["alternateName"] == "EU-Belong"
    grant = data["funding"][0]
    assert grant["@type"] == "MonetaryGrant"
    assert grant["identifier"] == "101038215"
    assert grant["amount"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": "1499996.74"}
    assert len(data["member"]) == 15


def test_project_with_three_funders(client, demo):
    html = client.get("/de/projekte/sozialer-zusammenhalt-klein-mittelstaedte/").content.decode()
    for funder in [
        "Asyl-, Migrations-",
        "WIR – Wegweisende Integrationsansätze Realisieren",
        "Robert Bosch Stiftung",
        "Deutscher Landkreistag",
    ]:
        assert funder in html
    assert "Termine folgen" in html


@pytest.mark.parametrize(
    "url,expected",
    [
        (
            "/de/partner/assembly-of-european-regions/",
            ["EU-Belong – Ein interkultureller", "Lead-Partner", "Frankreich"],
        ),
        (
            "/en/partners/assembly-of-european-regions/",
            ["EU-Belong – An intercultural", "Lead partner", "France"],
        ),
        ("/en/partners/icei/", ["EU-Belong", "Technical partner", "Italy", "Milan"]),
        ("/de/partner/deutscher-landkreistag/", ["Sozialer Zusammenhalt", "Assoziierter Partner"]),
    ],
)
def test_partner_page_lists_its_projects_with_roles(client, demo, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html, text


def test_partner_index_filters_by_country(client, demo):
    html = client.get("/en/partners/?country=RO").content.decode()
    assert "Arad County Council" in html and "Timiș County Council" in html
    assert "Land Salzburg" not in html and "State of Salzburg" not in html
    assert client.get("/en/partners/?country=%%%").status_code == 200


@pytest.mark.parametrize(
    "url,expected",
    [
        (
            "/de/programme/land-zuhause-zukunft/",
            [
                "Pilotphase",
                "Januar 2018 – Juni 2019",
                "Landkreis Coburg",
                "Bayern",
                "Vogtlandkreis",
                "Sachsen",
                "Mecklenburg-Vorpommern",
                "Universität Hildesheim",
                "Programmbüro",
                "Lernreisen",
                "Robert Bosch Stiftung",
            ],
        ),
        (
            "/en/programmes/land-zuhause-zukunft/",
            [
                "Pilot phase",
                "January 2018 – June 2019",
                "District of Coburg",
                "Bavaria",
                "Saxony-Anhalt",
                "University of Hildesheim",
                "Programme office",
                "Learning journeys",
            ],
        ),
    ],
)
def test_programme_page(client, demo, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in expected:
        assert text in html, text


def test_programme_links_its_implementing_partners_in_the_page_language(client, demo):
    html = client.get("/en/programmes/land-zuhause-zukunft/").content.decode()
    assert (
        '<a href="/en/partners/universitaet-hildesheim/">University of Hildesheim</a> (Programme office)'
        in html
    )


def test_programme_lists_the_projects_that_belong_to_it(client, demo, make_project):
    programme = demo.page("de", "/programme/land-zuhause-zukunft/")
    make_project(
        "integration-im-harz", title="Integration im Harz", programme=programme
    ).save_revision().publish()
    html = client.get("/de/programme/land-zuhause-zukunft/").content.decode()
    assert "Integration im Harz" in html


def test_home_page_shows_featured_projects(client, demo):
    html = client.get("/en/").content.decode()
    assert "Featured projects" in html
    assert "EU-Belong – An intercultural approach" in html
