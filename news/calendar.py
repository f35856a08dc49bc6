"""iCalendar (RFC 5545) files: one per event (<event>/ical/) and a subscribable feed per language
(/de/veranstaltungen/ical/). Times carry their venue's time zone (TZID with VTIMEZONE); all-day events are
DATE values with the exclusive end day RFC 5545 asks for. Cancelled events stay in with STATUS:CANCELLED."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as ICalEvent

STATUS = {
    "scheduled": "CONFIRMED",
    "moved_online": "CONFIRMED",
    "postponed": "TENTATIVE",
    "cancelled": "CANCELLED",
}


def events_calendar(events, request, source_page) -> Calendar:
    language = source_page.locale.language_code
    calendar = Calendar()
    calendar.add("prodid", "-//Gemeinsam//News and events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", source_page.title)
    host = request.get_host().split(":")[0]
    for event in events:
        calendar.add_component(_event_component(event, request, language, host))
    calendar.add_missing_timezones()
    return calendar


def _event_component(event, request, language, host) -> ICalEvent:
    component = ICalEvent()
    # Stable across edits and distinct per language, so subscribers of both feeds see both versions.
    component.add("uid", f"{event.translation_key}-{language}@{host}")
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    summary = event.title
    if event.is_cancelled:
        # Many calendar apps ignore STATUS; the title says it too.
        summary = f"{_('Cancelled')}: {summary}"
    component.add("summary", summary)
    if event.is_all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.start)
        component.add("dtend", event.end)
    component.add("status", STATUS.get(event.status, "CONFIRMED"))
    location = ", ".join(
        part
        for part in (event.venue, event.city, str(event.get_country_display()) if event.country else "")
        if part
    )
    if event.is_online and event.online_url:
        location = f"{location} – {event.online_url}" if location else event.online_url
    if location:
        component.add("location", location)
    url = event.get_full_url(request)
    component.add("url", url)
    organiser = f"{_('Organiser')}: {event.organiser}" if event.organiser else ""
    component.add("description", "\n\n".join(part for part in (event.teaser, organiser, url) if part))
    return component


def calendar_response(calendar: Calendar, slug: str, attachment: bool = False) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{slug}.ics"'
    return response
