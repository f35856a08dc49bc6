"""iCalendar (RFC 5545) files: one per call, and a subscribable feed of open and forthcoming deadlines per language.

Every deadline is one VEVENT at the deadline's moment, written in its own timezone (TZID) with the matching
VTIMEZONE, and a display alarm one day before.
"""

from datetime import UTC, date, timedelta

from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from projects.deadlines import format_deadline
from projects.models.call import CallForProposalsPage

REMINDER_BEFORE = timedelta(days=1)


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Gemeinsam//Calls for proposals//" + (get_language() or "de").upper())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _add_deadlines(calendar: Calendar, call: CallForProposalsPage, request, stamp) -> None:
    url = call.get_full_url(request)
    host = request.get_host().split(":")[0] or "gemeinsam"
    for row in call.sorted_deadlines():
        summary = (
            f"{row.label}: {call.title}" if row.label else _("Deadline: %(title)s") % {"title": call.title}
        )
        event = Event()
        # One UID per deadline and language, stable across edits, so subscribed calendars update in place.
        event.add("uid", f"call-deadline-{row.translation_key}-{call.locale.language_code}@{host}")
        event.add("dtstamp", stamp)
        moment = _ical_moment(row.deadline)
        event.add("dtstart", moment)
        event.add("dtend", moment)
        event.add("summary", summary)
        event.add("description", f"{format_deadline(row.deadline)}\n{url}")
        event.add("url", url)
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -REMINDER_BEFORE)
        event.add_component(alarm)
        calendar.add_component(event)


def _ical_moment(moment):
    """RFC 5545 reads an ambiguous local time (clocks going back) as the first one: write the later one in UTC."""
    return moment.astimezone(UTC) if moment.fold else moment


def _response(calendar: Calendar, filename: str, attachment: bool) -> HttpResponse:
    # VTIMEZONE only for the years the events need (icalendar's default spans 1970–2038 in hundreds of lines).
    starts = [event.DTSTART for event in calendar.walk("VEVENT")]
    if starts:
        calendar.add_missing_timezones(
            first_date=date(min(starts).year - 1, 1, 1), last_date=date(max(starts).year + 2, 1, 1)
        )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def call_calendar_response(call: CallForProposalsPage, request) -> HttpResponse:
    calendar = _calendar(call.title)
    _add_deadlines(calendar, call, request, timezone.now())
    return _response(calendar, f"{call.slug}.ics", attachment=True)


def index_calendar_response(index_page, request) -> HttpResponse:
    """All deadlines of the index's open and forthcoming calls (in two queries), to subscribe to."""
    now = timezone.now()
    calendar = _calendar(_("Deadlines: %(title)s") % {"title": index_page.title})
    calls = (
        CallForProposalsPage.objects.child_of(index_page)
        .live()
        .filter(Q(closes_at__gte=now) | Q(closes_at__isnull=True))
        .select_related("locale")
        .prefetch_related("deadlines")
        .defer_streamfields()
        .order_by("closes_at", "pk")
    )
    for call in calls:
        _add_deadlines(calendar, call, request, now)
    calendar.add("refresh-interval", timedelta(hours=12), parameters={"VALUE": "DURATION"})
    return _response(calendar, f"{index_page.slug}-deadlines.ics", attachment=False)
