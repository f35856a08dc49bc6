"""Admin views: the translation status report and the bulk PO download/upload for a translation agency."""

import io

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from . import bulk_po
from .status import STATE_CHOICES, UP_TO_DATE, TranslationStatus, filter_rows


def _locale_choices():
    return [
        (locale.language_code, locale.get_display_name())
        for locale in Locale.objects.order_by("language_code")
    ]


def _section_choices():
    return TranslationStatus().section_choices()


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters rendered by Wagtail's listing UI; the filtering itself runs on the computed rows (see the view)."""

    state = django_filters.ChoiceFilter(label=_("State"), choices=STATE_CHOICES, empty_label=_("All"))
    section = django_filters.ChoiceFilter(label=_("Section"), choices=_section_choices, empty_label=_("All"))
    locale = django_filters.ChoiceFilter(label=_("Language"), choices=_locale_choices, empty_label=_("All"))

    class Meta:
        model = TranslationSource  # only to satisfy django-filter; rows are not a queryset
        fields = []


class ActionColumn(Column):
    cell_template_name = "home/translations/action_cell.html"


class TranslationStatusReportView(ReportView):
    """Every translatable page and snippet × locale with its state and a link to translate, sync or edit."""

    page_title = _("Translation status")
    header_icon = "site"
    index_url_name = "gemeinsam_translations:status"
    index_results_url_name = "gemeinsam_translations:status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    results_template_name = "home/translations/status_results.html"
    list_export = [
        "title",
        "type_name",
        "section_title",
        "source_locale.language_code",
        "locale.language_code",
        "state",
        "source_changed_at",
        "synced_at",
    ]
    export_headings = {
        "title": _("Title"),
        "type_name": _("Type"),
        "section_title": _("Section"),
        "source_locale.language_code": _("Source language"),
        "locale.language_code": _("Language"),
        "state": _("State"),
        "source_changed_at": _("Source changed"),
        "synced_at": _("Last synced"),
    }
    export_filename = "translation-status"
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda row: row.source_edit_url, width="22%"),
        Column("type_name", label=_("Type")),
        Column("section_title", label=_("Section")),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        StatusTagColumn("state_label", label=_("State"), primary=lambda row: row.state != UP_TO_DATE),
        DateColumn("source_changed_at", label=_("Source changed")),
        DateColumn("synced_at", label=_("Last synced")),
        ActionColumn("action", label=_("Action")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def status(self):
        return TranslationStatus()

    def get_queryset(self):
        return self.filter_queryset(self.status.rows())

    def get_filtered_queryset(self):
        return self.get_queryset()

    def filter_queryset(self, rows):
        if self.filters and self.filters.is_valid():
            data = self.filters.form.cleaned_data
            rows = filter_rows(rows, data.get("state"), data.get("section"), data.get("locale"))
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["counts"] = [(state, label, self.status.counts()[state]) for state, label in STATE_CHOICES]
        context["bulk_po_url"] = reverse("gemeinsam_translations:bulk_po")
        return context


class BulkImportForm(forms.Form):
    file = forms.FileField(
        label=_("ZIP of PO files"), help_text=_("As downloaded here, with the msgstr filled in.")
    )


class BulkExportForm(forms.Form):
    locale = forms.ChoiceField(label=_("Language"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [
            (locale.language_code, locale.get_display_name())
            for locale in Locale.objects.exclude(language_code=bulk_po.default_language()).order_by(
                "language_code"
            )
        ]


def bulk_po_view(request):
    """GET: the forms. POST with `locale`: download the ZIP. POST with a file: import it (translations become drafts)."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    export_form = BulkExportForm(request.GET or None)
    import_form = BulkImportForm()
    if request.method == "POST" and "file" in request.FILES:
        import_form = BulkImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            try:
                result = bulk_po.import_zip(import_form.cleaned_data["file"], user=request.user)
            except bulk_po.BulkPOError as error:
                import_form.add_error("file", str(error))
            else:
                messages.success(
                    request,
                    _("%(count)s translations updated as drafts; %(skipped)s files skipped.")
                    % {"count": len(result.updated), "skipped": len(result.skipped)},
                )
                for problem in result.skipped:
                    messages.warning(request, problem)
                return redirect("gemeinsam_translations:bulk_po")
    elif request.method == "POST":
        export_form = BulkExportForm(request.POST)
        if export_form.is_valid():
            code = export_form.cleaned_data["locale"]
            buffer = io.BytesIO()
            count = bulk_po.export_zip(Locale.objects.get(language_code=code), buffer)
            if not count:
                messages.info(
                    request, _("Nothing to translate: every translation into this language is up to date.")
                )
                return redirect("gemeinsam_translations:bulk_po")
            response = HttpResponse(buffer.getvalue(), content_type="application/zip")
            stamp = timezone.now().strftime("%Y%m%d-%H%M")
            response["Content-Disposition"] = f'attachment; filename="translations-{code}-{stamp}.zip"'
            return response
    return TemplateResponse(
        request,
        "home/translations/bulk_po.html",
        {
            "export_form": export_form,
            "import_form": import_form,
            "page_title": _("Bulk translation files"),
            "header_icon": "download",
        },
    )
