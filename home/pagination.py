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
    `moment` the time it compares with, if any."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: setting it skips the query
    raw = request.GET.get(param, "1")
    try:
        page = paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError, OverflowError) as error:
        raise Http404("No such page") from error
    if key is not None and isinstance(page.object_list, QuerySet):
        sliced = page.object_list
        page.object_list = compiled_queries.rows((*key, per_page, page.number), lambda: sliced, moment=moment)
    return page


def query_without(request, *params: str) -> str:
    """The current query string minus the given parameters, for building pagination and filter links."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
