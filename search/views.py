"""Site search in the active language (/de/search/, /en/search/)."""

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale

from home.pagination import paginate, query_without
from home.serving import use_cached_site_structure
from search.cards import result_card
from search.hits import record_search
from search.site_search import promotions_for, search_pages
from search.text import MAX_QUERY_LENGTH, clean_query, query_terms

RESULTS_PER_PAGE = 10


def search(request):
    home = use_cached_site_structure(request)  # the site and its settings (header, footer) without a query
    query = clean_query(request.GET.get("q", ""))
    type_key = request.GET.get("type", "")[:100]
    context = {"query": query, "max_query_length": MAX_QUERY_LENGTH}
    if not query:
        return render(request, "search/search_results.html", context)

    # The home page in the reader's language brings its Locale along (no query), unless it is not translated.
    language = get_language()
    locale = (
        home.locale if home is not None and home.locale.language_code == language else Locale.get_active()
    )
    terms = query_terms(query)
    # The first page can come with the facet counts in one pass (PostgreSQL); other pages ask as usual.
    page_number = 1 if request.GET.get("page", "1") == "1" else None
    outcome = search_pages(query, locale, type_key, page_number=page_number, per_page=RESULTS_PER_PAGE)
    # The facet counts already add up to the number of results: no second COUNT over the matches.
    page_obj = paginate(request, outcome.results, RESULTS_PER_PAGE, count=outcome.count)
    first_page = page_obj.number == 1
    if first_page and not outcome.selected_type:
        # Popular searches show up in the admin's search promotions report. One row per query and day.
        record_search(query)
    context.update(
        {
            "page_obj": page_obj,
            "cards": [result_card(page, terms, request) for page in page_obj.object_list],
            "facets": outcome.facets,
            "total": outcome.total,
            "fuzzy": outcome.fuzzy,
            "selected_type": outcome.selected_type,
            "promotions": promotions_for(query, locale, request) if first_page else [],
            "base_query": query_without(request, "page"),
            "all_types_query": query_without(request, "page", "type"),
        }
    )
    return render(request, "search/search_results.html", context)
