"""schema.org JSON-LD on every public page type of the demo, in both languages, and its escaping."""

import datetime
import json
import re

import pytest

from downloads.models import LearningMaterialPage, MaterialIndexPage
from home.models import (
    AccessibilityStatementPage,
    EasyReadIndexPage,
    EasyReadPage,
    HomePage,
    ImprintPage,
    LegalPage,
    SignLanguageIndexPage,
    SignLanguageVideoPage,
)
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from projects.models import (
    CallForProposalsPage,
    CallIndexPage,
    PartnerIndexPage,
    PartnerOrganisationPage,
    ProgrammeIndexPage,
    ProgrammePage,
    ProjectIndexPage,
    ProjectPage,
)
from tests.helpers import one_live

# Page class → the schema.org type its page must carry (every page below the home page has a BreadcrumbList).
EXPECTED = {
    HomePage: "Organization",
    ProjectIndexPage: "BreadcrumbList",
    ProjectPage: "Project",
    ProgrammeIndexPage: "BreadcrumbList",
    ProgrammePage: "BreadcrumbList",
    PartnerIndexPage: "BreadcrumbList",
    PartnerOrganisationPage: "BreadcrumbList",
    CallIndexPage: "BreadcrumbList",
    CallForProposalsPage: "BreadcrumbList",
    NewsIndexPage: "BreadcrumbList",
    NewsPage: "NewsArticle",
    EventIndexPage: "BreadcrumbList",
    EventPage: "Event",
    MaterialIndexPage: "BreadcrumbList",
    LearningMaterialPage: "DigitalDocument",
    LegalPage: "BreadcrumbList",
    ImprintPage: "BreadcrumbList",
    AccessibilityStatementPage: "BreadcrumbList",
    EasyReadIndexPage: "BreadcrumbList",
    EasyReadPage: "BreadcrumbList",
    SignLanguageIndexPage: "BreadcrumbList",
    SignLanguageVideoPage: "BreadcrumbList",
}
# Leichte Sprache and DGS exist in German only, by nature.
GERMAN_ONLY = {EasyReadIndexPage, EasyReadPage, SignLanguageIndexPage, SignLanguageVideoPage}
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str) -> list[dict]:
    return [json.loads(block) for block in SCRIPT.findall(html)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_type_has_parseable_json_ld_of_its_type(client, db, language):
    missing, wrong = [], {}
    for page_class, expected in EXPECTED.items():
        if language != "de" and page_class in GERMAN_ONLY:
            continue
        page = one_live(page_class, language)
        if page is None:
            missing.append(page_class.__name__)
            continue
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        types = [block["@type"] for block in json_ld(response.content.decode())]
        if expected not in types or (page.depth > 2 and "BreadcrumbList" not in types):
            wrong[page.url] = types
    assert missing == []
    assert wrong == {}


def _blocks_of(client, page, schema_type):
    html = client.get(page.url).content.decode()
    return next(block for block in json_ld(html) if block["@type"] == schema_type)


def test_news_article_has_dates_language_and_publisher(client, db):
    page = one_live(NewsPage, "en")
    article = _blocks_of(client, page, "NewsArticle")
    assert article["headline"] == page.title
    assert article["datePublished"] == page.date.isoformat()
    assert article["dateModified"].startswith(str(page.last_published_at.year))
    assert article["inLanguage"] == "en"
    assert article["publisher"] == {
        "@type": "Organization",
        "name": "Aufbauwerk Region Leipzig GmbH",
        "url": "http://testserver/",
    }
    assert article["description"]


def test_event_has_offset_times_location_and_cancelled_status(client, db):
    page = one_live(EventPage, "de")
    page.start_time, page.end_time = datetime.time(10), datetime.time(12)
    page.time_zone = "Europe/Dublin"
    page.event_format = EventPage.Format.HYBRID
    page.venue, page.city, page.online_url = "Rathaus", "Letterkenny", "https://meet.example.org/x"
    page.status = EventPage.Status.CANCELLED
    page.save_revision().publish()
    event = _blocks_of(client, page, "Event")
    day = page.start_date.isoformat()
    assert event["startDate"] in (
        f"{day}T10:00:00+00:00",
        f"{day}T10:00:00+01:00",
    )  # Irish winter/summer time
    assert event["endDate"].startswith(f"{page.last_day.isoformat()}T12:00:00+0")
    assert event["eventStatus"] == "https://schema.org/EventCancelled"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, online = event["location"]
    assert place["name"] == "Rathaus" and place["address"]["addressLocality"] == "Letterkenny"
    assert online == {"@type": "VirtualLocation", "url": "https://meet.example.org/x"}
    assert event["inLanguage"] == "de"
    assert event["organizer"]["@type"] == "Organization"


def test_material_is_a_digital_document_with_its_download(client, db):
    page = one_live(LearningMaterialPage, "en")
    document = _blocks_of(client, page, "DigitalDocument")
    assert document["name"] == page.title
    assert document["inLanguage"] == "en"
    assert document["encodingFormat"] == "application/pdf"
    assert document["contentSize"].endswith(" B")
    assert "/download/" in document["url"] and document["url"].startswith("http://testserver/")
    assert client.get(document["url"]).status_code == 200
    assert document["license"].startswith("https://creativecommons.org/")
    assert document["dateModified"]


def test_a_title_cannot_break_out_of_the_json_script(client, db):
    page = one_live(NewsPage, "de")
    hostile = "Neu </script><script>alert(1)</script> & mehr"
    page.title = hostile
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    article = next(block for block in json_ld(html) if block["@type"] == "NewsArticle")
    assert article["headline"] == hostile
    crumbs = next(block for block in json_ld(html) if block["@type"] == "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["name"] == hostile
