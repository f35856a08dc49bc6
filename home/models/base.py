"""The abstract page every public page type extends: listing teaser and image, SEO fields, search fields."""

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.page_cache import url_parts
from home.pagination import paginate, query_without


def image_alt_text_field(verbose_name):
    """The alt text of a page's image with meaning, next to the image. An image's description is one text in the
    site's main language; this field is translated with the page (wagtail-localize), so an English page does not
    read German alt text. Templates fall back to the description when it is empty."""
    return models.CharField(
        verbose_name,
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it, in this page's language (translated with the "
            "page). Empty: the image's description is used."
        ),
    )


class BasePage(Page):
    """Adds what listings, search results and social cards need to every page type.

    Concrete pages declare only their own fields; teaser and listing image are translated and synchronised like
    any other field by wagtail-localize (the image is a fact, the teaser a text).
    """

    teaser = models.TextField(
        _("teaser"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings, search results and the meta description."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and social media previews."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("teaser"), FieldPanel("listing_image")],
            heading=_("Listings and sharing"),
        ),
        *Page.promote_panels,
    ]

    search_fields = [*Page.search_fields, index.SearchField("teaser")]
    # Facts are synchronised from the source and cannot be overridden in a translation (wagtail-localize would
    # otherwise offer to replace the image per language). Subclasses extend this list.
    override_translatable_fields = [SynchronizedField("listing_image", overridable=False)]

    class Meta:
        abstract = True

    # Page types that exist only in the source language by nature (Leichte Sprache, DGS) set this: the
    # translation status report does not count them as missing.
    source_language_only = False

    # Rich text fields whose opening words can stand in for a missing description, in order of preference.
    description_fallback_fields = ("introduction", "summary", "body")

    def get_url_parts(self, request=None):
        """Wagtail's URL parts, kept per process until the next publish where a request names the current site
        (home.page_cache.url_parts)."""
        if request is None:
            return super().get_url_parts(request)
        site = Site.find_for_request(request)
        key = (self.url_path, translation.get_language(), site.pk if site else None)
        return url_parts.get(key, lambda: super(BasePage, self).get_url_parts(request))

    def get_view_restrictions(self):
        """The same restrictions as Wagtail's (this page and its ancestors; an alias counts as its source page), in
        one query: the page's path names its ancestors, so they need not be loaded first. Runs on every request,
        so the query is skipped (an empty queryset, not even compiled) when no page on the path is restricted: the
        restricted paths of the site are kept until the next change (home.privacy)."""
        from wagtail.models import PageViewRestriction

        from home.compiled_queries import known_empty
        from home.privacy import restricted_paths

        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        if restricted_paths().isdisjoint(paths):
            return known_empty(PageViewRestriction.objects.all())
        on_path = Page.objects.filter(path__in=paths)
        return PageViewRestriction.objects.filter(
            Q(page__in=on_path.filter(alias_of__isnull=True))
            | Q(page__in=on_path.filter(alias_of__isnull=False).values("alias_of"))
        )

    @property
    def meta_description(self) -> str:
        """The search engine description, falling back to the teaser, then to the start of the running text."""
        if self.search_description or self.teaser:
            return self.search_description or self.teaser
        return self._opening_words

    @cached_property
    def _opening_words(self) -> str:
        # The head, the social tags and the JSON-LD each ask for the description: stripping and cutting a long
        # text (the imprint's) three times took a tenth of the page's time.
        for name in self.description_fallback_fields:
            value = getattr(self, name, None)
            if isinstance(value, str) and value.strip():
                return Truncator(strip_tags(value)).chars(160)
        return ""


class IndexPage(BasePage):
    """A section's landing page that lists its live child pages, newest first, 12 a page.

    Section apps subclass it and override `get_listing_queryset` to add filters; the pagination, empty state and
    404 for bad page numbers stay here.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "lang"])
    per_page = 12

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        abstract = True

    def get_listing_queryset(self, request):
        return self.get_children().live().specific().order_by("-first_published_at")

    def get_listing_count(self, request) -> int | None:
        """How many items the listing has, where it is known without a COUNT query (None: count them)."""
        return None

    def get_listing_key(self, request) -> tuple | None:
        """A tuple naming everything `get_listing_queryset` depends on besides the language and the day (its
        filters), so each page of it is compiled once (home.compiled_queries.listing_key); None: compile it every
        time."""
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginate(
            request,
            lambda: self.get_listing_queryset(request),  # built once per key where the count is known
            self.per_page,
            count=self.get_listing_count(request),
            key=self.get_listing_key(request),
        )
        context["base_query"] = query_without(request, "page")
        return context
