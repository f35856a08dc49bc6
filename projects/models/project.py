"""Funded projects and their index."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models import BasePage, IndexPage


class ProjectIndexPage(IndexPage):
    """The list of funded projects (/de/projekte/, /en/projects/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    template = "projects/project_index_page.html"

    class Meta:
        verbose_name = _("project index")


class ProjectPage(BasePage):
    """A funded project (/de/projekte/<slug>/)."""

    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("acronym"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
