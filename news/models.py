"""News items and events."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.models import BasePage, IndexPage


class NewsIndexPage(IndexPage):
    """The news section (/de/aktuelles/, /en/news/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def get_listing_queryset(self, request):
        return NewsPage.objects.child_of(self).live().order_by("-date", "-pk")


class NewsPage(BasePage):
    """A news item (/de/aktuelles/<slug>/)."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("date"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
