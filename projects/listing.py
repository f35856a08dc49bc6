"""The project list: filters from the query string, the prefetching queryset, and its CSV and JSON exports.

Filters (combinable, all optional): status=planned|running|completed, funder=<funder id>, programme=<page id>,
theme=<theme slug>, country=<ISO code>, year=<yyyy>. Values that do not parse or do not exist are ignored, so a
hand-edited or stale link still shows a list instead of an error.
"""

import csv
from dataclasses import dataclass

from django.db.models import Count, Max, Min, OuterRef, Prefetch, Q, Subquery
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home import compiled_queries, images
from home.links import linked_to
from home.page_cache import listing_figures, remember
from home.page_types import of_its_type
from projects import facts, project_rows
from projects.models import (
    Funder,
    PartnerOrganisationPage,
    ProgrammePage,
    ProjectFunding,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    ProjectTheme,
    Theme,
)


def running(projects, today=None):
    """Projects that have started and not ended, today in Berlin."""
    today = today or facts.berlin_today()
    return projects.filter(start_date__lte=today).filter(Q(end_date__isnull=True) | Q(end_date__gte=today))


@dataclass
class Choice:
    value: str
    label: str
    selected: bool


class ProjectFilters:
    """Parses the filter parameters of one request and applies them to the projects below an index page."""

    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        self.locale_id = index_page.locale_id
        params = request.GET
        self.status = params.get("status", "") if params.get("status") in ProjectStatus.values else ""
        self.funder = self._id(params.get("funder"))
        self.programme = self._id(params.get("programme"))
        self.theme = params.get("theme", "")[:120]
        self.country = params.get("country", "").upper()[:2]
        self.year = self._year(params.get("year"))

    @staticmethod
    def _id(value):
        return int(value) if value and value.isdigit() and len(value) < 12 else None

    @staticmethod
    def _year(value):
        return int(value) if value and value.isdigit() and len(value) == 4 else None

    @property
    def active(self) -> bool:
        return any([self.status, self.funder, self.programme, self.theme, self.country, self.year])

    def projects(self):
        """Live projects below the index, filtered, without prefetching (for counts and choices)."""
        projects = ProjectPage.objects.child_of(self.index_page).live()
        today = facts.berlin_today()
        if self.status == ProjectStatus.PLANNED:
            projects = projects.filter(start_date__gt=today)
        elif self.status == ProjectStatus.RUNNING:
            projects = running(projects, today)
        elif self.status == ProjectStatus.COMPLETED:
            projects = projects.filter(end_date__lt=today)
        if self.year:
            projects = projects.filter(start_date__year__lte=self.year).filter(
                Q(end_date__isnull=True) | Q(end_date__year__gte=self.year)
            )
        # Related-row filters are subqueries, so a project with two matching rows is still listed once.
        if self.funder:
            projects = linked_to(projects, "funding_sources", funder_id=self.funder)
        if self.programme:
            programme_key = Page.objects.filter(pk=self.programme).values("translation_key")
            projects = projects.filter(programme__translation_key__in=programme_key)
        if self.theme:
            projects = linked_to(projects, "theme_rows", theme_id__in=self._theme_ids())
        if self.country:
            projects = linked_to(projects, "partner_rows", partner__country=self.country)
        return projects

    def _theme_ids(self) -> list[int]:
        """The themes with the chosen slug, in every language (a translation's rows may link the source language's
        theme), kept until the next publish: the filter then reads only those themes' rows from the (theme, page)
        index instead of joining every theme row with the theme table (make bench, running projects of one theme:
        count 8.8 -> 7.1 ms). An unknown slug matches nothing, without a query."""

        def load():
            ids = {}
            for pk, slug in Theme.objects.values_list("pk", "slug"):
                ids.setdefault(slug, []).append(pk)
            return ids

        return listing_figures.get("project-theme-ids", load).get(self.theme, [])

    def listing(self):
        """The filtered projects with everything an export row shows, in a fixed number of queries."""
        return with_export_data(self.projects()).order_by("-start_date", "title")

    def key(self) -> tuple | None:
        """Everything the listing's query depends on besides the language and the day (home.compiled_queries)."""
        filters = (self.status, self.funder, self.programme, self.theme, self.country, self.year)
        return compiled_queries.listing_key("project-index", self.index_page, *filters)

    def cards(self):
        """The filtered projects with what a card shows."""
        return with_card_data(self.projects()).order_by("-start_date", "title")

    def count(self) -> int:
        """How many projects match. Without filters the number is kept until the next publish. A filtered count
        names the page type (home.page_types.of_its_type), which spares PostgreSQL a walk along the page table's
        primary key (make bench, running projects of one theme: about 30 → 12 ms); the page of cards is read without it,
        in start-date order up to its LIMIT."""
        if self.active:
            return compiled_queries.count(self.key(), lambda: of_its_type(self.projects()))
        return self._remember("count", lambda: self.projects().count())

    # Choices for the filter form ---------------------------------------------------------------------------------
    # The options read every project, partner row or funding row of a language, but change only when something is
    # published: they are kept until then (home.page_cache.remember) as plain (value, label) pairs, and only which
    # one is selected is worked out per request.
    def _remember(self, name, build):
        return remember(f"project-filter:{self.index_page.pk}:{self.locale_id}:{name}", build)

    def status_choices(self):
        return [Choice(value, label, value == self.status) for value, label in ProjectStatus.choices]

    def funder_choices(self):
        def load():
            used = ProjectFunding.objects.filter(page__locale_id=self.locale_id).values("funder_id")
            funders = Funder.objects.filter(locale_id=self.locale_id, pk__in=used)
            return [(f.pk, str(f)) for f in funders]

        return [Choice(str(pk), label, pk == self.funder) for pk, label in self._remember("funders", load)]

    def programme_choices(self):
        def load():
            programmes = ProgrammePage.objects.live().filter(locale_id=self.locale_id).order_by("title")
            return [(p.pk, p.title) for p in programmes]

        return [
            Choice(str(pk), title, pk == self.programme) for pk, title in self._remember("programmes", load)
        ]

    def theme_choices(self):
        def load():
            return [(t.slug, t.name) for t in Theme.objects.filter(locale_id=self.locale_id)]

        return [Choice(slug, name, slug == self.theme) for slug, name in self._remember("themes", load)]

    def country_choices(self):
        def load():
            return sorted(
                ProjectPartner.objects.filter(page__locale_id=self.locale_id)
                .order_by()
                .values_list("partner__country", flat=True)
                .distinct()
            )

        # Country names are in the reader's language, so they are looked up per request (no query).
        pairs = ProjectPage.countries_with_names(set(self._remember("countries", load)))
        return [Choice(code, name, code == self.country) for code, name in pairs]

    def year_choices(self):
        def load():
            span = (
                ProjectPage.objects.child_of(self.index_page)
                .live()
                .aggregate(first=Min("start_date"), last=Max("end_date"))
            )
            if not span["first"]:
                return []
            last = max(span["last"] or span["first"], span["first"]).year
            return list(range(last, span["first"].year - 1, -1))

        return [Choice(str(year), str(year), year == self.year) for year in self._remember("years", load)]


