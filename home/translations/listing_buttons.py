"""wagtail-localize's "Translate" / "Sync translated …" buttons in the page explorer and the snippet listings,
without its two or three queries per row.

wagtail-localize asks, for every row, whether some locale still lacks a translation and whether the row is the
source of an enabled translation. Here the listing's own query answers both (two correlated subqueries, see
`with_translation_state`), and our hooks take the place of wagtail-localize's in the registry and read the
answers from the row. A row without the answers (from a listing we did not annotate, such as the admin's page
search, or a search backend that returns rows without annotations) goes to wagtail-localize's function unchanged,
so the buttons are the same everywhere; only their cost differs.
"""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse

# The labels below are wagtail-localize's own msgids, so its catalog keeps translating them exactly as before;
# calling gettext by another name keeps makemessages from copying them into ours.
from django.utils.translation import gettext as localize_gettext
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

# Imported for its registrations: our app's wagtail_hooks load before wagtail-localize's (INSTALLED_APPS order),
# and its hooks have to be in the registry before ours can take their place.
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

CAN_TRANSLATE = "_localize_has_untranslated_locale"
SYNC_SOURCE = "_localize_sync_source_id"
PERMISSION = "wagtail_localize.submit_translation"
EXPLORER_VIEWS = {"wagtailadmin_explore_root", "wagtailadmin_explore", "wagtailadmin_explore_results"}


def with_translation_state(queryset):
    """`queryset` (pages or a translatable snippet) with each row's answers to wagtail-localize's two questions:
    CAN_TRANSLATE, is there a locale without a translation of it (for pages an alias does not count), and
    SYNC_SOURCE, the id of the TranslationSource it is the source of if that has an enabled translation."""
    model = queryset.model.get_translation_model()
    translations = model._default_manager.filter(translation_key=OuterRef(OuterRef("translation_key")))
    if issubclass(model, Page):
        translations = translations.filter(alias_of__isnull=True)
    synced_sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(model),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    )
    return queryset.annotate(
        **{
            CAN_TRANSLATE: Exists(Locale.objects.exclude(id__in=translations.values("locale_id"))),
            SYNC_SOURCE: Subquery(synced_sources.values("pk")[:1]),
        }
    )


def _sync_url(source_id, next_url):
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    if next_url is not None:
        url += "?" + urlencode({"next": next_url})
    return url


def page_listing_buttons(page, user, next_url=None):
    if not hasattr(page, CAN_TRANSLATE):
        yield from localize_hooks.page_listing_more_buttons(page, user, next_url=next_url)
        return
    if page.is_root() or not user.has_perm(PERMISSION):
        return
    if getattr(page, CAN_TRANSLATE):
        # An alias is translated through the page it mirrors.
        url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id])
        yield Button(
            localize_gettext("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
        )
    if source_id := getattr(page, SYNC_SOURCE):
        yield Button(
            localize_gettext("Sync translated pages"),
            _sync_url(source_id, next_url),
            priority=60,
            icon_name="resubmit",
        )


def snippet_listing_buttons(snippet, user, next_url=None):
    if not hasattr(snippet, CAN_TRANSLATE):
        yield from localize_hooks.register_snippet_listing_buttons(snippet, user, next_url=next_url)
        return
    if not user.has_perm(PERMISSION):
        return
    title = {"title": str(snippet)}
    if getattr(snippet, CAN_TRANSLATE):
        meta = snippet._meta
        yield Button(
            localize_gettext("Translate"),
            reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(snippet.pk)],
            ),
            attrs={"aria-label": localize_gettext("Translate '%(title)s'") % title},
            icon_name="wagtail-localize-language",
            priority=100,
        )
    if source_id := getattr(snippet, SYNC_SOURCE):
        yield Button(
            localize_gettext("Sync translated snippets"),
            _sync_url(source_id, next_url),
            attrs={"aria-label": localize_gettext("Sync translations of '%(title)s'") % title},
            icon_name="resubmit",
            priority=106,
        )


def _take_place_of(hook_name, theirs, ours):
    """Put `ours` where `theirs` is registered for `hook_name` (same position and order). Loud if it is not
    there: after an upgrade that renames it, both would run and every button would show twice."""
    registered = hooks._hooks.get(hook_name, [])
    places = [i for i, (fn, _order) in enumerate(registered) if fn is theirs]
    if len(places) != 1:
        raise RuntimeError(f"wagtail-localize's {theirs.__name__} is not registered once for {hook_name}")
    registered[places[0]] = (ours, registered[places[0]][1])


# Only the listing hooks: the same function also makes the page header's buttons, one page per request.
_take_place_of(
    "register_page_listing_more_buttons", localize_hooks.page_listing_more_buttons, page_listing_buttons
)
_take_place_of(
    "register_snippet_listing_buttons",
    localize_hooks.register_snippet_listing_buttons,
    snippet_listing_buttons,
)


def is_explorer_listing(request) -> bool:
    """Whether construct_explorer_page_queryset runs for the explorer's listing (rows with buttons), not for the
    sidebar's explorer API, which the same hook filters and which shows no buttons."""
    match = request.resolver_match
    return match is not None and match.url_name in EXPLORER_VIEWS


@hooks.register("construct_explorer_page_queryset")
def annotate_explorer_rows(parent_page, pages, request):
    return with_translation_state(pages) if is_explorer_listing(request) else pages


class TranslationStateIndexView(SnippetIndexView):
    """The snippet listing, its rows annotated by `with_translation_state`."""

    def get_base_queryset(self):
        return with_translation_state(super().get_base_queryset())


class TranslatableSnippetViewSet(SnippetViewSet):
    """For translatable snippets: the listing answers the translation buttons' questions in its own query."""

    index_view_class = TranslationStateIndexView
    # The admin search of these short name lists filters in the database (icontains on `search_fields`): the
    # search index cannot look in one field on SQLite ("no such column: name", answered as 503) and a part of a
    # word should find a theme or funder anyway.
    search_backend_name = None
