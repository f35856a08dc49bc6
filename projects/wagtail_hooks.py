"""Admin registration for the projects app: the taxonomy snippets in one menu group."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from projects import call_hooks  # noqa: F401  (admin hooks of calls for proposals)
from projects.models import Funder, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class FunderViewSet(SnippetViewSet):
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
