"""Admin hooks for the editorial workflow (imported by home.wagtail_hooks): dashboard panels and the guard that
keeps translators out of default-language snippets, and the way to send a translation for review."""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail import hooks
from wagtail.models import TranslatableMixin

from home.editorial import panels, roles, translation_review
from home.translations.listing_buttons import is_explorer_listing


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panel_list):
    panel_list.extend([panels.MyDraftsPanel(), panels.UpcomingScheduledPanel(), panels.CallDeadlinesPanel()])


def _guard_source_language_snippet(request, instance):
    # Wagtail's snippet permissions are per model, not per locale: translators may change translatable snippets,
    # but only their translations, never the default-language originals.
    if (
        isinstance(instance, TranslatableMixin)
        and instance.locale_id == roles.default_locale_id()
        and roles.is_translator_only(request.user)
    ):
        raise PermissionDenied


@hooks.register("before_edit_snippet")
def guard_edit_snippet(request, instance):
    _guard_source_language_snippet(request, instance)


@hooks.register("before_delete_snippet")
def guard_delete_snippet(request, instances):
    for instance in instances:
        _guard_source_language_snippet(request, instance)


@hooks.register("register_admin_urls")
def editorial_admin_urls():
    return [
        path(
            "editorial/translations/<int:page_id>/submit/",
            translation_review.submit_translation_for_review,
            name="editorial_submit_translation",
        )
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_translation_button(page, user, next_url=None):
    yield from translation_review.listing_buttons(page, user, next_url)


@hooks.register("construct_explorer_page_queryset")
def annotate_review_state(parent_page, pages, request):
    # For editors and translators the button's checks would otherwise cost five queries per row.
    return translation_review.with_review_state(pages) if is_explorer_listing(request) else pages
