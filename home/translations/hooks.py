"""Admin hooks for translation management (imported by home.wagtail_hooks): the status report and its dashboard
panel, the bulk PO page, the "lang" rich text feature and (in listing_buttons) wagtail-localize's listing buttons
without per-row queries."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import (
    listing_buttons,  # noqa: F401  (registers its hooks on import)
    rich_text,
    views,
)
from .status import STATE_CHOICES, TranslationStatus


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", views.TranslationStatusReportView.as_view(), name="status"),
        path("results/", views.TranslationStatusReportView.as_view(results_only=True), name="status_results"),
        path("po/", views.bulk_po_view, name="bulk_po"),
    ]
    return [
        path(
            "translation-status/",
            include((urls, "gemeinsam_translations"), namespace="gemeinsam_translations"),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_status_report_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("gemeinsam_translations:status"),
        name="translation-status",
        icon_name="site",
        order=650,
    )


class TranslationStatusPanel(Component):
    """Dashboard counts of missing, out-of-date and up-to-date translations, linked to the filtered report."""

    name = "translation_status"
    template_name = "home/translations/dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        counts = TranslationStatus().counts()
        return {
            "counts": [(state, label, counts[state]) for state, label in STATE_CHOICES],
            "report_url": reverse("gemeinsam_translations:status"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if request.user.has_perm("wagtail_localize.submit_translation"):
        panels.append(TranslationStatusPanel())


@hooks.register("register_rich_text_features")
def register_lang_feature(features):
    rich_text.register(features)
