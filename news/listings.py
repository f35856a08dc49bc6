"""The queries behind news and event listings, feeds and the home and project sections.

Each helper runs a fixed number of queries however many items it shows: images with their renditions,
categories and locales are prefetched, StreamField bodies are deferred, and categories/projects linked in another
language are resolved to the reader's language in one query by translation key.
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Page

from home import compiled_queries, images
from home.links import linked_to, links_may_be_shown, may_link_to
from home.page_cache import remember
from home.page_rows import from_rows_of
from news.models import EventPage, NewsCategory, NewsPage
from news.models.event import last_day_expression


# News -----------------------------------------------------------------------------------------------------------
def news_for_language(locale):
    """Live news of `locale`, newest first, plus originals in another language whose editor allowed listing them
    here (`show_in_other_languages`) as long as they have no live translation in `locale`.

    The guests are looked up once per publish (`guest_news_ids`), so the listing itself is a plain `locale = X`
    or `locale = X OR pk IN (a few ids)`: with the (date, pk) index the first page of the list reads a dozen rows
    of that index instead of sorting the whole language."""
    guests = guest_news_ids(locale)
    in_language = Q(locale=locale)
    if len(guests) > GUESTS_NAMED:  # too many to name: PostgreSQL evaluates the uncorrelated subquery once
        in_language |= Q(pk__in=_guests(locale))
    elif guests:
        in_language |= Q(pk__in=guests)
    # "-page_ptr", not "-pk": on a page model "pk" sorts by wagtailcore_page.id, which the index does not cover.
    return NewsPage.objects.live().filter(in_language).order_by("-date", "-page_ptr")


GUESTS_NAMED = 200  # more guests than this stay a subquery instead of a list of ids in every news query


def _guests(locale):
    translated_here = Page.objects.live().filter(locale=locale, translation_key=OuterRef("translation_key"))
    return (
        NewsPage.objects.live()
        .filter(show_in_other_languages=True)
        .exclude(locale=locale)
        .filter(~Exists(translated_here))
        .values("pk")
    )


def guest_news_ids(locale) -> list[int]:
    """The ids of the other languages' items listed in `locale` (see news_for_language), at most one more than
    GUESTS_NAMED, kept until the next publish. Building and compiling the subquery with its NOT EXISTS on
    every listing cost more than the rest of the query (make bench: a project page's latest news, 4.3 → 2.9 ms),
    and editors mark few items for other languages. Written as `locale = X OR (… AND NOT EXISTS translation)` it
    ran the NOT EXISTS for every page of every language (0.9 s for the count on 20,000 items)."""
    return remember(
        f"news-guests:{locale_id_of(locale)}",
        lambda: list(_guests(locale).values_list("pk", flat=True)[: GUESTS_NAMED + 1]),
    )


def own_language_news(locale):
    """Only the items written in (or translated into) `locale`: what that language's feeds carry."""
    return NewsPage.objects.live().filter(locale=locale).order_by("-date", "-page_ptr")


def _card_images():
    return images.with_renditions(images.CARD)


def with_card_data(queryset):
    """What a news card shows, fetched up front: image renditions, categories and the item's language."""
    return (
        queryset.defer_streamfields()
        .select_related("locale")
        .prefetch_related(
            Prefetch("listing_image", queryset=_card_images()),
            Prefetch("lead_image", queryset=_card_images()),
            "categories",
        )
    )


def categories_in_language(categories, locale, here=None) -> list:
    """`categories` in `locale` where translated, else as they are. The categories of `locale` are kept until the
    next change (categories_for), so this costs no query; `here` is them by translation key, if known."""
    if here is None:
        here = _categories_by_key(locale)
    return [here.get(category.translation_key, category) for category in categories]


def _categories_by_key(locale) -> dict:
    return {category.translation_key: category for category in categories_for(locale)}


def localize_categories(items, locale):
    """Set `item.localized_categories` on every item: their categories in `locale` where translated. The kept
    categories are read once for all items (a page of the news index read and unpickled them once per card)."""
    items = list(items)
    here = _categories_by_key(locale) if items else None
    for item in items:
        item.localized_categories = categories_in_language(item.categories.all(), locale, here)
    return items


def linked_projects(page, locale_id) -> list:
    """The live projects of `locale_id` that are translations of the projects `page` (a news item or event)
    links, by title: one query, compiled once for every page of the type (home.page_rows), and none where the
    page links none (home.links.links_may_be_shown)."""
    from projects.models import ProjectPage

    if not links_may_be_shown(page, "related_projects"):
        return []
    return from_rows_of(
        page,
        "related_projects",
        (locale_id,),
        lambda linked: (
            ProjectPage.objects.live()
            .filter(locale_id=locale_id, translation_key__in=_translation_keys(linked))
            .order_by("title")
        ),
    )


def _translation_keys(pages):
    """A subquery for the saved links; the keys themselves for a preview's (modelcluster's in-memory list)."""
    if isinstance(pages, QuerySet):
        return pages.values("translation_key")
    return [page.translation_key for page in pages]


# Filter choices and counts below read every item of a language but change only when something is published, so
# they are kept until the next publish (home.page_cache.remember); the listed items themselves are always read fresh.
def locale_id_of(locale) -> int:
    """A Locale's id, or the id itself: these helpers take either."""
    return getattr(locale, "pk", locale)


def categories_for(locale):
    return remember(
        f"news-categories:{locale_id_of(locale)}",
        lambda: list(NewsCategory.objects.filter(locale=locale).order_by("name")),
    )


# A select of thousands of projects helps no one and costs seconds to build (make bench: 4,900 options, 410 KB).
PROJECT_FILTER_LIMIT = 100


class ProjectOption(NamedTuple):
    """A project in the news filter: what its option shows (the selected project is a page, with the same two)."""

    pk: int
    title: str


def projects_with_news(locale, selected=None):
    """Projects in `locale` that any news item links to (in any language), for the project filter. Above
    PROJECT_FILTER_LIMIT only the selected one is offered: each project page links to its own news list."""
    from projects.models import ProjectPage

    def load():
        linked = NewsPage.related_projects.through.objects.values("projectpage__translation_key")
        options = (
            ProjectPage.objects.live()
            .filter(locale=locale, translation_key__in=linked)
            .order_by("title")
            .values_list("id", "title")[: PROJECT_FILTER_LIMIT + 1]
        )
        # Kept as (id, title) pairs, not pages: every view of the index reads (and unpickles) them, and 101 pages
        # took 0.2 ms.
        return [ProjectOption(*pair) for pair in options]

    options = remember(f"news-projects:{locale_id_of(locale)}", load)
    if len(options) > PROJECT_FILTER_LIMIT:
        return [selected] if selected else []
    return options


def news_years(locale):
    return remember(
        f"news-years:{locale_id_of(locale)}",
        lambda: [day.year for day in news_for_language(locale).dates("date", "year", order="DESC")],
    )


def news_count(locale) -> int:
    """How many items the unfiltered news index of `locale` lists."""
    return remember(f"news-count:{locale_id_of(locale)}", lambda: news_for_language(locale).count())


@dataclass
class NewsFilters:
    """The news index's filters, parsed defensively: unknown or malformed values are ignored, never an error."""

    category: NewsCategory | None = None
    project: object | None = None
    year: int | None = None

    @classmethod
    def from_request(cls, request, locale, year=None):
        from projects.models import ProjectPage

        filters = cls(year=year)
        # Only well-formed values reach the database (a NUL byte in a filter is an error on PostgreSQL).
        slug = request.GET.get("category", "")
        if re.fullmatch(r"[-a-zA-Z0-9_]{1,120}", slug):
            filters.category = NewsCategory.objects.filter(locale=locale, slug=slug).first()
        project_id = request.GET.get("project", "")
        if re.fullmatch(r"[0-9]{1,11}", project_id):
            filters.project = ProjectPage.objects.live().filter(locale=locale, pk=int(project_id)).first()
        raw_year = request.GET.get("year", "")
        if year is None and re.fullmatch(r"(19|2[0-9])[0-9]{2}", raw_year):
            filters.year = int(raw_year)
        return filters

    @property
    def active(self) -> bool:
        return bool(self.category or self.project or self.year)

    def key(self, index_page) -> tuple | None:
        """Everything the index's listing depends on besides the language and the day (home.compiled_queries)."""
        category = self.category.slug if self.category else None  # applied by slug (see `apply`)
        project = self.project and self.project.pk
        return compiled_queries.listing_key("news-index", index_page, category, project, self.year)

    def apply(self, queryset):
        if self.category:
            # By slug, which is the same in every language: items linked to either version of the category match.
            queryset = linked_to(queryset, "categories", slug=self.category.slug)
        if self.project:
            queryset = for_project(queryset, self.project.pk)
        if self.year:
            queryset = queryset.filter(date__year=self.year)
        return queryset


def for_project(queryset, project_id: int):
    """News items or events linked to the project `project_id` in any language (make bench: with a join and
    DISTINCT, 7 ms of a project page). The project's translation key is a subquery, so the SQL names only the
    id: one query, compiled once, serves every project's page (home.compiled_queries.rows_for)."""
    translation_key = Page.objects.filter(pk=project_id).values("translation_key")
    return linked_to(queryset, "related_projects", translation_key__in=translation_key)


# Events ---------------------------------------------------------------------------------------------------------
def events_for_language(locale, past=False):
    """Live events of `locale`: upcoming (ending today or later) soonest first, or past ones latest first.
    Cancelled events stay in the list; the templates mark them."""
    today = timezone.localdate()
    events = EventPage.objects.live().filter(locale=locale).annotate(last_day_db=last_day_expression())
    if past:
        return events.filter(last_day_db__lt=today).order_by("-start_date", "-start_time", "-pk")
    return events.filter(last_day_db__gte=today).order_by("start_date", "start_time", "pk")


def with_event_card_data(queryset):
    return queryset.defer_streamfields().prefetch_related(Prefetch("listing_image", queryset=_card_images()))


# Sections on other pages ----------------------------------------------------------------------------------------
def latest_news(locale, limit=3):
    items = compiled_queries.rows(
        ("latest-news", locale_id_of(locale), limit),
        lambda: with_card_data(news_for_language(locale))[:limit],
    )
    return localize_categories(items, locale)


def next_events(locale, limit=3):
    return compiled_queries.rows(
        ("next-events", locale_id_of(locale), limit),
        lambda: events_for_language(locale).defer_streamfields()[:limit],
    )


class ProjectNewsItem(NamedTuple):
    """A news item as a project page lists it: its title and teaser, its date and its link."""

    title: str
    teaser: str
    date: object  # datetime.date
    url_path: str
    language: str  # the item's language code


def project_news(project, limit=3) -> list[ProjectNewsItem]:
    """The latest news of a project, in the project page's language: one query, none if no news item links it.
    Read as plain values, not news pages (home.page_urls)."""
    if project.pk is None or not may_link_to(NewsPage, "related_projects", project.translation_key):
        return []
    rows = compiled_queries.rows_for(
        ("project-news", project.locale_id, limit),
        lambda project_id: for_project(news_for_language(project.locale_id), project_id).values_list(
            "title", "teaser", "date", "url_path", "locale__language_code"
        )[:limit],
        project.pk,
    )
    return [ProjectNewsItem(*row) for row in rows]


def project_events(project):
    """The upcoming events of a project: one query, none if no event links it."""
    if project.pk is None or not may_link_to(EventPage, "related_projects", project.translation_key):
        return []
    return compiled_queries.rows_for(
        ("project-events", project.locale_id),
        lambda project_id: for_project(
            events_for_language(project.locale_id), project_id
        ).defer_streamfields(),
        project.pk,
    )
