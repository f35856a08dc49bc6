"""What applicants see on a call page and on the home page, in both languages, before and after the deadline."""

import re
from datetime import date, time

import pytest
import time_machine

from projects.models import CallForProposalsPage
from projects.models.call import upcoming_deadlines
from tests.calls.conftest import at
from tests.helpers import tags

BAMF_DE = "/de/ausschreibungen/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/"
BAMF_EN = "/en/calls/strengthening-social-cohesion-despite-distance/"
EXAMPLE_DE = "/de/ausschreibungen/beispielausschreibung-nachbarschaften-digital/"
EXAMPLE_EN = "/en/calls/example-call-connecting-neighbourhoods/"


@pytest.mark.parametrize(
    "url,texts",
    [
        (
            BAMF_DE,
            [
                "Gesellschaftlichen Zusammenhalt stärken trotz Distanz",
                "Abgeschlossen",
                "8. September 2020, 23:59 Uhr (MESZ)",
                "Bundesamt für Migration und Flüchtlinge",
                "Wer kann sich bewerben",
                "Voraussetzungen",
                "Interessenbekundung",
            ],
        ),
        (
            BAMF_EN,
            [
                "Strengthening social cohesion despite distance",
                "Closed",
                "8 September 2020, 11:59 pm CEST",
                "Federal Office for Migration and Refugees",
                "Who may apply",
                "Expression of interest",
            ],
        ),
    ],
)
def test_bamf_call_is_closed_in_both_languages(client, demo, url, texts):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in texts:
        assert text in html
    # Three goals, lettered a–c.
    assert (
        html.count("<li>", html.index('class="call-goals"'), html.index("</ol>", html.index("call-goals")))
        == 3
    )


def test_closed_call_hides_the_apply_link_but_keeps_documents(client, demo):
    with time_machine.travel(at(2020, 9, 8, 23, 58, 59), tick=False):
        open_html = client.get(BAMF_DE).content.decode()
    assert "endet heute" in open_html
    example = demo.page("de", "/ausschreibungen/beispielausschreibung-nachbarschaften-digital/")
    after_last = example.closes_at.timestamp() + 1
    before_last = example.closes_at.timestamp() - 1
    with time_machine.travel(before_last, tick=False):
        html = client.get(EXAMPLE_DE).content.decode()
        assert "https://example.org/antragsportal" in html
    with time_machine.travel(after_last, tick=False):
        html = client.get(EXAMPLE_DE).content.decode()
        assert "https://example.org/antragsportal" not in html
        assert "Jetzt bewerben" not in html
        assert "Diese Ausschreibung endete am" in html
        document_links = [a["href"] for a in tags(html, "a") if a.get("href", "").startswith("/documents/")]
        assert document_links
    assert client.get(document_links[0]).status_code == 200


def test_example_call_is_open_and_says_when_it_closes(client, demo):
    html = client.get(EXAMPLE_EN).content.decode()
    assert "Example call" in html
    # 30 days on the day the demo was loaded; fewer if the test database is reused later.
    assert re.search(r"closes in \d+ days?|closes (today|tomorrow)", html)
    assert "Apply now" in html
    assert "Full application" in html


def test_forthcoming_call_says_when_it_opens(client, make_call):
    call = make_call(
        "Bald",
        [(date(2030, 6, 30), time(12, 0), "Europe/Berlin", "Frist")],
        opens_at=at(2030, 5, 1, 9, 0),
        application_url="https://example.org/apply",
    )
    with time_machine.travel(at(2030, 4, 1, 12, 0), tick=False):
        html = client.get(call.url).content.decode()
    assert "Demnächst" in html
    assert "Diese Ausschreibung beginnt am 1. Mai 2030, 09:00 Uhr (MESZ)." in html


def test_translation_keeps_dates_and_translates_labels(demo):
    de = demo.page("de", "/ausschreibungen/beispielausschreibung-nachbarschaften-digital/")
    en = demo.page("en", "/calls/example-call-connecting-neighbourhoods/")
    de_rows, en_rows = de.sorted_deadlines(), en.sorted_deadlines()
    assert [r.deadline for r in de_rows] == [r.deadline for r in en_rows]
    assert [r.label for r in en_rows] == ["Expression of interest", "Full application"]
    assert en.closes_at == de.closes_at
    assert en.min_grant == de.min_grant


def test_home_page_lists_open_calls_with_deadlines(client, demo):
    html = client.get("/en/").content.decode()
    assert "Open calls for proposals" in html
    assert "Example call: Connecting neighbourhoods digitally" in html
    assert "Strengthening social cohesion" not in html
    # The link to every call goes to the call index of the reader's language.
    assert '<a href="/en/calls/">All calls for proposals</a>' in html
    assert '<a href="/de/ausschreibungen/">Alle Ausschreibungen</a>' in client.get("/de/").content.decode()


def test_home_page_shows_nothing_when_no_call_is_open(client, demo):
    with time_machine.travel(at(2099, 1, 1, 12, 0), tick=False):
        html = client.get("/de/").content.decode()
    assert "Offene Ausschreibungen" not in html
    assert "home-open-calls" not in html


def test_upcoming_deadlines_for_the_dashboard(demo, make_call):
    from django.utils import translation

    make_call("Rollierend", [(date(2031, 1, 15), time(12, 0), "Europe/Brussels", "Stichtag 1")])
    with time_machine.travel(at(2030, 1, 1, 12, 0), tick=False), translation.override("de"):
        upcoming = upcoming_deadlines(limit=5)
    labels = [item.label for item in upcoming]
    assert "Stichtag 1" in labels
    assert all(item.deadline.tzinfo is not None for item in upcoming)
    assert all(isinstance(item.call, CallForProposalsPage) for item in upcoming)
    assert all(item.call.locale.language_code == "de" for item in upcoming)
    assert [item.deadline for item in upcoming] == sorted(item.deadline for item in upcoming)
    with translation.override("en"):
        english = upcoming_deadlines()
    assert {item.label for item in english} >= {"Expression of interest", "Full application"}


def test_call_page_query_count_does_not_grow_with_deadlines(client, make_call, django_assert_max_num_queries):
    def count(call):
        client.get(call.url)  # warm the site-root cache
        with django_assert_max_num_queries(200) as captured:
            assert client.get(call.url).status_code == 200
        return len(captured)

    few = make_call("Wenige", [(date(2030, 7, 1), time(12, 0), "Europe/Berlin", "A")])
    many = make_call(
        "Viele", [(date(2030, 7, 1 + n), time(12, 0), "Europe/Brussels", f"Stichtag {n}") for n in range(12)]
    )
    with time_machine.travel(at(2030, 6, 1, 12, 0), tick=False):
        assert count(many) <= count(few)
