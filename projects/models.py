"""Funded projects, programmes, partner organisations and calls for proposals."""

from django.utils.translation import gettext_lazy as _

from home.models import IndexPage


class ProjectIndexPage(IndexPage):
    """The list of funded projects (/de/projekte/, /en/projects/)."""

    parent_page_types = ["home.HomePage"]
    template = "projects/project_index_page.html"

    class Meta:
        verbose_name = _("project index")
