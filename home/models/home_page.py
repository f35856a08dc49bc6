"""The start page of each language tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.routing import route_below

from .base import BasePage, image_alt_text_field


class FeaturedSectionBlock(blocks.StructBlock):
    """A teaser for one section of the site (projects, calls, materials...) on the home page."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "link"
        label = _("Featured section")
        template = "home/blocks/featured_section.html"


class HomePage(BasePage):
    """The home page of one language. The other languages' home pages are wagtail-localize translations of it."""

    hero_heading = models.CharField(_("hero heading"), max_length=160, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = image_alt_text_field(_("alternative text of the hero image"))
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "lang"])
    featured_sections = StreamField(
        [("section", FeaturedSectionBlock())], blank=True, verbose_name=_("featured sections")
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        FieldPanel("featured_sections"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("hero_image", overridable=False),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        # Every page of the site is found below a home page: one query for all levels (home/routing.py).
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)

    def get_structured_data(self, request):
        from home.models import SiteSettings

        organisation = SiteSettings.for_request(request)
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": organisation.organisation_name,
            "url": self.get_full_url(request),
            "sameAs": [url for _name, url in organisation.social_links],
        }
        if organisation.email:
            data["email"] = organisation.email
        if organisation.city:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": organisation.street_address,
                "postalCode": organisation.postal_code,
                "addressLocality": organisation.city,
                "addressCountry": organisation.country,
            }
        return data
