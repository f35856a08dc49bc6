"""Fixtures for the news and events tests: the demo sections, and factories for news items, events, projects."""

import datetime
import itertools

import pytest
from django.utils.text import slugify
from wagtail.models import Locale

from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage

_counter = itertools.count()


def locale(code):
    return Locale.objects.get(language_code=code)


def publish(page):
    page.save_revision().publish()
    return page


def add_news(index, title, date=datetime.date(2025, 1, 15), publish_now=True, **fields):
    page = NewsPage(title=title, slug=f"{slugify(title)}-{next(_counter)}", date=date, **fields)
    index.add_child(instance=page)
    if publish_now:
        publish(page)
    return page


def add_event(index, title, start_date, **fields):
    page = EventPage(title=title, slug=f"{slugify(title)}-{next(_counter)}", start_date=start_date, **fields)
    index.add_child(instance=page)
    return publish(page)


def translate(page, code="en", **changes):
    """A published translation of `page` (what wagtail-localize's "translate" produces, without the PO round trip)."""
    translation = page.copy_for_translation(locale(code))
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.set_url_path(translation.get_parent())
    translation.save()
    return publish(translation)


@pytest.fixture
def news_index(demo):
    return NewsIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def news_index_en(demo):
    return NewsIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def event_index(demo):
    return EventIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def event_index_en(demo):
    return EventIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def empty_news(demo):
    """No news at all, so tests see only the items they create."""
    NewsPage.objects.all().delete()


@pytest.fixture
def empty_events(demo):
    EventPage.objects.all().delete()


@pytest.fixture
def category(demo):
    return NewsCategory.objects.get(locale__language_code="de", slug="knowledge-exchange")


@pytest.fixture
def project(demo):
    """A German project page with its English translation (the projects app builds the real ones)."""
    from projects.models import ProjectIndexPage, ProjectPage

    index = ProjectIndexPage.objects.get(locale__language_code="de")
    page = ProjectPage(title="Testprojekt Nachbarschaft", slug="testprojekt-nachbarschaft")
    index.add_child(instance=page)
    publish(page)
    translate(page, title="Neighbourhood test project", slug="neighbourhood-test-project")
    return page
