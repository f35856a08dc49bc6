"""Find the page for a URL in one query for all its levels. Wagtail's own routing asks level by level (a child
query and a `.specific` query per level), so a project page cost four queries before anything was rendered."""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


def _routes_itself(page: Page, remaining: list[str]) -> bool:
    """Would this page handle the rest of the path itself, as Wagtail would let it? True for a RoutablePageMixin
    sub-URL (those win over child pages in Wagtail too) and for any page type with its own `route()`."""
    model = page.specific_class
    if model is None:
        return True
    if issubclass(model, RoutablePageMixin):
        if model.route is not RoutablePageMixin.route:
            return True
        if not page.live:
            return False
        try:
            model.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Resolver404:
            return False
        return True
    return model.route is not Page.route


def route_below(home: Page, request, path_components: list[str]):
    """Route `path_components` below `home` the way Page.route would, with one query for the whole path."""
    url_paths = [
        home.url_path + "".join(f"{part}/" for part in path_components[: n + 1])
        for n in range(len(path_components))
    ]
    found = {page.url_path: page for page in Page.objects.filter(url_path__in=url_paths)}
    trail = [home]  # the pages on the way, which are the found page's ancestors below the root
    for index, url_path in enumerate(url_paths):
        parent = trail[-1]
        if parent is not home and _routes_itself(parent, path_components[index:]):
            return _with_ancestors(parent.specific.route(request, path_components[index:]), trail)
        child = found.get(url_path)
        if child is None or child.depth != parent.depth + 1:
            raise Http404
        child._cached_parent_obj = parent
        trail.append(child)
    return _with_ancestors(trail[-1].specific.route(request, []), trail)


def _with_ancestors(result, trail):
    # The breadcrumbs and structured data need the ancestors; we have just loaded them (navigation_tags.ancestors).
    page = result[0]
    if page.pk == trail[-1].pk:
        # As their specific types without loading their fields (no query), so that the breadcrumb links are kept
        # until the next publish like every page's (BasePage.get_url_parts) instead of reversed on each view.
        trail[1:-1] = [ancestor.specific_deferred for ancestor in trail[1:-1]]
        for parent, child in zip(trail[:-1], [*trail[1:-1], page], strict=True):
            child._cached_parent_obj = parent  # get_parent() without a query, as set in route_below
        page._gemeinsam_ancestors = trail[:-1]
    # Pages below a home page are (almost always) in its language: they share its Locale instead of a query each.
    home = trail[0]
    if Page.locale.is_cached(home):
        for item in (page, *trail[1:]):
            if item.locale_id == home.locale_id:
                item.locale = home.locale
    return result
