"""News app models, one module per concept: categories, news items, events."""

from .category import NewsCategory
from .event import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage, NewsPageTag

__all__ = ["EventIndexPage", "EventPage", "NewsCategory", "NewsIndexPage", "NewsPage", "NewsPageTag"]
