"""Partner organisations: a profile page each under the partner index (/de/partner/, /en/partners/).

Which projects a partner takes part in, and in what role, is never typed here: it is read from the partner rows
of the project pages.
"""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import images
from home.models import BasePage, IndexPage
from projects.facts import country_choices, country_name, sorted_by_name


class OrganisationType(models.TextChoices):
    PUBLIC_AUTHORITY = "public_authority", _("Public authority")
    REGION = "region", _("Region")
    NGO = "ngo", _("Non-governmental organisation")
    RESEARCH = "research", _("Research and education")
    COMPANY = "company", _("Company")
    NETWORK = "network", _("Network or association")


class PartnerIndexPage(IndexPage):
    """The directory of partner organisations, A–Z, filterable by country (/de/partner/, /en/partners/)."""

    per_page = 48
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.PartnerOrganisationPage"]
    template = "projects/partner_index_page.html"

    class Meta:
        verbose_name = _("partner index")

    def partners(self):
        return PartnerOrganisationPage.objects.child_of(self).live()

    def get_listing_queryset(self, request):
        # The card's logo rendition comes with the listing instead of one query per card.
        logos = images.with_renditions(images.LOGO_CARD)
        partners = self.partners().prefetch_related(Prefetch("logo", queryset=logos)).order_by("title")
        country = request.GET.get("country", "").upper()
        if country:
            partners = partners.filter(country=country)
        return partners

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        codes = self.partners().order_by().values_list("country", flat=True).distinct()
        context["countries"] = sorted_by_name([(code, country_name(code)) for code in codes], lambda c: c[1])
        context["selected_country"] = request.GET.get("country", "").upper()
        return context


class PartnerOrganisationPage(BasePage):
    """An organisation we work with: a region, an authority, an NGO, a research institute, a company or a network."""

    short_name = models.CharField(_("short name"), max_length=60, blank=True, help_text=_("e.g. AER"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices, blank=True
    )
    # Callable choices: the country list is named in the editor's language (babel/CLDR).
    country = models.CharField(
        _("country"), max_length=2, choices=country_choices, help_text=_("Where the organisation is based.")
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("short_name"),
        FieldPanel("organisation_type"),
        MultiFieldPanel([FieldPanel("country"), FieldPanel("city")], heading=_("Location")),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name"),
        index.SearchField("description"),
        index.FilterField("country"),
    ]
    # An abbreviation is the same in every language; the city name is translated (Warschau / Warsaw).
    override_translatable_fields = [SynchronizedField("short_name")]
    description_fallback_fields = ("description",)

    @property
    def meta_description(self) -> str:
        """Search engines get the description, or else what the page's fact list says: name, type and place."""
        written = super().meta_description
        if written:
            return written
        place = ", ".join(part for part in (self.city, country_name(self.country)) if part)
        facts = ", ".join(part for part in (str(self.get_organisation_type_display()), place) if part)
        return f"{self.title} – {facts}" if facts else ""

    parent_page_types = ["projects.PartnerIndexPage"]
    subpage_types = []
    template = "projects/partner_organisation_page.html"

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    def project_rows(self):
        """This organisation's rows in live projects of its language, with the project and its role, newest first.

        Project rows point at the partner page chosen in the source language (page links are synchronised by
        wagtail-localize), so rows are matched by translation key, not by id.
        """
        from projects.models.project import ProjectPartner

        return (
            ProjectPartner.objects.filter(
                partner__translation_key=self.translation_key,
                page__locale_id=self.locale_id,
                page__live=True,
            )
            .select_related("page")
            .order_by("-page__start_date", "page__title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_rows"] = list(self.project_rows())
        return context
