"""Events: upcoming and past lists, cancelled events stay visible and marked, dates in the venue's time zone,
and the .ics files (one per event, one feed per language) parsed back with icalendar."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine

from news.models import EventPage
from tests.news.conftest import add_event, translate

NOON_2025_05_10 = datetime.datetime(2025, 5, 10, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def card_titles(html):
    import re

    return re.findall(r'<h3 class="card__title">(.*?)</h3>', html)


@time_machine.travel(NOON_2025_05_10, tick=False)
def test_upcoming_soonest_first_and_past_latest_first(client, event_index, empty_events):
    add_event(event_index, "Morgen", datetime.date(2025, 5, 11))
    add_event(event_index, "Nächsten Monat", datetime.date(2025, 6, 1))
    add_event(event_index, "Läuft noch", datetime.date(2025, 5, 8), end_date=datetime.date(2025, 5, 10))
    add_event(event_index, "Letzte Woche", datetime.date(2025, 5, 3))
    add_event(event_index, "Letztes Jahr", datetime.date(2024, 5, 3))
    upcoming = client.get("/de/veranstaltungen/").content.decode()
    assert card_titles(upcoming) == ["Läuft noch", "Morgen", "Nächsten Monat"]
    past = client.get("/de/veranstaltungen/past/").content.decode()
    assert card_titles(past) == ["Letzte Woche", "Letztes Jahr"]


@time_machine.travel(NOON_2025_05_10, tick=False)
def test_cancelled_event_stays_listed_and_marked(client, event_index, empty_events):
    add_event(event_index, "Abgesagtes Treffen", datetime.date(2025, 6, 1), status=EventPage.Status.CANCELLED)
    html = client.get("/de/veranstaltungen/").content.decode()
    assert card_titles(html) == ["Abgesagtes Treffen"]
    assert '<span class="badge badge--cancelled">Abgesagt</span>' in html
    assert "event-card--cancelled" in html
    page_html = client.get(EventPage.objects.get().url).content.decode()
    assert "Diese Veranstaltung wurde abgesagt." in page_html
    home = client.get("/de/").content.decode()
    assert "Abgesagtes Treffen" in home and "badge--cancelled" in home


def test_demo_events_show_their_dates_in_both_languages(client, demo):
    html = client.get("/de/veranstaltungen/wissensaustausch-danzig-2023/").content.decode()
    assert "13.–16. Juni 2023" in html
    assert "Region Pommern" in html and "Danzig, Polen" in html
    html = client.get("/en/events/knowledge-exchange-gdansk-2023/").content.decode()
    assert "Pomerania Region" in html and "Gdańsk, Poland" in html
    html = client.get("/de/veranstaltungen/wissensaustausch-letterkenny-2024/").content.decode()
    assert "20.–21. März 2024" in html and "Letterkenny, Irland" in html


def test_timed_event_shows_its_time_zone(client, event_index, empty_events):
    event = add_event(
        event_index,
        "Online-Workshop",
        datetime.date(2030, 1, 15),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(12, 30),
        time_zone="Europe/Dublin",
        event_format=EventPage.Format.ONLINE,
    )
    html = client.get(event.url).content.decode()
    assert "15. Januar 2030, 10:00–12:30" in html
    assert "(Irland (Ortszeit), UTC+0)" in html
    english = translate(event, title="Online workshop", slug="online-workshop")
    english_html = client.get(english.url).content.decode()
    assert "15 January 2030, 10:00" in english_html and "12:30 (Ireland Time, UTC+0)" in english_html


def parse_ics(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_is_timezone_correct(client, event_index, empty_events):
    event = add_event(
        event_index,
        "Treffen in Warschau",
        datetime.date(2025, 6, 13),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(16, 0),
        time_zone="Europe/Warsaw",
        city="Warschau",
        country="PL",
    )
    response = client.get(event.url + "ical/")
    assert 'filename="' in response["Content-Disposition"] and ".ics" in response["Content-Disposition"]
    calendar = parse_ics(response)
    (component,) = calendar.walk("VEVENT")
    start = component.decoded("dtstart")
    assert start == datetime.datetime(2025, 6, 13, 8, 0, tzinfo=datetime.UTC)  # 10:00 CEST
    assert str(start.tzinfo) == "Europe/Warsaw"
    assert component.decoded("dtend") == datetime.datetime(2025, 6, 13, 14, 0, tzinfo=datetime.UTC)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert str(component["summary"]) == "Treffen in Warschau"
    assert str(component["location"]) == "Warschau, Polen"
    assert str(component["url"]).startswith("http://testserver/de/veranstaltungen/")
    for required in ("uid", "dtstamp"):
        assert required in component


def test_all_day_ics_uses_dates_with_exclusive_end(client, demo):
    calendar = parse_ics(client.get("/en/events/knowledge-exchange-gdansk-2023/ical/"))
    (component,) = calendar.walk("VEVENT")
    assert component.decoded("dtstart") == datetime.date(2023, 6, 13)
    assert component.decoded("dtend") == datetime.date(2023, 6, 17)  # RFC 5545: DTEND is exclusive
    assert str(component["summary"]) == "Knowledge exchange in Gdańsk: inclusive housing"


def test_calendar_feed_per_language_with_cancelled_status(client, event_index, demo):
    add_event(event_index, "Fällt aus", datetime.date(2031, 2, 1), status=EventPage.Status.CANCELLED)
    german = parse_ics(client.get("/de/veranstaltungen/ical/"))
    summaries = {str(c["summary"]): str(c["status"]) for c in german.walk("VEVENT")}
    assert summaries["Abgesagt: Fällt aus"] == "CANCELLED"
    assert summaries["Wissensaustausch in Danzig: inklusives Wohnen"] == "CONFIRMED"
    english = parse_ics(client.get("/en/events/ical/"))
    english_summaries = {str(c["summary"]) for c in english.walk("VEVENT")}
    assert "Knowledge exchange in Letterkenny: Donegal's local integration strategy" in english_summaries
    assert not any("Wissensaustausch" in s for s in english_summaries)
    uids = [str(c["uid"]) for c in german.walk("VEVENT")] + [str(c["uid"]) for c in english.walk("VEVENT")]
    assert len(uids) == len(set(uids))


def test_end_before_start_is_rejected(event_index):
    from django.core.exceptions import ValidationError

    event = EventPage(title="x", start_date=datetime.date(2025, 5, 2), end_date=datetime.date(2025, 5, 1))
    with pytest.raises(ValidationError):
        event.clean()


def test_english_translation_keeps_facts(client, event_index, empty_events):
    event = add_event(event_index, "Treffen", datetime.date(2032, 3, 20), time_zone="Europe/Dublin")
    english = translate(event, title="Meeting", slug="meeting")
    assert english.start_date == datetime.date(2032, 3, 20) and english.time_zone == "Europe/Dublin"
