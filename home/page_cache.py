"""Whole-page cache for anonymous visitors, invalidated by a site-wide generation number.

Anything public changing (a page published, unpublished, moved or deleted; a snippet, image, document or site
setting saved) bumps the generation, so every cached page is rebuilt on its next request: a new news item shows at
once on the news index, the home page, its project page and the feed, without tracking which page shows what.

The generation lives in the shared cache when REDIS_URL is set (several machines), otherwise in the modification
time of a file under var/ (several worker processes on one machine share it; local-memory caches do not).
"""

import os
import pickle
import time
from contextvars import ContextVar
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
HEADER = "X-Page-Cache"


def _generation_file() -> Path:
    return Path(
        getattr(settings, "PAGE_CACHE_GENERATION_FILE", Path(settings.VAR_DIR) / "page-cache-generation")
    )


# The generation as this request first read it. With Redis every read is a round trip, and a page asks for it in
# every remember() (the home page about a dozen times): AnonymousPageCacheMiddleware opens a slot per request, so it
# is read once. Outside a request (commands, tests between requests) every call reads it.
_request_generation: ContextVar[list | None] = ContextVar("gemeinsam_request_generation", default=None)


def _read_generation() -> str:
    if settings.REDIS_URL:
        return str(cache.get_or_set(GENERATION_KEY, time.time_ns(), None))
    try:
        return str(os.stat(_generation_file()).st_mtime_ns)
    except FileNotFoundError:
        return "0"


def current_generation() -> str:
    slot = _request_generation.get()
    if slot is None:
        return _read_generation()
    if not slot:
        slot.append(_read_generation())
    return slot[0]


class KeptInProcess:
    """Values kept in this process until the next change bumps the generation: built once per generation and
    process, with no cache read (the generation is read once per request, see `current_generation`)."""

    def __init__(self, limit: int):
        self.limit = limit  # e.g. a crawler's walk over every page must not grow the process without end
        self.forget()

    def forget(self):
        self.generation = None
        self.values = {}

    def get(self, key, build, still_valid=None):
        """The value kept under `key`, built now if there is none this generation, or if `still_valid(value)` says
        it has run out for another reason (a call opening or closing, say)."""
        generation = current_generation()
        if generation != self.generation or len(self.values) >= self.limit:
            self.generation, self.values = generation, {}
        value = self.values.get(key)
        if value is None or (still_valid is not None and not still_valid(value)):
            value = self.values[key] = build()
        return value


# Pages' URL parts (Page.get_url_parts). Wagtail reverses the serve URL under the page's language for every link
# (about 60 µs; a project page links 20 to 40 pages). A page's URL follows from its url_path, the sites (a change to
# a site or locale bumps the generation), the active language and the current site, which make up the key.
url_parts = KeptInProcess(limit=10_000)
# Links to pages read as plain values (a URL path, no page object), by the same key (home.page_urls.url_for_path).
page_urls = KeptInProcess(limit=10_000)
# Which pages other pages link to, by relation (home.links.may_link_to).
link_index = KeptInProcess(limit=100)
# Figures of listings that change on publish and at known times, e.g. how many calls are open (projects.call_views).
listing_figures = KeptInProcess(limit=100)


# With Redis, copies of what remember() keeps there, so a page reads none of it over the network (the bench
# project page took 20-24 ms in-process instead of 14-16 with the local-memory cache, the imprint 11 instead of 5).
shared_value_copies = KeptInProcess(limit=2_000)
# Listing queries built and compiled once (home/compiled_queries.py).
compiled_queries = KeptInProcess(limit=1_000)
# The social-media image's rendition (URL and size) per image (home/templatetags/seo_tags.py).
social_renditions = KeptInProcess(limit=5_000)
# Small snippet tables read whole, such as funders and themes (projects/project_rows.py).
small_tables = KeptInProcess(limit=20)
# The menu, footer and accessibility links as rendered HTML (home/layout_parts.py).
rendered_layout_parts = KeptInProcess(limit=1_000)


def forget_kept_in_process():
    """For tests, whose rolled-back changes do not bump the generation."""
    for kept in (
        url_parts,
        page_urls,
        link_index,
        listing_figures,
        shared_value_copies,
        compiled_queries,
        small_tables,
        social_renditions,
        rendered_layout_parts,
    ):
        kept.forget()


def remember(key: str, build, seconds: int = 60 * 60):
    """A value built from what the public site shows (the menu, the home page), kept in the cache until the next
    change bumps the generation: `build()` runs once per generation and process or Redis. With Redis, this
    process also keeps a copy until the generation changes or `seconds` pass (`shared_value_copies`), pickled
    and unpickled on every read, as a cache hands values out: callers may change what they get."""
    full_key = f"site-data:{current_generation()}:{key}"

    def from_cache():
        value = cache.get(full_key)
        if value is None:
            value = build()
            cache.set(full_key, value, seconds)
        return value

    if not settings.REDIS_URL:
        return from_cache()

    def copy():
        value = from_cache()
        if value is None:
            return None  # nothing kept: asked again next time, as the cache does
        return time.monotonic() + seconds, pickle.dumps(value, pickle.HIGHEST_PROTOCOL)

    kept = shared_value_copies.get(full_key, copy, still_valid=lambda kept: kept[0] >= time.monotonic())
    return None if kept is None else pickle.loads(kept[1])  # noqa: S301 - bytes this process pickled itself


