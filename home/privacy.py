"""Which parts of the page tree are private, known without a query on every request.

Wagtail checks a page's view restrictions, and its ancestors', before serving it. Most sites restrict nothing or a
few branches, so the paths of the restricted pages (and of aliases of restricted pages, which count as their
source) are kept in the cache until the next change: saving or deleting a restriction, or creating an alias,
bumps the page-cache generation (home.page_cache). A page whose path meets none of them skips the query."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from home.page_cache import remember


def restricted_paths() -> frozenset[str]:
    def load():
        restricted_ids = PageViewRestriction.objects.values("page_id")
        pages = Page.objects.filter(pk__in=restricted_ids, alias_of__isnull=True).values_list(
            "path", flat=True
        )
        aliases = Page.objects.filter(alias_of__in=restricted_ids).values_list("path", flat=True)
        return frozenset([*pages, *aliases])

    return remember("restricted-paths", load)


def public_only(pages):
    """`pages` without private ones and their descendants, as Wagtail's `.public()` but from the kept paths: no
    query of its own (`.public()` reads every view restriction first). Aliases of private pages are left out
    too, as Wagtail's serving treats them."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages
