"""Template tags for what every page shows: main navigation, breadcrumbs, language switcher, hreflang links."""

from dataclasses import dataclass

from django import template
from django.apps import apps
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

from home.layout_parts import kept_include, kept_inclusion
from home.page_cache import remember
from home.routing import live_children

register = template.Library()

# Query parameter the switcher adds when it falls back to an ancestor, so that page can say why the reader is there.
NOT_TRANSLATED_PARAM = "not_translated"


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_fallback: bool  # the page is not translated; the link goes to the nearest translated ancestor


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def ancestors(page) -> list[Page]:
    """The page's ancestors below the root (home page first), memoised on the page: breadcrumbs, structured data
    and the navigation all need them, and each asking costs a query."""
    if not hasattr(page, "_gemeinsam_ancestors"):
        page._gemeinsam_ancestors = list(page.get_ancestors().filter(depth__gt=1))
    return page._gemeinsam_ancestors


def localized_home(context):
    """The home page of the language being shown. A page's own home page is its first ancestor (no query);
    views without a page (search, errors) look it up once per request."""
    page = context.get("page")
    if isinstance(page, Page) and page.pk and page.depth >= 2:
        return page if page.depth == 2 else ancestors(page)[0]
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_gemeinsam_home"):
        root = _site_root(request)
        request._gemeinsam_home = root.localized if root else None
    return request._gemeinsam_home


def _home_children(context, home) -> list[Page]:
    """The home page's live children (kept by the routing until the next publish), each marked if the footer's
    legal links show it; the menu and the footer share them."""
    children = live_children(home, context.get("request"))
    if children and not hasattr(children[0], "is_legal_page"):
        legal_types = {ct.pk for ct in _legal_content_types()}
        for child in children:
            child.is_legal_page = child.content_type_id in legal_types
    return children


def _legal_content_types():
    # ContentType lookups are cached by Django: no query after the first request.
    from django.contrib.contenttypes.models import ContentType

    from home.models import LegalPage

    models = [m for m in apps.get_models() if issubclass(m, LegalPage)]
    return ContentType.objects.get_for_models(*models).values()


def _live_translations(page, request) -> dict[str, Page]:
    """Live translations of a page, by language code, including the page itself. Memoised per request."""
    cache = getattr(request, "_gemeinsam_translations", None)
    if cache is None:
        cache = request._gemeinsam_translations = {}
    if page.pk not in cache:
        # Which languages a page is live in changes only on publish, unpublish, move or slug change, each of which
        # bumps the cache generation: kept until then, so the language switcher costs no query.
        def load():
            return [
                (translation.locale.language_code, _with_kept_urls(translation))
                for translation in Page.objects.filter(translation_key=page.translation_key)
                .live()
                .select_related("locale")
            ]

        cache[page.pk] = dict(remember(f"translations:{page.translation_key}", load))
    return cache[page.pk]


def _with_kept_urls(page: Page) -> Page:
    """The page as its specific type without loading its own fields (no query), so that its URL is kept until the
    next publish (BasePage.get_url_parts); its Locale stays loaded."""
    specific = page.specific_deferred
    specific.locale = page.locale
    return specific


def page_language(page, request) -> str:
    """The page's language code. The language switcher loads every translation with its locale anyway, so this
    costs no query of its own (page.locale would)."""
    for code, translation in _live_translations(page, request).items():
        if translation.pk == page.pk:
            return code
    return page.locale.language_code


def _nearest_translated_ancestor(page, language_code):
    keys = [ancestor.translation_key for ancestor in ancestors(page)]
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=language_code)
        .order_by("-depth")
        .first()
    )
    return candidates


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """One link per content language: the same page in that language, or its nearest translated ancestor."""
    request = context["request"]
    page = context.get("page")
    current = get_language()
    links = []
    for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == current:
            links.append(LanguageLink(code, name, request.get_full_path(), True, False))
            continue
        if isinstance(page, Page) and page.pk:
            translations = _live_translations(page, request)
            if code in translations:
                links.append(LanguageLink(code, name, translations[code].get_url(request), False, False))
                continue
            ancestor = _nearest_translated_ancestor(page, code)
            if ancestor is not None:
                url = f"{ancestor.get_url(request)}?{NOT_TRANSLATED_PARAM}=1"
                links.append(LanguageLink(code, name, url, False, True))
                continue
            links.append(LanguageLink(code, name, f"/{code}/?{NOT_TRANSLATED_PARAM}=1", False, True))
        else:
            links.append(LanguageLink(code, name, translate_url(request.get_full_path(), code), False, False))
    return links


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """hreflang alternates for every live translation, x-default (German) and the canonical URL."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return {"alternates": [], "canonical": request.build_absolute_uri(request.path)}
    translations = _live_translations(page, request)
    alternates = [(code, t.get_full_url(request)) for code, t in sorted(translations.items())]
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "alternates": alternates,
        "x_default": default.get_full_url(request) if default else None,
        "canonical": page.get_full_url(request),
    }


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The localized home page's children that are marked 'show in menus', the section being read marked: rendered
    once per home page and section until the next publish (home.layout_parts)."""
    request = context["request"]
    home = localized_home(context)
    if home is None:
        return kept_inclusion(
            context, "includes/main_navigation.html", (None,), lambda: {"items": [], "home": None}
        )
    # Plain Page rows: title and URL are all the menu needs, and .specific() would cost a query per page type.
    items = [child for child in _home_children(context, home) if child.show_in_menus]
    page = context.get("page")
    current_path = page.url_path if isinstance(page, Page) else ""
    marked = [(item, current_path.startswith(item.url_path)) for item in items]
    current_sections = tuple(item.pk for item, is_current in marked if is_current)
    return kept_inclusion(
        context,
        "includes/main_navigation.html",
        (home.pk, current_sections),
        # An inclusion tag's context has no context processors: the logo's organisation name needs `settings`.
        lambda: {"home": home, "items": marked, "request": request, "settings": context.get("settings")},
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """includes/footer.html (the organisation's address, the legal and social links), rendered once per home page
    until the next change (home.layout_parts)."""
    home = localized_home(context)
    return kept_include(context, "includes/footer.html", (home.pk if home else None,))


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page to the current page (schema.org BreadcrumbList is added by the SEO issue)."""
    page = context.get("page")
    request = context["request"]
    if not isinstance(page, Page) or page.depth <= 2:
        return {"trail": []}
    trail = ancestors(page)
    return {"trail": trail, "page": page, "request": request}


@register.simple_tag
def content_locales():
    return Locale.objects.all()


@register.simple_tag(takes_context=True)
def is_not_translated_notice(context) -> bool:
    request = context.get("request")
    return bool(request and request.GET.get(NOT_TRANSLATED_PARAM))


@register.simple_tag(takes_context=True)
def legal_links(context):
    """Imprint, privacy policy and accessibility statement of the active language, for the footer (shares the
    main navigation's query)."""
    if context.get("request") is None:
        return []
    home = localized_home(context)
    if home is None:
        return []
    return [child for child in _home_children(context, home) if child.is_legal_page]
