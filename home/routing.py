"""Find the page for a URL in one query. Wagtail's own routing asks level by level (a child query and a
`.specific` query per level), so a project page cost four queries before anything was rendered.

The home page's live children (the sections: projects, news, calls, the legal pages, ...) are kept until the next
publish, as the menu shows them anyway. A URL one or two levels below a home page, which is every page of the site
but a few, then costs one query: the section itself as its own type, or its child as the one page type the section
allows. Anything else (deeper pages, a section that allows several page types, a path that is not found) takes the
general way: one query for every level by url_path, then the found page's `.specific`.
"""

from functools import cache

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images import get_image_model
from wagtail.models import Page

from home import compiled_queries
from home.page_cache import remember


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


def live_children(home: Page, request=None) -> list[Page]:
    """The home page's live children in tree order, as their specific types without their own fields (so their
    URLs are kept too, BasePage.get_url_parts): kept until the next publish, and read once per request."""
    kept = getattr(request, "_gemeinsam_home_children", None) if request is not None else None
    if kept is None or kept[0] != home.pk:
        kept = (home.pk, remember(f"live-children:{home.pk}", lambda: _load_live_children(home)))
        if request is not None:
            request._gemeinsam_home_children = kept
    return kept[1]


def _load_live_children(home: Page) -> list[Page]:
    return list(home.get_children().live().order_by("path").specific(defer=True))


def route_below(home: Page, request, path_components: list[str]):
    """Route `path_components` below `home` the way Page.route would: in one query where the kept sections tell
    the page type (see above), else with one query for the whole path and one for the found page's type."""
    if len(path_components) <= 2:
        section = next(
            (child for child in live_children(home, request) if child.slug == path_components[0]), None
        )
        if section is not None:
            result = _route_in_section(home, section, request, path_components[1:])
            if result is not None:
                return result
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


def _route_in_section(home: Page, section: Page, request, remaining: list[str]):
    """The route for a kept `section` (no path left, or a sub-URL it serves itself) or for its child of the one type
    it allows, each in one query; None where that cannot be told, or nothing is found, so the general way decides."""
    model = type(section)
    if not remaining or _routes_itself(section, remaining):
        found = compiled_queries.rows(
            ("route", model._meta.label_lower, section.pk), lambda: _with_images(model).filter(pk=section.pk)
        )
        trail = [home]
    else:
        allowed = model.allowed_subpage_models()
        if len(allowed) != 1 or len(remaining) != 1:
            return None
        depth = section.depth + 1
        # One kept query for every page of the type at this depth, with each view's path (not one per page).
        found = compiled_queries.rows_for(
            ("route", allowed[0]._meta.label_lower, depth),
            lambda url_path: (
                _with_images(allowed[0]).filter(url_path=url_path, depth=depth).order_by("pk")[:1]
            ),
            f"{section.url_path}{remaining[0]}/",
        )
        trail = [home, section]
        remaining = []
    if not found:
        return None
    page = found[0]
    page._cached_parent_obj = trail[-1]
    return _with_ancestors(page.route(request, remaining), [*trail, page])


def _with_images(model):
    """The page type's rows with their images (lead image, card image, logo, ...) in the same query: the page and
    its social-media tags show them, each a query of its own otherwise."""
    return model.objects.select_related(*_image_fields(model))


@cache
def _image_fields(model) -> tuple[str, ...]:
    image_model = get_image_model()
    return tuple(
        field.name
        for field in model._meta.get_fields()
        if field.many_to_one and field.related_model is image_model
    )


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
