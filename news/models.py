"""News items and events."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPage


class NewsIndexPage(IndexPage):
    """The news section (/de/aktuelles/, /en/news/)."""

    parent_page_types = ["home.HomePage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")
