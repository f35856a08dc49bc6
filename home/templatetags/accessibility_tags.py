"""Header links to the Leichte Sprache and Gebärdensprache sections, on every page in every language.

The sections exist only in German; English pages link to them with English labels marked `lang="de"` as the issue
asks. The two URLs are cached until the next publish (the page cache's generation), so the header costs no query.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.layout_parts import kept_inclusion
from home.page_cache import current_generation
from home.privacy import public_only

register = template.Library()

CACHE_KEY = "gemeinsam:accessibility-links:{site}:{generation}"


def section_urls(request) -> dict[str, str]:
    """{"easy_read": url, "sign_language": url} of the live section pages in the site's German tree."""
    from home.models import EasyReadIndexPage, SignLanguageIndexPage

    site = Site.find_for_request(request)
    if site is None:
        return {}
    key = CACHE_KEY.format(site=site.pk, generation=current_generation())
    urls = cache.get(key)
    if urls is not None:
        return urls
    root = site.root_page
    german_home = (
        Page.objects.filter(
            translation_key=root.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .only("path", "depth")
        .first()
    )
    urls = {}
    if german_home is not None:
        sections = public_only(
            Page.objects.live().descendant_of(german_home).type(EasyReadIndexPage, SignLanguageIndexPage)
        ).order_by("path")
        names = {EasyReadIndexPage: "easy_read", SignLanguageIndexPage: "sign_language"}
        for page in sections:
            urls.setdefault(names[page.specific_class], page.get_url(request))
    cache.set(key, urls, 3600)
    return urls


@register.simple_tag(takes_context=True)
def accessibility_links(context):
    """The two links, the one whose section is being read marked: rendered once per site, language and marking
    until the next publish (home.layout_parts)."""
    request = context.get("request")
    urls = section_urls(request) if request is not None else {}
    easy_read_url, sign_language_url = urls.get("easy_read"), urls.get("sign_language")
    current_path = request.path if request is not None else ""
    current = tuple(bool(url) and url in current_path for url in (easy_read_url, sign_language_url))
    # The two URLs follow from the site and the generation, which the kept part is keyed by already.
    return kept_inclusion(
        context,
        "includes/accessibility_links.html",
        current,
        lambda: {
            "easy_read_url": easy_read_url,
            "sign_language_url": sign_language_url,
            # The sections are German; elsewhere the link text says so in the reader's language, marked lang="de".
            "mark_german": get_language() != settings.LANGUAGE_CODE,
            "current_path": current_path,
        },
    )