def partner_figures(projects):
    """`projects` with what a card says of its partners, "5 partners, 3 countries", counted by the database: two
    small subqueries per listed project instead of loading every partner row and partner page (a card never
    names them). ProjectPage.partner_count and .country_count use these when they are there."""
    rows = ProjectPartner.objects.filter(page_id=OuterRef("pk")).order_by().values("page_id")
    return projects.annotate(
        counted_partners=Subquery(rows.annotate(n=Count("partner_id", distinct=True)).values("n")),
        counted_countries=Subquery(
            rows.exclude(partner__country="").annotate(n=Count("partner__country", distinct=True)).values("n")
        ),
    )


def with_card_data(projects):
    """What a project card shows of its own row, for all listed projects in the one query: the listing image and
    the partner and country counts; not the body, which a card (and the export) never shows. `with_card_rows`
    adds the rest once the projects are read."""
    return partner_figures(projects).defer_streamfields().select_related("listing_image")


def with_card_rows(projects) -> list:
    """`projects` (read `with_card_data`) with the rest of what their cards show: their images' card renditions
    and their funding rows with the funders, each in one query compiled once per number of projects. A Django
    prefetch is built and compiled again on every request: the two took about a tenth of a page of twelve project
    cards on the bench site."""
    projects = list(projects)
    images.attach_renditions([project.listing_image for project in projects], images.CARD)
    for project, rows in zip(projects, project_rows.funding_of(projects), strict=True):
        project._funding_sources_list = rows  # what ProjectPage.funding_list() reads (ProjectPage._rows)
    return projects


