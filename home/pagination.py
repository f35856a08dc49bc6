"""Pagination shared by every listing: a bad or out-of-range page number is a 404, never a 500."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404

from home import compiled_queries


def paginate(
    request, object_list, per_page: int, param: str = "page", count: int | None = None, key=None, moment=None
):
    """Return the requested page of object_list; Http404 for 'abc', '0' or a page past the end. `count`, where
    the caller already knows it (kept in the cache), saves the COUNT query. `key`, a tuple naming everything
    the queryset depends on (its filters), has the page's query compiled once (home.compiled_queries), with
    `moment` the time it compares with, if any.

    `object_list` may also be a function that returns the queryset. With `count` and `key` it is then called only
    when the page's query is compiled, not on every request (building a page of project cards' queryset took
    about 1 ms on the bench site); without them, at once."""
    build = object_list if callable(object_list) else None
    if build is not None and (count is None or key is None):
        object_list, build = build(), None
    paginator = Paginator(_NotBuilt() if build is not None else object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: setting it skips the query
    raw = request.GET.get(param, "1")
    try:
        page = paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError, OverflowError) as error:
        raise Http404("No such page") from error
    # The page's rows by their positions, not by page number: the last page ends at the count, which may change
    # without a publish (a call opening, a filtered count), and then needs its own LIMIT.
    if build is not None:
        window = page.object_list  # the slice the paginator took of _NotBuilt
        page.object_list = compiled_queries.rows(
            (*key, window.start, window.stop), lambda: build()[window], moment=moment
        )
    elif key is not None and isinstance(page.object_list, QuerySet):
        sliced = page.object_list
        window = (sliced.query.low_mark, sliced.query.high_mark)
        page.object_list = compiled_queries.rows((*key, *window), lambda: sliced, moment=moment)
    return page


class _NotBuilt:
    """Stands in for a queryset not built yet: the paginator, which knows the count, only slices it, and gets the
    slice back to apply to the queryset when it is built."""

    def __getitem__(self, window: slice) -> slice:
        return window


def query_without(request, *params: str) -> str:
    """The current query string minus the given parameters, for building pagination and filter links."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
