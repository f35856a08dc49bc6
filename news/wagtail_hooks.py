"""Admin registration for the news app: news categories as a translatable snippet."""

from wagtail.snippets.models import register_snippet

from home.translations.listing_buttons import TranslatableSnippetViewSet
from news.models import NewsCategory


class NewsCategoryViewSet(TranslatableSnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 310
    list_display = ["name", "slug"]
    search_fields = ["name"]
    add_to_admin_menu = True


register_snippet(NewsCategoryViewSet)
