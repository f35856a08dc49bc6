"""Admin hooks for calls for proposals (imported by projects.wagtail_hooks): a flat listing of every call with its
computed status and last deadline, next to the page explorer (where the status follows each call's title)."""

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from projects.models.call import CallForProposalsPage


def _last_deadline(page) -> str:
    if page.closes_at is None:
        return ""
    return formats.date_format(timezone.localtime(page.closes_at), "DATETIME_FORMAT")


class CallListingViewSet(PageListingViewSet):
    """Computed from the page's own columns (opening and last deadline): no query per row."""

    model = CallForProposalsPage
    icon = "calendar-alt"
    menu_label = _("Calls for proposals")
    menu_order = 250
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("call_status", label=_("Call status"), accessor=lambda page: page.status_label(), width="12%"),
        Column(
            "closes_at", label=_("Last deadline"), accessor=_last_deadline, sort_key="closes_at", width="16%"
        ),
    ]


@hooks.register("register_admin_viewset")
def register_call_listing():
    return CallListingViewSet("call_pages")
