"""Calls for proposals, their deadlines and their index.

Deadlines are stored as the editor reads them in the call text (a local date and time plus an IANA timezone) and
converted to UTC with zoneinfo when saved, so daylight-saving changes are handled by the timezone database, not by
us. The status (forthcoming / open / closed) is never stored: it is computed from "now" at the exact second.
"""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.localize import in_locale
from home.models import BasePage, IndexPage
from home.models.easy_read import EasyReadSummaryMixin
from projects.call_forms import CallForProposalsPageForm
from projects.timezones import DEFAULT_TIMEZONE, aware_deadline, timezone_choices, validate_timezone

# Status values, in the order the index lists them.
OPEN, FORTHCOMING, CLOSED = "open", "forthcoming", "closed"
STATUS_LABELS = {OPEN: _("Open"), FORTHCOMING: _("Forthcoming"), CLOSED: _("Closed")}


def call_status(opens_at, closes_at, now=None) -> str:
    """Forthcoming before the opening, open up to and including the second of the last deadline, then closed."""
    now = now or timezone.now()
    if opens_at is not None and now < opens_at:
        return FORTHCOMING
    if closes_at is None or now <= closes_at:
        return OPEN
    return CLOSED


def next_deadline_after(now):
    """A call's first deadline at or after `now`, as a subquery per listed call. A join with MIN() grouped the
    calls by every page column, and its count had to group them too (make bench: call index count 2.5 ms)."""
    return Subquery(
        CallDeadline.objects.filter(page_id=OuterRef("pk"), deadline_utc__gte=now)
        .order_by("deadline_utc")
        .values("deadline_utc")[:1]
    )


class CallIndexPage(RoutablePageMixin, IndexPage):
    """The list of calls for proposals (/de/ausschreibungen/, /en/calls/), with calendar and news feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.CallForProposalsPage"]
    template = "projects/call_index_page.html"
    per_page = 12

    class Meta:
        verbose_name = _("call index")

    def calls(self):
        """The live calls of this index, with what a listing card needs (funder, deadlines), in a constant number
        of queries. A card shows neither a picture nor themes, nor the documents, goals and FAQ, so those are not
        read (make bench: one query and three StreamField columns of 12 calls fewer per view)."""
        return (
            CallForProposalsPage.objects.child_of(self)
            .live()
            .select_related("funder")
            .prefetch_related("deadlines")
            .defer_streamfields()
        )

    def get_listing_queryset(self, request, status_filter=None, now=None):
        """Open calls first (nearest next deadline first), then forthcoming (soonest opening), then closed (most
        recently closed first). Everything happens in the database, so pagination stays cheap."""
        now = now or timezone.now()
        status_rank = Case(
            When(opens_at__gt=now, then=Value(1)),
            When(closes_at__lt=now, then=Value(2)),
            default=Value(0),
            output_field=IntegerField(),
        )
        queryset = self.calls().annotate(status_rank=status_rank, next_deadline=next_deadline_after(now))
        if status_filter is not None:
            ranks = {OPEN: 0, FORTHCOMING: 1, CLOSED: 2}
            queryset = queryset.filter(status_rank__in=[ranks[s] for s in status_filter])
        return queryset.order_by(
            "status_rank", "next_deadline", "opens_at", "-closes_at", "-first_published_at", "pk"
        )

    def get_context(self, request, *args, **kwargs):
        from projects.call_views import index_context

        context = super(IndexPage, self).get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("deadlines/", name="deadlines_ics")
    def deadlines_ics(self, request):
        from projects.call_calendar import index_calendar_response

        return index_calendar_response(self, request)

    @path("rss/", name="rss")
    def rss(self, request):
        from projects.call_feeds import NewCallsFeed

        return NewCallsFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        from projects.call_feeds import NewCallsAtomFeed

        return NewCallsAtomFeed(self)(request)


class GoalBlock(blocks.TextBlock):
    class Meta:
        icon = "list-ol"
        label = _("Goal")


class CallDocumentBlock(blocks.StructBlock):
    """A guideline, form or template applicants download (a Wagtail document)."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.CharBlock(label=_("Description"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Question and answer")


