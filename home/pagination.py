"""Pagination shared by every listing: a bad or out-of-range page number is a 404, never a 500."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, object_list, per_page: int, param: str = "page", count: int | None = None):
    """Return the requested page of object_list; Http404 for 'abc', '0' or a page past the end. `count`, where
    the caller already knows it (kept in the cache), saves the COUNT query."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: setting it skips the query
    raw = request.GET.get(param, "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError, OverflowError) as error:
        raise Http404("No such page") from error


def query_without(request, *params: str) -> str:
    """The current query string minus the given parameters, for building pagination and filter links."""
    query = request.GET.copy()
    for param in params:
        query.pop(param, None)
    return query.urlencode()
