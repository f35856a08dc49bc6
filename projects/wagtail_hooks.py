"""Admin registration for the projects app: the taxonomy snippets in one menu group, and a dashboard count of
running projects (see the end of the file)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.site_summary import SummaryItem as SiteSummaryItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from home.translations.listing_buttons import TranslatableSnippetViewSet
from projects import call_hooks  # noqa: F401  (admin hooks of calls for proposals)
from projects.models import Funder, Theme


class ThemeViewSet(TranslatableSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class FunderViewSet(TranslatableSnippetViewSet):
    model = Funder
    icon = "money"
    list_display = ["name", "short_name", "programme", "is_eu_funding"]
    list_filter = ["is_eu_funding"]
    search_fields = ["name", "short_name"]


class FundingViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Funding and themes")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (FunderViewSet, ThemeViewSet)


register_snippet(FundingViewSetGroup)


# Projects feature: the dashboard's site summary counts running projects and links to them in the page explorer.
class RunningProjectsSummaryItem(SiteSummaryItem):
    order = 150
    template_name = "projects/admin/site_summary_projects.html"

    def get_context_data(self, parent_context):
        from projects.listing import running
        from projects.models import ProjectIndexPage, ProjectPage

        index = ProjectIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return {
            "running": running(
                ProjectPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
            ).count(),
            "index": index,
        }


@hooks.register("construct_homepage_summary_items")
def add_running_projects_summary(request, summary_items):
    summary_items.append(RunningProjectsSummaryItem(request))
