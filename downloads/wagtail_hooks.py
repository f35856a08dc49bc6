"""Admin registration for the downloads app: the topic snippet and the download report under Reports."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from downloads.admin_report import DownloadReportAdmin
from downloads.models import MaterialTopic
from home.translations.listing_buttons import TranslatableSnippetViewSet


class MaterialTopicViewSet(TranslatableSnippetViewSet):
    model = MaterialTopic
    icon = "tag"
    menu_label = _("Material topics")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(MaterialTopicViewSet)

# Registered by hand (what modeladmin_register does) to keep the instance for its URLs and permission rules.
download_report = DownloadReportAdmin()
download_report.register_with_wagtail()


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return download_report.permission_helper.user_can_list(request.user)


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DownloadReportMenuItem(
        _("Downloads"), download_report.url_helper.index_url, icon_name="download", order=900
    )
