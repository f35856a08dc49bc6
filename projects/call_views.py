"""The call index's listing: status, funder and theme filters (parsed defensively), ordering and pagination."""

from django.utils import timezone

from home.links import linked_to
from home.page_cache import remember
from home.pagination import paginate, query_without
from projects.models.call import CLOSED, FORTHCOMING, OPEN
from projects.models.taxonomy import Funder, Theme

# The default view shows what an applicant can still act on; closed calls are one click away in the archive.
STATUS_FILTERS = {
    "": (OPEN, FORTHCOMING),
    OPEN: (OPEN,),
    FORTHCOMING: (FORTHCOMING,),
    CLOSED: (CLOSED,),
    "all": (OPEN, FORTHCOMING, CLOSED),
}


def index_context(index_page, request) -> dict:
    """Everything the index template needs. Invalid filter values are ignored, a bad page number is a 404."""
    now = timezone.now()
    status = request.GET.get("status", "")
    if status not in STATUS_FILTERS:
        status = ""
    locale_id = index_page.locale_id
    funders = funders_of(locale_id)
    themes = remember(
        f"call-themes:{locale_id}", lambda: list(Theme.objects.filter(locale_id=locale_id).order_by("name"))
    )
    funder = _pick(funders, request.GET.get("funder", ""), lambda f: str(f.pk))
    theme = _pick(themes, request.GET.get("theme", ""), lambda t: t.slug)

    queryset = index_page.get_listing_queryset(request, status_filter=STATUS_FILTERS[status], now=now)
    # Filter by translation key: an English call may still point at the German funder or theme.
    if funder is not None:
        queryset = queryset.filter(funder__translation_key=funder.translation_key)
    if theme is not None:
        # A call linked to both language versions of the theme is still listed once.
        queryset = linked_to(queryset, "themes", translation_key=theme.translation_key)
    page_obj = paginate(request, queryset, index_page.per_page)
    page_obj.object_list = name_funders_in_language(page_obj.object_list, locale_id)

    archive_count = None
    if status == "":
        archive = index_page.get_listing_queryset(request, status_filter=(CLOSED,), now=now)
        archive_count = archive.count()
    return {
        "page_obj": page_obj,
        "base_query": query_without(request, "page"),
        "status": status,
        "funders": funders,
        "themes": themes,
        "selected_funder": funder,
        "selected_theme": theme,
        "archive_count": archive_count,
        "now": now,
        "filtered": bool(status or funder or theme),
    }


# The funder and theme options change only when a funder or theme is saved, which bumps the cache generation.
def funders_of(locale_id) -> list:
    return remember(
        f"call-funders:{locale_id}", lambda: list(Funder.objects.filter(locale_id=locale_id).order_by("name"))
    )


def name_funders_in_language(calls, locale_id) -> list:
    """`calls` as a list, each card's funder in this language set as `localized_funder`: taken from the kept
    funder list instead of a query per card."""
    calls = list(calls)
    here = {funder.translation_key: funder for funder in funders_of(locale_id)}
    for call in calls:
        if call.funder_id:
            call.localized_funder = here.get(call.funder.translation_key, call.funder)
    return calls


def _pick(options, raw: str, key):
    return next((option for option in options if key(option) == raw), None) if raw else None
