"""Funding programmes the organisation runs or takes part in, under /de/programme/ and /en/programmes/.

A programme has a funder, implementing partners, phases, participating districts or municipalities, formats and
the projects that belong to it (projects point at their programme; the list is computed from them).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.formatting import format_month
from home.models import BasePage, IndexPage
from projects.models.content_blocks import FormatBlock, body_blocks
from projects.models.project import ProjectPage, status_for


class FederalState(models.TextChoices):
    """German federal states by their ISO 3166-2:DE codes."""

    BW = "BW", _("Baden-Württemberg")
    BY = "BY", _("Bavaria")
    BE = "BE", _("Berlin")
    BB = "BB", _("Brandenburg")
    HB = "HB", _("Bremen")
    HH = "HH", _("Hamburg")
    HE = "HE", _("Hesse")
    MV = "MV", _("Mecklenburg-Western Pomerania")
    NI = "NI", _("Lower Saxony")
    NW = "NW", _("North Rhine-Westphalia")
    RP = "RP", _("Rhineland-Palatinate")
    SL = "SL", _("Saarland")
    SN = "SN", _("Saxony")
    ST = "ST", _("Saxony-Anhalt")
    SH = "SH", _("Schleswig-Holstein")
    TH = "TH", _("Thuringia")


class ProgrammeIndexPage(IndexPage):
    """The list of programmes (/de/programme/, /en/programmes/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProgrammePage"]
    template = "projects/programme_index_page.html"

    class Meta:
        verbose_name = _("programme index")

    def get_listing_queryset(self, request):
        return ProgrammePage.objects.child_of(self).live().select_related("funder").order_by("title")


class ProgrammePage(BasePage):
    """A funding programme, e.g. Land.Zuhause.Zukunft of the Robert Bosch Stiftung."""

    funder = models.ForeignKey(
        "projects.Funder",
        verbose_name=_("funder"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="programmes",
    )
    summary = models.TextField(_("summary"), blank=True, max_length=1000)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    formats = StreamField(
        [("format", FormatBlock())],
        blank=True,
        verbose_name=_("formats"),
        help_text=_("What the programme offers, e.g. a forum, learning journeys, a conference."),
    )
    website = models.URLField(_("website"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    programme_panels = [
        FieldPanel("funder"),
        FieldPanel("website"),
        InlinePanel(
            "implementing_partners", label=_("Implementing partner"), heading=_("Implementing partners")
        ),
        InlinePanel("phases", label=_("Phase"), heading=_("Phases")),
        InlinePanel(
            "districts", label=_("District or municipality"), heading=_("Districts and municipalities")
        ),
        FieldPanel("formats"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(programme_panels, heading=_("Programme")),
            ObjectList(BasePage.promote_panels, heading=_("Promotion")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["projects.ProgrammeIndexPage"]
    subpage_types = []
    template = "projects/programme_page.html"

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def phase_list(self) -> list:
        # Dates, status and the template all read the phases: one query per page, not one per use.
        if not hasattr(self, "_phase_list"):
            self._phase_list = list(self.phases.all())
        return self._phase_list

    @property
    def start_date(self):
        dates = [phase.start_date for phase in self.phase_list() if phase.start_date]
        return min(dates) if dates else None

    @property
    def end_date(self):
        phases = self.phase_list()
        if not phases or any(phase.end_date is None for phase in phases):
            return None  # an open-ended phase: the programme has no end yet
        return max(phase.end_date for phase in phases)

    @property
    def status(self):
        return status_for(self.start_date, self.end_date)

    def implementing_partner_list(self) -> list[tuple]:
        """[(partner page in this page's language, task), ...]: rows link the source language's pages (synchronised
        by wagtail-localize), so their translations are looked up in one query."""
        from projects.models.partner import PartnerOrganisationPage

        if hasattr(self, "_implementing_partner_list"):
            return self._implementing_partner_list
        rows = list(self.implementing_partners.select_related("partner"))
        keys = {row.partner.translation_key for row in rows}
        localized = {
            page.translation_key: page
            for page in PartnerOrganisationPage.objects.live().filter(
                translation_key__in=keys, locale_id=self.locale_id
            )
        }
        self._implementing_partner_list = [
            (localized.get(row.partner.translation_key, row.partner), row.task) for row in rows
        ]
        return self._implementing_partner_list

    def projects(self):
        """Live projects in this language that belong to this programme (matched by translation key, since the
        programme link is synchronised from the source language)."""
        return (
            ProjectPage.objects.live()
            .filter(locale_id=self.locale_id, programme__translation_key=self.translation_key)
            .order_by("-start_date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from projects.listing import with_card_data, with_card_rows

        context["projects"] = with_card_rows(with_card_data(self.projects()))
        return context


class ProgrammePhase(TranslatableMixin, Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("name"), max_length=120)
    start_date = models.DateField(_("start"))
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty while the end is open.")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        "description",
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def period(self) -> str:
        start, end = format_month(self.start_date), format_month(self.end_date)
        return f"{start} – {end}" if end else start

    def __str__(self):
        return self.name


class ProgrammeDistrict(TranslatableMixin, Orderable):
    """A participating district or municipality and its federal state."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="districts")
    name = models.CharField(_("name"), max_length=120)
    federal_state = models.CharField(
        _("federal state"), max_length=2, choices=FederalState.choices, blank=True
    )
    since_year = models.PositiveSmallIntegerField(_("taking part since"), null=True, blank=True)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("federal_state"), FieldPanel("since_year")])]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("district or municipality")
        verbose_name_plural = _("districts and municipalities")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class ProgrammePartner(TranslatableMixin, Orderable):
    """An organisation that carries out the programme with the funder, e.g. the programme office or an adviser."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="implementing_partners")
    partner = models.ForeignKey(
        "projects.PartnerOrganisationPage",
        verbose_name=_("partner organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    task = models.CharField(
        _("task"), max_length=200, blank=True, help_text=_("e.g. programme office, advice")
    )

    panels = [FieldPanel("partner"), FieldPanel("task")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("implementing partner")
        verbose_name_plural = _("implementing partners")
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.partner)
