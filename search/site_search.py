"""The site search itself: which pages are searched, in which backend, facets per page type, the typo-tolerant
fallback and editors' picks. The view only turns a request into these calls and renders the result."""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from modelsearch.conf import get_app_config
from modelsearch.query import Fuzzy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from home import compiled_queries
from home.models import BasePage
from home.page_cache import listing_figures
from home.privacy import public_only, restricted_paths
from search.scope import SearchScope
from search.text import query_terms, transliterate

# A typo-tolerant second try only makes sense for words long enough to have a typo in them.
FUZZY_MIN_TERM_LENGTH = 4


def backend_name_for(language_code: str) -> str:
    """The configured search backend for a language (its LANGUAGE option), or "default"."""
    for name, params in get_app_config().get_search_backend_config().items():
        if params.get("LANGUAGE") == language_code:
            return name
    return "default"


def searchable_page_types() -> dict[str, tuple[ContentType, type]]:
    """Every concrete page type built on BasePage, by "app_label.modelname": the content types the site search
    covers. New page types are included without changes here."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract and not model._meta.proxy
    ]
    content_types = ContentType.objects.get_for_models(*models)  # cached by Django after the first request
    return {model._meta.label_lower: (content_types[model], model) for model in models}


@dataclass
class Facet:
    key: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    results: object  # search results (sliceable, countable) for the paginator
    facets: list[Facet] = field(default_factory=list)
    total: int = 0  # across all types, before narrowing by type
    count: int = 0  # how many results there are to page through (the selected type's, or the total)
    fuzzy: bool = False  # True when nothing matched exactly and these are the typo-tolerant matches
    selected_type: str = ""


def search_pages(
    query: str, locale, type_key: str = "", page_number: int | None = None, per_page: int = 10
) -> SearchOutcome:
    """Live, public pages of `locale` matching `query`, facetted by page type, narrowed to `type_key` if that is
    one of the facets. For the first page (`page_number` 1), a backend that can (PostgreSQL) finds the facet
    counts and the page's results in one pass over the matches."""
    types = searchable_page_types()
    backend = get_search_backend(backend_name_for(locale.language_code))
    pages = public_only(
        Page.objects.live().filter(
            locale=locale, content_type__in=[content_type for content_type, _model in types.values()]
        )
    )

    terms = query_terms(query)
    if not terms:  # only punctuation or emoji: nothing to look for
        return SearchOutcome(results=Page.objects.none())
    # Only the words reach the backend: SQLite's FTS5 syntax would choke on quotes and operators.
    search_query = " ".join(terms)
    first_page = None
    wanted = types[type_key][0].pk if type_key in types else None
    if page_number == 1 and getattr(backend, "supports_single_pass", False):
        scope = SearchScope(
            locale_id=locale.pk,
            content_type_ids=tuple(sorted(content_type.pk for content_type, _model in types.values())),
            private_paths=tuple(sorted(restricted_paths())),
        )
        counts, first_page = backend.counts_and_first_page(search_query, scope, wanted, per_page)
    else:
        counts = dict(backend.search(search_query, pages).facet("content_type_id"))
    fuzzy = False
    if not counts and getattr(backend, "supports_fuzzy", False) and _long_enough_for_fuzzy(terms):
        search_query = Fuzzy(transliterate(search_query), unaccent=True)
        counts = dict(backend.search(search_query, pages).facet("content_type_id"))
        fuzzy = bool(counts)
        first_page = None

    by_content_type = {content_type.pk: (key, model) for key, (content_type, model) in types.items()}
    selected = type_key if type_key in types and types[type_key][0].pk in counts else ""
    facets = sorted(
        (
            Facet(
                key=by_content_type[pk][0],
                label=str(by_content_type[pk][1]._meta.verbose_name_plural),
                count=count,
                selected=by_content_type[pk][0] == selected,
            )
            for pk, count in counts.items()
            if pk in by_content_type
        ),
        key=lambda facet: (-facet.count, facet.label),
    )
    if selected:
        pages = pages.filter(content_type=types[selected][0])
    # .specific() fetches the specific pages with one query per page type on the page of results shown, so the
    # number of queries does not grow with the number of results.
    results = backend.search(search_query, pages.specific())
    # The known first page is for the type asked for; if that type has no matches, the list shows every type.
    if first_page is not None and (types[selected][0].pk if selected else None) == wanted:
        results = FirstPageKnown(first_page, per_page, results)
    return SearchOutcome(
        results=results,
        facets=facets,
        total=sum(counts.values()),
        count=counts[types[selected][0].pk] if selected else sum(counts.values()),
        fuzzy=fuzzy,
        selected_type=selected,
    )


class FirstPageKnown:
    """Search results for the paginator whose first page is already known, as (page id, content type id) in rank
    order: slicing that page fetches just those pages, one query per page type (Wagtail's `.specific()` would
    first ask the page table for their types); any other slice asks the backend as usual."""

    def __init__(self, first_page: list[tuple[int, int]], per_page: int, results):
        self.first_page = first_page  # the best `per_page` matches, or all of them if there are fewer
        self.per_page = per_page
        self.results = results

    def __getitem__(self, key):
        first_page_slice = (
            isinstance(key, slice) and not key.start and key.step is None and key.stop is not None
        )
        if first_page_slice and key.stop <= self.per_page:
            shown = self.first_page[: key.stop]
            ids_by_type = {}
            for page_id, content_type_id in shown:
                ids_by_type.setdefault(content_type_id, []).append(page_id)
            found = {}
            for content_type_id, ids in ids_by_type.items():
                model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
                # Compiled once per type and number of pages (home.compiled_queries), with each search's ids.
                pages = compiled_queries.rows_for(
                    ("search-results", model._meta.label_lower),
                    lambda ids, model=model: model._default_manager.filter(pk__in=ids),
                    tuple(ids),
                )
                found.update((page.pk, page) for page in pages)
            return [found[page_id] for page_id, _type in shown if page_id in found]
        return self.results[key]

    def count(self):
        return self.results.count()

    def __len__(self):
        return self.count()


def _long_enough_for_fuzzy(terms: list[str]) -> bool:
    return any(len(term) >= FUZZY_MIN_TERM_LENGTH for term in terms)


@dataclass
class Promotion:
    title: str
    url: str
    description: str
    page: Page | None = None


def promoted_queries() -> frozenset[str]:
    """The query strings that have editors' picks, kept until the next change (saving or deleting a pick bumps the
    generation, home.page_cache): most searches have none, and so skip the query for them."""
    return listing_figures.get(
        "promoted-queries",
        lambda: frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True)),
    )


def promotions_for(query: str, locale, request=None) -> list[Promotion]:
    """Editors' picks for this query, in the active language: a promoted page is shown in its translation for
    `locale` (if that is live), so one pick serves both languages; external links are shown as entered."""
    query_string = normalise_query_string(query)
    if query_string not in promoted_queries():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not picks:
        return []
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    localised = {
        page.translation_key: page
        for page in public_only(
            Page.objects.live().filter(locale=locale, translation_key__in=keys)
        ).specific()
    }
    promotions = []
    for pick in picks:
        if pick.page_id:
            page = localised.get(pick.page.translation_key)
            if page is not None:
                promotions.append(
                    Promotion(
                        title=page.title, url=page.get_url(request), description=pick.description, page=page
                    )
                )
        elif pick.external_link_url:
            promotions.append(
                Promotion(
                    title=pick.external_link_text or pick.external_link_url,
                    url=pick.external_link_url,
                    description=pick.description,
                )
            )
    return promotions
