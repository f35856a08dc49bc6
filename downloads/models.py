"""Learning materials and their downloadable files."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPage


class MaterialIndexPage(IndexPage):
    """The learning materials section (/de/materialien/, /en/materials/)."""

    parent_page_types = ["home.HomePage"]
    template = "downloads/material_index_page.html"

    class Meta:
        verbose_name = _("material index")
