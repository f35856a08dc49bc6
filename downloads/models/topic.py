"""The topics learning materials are filed under (a translatable snippet)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class MaterialTopic(TranslatableMixin, index.Indexed, models.Model):
    """A topic such as "Interkulturelle Kompetenz" that readers filter the material index by."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in filter links; the same in every language.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The slug is the filter key in both languages, so it must not be translated.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material topic")
        verbose_name_plural = _("material topics")
        ordering = ["name"]

    def __str__(self):
        return self.name
