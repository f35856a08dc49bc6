"""Site search in the active language (/de/search/, /en/search/)."""

from django.shortcuts import render
from wagtail.models import Locale, Page

from home.pagination import paginate, query_without

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    page_obj = paginate(request, results, 10)
    return render(
        request,
        "search/search_results.html",
        {"query": query, "page_obj": page_obj, "base_query": query_without(request, "page")},
    )
