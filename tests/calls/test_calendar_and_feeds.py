"""Calendar files parsed back with icalendar, feeds parsed with feedparser."""

from datetime import date, time, timedelta

import feedparser
import time_machine
from icalendar import Calendar

from tests.calls.conftest import UTC, at

BAMF_DE = "/de/ausschreibungen/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/"


def _calendar(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_call_calendar_has_one_event_per_deadline_with_a_reminder(client, make_call):
    call = make_call(
        "Zweistufig",
        [
            (date(2030, 3, 1), time(12, 0), "Europe/Berlin", "Interessenbekundung"),
            (date(2030, 7, 1), time(17, 0), "America/New_York", "Vollantrag"),
        ],
    )
    response = client.get(call.url + "calendar/")
    assert "attachment" in response["Content-Disposition"]
    calendar = _calendar(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    starts = sorted(event.DTSTART.astimezone(UTC) for event in events)
    assert starts == [at(2030, 3, 1, 11, 0, tz=UTC), at(2030, 7, 1, 21, 0, tz=UTC)]
    assert {str(event["SUMMARY"]) for event in events} == {
        "Interessenbekundung: Zweistufig",
        "Vollantrag: Zweistufig",
    }
    for event in events:
        assert event["UID"] and event["DTSTAMP"]
        assert str(event["URL"]).endswith(call.url)
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0]["ACTION"] == "DISPLAY"
        assert alarms[0]["TRIGGER"].dt == -timedelta(days=1)
    # Every TZID used has its VTIMEZONE, as RFC 5545 requires.
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"Europe/Berlin", "America/New_York"}


def test_ambiguous_deadline_is_written_unambiguously(client, make_call):
    call = make_call("Herbst", [(date(2026, 10, 25), time(2, 30), "Europe/Berlin", "Frist")])
    event = _calendar(client.get(call.url + "calendar/")).walk("VEVENT")[0]
    start = event.DTSTART
    assert start == at(2026, 10, 25, 1, 30, tz=UTC)


def test_closed_call_still_offers_its_calendar(client, demo):
    events = _calendar(client.get(BAMF_DE + "calendar/")).walk("VEVENT")
    assert len(events) == 1
    assert events[0].DTSTART.astimezone(UTC) == at(2020, 9, 8, 21, 59, tz=UTC)


def test_subscribable_feed_has_open_and_forthcoming_deadlines_per_language(client, make_call):
    make_call("Offen", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "Frist")])
    make_call(
        "Bald", [(date(2030, 12, 1), time(12, 0), "Europe/Berlin", "Frist")], opens_at=at(2030, 8, 1, 0, 0)
    )
    make_call("Vorbei", [(date(2030, 3, 1), time(12, 0), "Europe/Berlin", "Frist")])
    with time_machine.travel(at(2030, 6, 1, 12, 0), tick=False):
        german = _calendar(client.get("/de/ausschreibungen/deadlines/"))
        english = _calendar(client.get("/en/calls/deadlines/"))
    summaries = {str(event["SUMMARY"]) for event in german.walk("VEVENT")}
    assert {"Frist: Offen", "Frist: Bald"} <= summaries
    assert not any("Vorbei" in summary or "Zusammenhalt" in summary for summary in summaries)
    uids = [str(event["UID"]) for event in german.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    # The English feed holds the English calls (the test calls exist only in German).
    english_summaries = {str(event["SUMMARY"]) for event in english.walk("VEVENT")}
    assert not any("Offen" in summary for summary in english_summaries)
    assert all(str(event["URL"]).split("/")[3] == "en" for event in english.walk("VEVENT"))


def test_rss_and_atom_feeds_of_new_calls(client, demo, make_call):
    make_call(
        "Ganz neu",
        [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "Frist")],
        teaser="Frisch veröffentlicht.",
    )
    for url, version in (("/de/ausschreibungen/rss/", "rss20"), ("/de/ausschreibungen/atom/", "atom10")):
        response = client.get(url)
        assert response.status_code == 200
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == version
        titles = [entry.title for entry in feed.entries]
        assert titles[0] == "Ganz neu"
        assert "Gesellschaftlichen Zusammenhalt stärken trotz Distanz" in titles
        assert feed.entries[0].link.endswith("/de/ausschreibungen/test-call-1/")
        assert "30. Juni 2030" not in feed.entries[0].summary
        assert "1. September 2030, 12:00 Uhr (MESZ)" in feed.entries[0].summary


def test_english_feed_has_english_calls(client, demo):
    feed = feedparser.parse(client.get("/en/calls/rss/").content)
    assert "Strengthening social cohesion despite distance" in [entry.title for entry in feed.entries]
    assert feed.feed.language == "en"


def test_index_links_feeds_and_calendar(client, demo):
    html = client.get("/de/ausschreibungen/").content.decode()
    assert 'type="application/rss+xml"' in html and 'type="application/atom+xml"' in html
    assert "/de/ausschreibungen/deadlines/" in html
