"""The call index's listing: status, funder and theme filters (parsed defensively), ordering and pagination."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Min, Q
from django.utils import timezone

from home import compiled_queries
from home.links import linked_to
from home.page_cache import listing_figures, remember
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
    counts = status_counts(index_page, now)
    count = None if funder or theme else sum(counts[s] for s in STATUS_FILTERS[status])
    key = compiled_queries.listing_key(
        "call-index", index_page, status, funder and funder.pk, theme and theme.translation_key
    )
    page_obj = paginate(request, queryset, index_page.per_page, count=count, key=key, moment=now)
    page_obj.object_list = name_funders_in_language(page_obj.object_list, locale_id)
    return {
        "page_obj": page_obj,
        "base_query": query_without(request, "page"),
        "status": status,
        "funders": funders,
        "themes": themes,
        "selected_funder": funder,
        "selected_theme": theme,
        "archive_count": counts[CLOSED] if status == "" else None,
        "now": now,
        "filtered": bool(status or funder or theme),
    }


@dataclass(frozen=True)
class StatusCounts:
    """How many live calls of an index are open, forthcoming and closed, and until when that holds."""

    counts: dict
    valid_until: datetime | None  # the next opening or last deadline; None if no call will change its status

    def __getitem__(self, status):
        return self.counts[status]

    def valid_at(self, now) -> bool:
        return self.valid_until is None or now < self.valid_until


def status_counts(index_page, now) -> StatusCounts:
    """The index's calls counted by status: one query, kept in the process until the next publish or until a call
    opens or passes its last deadline, whichever comes first. The unfiltered list's count and the link to the
    closed calls then cost no query (two COUNTs on every view of the call index before)."""

    def count():
        forthcoming = Q(opens_at__gt=now)
        closed = ~forthcoming & Q(closes_at__lt=now)
        figures = (
            index_page.calls()
            .select_related(None)
            .prefetch_related(None)
            .aggregate(
                total=Count("pk"),
                forthcoming=Count("pk", filter=forthcoming),
                closed=Count("pk", filter=closed),
                next_opening=Min("opens_at", filter=forthcoming),
                next_closing=Min("closes_at", filter=Q(closes_at__gte=now)),
            )
        )
        changes = [figures["next_opening"], figures["next_closing"]]
        return StatusCounts(
            counts={
                OPEN: figures["total"] - figures["forthcoming"] - figures["closed"],
                FORTHCOMING: figures["forthcoming"],
                CLOSED: figures["closed"],
            },
            # call_status: open up to and including the second of the last deadline, so a call closing at
            # 23:59:59 still counts as open then; counting again at that second is early, never late.
            valid_until=min((change for change in changes if change is not None), default=None),
        )

    return listing_figures.get(
        ("call-status-counts", index_page.pk), count, still_valid=lambda kept: kept.valid_at(now)
    )


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
