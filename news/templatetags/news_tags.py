"""Template tags of the news app: the home page and project page sections, dates, language labels."""

from typing import NamedTuple

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from home.formatting import format_long_date
from home.page_cache import section_index
from home.page_urls import url_for_path
from news import listings
from news.event_times import event_when as _event_when

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)  # each language's own name ("Deutsch", "English")


@register.filter
def news_date(value):
    return format_long_date(value)


@register.filter
def event_when(event):
    return _event_when(event)


@register.filter
def language_name(code):
    """A language's name in that language, for labels on items in another language than the page."""
    return LANGUAGE_NAMES.get(code, code)


def _index(model, locale):
    return section_index(model, listings.locale_id_of(locale))


@register.inclusion_tag("news/tags/home_news.html", takes_context=True)
def home_news(context):
    """The latest news and the next events of the home page's language."""
    from news.models import EventIndexPage, NewsIndexPage

    page = context.get("page")
    locale = page.locale_id if isinstance(page, Page) else Locale.get_active()
    return {
        "request": context.get("request"),
        "page": page,
        "news_items": listings.latest_news(locale),
        "events": listings.next_events(locale),
        "news_index": _index(NewsIndexPage, locale),
        "event_index": _index(EventIndexPage, locale),
    }


@register.inclusion_tag("news/tags/project_news.html", takes_context=True)
def project_news(context):
    """The project's latest three news items and its upcoming events, in the project page's language."""
    from news.models import NewsIndexPage

    page = context.get("page")
    if not isinstance(page, Page):
        return {}
    news_index = _index(NewsIndexPage, page.locale_id)
    request = context.get("request")
    return {
        "request": request,
        "page": page,
        "news_items": [_news_link(item, request) for item in listings.project_news(page)],
        "events": listings.project_events(page),
        "news_index": news_index,
        # An inclusion tag's template sees only what it is given: the items in another language are marked.
        "LANGUAGE_CODE": get_language(),
    }


class NewsLink(NamedTuple):
    """A news item in a project page's list, ready to show."""

    url: str
    title: str
    teaser: str
    date_iso: str
    date_text: str
    language: str


def _news_link(item, request) -> NewsLink:
    from news.models import NewsPage

    url = url_for_path(NewsPage, item.url_path, request)
    return NewsLink(
        url, item.title, item.teaser, item.date.isoformat(), format_long_date(item.date), item.language
    )
