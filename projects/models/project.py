"""Funded projects and their index.

Editors type the facts once (dates, amounts, grant code, partner and funding rows); status, duration, funding rate,
partner and country counts and the lead partner are computed from them, never typed.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.formatting import format_money
from home.localize import in_locale
from home.models import BasePage, IndexPage
from home.models.base import image_alt_text_field
from home.models.easy_read import EasyReadSummaryMixin
from home.page_rows import being_edited, rows_of
from home.query_plans import planned_for_their_values
from projects import facts, partner_directory, project_rows
from projects.models.content_blocks import body_blocks

MONEY = {
    "max_digits": 14,
    "decimal_places": 2,
    "null": True,
    "blank": True,
    "validators": [MinValueValidator(0)],
}


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")
    TECHNICAL = "technical", _("Technical partner")


# Plural headings for the partner list, in the order the roles are shown.
ROLE_GROUP_LABELS = {
    PartnerRole.LEAD: _("Lead partner"),
    PartnerRole.PARTNER: _("Partners"),
    PartnerRole.ASSOCIATED: _("Associated partners"),
    PartnerRole.TECHNICAL: _("Technical partners"),
}


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")


def status_for(start, end, today=None):
    """planned before the start date, completed after the end date, running in between (None without a start)."""
    if start is None:
        return None
    today = today or facts.berlin_today()
    if today < start:
        return ProjectStatus.PLANNED
    if end is not None and today > end:
        return ProjectStatus.COMPLETED
    return ProjectStatus.RUNNING


class ProjectIndexPage(RoutablePageMixin, IndexPage):
    """The list of funded projects (/de/projekte/, /en/projects/) with filters and open-data exports.

    export/csv/ and export/json/ below it return the same (filtered) list as files (Wagtail page URLs cannot
    contain dots, hence no "export.csv"); see projects.listing.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    template = "projects/project_index_page.html"

    class Meta:
        verbose_name = _("project index")

    def get_listing_queryset(self, request):
        from projects.listing import ProjectFilters

        return ProjectFilters(self, request).cards()

    def get_listing_count(self, request):
        from projects.listing import ProjectFilters

        return ProjectFilters(self, request).count()

    def get_listing_key(self, request):
        from projects.listing import ProjectFilters

        return ProjectFilters(self, request).key()

    def get_context(self, request, *args, **kwargs):
        from projects.listing import ProjectFilters, with_card_rows

        filters = ProjectFilters(self, request)
        if not filters.active:
            context = super().get_context(request, *args, **kwargs)
        else:
            # A filtered count and page of cards, planned for these filter values (home.query_plans); the cards
            # are read here, inside the block, instead of later by the template.
            with planned_for_their_values():
                context = super().get_context(request, *args, **kwargs)
                context["page_obj"].object_list = list(context["page_obj"].object_list)
        # The cards' renditions and funding rows (queries compiled once, planned once: they name only ids).
        page_obj = context["page_obj"]
        page_obj.object_list = with_card_rows(page_obj.object_list)
        context["filters"] = filters
        return context

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        from projects.listing import export_csv

        return export_csv(self, request)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        from projects.listing import export_json

        return export_json(self, request)


class ProjectPageForm(WagtailAdminPageForm):
    """Checks that need the inline rows too: the funding sources' amounts cannot add up to more than the funding."""

    def clean(self):
        cleaned_data = super().clean()
        funding = cleaned_data.get("funding_amount")
        formset = self.formsets.get("funding_sources")
        if funding is not None and formset is not None and formset.is_valid():
            total = sum(
                (form.cleaned_data.get("amount") or 0)
                for form in formset.forms
                if form.cleaned_data and not form.cleaned_data.get("DELETE")
            )
            if total > funding:
                self.add_error(
                    "funding_amount",
                    _("The funding sources add up to %(total)s, more than the funding amount.")
                    % {"total": format_money(total)},
                )
        return cleaned_data


