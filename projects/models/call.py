"""Calls for proposals and their index."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage, IndexPage


class CallIndexPage(IndexPage):
    """The list of calls for proposals (/de/ausschreibungen/, /en/calls/)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.CallForProposalsPage"]
    template = "projects/call_index_page.html"

    class Meta:
        verbose_name = _("call index")


class CallForProposalsPage(BasePage):
    """A call for proposals with its deadlines and documents."""

    parent_page_types = ["projects.CallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("call for proposals")
        verbose_name_plural = _("calls for proposals")
