"""Fixtures for the search tests: news pages made inside the test transaction, indexed as editors' publishing
indexes them (Wagtail updates every configured backend when a page is saved)."""

import itertools
import re

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from news.models import NewsPage

NEWS_INDEX_PATH = {"de": "/aktuelles/", "en": "/news/"}
_slugs = itertools.count(1)

only_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="language-aware search needs PostgreSQL (SQLite uses FTS5)"
)


@pytest.fixture
def make_news(demo):
    """make_news("de", "Titel", teaser="…", body="<p>…</p>", publish=True) → a NewsPage under that language's
    news index."""

    def make(language, title, teaser="", body="", publish=True, **fields):
        parent = demo.page(language, NEWS_INDEX_PATH[language])
        page = NewsPage(
            title=title,
            slug=f"suche-test-{next(_slugs)}",
            teaser=teaser,
            body=body,
            locale=Locale.objects.get(language_code=language),
            live=False,
            **fields,
        )
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
            page.refresh_from_db()
        return page

    return make


@pytest.fixture
def search(client, db):
    """search("de", "Kommune", type="news.newspage") → (response, html)."""

    def run(language, query, **params):
        response = client.get(f"/{language}/search/", {"q": query, **params})
        return response, response.content.decode()

    return run


def titles(html: str) -> list[str]:
    """The result titles on a search page, in order, highlight marks removed."""
    found = re.findall(r'<h2 class="card__title"><a href="[^"]*">(.*?)</a></h2>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


def facets(html: str) -> dict[str, int]:
    """The type facets on a search page: label → count."""
    nav = re.search(r'<nav class="filters search-facets".*?</nav>', html, re.S)
    if not nav:
        return {}
    found = re.findall(r'>([^<>]+?) <span class="search-facets__count">\((\d+)\)</span>', nav.group(0))
    return {label.strip(): int(count) for label, count in found}


def plural(model, language: str) -> str:
    with translation.override(language):
        return str(model._meta.verbose_name_plural)
