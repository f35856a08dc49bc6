"""Leichte Sprache (easy read): the section's index and pages, their blocks, and a summary mixin for other pages.

BITV 2.0 § 4 asks public bodies to explain on their start page, in Leichte Sprache, what the site contains, how to
use it, the accessibility statement in brief and where more Leichte Sprache is. The section is German by nature:
its pages live only in the German tree.
"""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.search import index

from .base import BasePage, IndexPage


class PictogramBlock(blocks.StructBlock):
    """A picture that helps to understand the text next to it. The alternative text says what it shows."""

    image = ImageChooserBlock(label=_("Pictogram"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=200,
        help_text=_("What the picture shows, in a few words, for people who cannot see it."),
    )
    text = blocks.TextBlock(label=_("Text next to the picture"), max_length=400, required=False)

    class Meta:
        icon = "image"
        label = _("Pictogram with text")
        template = "home/easy_read/blocks/pictogram.html"


class GlossaryBlock(blocks.StructBlock):
    """A difficult word explained right where it is used, in its own box (Leichte Sprache's Wort-Erklärung)."""

    term = blocks.CharBlock(label=_("Word"), max_length=80)
    explanation = blocks.TextBlock(label=_("Explanation"), max_length=600)

    class Meta:
        icon = "help"
        label = _("Word explained")
        template = "home/easy_read/blocks/glossary.html"


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.CharBlock(label=_("Link text"), max_length=120)

    class Meta:
        icon = "link"
        label = _("Link")


class EasyReadStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=80,
        form_classname="title",
        template="home/easy_read/blocks/heading.html",
    )
    # Plain text: every line the editor types is shown as its own line (one sentence a line).
    paragraph = blocks.TextBlock(
        label=_("Short paragraph"),
        max_length=600,
        help_text=_("Short sentences. Start a new line for every sentence."),
        icon="pilcrow",
        template="home/easy_read/blocks/short_paragraph.html",
    )
    list = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        label=_("One idea per line"),
        icon="list-ul",
        template="home/easy_read/blocks/idea_list.html",
    )
    pictogram = PictogramBlock()
    word = GlossaryBlock()
    links = blocks.ListBlock(
        PageLinkBlock(), label=_("Links to pages"), icon="link", template="home/easy_read/blocks/links.html"
    )


class EasyReadPage(BasePage):
    """A page in Leichte Sprache: short sentences, one idea a line, pictograms, words explained in boxes."""

    source_language_only = True  # German only: Leichte Sprache and DGS are German by nature

    body = StreamField(EasyReadStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.EasyReadIndexPage"]
    subpage_types = []
    template = "home/easy_read/easy_read_page.html"

    class Meta:
        verbose_name = _("Leichte Sprache page")
        verbose_name_plural = _("Leichte Sprache pages")


class EasyReadSummaryMixin(models.Model):
    """An optional summary in Leichte Sprache for a project, call or material page.

    Add the mixin to a page type, put `*EasyReadSummaryMixin.easy_read_panels` in its content panels and
    `{% include "home/includes/easy_read_summary.html" %}` in its template. The Leichte Sprache index lists every
    live page whose summary is filled in.
    """

    easy_read_summary = RichTextField(
        _("summary in Leichte Sprache"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_(
            "Optional. Short sentences, one idea a line. Shown in its own box and listed under Leichte Sprache."
        ),
    )

    easy_read_panels = [
        MultiFieldPanel(
            [FieldPanel("easy_read_summary")], heading=_("Leichte Sprache"), classname="collapsed"
        )
    ]
    # Not named search_fields: as a mixin base it would hide the page's own list. Add it: *easy_read_search_fields.
    easy_read_search_fields = [index.SearchField("easy_read_summary")]

    class Meta:
        abstract = True


def easy_read_summary_models() -> list[type[Page]]:
    """Every concrete page type that has adopted EasyReadSummaryMixin."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, EasyReadSummaryMixin) and issubclass(model, Page) and not model._meta.abstract
    ]


def pages_with_easy_read_summary(locale) -> list[Page]:
    """Live, public pages of this locale with a non-empty summary in Leichte Sprache, by title (one query per type)."""
    found = []
    # Which subtrees are private, asked once for all page types (each .public() would ask again).
    private = Page.objects.private_q()
    for model in easy_read_summary_models():
        found.extend(
            model.objects.live()
            .exclude(private)
            .filter(locale=locale)
            .exclude(easy_read_summary__in=["", "<p></p>"])
            .order_by("title")
        )
    return sorted(found, key=lambda page: page.title.casefold())


class EasyReadIndexPage(IndexPage):
    """The start of the Leichte Sprache section: its own text, its pages in tree order and the summaries."""

    source_language_only = True  # German only: Leichte Sprache and DGS are German by nature

    body = StreamField(EasyReadStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*IndexPage.content_panels, FieldPanel("body")]
    search_fields = [*IndexPage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EasyReadPage"]
    max_count_per_parent = 1
    per_page = 50
    template = "home/easy_read/easy_read_index_page.html"

    class Meta:
        verbose_name = _("Leichte Sprache section")
        verbose_name_plural = _("Leichte Sprache sections")

    def get_listing_queryset(self, request):
        # Easy-read pages are read in the order the editor put them in, not newest first.
        return self.get_children().live().specific().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["summary_pages"] = pages_with_easy_read_summary(self.locale_id)
        return context