def with_export_data(projects):
    """What an export row shows: the card's data (funding rows as a prefetch: an export lists every match) plus
    every partner row with its partner page, and the themes."""
    return with_card_data(projects).prefetch_related(
        Prefetch("funding_sources", queryset=ProjectFunding.objects.select_related("funder")),
        Prefetch("partner_rows", queryset=ProjectPartner.objects.select_related("partner")),
        Prefetch("theme_rows", queryset=ProjectTheme.objects.select_related("theme")),
    )


# Exports ---------------------------------------------------------------------------------------------------------
def _localized_partners(projects, locale_id):
    """The partner pages of every row in the current language, by translation key, in one query."""
    keys = {row.partner.translation_key for project in projects for row in project.partner_list()}
    pages = PartnerOrganisationPage.objects.filter(translation_key__in=keys, locale_id=locale_id).live()
    return {page.translation_key: page for page in pages}


def project_record(project, request, partners_by_key) -> dict:
    """One project as a plain dict: the fields of the fact box, amounts as strings with a dot (machine-readable)."""

    def money(value):
        return None if value is None else f"{value:.2f}"

    lead = project.lead_partner_row
    partners = []
    for row in project.partner_list():
        partner = partners_by_key.get(row.partner.translation_key, row.partner)
        partners.append(
            {
                "name": partner.title,
                "role": row.role,
                "role_label": str(row.get_role_display()),
                "country": partner.country,
                "url": partner.get_full_url(request) if partner.live else None,
            }
        )
    return {
        "title": project.title,
        "acronym": project.acronym,
        "url": project.get_full_url(request),
        "status": project.status or "",
        "status_label": str(project.status_label),
        "start_date": project.start_date.isoformat() if project.start_date else None,
        "end_date": project.end_date.isoformat() if project.end_date else None,
        "duration_months": project.duration_months,
        "grant_code": project.grant_code,
        "total_budget_eur": money(project.total_budget),
        "funding_eur": money(project.funding_amount),
        "funding_rate_percent": None if project.funding_rate is None else str(project.funding_rate),
        "own_role": project.own_role,
        "funders": [
            {"name": row.funder.name, "short_name": row.funder.short_name, "amount_eur": money(row.amount)}
            for row in project.funding_list()
        ],
        "themes": [theme.name for theme in project.theme_list()],
        "partner_count": project.partner_count,
        "countries": [code for code, _name in project.countries],
        "country_names": [name for _code, name in project.countries],
        "lead_partner": partners_by_key.get(lead.partner.translation_key, lead.partner).title
        if lead
        else None,
        "partners": partners,
    }


def _records(index_page, request):
    projects = list(ProjectFilters(index_page, request).listing())
    partners_by_key = _localized_partners(projects, index_page.locale_id)
    return [project_record(project, request, partners_by_key) for project in projects]


CSV_COLUMNS = [
    ("title", _("Title")),
    ("acronym", _("Acronym")),
    ("url", _("URL")),
    ("status", _("Status")),
    ("start_date", _("Start date")),
    ("end_date", _("End date")),
    ("duration_months", _("Duration (months)")),
    ("grant_code", _("Grant code")),
    ("total_budget_eur", _("Total budget (EUR)")),
    ("funding_eur", _("Funding (EUR)")),
    ("funding_rate_percent", _("Funding rate (%)")),
    ("own_role", _("Our role")),
    ("funders", _("Funders")),
    ("themes", _("Themes")),
    ("partner_count", _("Partners")),
    ("countries", _("Countries")),
    ("lead_partner", _("Lead partner")),
]


def _csv_value(key, value):
    if key == "funders":
        return "; ".join(funder["name"] for funder in value)
    if isinstance(value, list):
        return "; ".join(value)
    return "" if value is None else value


def export_csv(index_page, request):
    """The filtered project list as CSV (UTF-8 with BOM so spreadsheet programs read the umlauts)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{index_page.slug}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(label) for _key, label in CSV_COLUMNS])
    for record in _records(index_page, request):
        writer.writerow([_csv_value(key, record[key]) for key, _label in CSV_COLUMNS])
    return response


def export_json(index_page, request):
    """The filtered project list as JSON: {"language", "count", "projects": [...]}, partners included."""
    records = _records(index_page, request)
    data = {
        "language": index_page.locale.language_code,
        "source": index_page.get_full_url(request),
        "count": len(records),
        "projects": records,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="{index_page.slug}.json"'
    return response