def section_index(model, locale_id):
    """The first live `model` page (a section's index) in the language `locale_id`, for "all news" or "all calls"
    links on other pages: kept until the next publish, so such a link costs no query."""

    def load():
        return (
            model.objects.live()
            .filter(locale_id=locale_id)
            .only("url_path", "path", "depth", "locale_id")
            .order_by("path")
            .first()
        )

    return remember(f"section-index:{model._meta.label_lower}:{locale_id}", load)


def bump_generation(**_kwargs) -> None:
    """Invalidate every cached page (signal receiver)."""
    slot = _request_generation.get()
    if slot is not None:
        slot.clear()  # what this request reads after its own publish must be new
    if settings.REDIS_URL:
        cache.set(GENERATION_KEY, time.time_ns(), None)
        return
    path = _generation_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    now = time.time_ns()
    # Two bumps in the same clock tick must still differ.
    os.utime(path, ns=(now, max(now, os.stat(path).st_mtime_ns + 1)))


class AnonymousPageCacheMiddleware:
    """Serve cached HTML to anonymous GET requests under the language prefixes; never for the admin, previews,
    private pages, pages with a CSRF-protected form, logged-in users or any response that sets a cookie."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        token = _request_generation.set([])  # the generation is read at most once in this request
        try:
            return self._respond(request)
        finally:
            _request_generation.reset(token)

    def _respond(self, request):
        if not self._request_is_cacheable(request):
            return self.get_response(request)
        key = f"page-cache:{current_generation()}:{request.get_host()}:{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if self._response_is_cacheable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
                s_maxage=settings.PAGE_CACHE_SECONDS,
                stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
            )
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response[HEADER] = "miss"
        return response

    def _request_is_cacheable(self, request) -> bool:
        return (
            settings.PAGE_CACHE_SECONDS > 0
            and request.method == "GET"
            and request.path_info.startswith(self.prefixes)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "preview" not in request.GET
        )

    @staticmethod
    def _response_is_cacheable(request, response) -> bool:
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.cookies
            and not response.streaming
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in cache_control
            and "no-cache" not in cache_control
            and "no-store" not in cache_control
            and not getattr(request, "is_preview", False)
        )


def _shows_on_public_pages(model) -> bool:
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site, TranslatableMixin

    from home.models import SiteSettings

    if issubclass(model, Page):
        return False  # pages count when published/unpublished/moved/deleted, not on every draft save
    # Snippets and inline rows (saved when their page is published) are translatable in this project.
    return issubclass(model, TranslatableMixin) or model in {
        get_image_model(),
        get_document_model(),
        Site,
        Locale,
        SiteSettings,
        PageViewRestriction,  # a page made private must not be served from the cache, nor its aliases
        SearchPromotion,  # editors' picks on the search page (not the queries: every search counts a hit)
    }


def _bump_if_public(sender, instance=None, **kwargs):
    # A new alias page shows its source's content (and privacy) at once, without being published itself.
    if _shows_on_public_pages(sender) or getattr(instance, "alias_of_id", None):
        bump_generation()


def connect_invalidation_signals():
    """Called from HomeConfig.ready(): every change the public can see bumps the generation."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump_generation, dispatch_uid=f"page-cache-{id(signal)}")
    for signal in (page_published, page_unpublished):
        signal.connect(purge_frontend_cache, dispatch_uid=f"frontend-cache-{id(signal)}")
    post_delete.connect(bump_generation, sender=Page, dispatch_uid="page-cache-page-delete")
    post_save.connect(_bump_if_public, dispatch_uid="page-cache-save")
    post_delete.connect(_bump_if_public, dispatch_uid="page-cache-delete")


def urls_to_purge(page) -> list[str]:
    """What a proxy or CDN must forget when `page` changes: the page and its ancestors (the listings that show
    it, up to the home page) in every language, plus the feeds and calendars under those listings."""
    from wagtail.models import Page

    pages = Page.objects.filter(
        translation_key__in=[
            p.translation_key for p in page.get_ancestors(inclusive=True).filter(depth__gt=1)
        ]
    ).live()
    urls = set()
    for item in pages:
        url = item.get_full_url()
        if url:
            urls.add(url)
    return sorted(urls)


def purge_frontend_cache(instance, **_kwargs) -> None:
    """Signal receiver: purge the page's URLs and its listings from the configured frontend cache."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch(urls_to_purge(instance))
    batch.purge()
