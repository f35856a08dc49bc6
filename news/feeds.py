"""RSS 2.0 and Atom feeds of one language's news (/de/aktuelles/rss/, /en/news/atom/), built on Django's
syndication framework. Only items written in or translated into that language; every link is absolute."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags

from news import listings

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.seo_title or self.index.title

    def link(self):
        return self.index.get_full_url(self.request)

    def description(self):
        return self.index.teaser or strip_tags(self.index.introduction) or self.index.title

    subtitle = description  # Atom's name for it

    def feed_url(self):
        return self.request.build_absolute_uri(self.request.path)

    def items(self):
        items = (
            listings.own_language_news(self.index.locale).defer_streamfields().prefetch_related("categories")
        )
        return listings.localize_categories(items[:FEED_LENGTH], self.index.locale)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The item's date at the time it went live, so a post dated today but published at 14:00 sorts correctly.
        published = item.first_published_at
        if published and timezone.localdate(published) == item.date:
            return published
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.authors or None

    def item_categories(self, item):
        return [category.name for category in item.localized_categories]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
