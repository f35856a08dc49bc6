"""Translatable snippets shared by projects, programmes, calls and materials: themes and funders."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A topic such as "Arbeitsmarktintegration" or "Wohnen", used to group and filter content."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in filter links; the same in every language.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Funder(TranslatableMixin, index.Indexed, models.Model):
    """A funder or funding programme, e.g. AMIF, the Hessian programme "WIR" or the Robert Bosch Stiftung."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    programme = models.CharField(
        _("source of funds"),
        max_length=200,
        blank=True,
        help_text=_("e.g. Asylum, Migration and Integration Fund"),
    )
    is_eu_funding = models.BooleanField(
        _("EU funding"),
        default=False,
        help_text=_("Projects with this funder show the EU emblem and statement."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("programme"),
        FieldPanel("is_eu_funding"),
        FieldPanel("logo"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("funder")
        verbose_name_plural = _("funders")
        ordering = ["name"]

    def __str__(self):
        return self.short_name or self.name