class CallForProposalsPage(RoutablePageMixin, EasyReadSummaryMixin, BasePage):
    """A call for proposals: who funds it, who may apply, until when, and the documents to apply with."""

    SINGLE_STAGE, TWO_STAGE, ROLLING = "single_stage", "two_stage", "rolling"
    CALL_TYPES = [
        (SINGLE_STAGE, _("Single-stage")),
        (TWO_STAGE, _("Two-stage (expression of interest first)")),
        (ROLLING, _("Rolling (several cut-off dates)")),
    ]

    funder = models.ForeignKey(
        "projects.Funder",
        verbose_name=_("funder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_of_funds = models.CharField(
        _("source of funds"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty to show the funder's source of funds."),
    )
    call_type = models.CharField(_("call type"), max_length=20, choices=CALL_TYPES, default=SINGLE_STAGE)
    opens_at = models.DateTimeField(
        _("opens at"),
        null=True,
        blank=True,
        help_text=_(
            "Before this moment the call is shown as forthcoming. Leave empty if it is open on publication."
        ),
    )
    total_budget = models.DecimalField(
        _("total budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    min_grant = models.DecimalField(
        _("minimum grant (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    max_grant = models.DecimalField(
        _("maximum grant (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    max_duration_months = models.PositiveSmallIntegerField(
        _("maximum duration (months)"), null=True, blank=True
    )
    goals = StreamField([("goal", GoalBlock())], blank=True, verbose_name=_("goals"))
    who_may_apply = RichTextField(
        _("who may apply"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    target_groups = RichTextField(
        _("target groups"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    requirements = RichTextField(
        _("requirements"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    how_to_apply = RichTextField(
        _("how to apply"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    application_url = models.URLField(
        _("application link"),
        blank=True,
        help_text=_("External application portal. Hidden automatically once the call is closed."),
    )
    documents = StreamField([("document", CallDocumentBlock())], blank=True, verbose_name=_("documents"))
    faq = StreamField(
        [("question", QuestionBlock())], blank=True, verbose_name=_("frequently asked questions")
    )
    contact = RichTextField(_("contact"), blank=True, features=["bold", "italic", "link"])
    themes = ParentalManyToManyField("projects.Theme", verbose_name=_("themes"), blank=True, related_name="+")
    # The last deadline in UTC, copied from the deadline rows on every save: the status is computed from it and
    # `opens_at` without touching the rows, so listings (site and admin) need no query per call.
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True, editable=False, db_index=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("funder"),
                FieldPanel("source_of_funds"),
                FieldPanel("call_type"),
                FieldPanel("themes"),
            ],
            heading=_("Funding"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("opens_at"),
                InlinePanel("deadlines", label=_("Deadline"), min_num=1, heading=_("Deadlines")),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("total_budget"), FieldPanel("min_grant"), FieldPanel("max_grant")]),
                FieldPanel("max_duration_months"),
            ],
            heading=_("Amounts and duration"),
        ),
        FieldPanel("goals"),
        FieldPanel("who_may_apply"),
        FieldPanel("target_groups"),
        FieldPanel("requirements"),
        MultiFieldPanel(
            [FieldPanel("how_to_apply"), FieldPanel("application_url")], heading=_("How to apply")
        ),
        FieldPanel("documents"),
        FieldPanel("faq"),
        FieldPanel("contact"),
        *EasyReadSummaryMixin.easy_read_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        *EasyReadSummaryMixin.easy_read_search_fields,
        index.SearchField("who_may_apply"),
        index.SearchField("target_groups"),
        index.SearchField("requirements"),
        index.SearchField("goals"),
    ]
    override_translatable_fields = [SynchronizedField("application_url")]

    base_form_class = CallForProposalsPageForm
    parent_page_types = ["projects.CallIndexPage"]
    subpage_types = []
    template = "projects/call_for_proposals_page.html"

    class Meta:
        verbose_name = _("call for proposals")
        verbose_name_plural = _("calls for proposals")

    def clean(self):
        super().clean()
        if self.min_grant is not None and self.max_grant is not None and self.min_grant > self.max_grant:
            raise ValidationError(
                {"min_grant": _("The minimum grant must not be larger than the maximum grant.")}
            )

    def save(self, *args, **kwargs):
        # The in-memory rows are the ones being saved (from the form, a revision or a translation).
        utc = [row.compute_deadline_utc() for row in self.deadlines.all() if row.local_date]
        self.closes_at = max(utc) if utc else None
        return super().save(*args, **kwargs)

    # Computed facts ---------------------------------------------------------------------------------------------
    def sorted_deadlines(self):
        """The deadline rows in time order (uses the prefetched rows in listings)."""
        return sorted(self.deadlines.all(), key=lambda row: row.compute_deadline_utc())

    def status(self, now=None) -> str:
        return call_status(self.opens_at, self.closes_at, now)

    def status_label(self, now=None):
        return STATUS_LABELS[self.status(now)]

    def next_deadline(self, now=None):
        """The first deadline row not yet passed, or None when the call is closed."""
        now = now or timezone.now()
        return next((row for row in self.sorted_deadlines() if row.deadline >= now), None)

    def last_deadline(self):
        rows = self.sorted_deadlines()
        return rows[-1] if rows else None

    def get_source_of_funds(self) -> str:
        if self.source_of_funds:
            return self.source_of_funds
        funder = self.localized_funder
        return funder.programme if funder else ""

    @cached_property
    def localized_funder(self):
        """The funder in this page's language (listings set it for all cards at once, see call_views)."""
        if not self.funder_id:
            return None
        return in_locale([self.funder], self.locale_id)[0]

    def localized_themes(self):
        return in_locale(self.themes.all(), self.locale_id)

    def get_admin_display_title(self):
        # Editors see the computed status next to the title in the page explorer (no query: opens_at/closes_at).
        return f"{super().get_admin_display_title()} ({STATUS_LABELS[self.status()]})"

    # Routes -----------------------------------------------------------------------------------------------------
    @path("")
    def call(self, request):
        return self.render(request)

    @path("calendar/", name="calendar_ics")
    def calendar_ics(self, request):
        from projects.call_calendar import call_calendar_response

        return call_calendar_response(self, request)


class CallDeadline(TranslatableMixin, Orderable):
    """One deadline of a call: a label ("Interessenbekundung", "Full application") and a local date and time.

    The date, time and timezone are facts (synchronised across languages); only the label is translated.
    """

    page = ParentalKey(CallForProposalsPage, on_delete=models.CASCADE, related_name="deadlines")
    label = models.CharField(_("label"), max_length=120, blank=True, help_text=_('e.g. "Full application"'))
    local_date = models.DateField(_("date"))
    local_time = models.TimeField(_("time"), default=time(23, 59))
    timezone = models.CharField(
        _("timezone"),
        max_length=64,
        default=DEFAULT_TIMEZONE,
        validators=[validate_timezone],
        help_text=_("IANA name, e.g. Europe/Berlin or Europe/Brussels."),
    )
    deadline_utc = models.DateTimeField(_("deadline (UTC)"), editable=False, db_index=True, null=True)

    panels = [
        FieldPanel("label"),
        FieldRowPanel(
            [
                FieldPanel("local_date"),
                FieldPanel("local_time"),
                FieldPanel("timezone", widget=forms.Select(choices=timezone_choices())),
            ]
        ),
    ]
    override_translatable_fields = [SynchronizedField("timezone")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")

    def __str__(self):
        return f"{self.label} {self.local_date:%Y-%m-%d} {self.local_time:%H:%M} {self.timezone}"

    @property
    def deadline(self) -> datetime:
        """The deadline as an aware datetime in its own timezone (so it prints as 23:59 MESZ, not in UTC)."""
        return aware_deadline(self.local_date, self.local_time, self.timezone)

    def compute_deadline_utc(self) -> datetime:
        return self.deadline.astimezone(ZoneInfo("UTC"))

    def save(self, *args, **kwargs):
        self.deadline_utc = self.compute_deadline_utc()
        return super().save(*args, **kwargs)


@dataclass
class UpcomingDeadline:
    call: CallForProposalsPage
    label: str
    deadline: datetime


def upcoming_deadlines(limit: int = 5, now=None) -> list[UpcomingDeadline]:
    """The next deadlines (not yet passed) of live calls in the active language, soonest first. Two queries."""
    now = now or timezone.now()
    rows = (
        CallDeadline.objects.filter(deadline_utc__gte=now, page__live=True, page__locale=Locale.get_active())
        .select_related("page")
        .order_by("deadline_utc", "pk")[:limit]
    )
    return [UpcomingDeadline(call=row.page, label=row.label, deadline=row.deadline) for row in rows]
