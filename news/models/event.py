"""Events and the events index: upcoming and past lists, a calendar (.ics) per event and per language.

Dates and times are stored as the organiser gives them (local date and time at the venue) with the venue's time
zone, so "10:00 in Letterkenny" stays 10:00 Irish time whatever the server's zone; aware datetimes are computed.
An event without a start time is an all-day event.
"""

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, IndexPage
from home.pagination import paginate, query_without
from news.blocks import body_blocks

TIMEZONES = [
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Vienna",
    "Europe/Warsaw",
    "UTC",
]

COUNTRIES = [
    ("AT", _("Austria")),
    ("BE", _("Belgium")),
    ("DE", _("Germany")),
    ("ES", _("Spain")),
    ("FR", _("France")),
    ("GB", _("United Kingdom")),
    ("IE", _("Ireland")),
    ("IT", _("Italy")),
    ("NL", _("Netherlands")),
    ("PL", _("Poland")),
    ("PT", _("Portugal")),
    ("RO", _("Romania")),
    ("SE", _("Sweden")),
]


class EventIndexPage(RoutablePageMixin, IndexPage):
    """Events (/de/veranstaltungen/, /en/events/): upcoming (/), past (/past/), calendar feed (/ical/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    template = "news/event_index_page.html"

    class Meta:
        verbose_name = _("event index")

    def get_listing_queryset(self, request, past=False):
        from news.listings import events_for_language

        return events_for_language(self.locale, past=past)

    def get_context(self, request, *args, past=False, **kwargs):
        from news.listings import with_event_card_data

        context = super(IndexPage, self).get_context(request, *args, **kwargs)
        items = with_event_card_data(self.get_listing_queryset(request, past=past))
        context.update(
            page_obj=paginate(request, items, self.per_page),
            base_query=query_without(request, "page"),
            past=past,
        )
        return context

    @path("")
    def upcoming(self, request):
        return self.render(request)

    @path("past/", name="past")
    def past_events(self, request):
        return self.render(request, past=True)

    @path("ical/", name="ical")
    def calendar_feed(self, request):
        from news.calendar import calendar_response, events_calendar

        events = EventPage.objects.live().filter(locale=self.locale).order_by("start_date")
        return calendar_response(events_calendar(events.defer_streamfields(), request, self), self.slug)


class EventPage(RoutablePageMixin, BasePage):
    """An event (/de/veranstaltungen/<slug>/), with its own calendar file at <slug>/ical/."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        MOVED_ONLINE = "moved_online", _("Moved online")

    class Format(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    start_date = models.DateField(_("start date"), default=timezone.localdate)
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Empty: same day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=[(name, name) for name in TIMEZONES],
        default="Europe/Berlin",
        help_text=_("Where the event takes place; dates and times above are local times there."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    event_format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.ON_SITE
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("description"))
    related_projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("related projects"), blank=True, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("organiser"), FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Organiser and registration"),
        ),
        FieldPanel("body"),
        FieldPanel("related_projects", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("organiser"),
    ]
    override_translatable_fields = [SynchronizedField("related_projects")]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time and not self.start_time:
            raise ValidationError({"start_time": _("Give a start time too, or neither (all-day event).")})
        if (
            self.start_time
            and self.end_time
            and self.last_day == self.start_date
            and self.end_time <= self.start_time
        ):
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    # Computed facts -----------------------------------------------------------------------------------------
    @property
    def is_all_day(self) -> bool:
        return self.start_time is None

    @property
    def last_day(self) -> datetime.date:
        return self.end_date or self.start_date

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def start(self) -> datetime.datetime | None:
        """The aware start, or None for an all-day event."""
        if self.is_all_day:
            return None
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.zone)

    @property
    def end(self) -> datetime.datetime | None:
        """The aware end; without an end time, two hours after the start (calendars need an end)."""
        if self.is_all_day:
            return None
        if self.end_time:
            return datetime.datetime.combine(self.last_day, self.end_time, tzinfo=self.zone)
        return self.start + datetime.timedelta(hours=2)

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_past(self) -> bool:
        return self.last_day < timezone.localdate()

    @property
    def is_online(self) -> bool:
        return self.event_format == self.Format.ONLINE or self.status == self.Status.MOVED_ONLINE

    @property
    def card_image(self):
        return self.listing_image

    # schema.org names for our status and format choices.
    SCHEMA_STATUS = {
        Status.SCHEDULED: "EventScheduled",
        Status.CANCELLED: "EventCancelled",
        Status.POSTPONED: "EventPostponed",
        Status.MOVED_ONLINE: "EventMovedOnline",
    }
    SCHEMA_ATTENDANCE = {
        Format.ON_SITE: "OfflineEventAttendanceMode",
        Format.ONLINE: "OnlineEventAttendanceMode",
        Format.HYBRID: "MixedEventAttendanceMode",
    }

    def get_structured_data(self, request):
        """schema.org Event: local times with the venue's UTC offset, a Place and/or a VirtualLocation."""
        from home.structured_data import date_or_datetime, image_url, organisation

        attendance = (
            "OnlineEventAttendanceMode" if self.is_online else self.SCHEMA_ATTENDANCE[self.event_format]
        )
        locations = []
        if attendance != "OnlineEventAttendanceMode" and (self.venue or self.city):
            place = {"@type": "Place", "name": self.venue or self.city}
            address = {"@type": "PostalAddress"}
            if self.city:
                address["addressLocality"] = self.city
            if self.country:
                address["addressCountry"] = self.country
            place["address"] = address
            locations.append(place)
        if attendance != "OfflineEventAttendanceMode":
            locations.append(
                {"@type": "VirtualLocation", "url": self.online_url or self.get_full_url(request)}
            )
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": self.get_full_url(request),
            "startDate": date_or_datetime(self.start_date, self.start_time, self.zone),
            "endDate": date_or_datetime(self.last_day, self.end_time, self.zone)
            if self.end_time or not self.start_time
            else self.end.isoformat(),
            "eventStatus": "https://schema.org/" + self.SCHEMA_STATUS[self.status],
            "eventAttendanceMode": "https://schema.org/" + attendance,
            "inLanguage": self.locale.language_code,
            "organizer": {"@type": "Organization", "name": self.organiser}
            if self.organiser
            else organisation(request),
        }
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if self.meta_description:
            data["description"] = self.meta_description
        image = image_url(request, self.listing_image)
        if image:
            data["image"] = image
        return data

    def get_context(self, request, *args, **kwargs):
        from news import listings

        context = super().get_context(request, *args, **kwargs)
        context["projects"] = listings.linked_projects(self, self.locale_id)
        return context

    @path("ical/", name="ical")
    def calendar_file(self, request):
        from news.calendar import calendar_response, events_calendar

        return calendar_response(events_calendar([self], request, self), self.slug, attachment=True)


def last_day_expression():
    """The day an event ends, for filtering upcoming and past events in the database."""
    return Coalesce("end_date", "start_date")
