"""Stored XSS: script and event-handler payloads in every text field an editor can fill (pages, inline rows,
StreamField blocks, snippets, images, documents, site settings) come out escaped on every public page type."""

from collections import Counter

import pytest
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

from home.models import AccessibilityFeedback, SiteSettings
from tests.xss import poison, poison_page, stream_blocks, unsafe_spots

ESCAPED = "&lt;script&gt;window.__xss=1&lt;/script&gt;"


def one_live_page_per_type(language="de"):
    pages = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific():
        pages.setdefault(type(page), page)
    return pages


def poison_everything() -> tuple[list, Counter]:
    """Poison one live page of each type plus everything shown beside pages; returns the pages and a count of
    poisoned fields per model."""
    changed = Counter()
    for model in get_snippet_models():
        if model is AccessibilityFeedback:
            continue  # visitors' submissions, shown only in the admin
        for snippet in model.objects.all():
            changed.update(f"{model.__name__}.{name}" for name in poison(snippet, suffix=f" {snippet.pk}"))
            snippet.save()
    for model in (get_image_model(), get_document_model(), SiteSettings):
        for item in model.objects.all():
            changed.update(f"{model.__name__}.{name}" for name in poison(item, suffix=f" {item.pk}"))
            item.save()
    pages = one_live_page_per_type()
    for page in pages.values():
        changed.update(poison_page(page))
    return list(pages.values()), changed


def test_no_stream_offers_raw_html():
    # Raw HTML blocks print what an editor types, by design; if one is ever added this test must be rethought.
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                assert not any(
                    isinstance(b, blocks.RawHTMLBlock) for b in stream_blocks(field.stream_block)
                ), field


@pytest.mark.django_db
def test_stored_payloads_are_escaped_on_every_public_page_type(client, demo):
    pages, changed = poison_everything()

    page_types = {type(page) for page in pages}
    assert page_types >= {m for m in get_page_models() if m is not Page and m.objects.live().exists()}
    for expected in ("title", "seo_title", "search_description", "teaser", "body", "introduction"):
        assert any(name.endswith(f".{expected}") for name in changed), expected
    for expected in ("Theme.name", "NewsCategory.name", "Image.title", "Document.title", "SiteSettings.city"):
        assert changed[expected], expected

    page_urls = {page.url for page in pages}
    for url in [*page_urls, "/de/", "/en/", "/de/search/?q=script"]:
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert unsafe_spots(content) == [], url
        if url in page_urls:
            assert ESCAPED in content, f"{url}: the payload was not rendered at all"
