"""Links to pages that were read as plain values (their URL path), not as page objects.

A section that only links to a few pages (a project's latest news) can read their title, date and URL path as
values: building three news pages from their forty-odd columns, with their locale, took about half of that
query's time on the bench site's project page. Wagtail builds a page's URL from its URL path and the sites alone
(`Page.get_url_parts`), so a page of the same type that has nothing but the URL path gives the same link, without
a query. Links are kept per process until the next publish under what they depend on (the URL path, the active
language and the current site, as `BasePage.get_url_parts` keeps URL parts)."""

from django.utils import translation
from wagtail.models import Site

from home.page_cache import page_urls


def url_for_path(model, url_path: str, request) -> str:
    """The URL of the `model` page at `url_path` for this request, as `{% pageurl %}` gives it ("" if none)."""
    site = Site.find_for_request(request)
    key = (model._meta.label_lower, url_path, translation.get_language(), site.pk if site else None)
    return page_urls.get(key, lambda: model(url_path=url_path).get_url(request) or "")
