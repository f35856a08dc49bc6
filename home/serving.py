"""Serving a page starts from the site and its home page in the reader's language.

Wagtail looks these up on every request: the site for the host, the active locale, the root page, its translation
and its specific type, then the site settings for the footer — six queries before routing starts. They change only
when something is published or a site, locale or setting is saved, and each of those bumps the page-cache
generation (home/page_cache.py), so they are kept in the cache under that generation: one cache read instead.
Wagtail's own view then serves the route we found, with its hooks (view restrictions, on_serve_page) intact.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from home.page_cache import remember


def _site_structure(request):
    """(site, localized specific home page, site settings) for this host and language, or None without a site."""
    from home.models import SiteSettings

    def load():
        site = Site.find_for_request(request)
        if site is None:
            return None  # not cached: `remember` builds again next time
        home = site.root_page.localized.specific
        home.locale  # noqa: B018 - loaded now, so it is kept with the home page and lent to the pages below it
        return (site, home, SiteSettings.for_site(site))

    return remember(f"site-structure:{request.get_host()}:{get_language()}", load)


def use_cached_site_structure(request):
    """Put the cached site and site settings on the request, where Wagtail looks for them first; return the home
    page in the active language (None when no site answers to this host)."""
    from home.models import SiteSettings

    structure = _site_structure(request)
    if structure is None:
        return None
    site, home, site_settings = structure
    request._wagtail_site = site
    site_settings._request = request  # as SiteSettings.for_request does, for page URLs in the footer
    setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
    # Views without a page (search, error pages) find the home page for the menu here (navigation_tags).
    request._gemeinsam_home = home
    return home


def serve_page(request, path):
    """Wagtail's `serve` view, with the site, home page and settings taken from the cache when they are there."""
    if not hasattr(request, "_wagtail_route_for_request"):
        home = use_cached_site_structure(request)
        if home is not None:
            try:
                request._wagtail_route_for_request = home.route(
                    request, [part for part in path.split("/") if part]
                )
            except Http404:
                request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
