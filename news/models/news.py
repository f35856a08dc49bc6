"""News items and the news index with its filters, yearly archive and RSS/Atom feeds."""

from django import forms
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.links import links_may_be_shown, links_of
from home.models import BasePage, IndexPage
from home.page_cache import remember
from home.page_rows import rows_of
from home.pagination import paginate, query_without
from news.blocks import body_blocks


class NewsIndexPage(RoutablePageMixin, IndexPage):
    """The news section (/de/aktuelles/, /en/news/): filters, yearly archive (/<year>/), feeds (/rss/, /atom/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")

    def get_listing_queryset(self, request):
        from news.listings import news_for_language

        return news_for_language(self.locale)

    def get_context(self, request, *args, year=None, **kwargs):
        # IndexPage.get_context paginates the unfiltered list; the filters must apply first, so build it here.
        from news import listings

        context = super(IndexPage, self).get_context(request, *args, **kwargs)
        filters = listings.NewsFilters.from_request(request, self.locale, year=year)
        count = None if filters.active else listings.news_count(self.locale)
        page_obj = paginate(
            request,
            lambda: listings.with_card_data(filters.apply(self.get_listing_queryset(request))),
            self.per_page,
            count=count,
            key=filters.key(self),
        )
        listings.localize_categories(page_obj.object_list, self.locale)
        context.update(
            page_obj=page_obj,
            base_query=query_without(request, "page"),
            filters=filters,
            archive_year=year,
            years=listings.news_years(self.locale),
            categories=listings.categories_for(self.locale),
            projects=listings.projects_with_news(self.locale, filters.project),
        )
        return context

    @path("")
    def news_list(self, request):
        return self.render(request)

    @path("<int:year>/", name="archive")
    def archive(self, request, year):
        if not 1900 <= year <= 2999:
            raise Http404("No such year")
        return self.render(request, year=year, template="news/news_archive_page.html")

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPageTag(TaggedItemBase):
    """Tags are keywords shared by both languages (names such as "AMIF" or "EU-Belong"), so they are not translated."""

    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPage(BasePage):
    """A news item (/de/aktuelles/<slug>/). Only the title is required; everything else has a default.

    Categories and related projects are ParentalManyToManyFields, synchronised to translations: a translation
    links the same (source-language) objects, and listings resolve them to the reader's language by
    translation key, so the project page finds its news in one query whichever language the link was made in.
    """

    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("Shown on the item; sorts the list.")
    )
    authors = models.CharField(_("author(s)"), max_length=255, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Leave empty if it is decorative."),
    )
    lead_image_caption = models.CharField(_("caption"), max_length=250, blank=True)
    body = StreamField(body_blocks(), blank=True, verbose_name=_("body"))
    categories = ParentalManyToManyField(
        "news.NewsCategory", verbose_name=_("categories"), blank=True, related_name="news_pages"
    )
    tags = ClusterTaggableManager(verbose_name=_("tags"), through=NewsPageTag, blank=True)
    related_projects = ParentalManyToManyField(
        "projects.ProjectPage", verbose_name=_("related projects"), blank=True, related_name="+"
    )
    show_in_other_languages = models.BooleanField(
        _("list in the other language until translated"),
        default=False,
        help_text=_(
            "The other language's news list shows this item, marked with its language, as long as it has no "
            "translation there."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("authors"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt"), FieldPanel("lead_image_caption")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
                FieldPanel("related_projects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("show_in_other_languages"),
            ],
            heading=_("Grouping and languages"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.SearchField("authors")]
    override_translatable_fields = [SynchronizedField("categories"), SynchronizedField("related_projects")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [
            # The news index and the home page list the newest items first: read in index order, not sorted.
            models.Index(fields=["-date", "-page_ptr"], name="news_newest_first"),
            # The few items offered to readers of other languages, found without reading every item.
            models.Index(
                fields=["page_ptr"],
                condition=models.Q(show_in_other_languages=True),
                name="news_in_other_languages",
            ),
        ]

    @property
    def card_image(self):
        return self.listing_image or self.lead_image

    def get_structured_data(self, request):
        """schema.org NewsArticle; the item's own date is the publication date readers see."""
        from home.structured_data import image_url, organisation

        publisher = organisation(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],  # Google ignores longer headlines
            "url": self.get_full_url(request),
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "author": [
                {"@type": "Person", "name": name.strip()} for name in self.authors.split(",") if name.strip()
            ]
            or publisher,
            "publisher": publisher,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.meta_description:
            data["description"] = self.meta_description
        image = image_url(request, self.lead_image or self.listing_image)
        if image:
            data["image"] = image
        return data

    def get_context(self, request, *args, **kwargs):
        from news import listings

        context = super().get_context(request, *args, **kwargs)
        locale = self.locale_id  # an id is enough for the filters below; self.locale would be a query
        # Each relation is asked only if the item has any (home.links.may_have_links): many items have no tags.
        categories = rows_of(self, "categories") if links_may_be_shown(self, "categories") else []
        context["categories"] = listings.categories_in_language(categories, locale)
        context["projects"] = listings.linked_projects(self, locale)
        context["tags"] = list(links_of(self, "tags"))
        # The item's index (feed links, category links) as its own type, kept until the next publish: routing
        # has the parent already, but only as a plain Page, and `.specific` would be a query on every view.
        parent = self.get_parent()
        context["news_index"] = remember(f"news-index-page:{parent.pk}", lambda: parent.specific)
        return context