class ProjectPage(EasyReadSummaryMixin, BasePage):
    """A funded project (/de/projekte/<slug>/, /en/projects/<slug>/)."""

    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    summary = models.TextField(
        _("summary"), blank=True, max_length=1000, help_text=_("A short paragraph above the body.")
    )
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = image_alt_text_field(_("alternative text of the lead image"))
    grant_code = models.CharField(
        _("grant code"), max_length=60, blank=True, help_text=_("e.g. the grant agreement number 101038215")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    total_budget = models.DecimalField(_("total budget (EUR)"), **MONEY)
    funding_amount = models.DecimalField(_("funding (EUR)"), **MONEY)
    own_role = models.CharField(
        _("our role"),
        max_length=20,
        choices=PartnerRole.choices,
        blank=True,
        help_text=_("The role of our organisation in this project."),
    )
    programme = models.ForeignKey(
        "projects.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The funding programme this project belongs to, if it has a page on this site."),
    )
    region = models.CharField(_("region"), max_length=200, blank=True, help_text=_("e.g. Europe, Saxony"))
    contact_name = models.CharField(_("contact person or team"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    featured = models.BooleanField(
        _("feature on the home page"),
        default=False,
        help_text=_("Shown among the projects on the home page."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("acronym"),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        FieldPanel("lead_image_alt"),
        FieldPanel("body"),
        *EasyReadSummaryMixin.easy_read_panels,
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("grant_code")],
            heading=_("Duration and grant"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("total_budget"), FieldPanel("funding_amount")])],
            heading=_("Budget"),
            help_text=_("The funding rate is computed from these two amounts."),
        ),
        InlinePanel("funding_sources", label=_("Funding source"), heading=_("Funding sources")),
        FieldPanel("programme"),
        MultipleChooserPanel("theme_rows", chooser_field_name="theme", label=_("Theme"), heading=_("Themes")),
        FieldPanel("region"),
        MultiFieldPanel([FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    partner_panels = [
        FieldPanel("own_role"),
        MultipleChooserPanel(
            "partner_rows",
            chooser_field_name="partner",
            label=_("Partner"),
            heading=_("Partners"),
            help_text=_("Partner count, countries and lead partner are computed from these rows."),
        ),
    ]
    promote_panels = [FieldPanel("featured"), *BasePage.promote_panels]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(partner_panels, heading=_("Partners")),
            ObjectList(promote_panels, heading=_("Promotion")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = ProjectPageForm

    search_fields = [
        *BasePage.search_fields,
        *EasyReadSummaryMixin.easy_read_search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("grant_code"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    # Codes are facts: the same in every language, even though they are text fields.
    override_translatable_fields = [SynchronizedField("acronym"), SynchronizedField("grant_code")]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    template = "projects/project_page.html"

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        # The project index lists the latest start first: read in index order instead of sorting every project.
        indexes = [
            models.Index(fields=["-start_date"], name="project_latest_start_first"),
            # The home page's featured projects are a handful among thousands: without this index every home
            # page view read the whole project table (make bench: 6 ms of 17 ms of SQL).
            models.Index(
                fields=["-start_date"],
                condition=models.Q(featured=True),
                name="project_featured_latest_first",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if (
            self.total_budget is not None
            and self.funding_amount is not None
            and self.funding_amount > self.total_budget
        ):
            errors["funding_amount"] = _("The funding cannot be more than the total budget.")
        if errors:
            raise ValidationError(errors)

    # Computed figures --------------------------------------------------------------------------------------------
    @property
    def status(self):
        return status_for(self.start_date, self.end_date)

    @property
    def status_label(self) -> str:
        status = self.status
        return ProjectStatus(status).label if status else ""

    @property
    def duration_months(self) -> int | None:
        return facts.months_between(self.start_date, self.end_date)

    @property
    def funding_rate(self):
        return facts.rate(self.funding_amount, self.total_budget)

    def _rows(self, relation: str, related: str) -> list:
        """A child relation's rows with their related object, reusing a listing's prefetch, cached per instance."""
        cache_name = f"_{relation}_list"
        if not hasattr(self, cache_name):
            if relation in getattr(self, "_prefetched_objects_cache", {}):
                setattr(self, cache_name, list(getattr(self, relation).all()))
            elif relation in project_rows.RELATIONS and not any(
                being_edited(self, name) for name in project_rows.RELATIONS
            ):
                # The page shows all three: one query for them (projects.project_rows).
                self._funding_sources_list, self._theme_rows_list, self._partner_rows_list = (
                    project_rows.own_rows(self)
                )
            else:
                setattr(self, cache_name, rows_of(self, relation, related))
        return getattr(self, cache_name)

    def partner_list(self) -> list:
        """The partner rows in their order."""
        return self._rows("partner_rows", "partner")

    @property
    def partner_count(self) -> int:
        if getattr(self, "counted_partners", None) is not None:  # counted in a listing (projects.listing)
            return self.counted_partners
        return len({row.partner_id for row in self.partner_list()})

    @property
    def country_codes(self) -> list[str]:
        codes = {row.partner.country for row in self.partner_list() if row.partner.country}
        return [code for code, _name in self.countries_with_names(codes)]

    @staticmethod
    def countries_with_names(codes):
        return facts.sorted_by_name([(code, facts.country_name(code)) for code in codes], lambda c: c[1])

    @property
    def country_count(self) -> int:
        """How many countries the partners come from (a card shows the number, without naming and sorting them)."""
        if getattr(self, "counted_countries", None) is not None:  # counted in a listing (projects.listing)
            return self.counted_countries
        return len({row.partner.country for row in self.partner_list() if row.partner.country})

    @property
    def countries(self) -> list[tuple[str, str]]:
        """(code, localized name) of the partners' countries, sorted by name in the current language: worked out
        once per language and page, as the page shows them four times (facts, map, count, JSON-LD)."""
        by_language = self.__dict__.setdefault("_countries_by_language", {})
        language = translation.get_language()
        if language not in by_language:
            by_language[language] = self.countries_with_names(
                {row.partner.country for row in self.partner_list() if row.partner.country}
            )
        return by_language[language]

    @property
    def lead_partner_row(self):
        return next((row for row in self.partner_list() if row.role == PartnerRole.LEAD), None)

    def funding_list(self) -> list:
        return self._rows("funding_sources", "funder")

    @property
    def is_eu_funded(self) -> bool:
        """EU-funded projects must show the EU emblem and "Co-funded by the European Union" near the top."""
        return any(row.funder.is_eu_funding for row in self.funding_list())

    def theme_list(self) -> list:
        return [row.theme for row in self._rows("theme_rows", "theme")]

    def localized_partners(self) -> dict:
        """Partner pages in this page's language by translation key, else the row's own partner. A translation's
        rows still link the source language's pages: their translations come from the kept partner pages
        (projects.partner_directory), in a preview too."""
        partners = partner_directory.in_language([row.partner for row in self.partner_list()], self.locale_id)
        return {page.translation_key: page for page in partners}

    def partner_groups(self) -> list[tuple[str, list]]:
        """[(role heading, [partner page, ...]), ...] in the order lead, partners, associated, technical."""
        localized = self.localized_partners()
        groups = {role: [] for role in ROLE_GROUP_LABELS}
        for row in self.partner_list():
            groups.setdefault(row.role, []).append(localized.get(row.partner.translation_key, row.partner))
        return [(ROLE_GROUP_LABELS.get(role, role), pages) for role, pages in groups.items() if pages]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"] = self.partner_groups()
        lead = self.lead_partner_row
        localized = {
            page.translation_key: page for _label, pages in context["partner_groups"] for page in pages
        }
        context["lead_partner"] = localized.get(lead.partner.translation_key) if lead else None
        programme = self.programme
        context["programme"] = in_locale([programme], self.locale_id)[0] if programme else None
        return context


class ProjectFunding(TranslatableMixin, Orderable):
    """One funding source of a project: a funder or funding programme and, optionally, the amount it gives."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="funding_sources")
    funder = models.ForeignKey(
        "projects.Funder", verbose_name=_("funder"), on_delete=models.PROTECT, related_name="project_fundings"
    )
    amount = models.DecimalField(_("amount (EUR)"), **MONEY)

    panels = [FieldPanel("funder"), FieldPanel("amount")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.funder)


class ProjectPartner(TranslatableMixin, Orderable):
    """A partner organisation in a project, with its role. The rows' order is the order shown on the page."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_rows")
    partner = models.ForeignKey(
        "projects.PartnerOrganisationPage",
        verbose_name=_("partner organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.partner} ({self.get_role_display()})"


class ProjectTheme(TranslatableMixin, Orderable):
    """A theme of a project. A row (not a many-to-many field) so that wagtail-localize links the translated theme."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="theme_rows")
    theme = models.ForeignKey(
        "projects.Theme", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="project_rows"
    )

    panels = [FieldPanel("theme")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("project theme")
        verbose_name_plural = _("project themes")
        ordering = ["sort_order"]
        # The theme filter asks which projects have a theme; with the page id in the index it is answered from
        # the index alone instead of reading every theme row (bench: 20,000 rows, 8 of the count's 25 ms).
        indexes = [models.Index(fields=["theme", "page"], name="project_theme_rows_by_theme")]

    def __str__(self):
        return str(self.theme)
