"""Structured data and social cards: schema.org JSON-LD and OpenGraph/Twitter meta tags for every page."""

import json
import time

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from home.images import SOCIAL
from home.page_cache import social_renditions
from home.templatetags.navigation_tags import ancestors, page_language

register = template.Library()

SOCIAL_RENDITION_SECONDS = 300


def _json_script(data) -> str:
    # Escape "<", ">" and "&" so text in the data can never close the script element.
    text = (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def structured_data(context):
    """JSON-LD for the current page: its own `get_structured_data(request)` (if any) plus a BreadcrumbList."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    blocks = []
    own = getattr(page, "get_structured_data", None)
    if callable(own):
        data = own(request)
        if data:
            blocks.append(data)
    if page.depth > 2:
        trail = [*ancestors(page), page]
        blocks.append(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": crumb.title,
                        "item": crumb.get_full_url(request),
                    }
                    for position, crumb in enumerate(trail, start=1)
                ],
            }
        )
    return mark_safe("".join(_json_script(block) for block in blocks))


def _social_rendition(image) -> tuple[str, int, int]:
    """URL, width and height of the image's 1200×630 rendition. Looking it up in Wagtail's rendition cache took
    about 3 % of a project page's time; an image saved (a new file or focal point) starts a new generation, which
    forgets it. Kept five minutes at most, as long as a cached page keeps it: media storage may sign its URLs."""

    def build():
        rendition = image.get_rendition(SOCIAL[0])
        return time.monotonic() + SOCIAL_RENDITION_SECONDS, (rendition.url, rendition.width, rendition.height)

    kept = social_renditions.get(
        (image.pk, image.file.name), build, still_valid=lambda kept: kept[0] >= time.monotonic()
    )
    return kept[1]


@register.simple_tag(takes_context=True)
def social_meta(context):
    """OpenGraph and Twitter card tags, with a 1200×630 rendition of the listing image when there is one."""
    request = context["request"]
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    tags = [
        ("og:type", "article" if page.depth > 2 else "website"),
        ("og:title", page.seo_title or page.title),
        ("og:url", page.get_full_url(request)),
        ("og:locale", "de_DE" if page_language(page, request) == "de" else "en_GB"),
    ]
    description = getattr(page, "meta_description", "")
    if description:
        tags.append(("og:description", description))
    image = getattr(page, "listing_image", None)
    card = "summary"
    if image is not None:
        url, width, height = _social_rendition(image)
        tags += [
            ("og:image", request.build_absolute_uri(url)),
            ("og:image:width", str(width)),
            ("og:image:height", str(height)),
        ]
        card = "summary_large_image"
    html = "".join(format_html('<meta property="{}" content="{}">', key, value) for key, value in tags)
    return mark_safe(html + format_html('<meta name="twitter:card" content="{}">', card))
