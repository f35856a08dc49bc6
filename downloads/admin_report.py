"""The download report in the admin (wagtail-modeladmin): downloads per material and file per month, sortable,
filterable by a range of months, exportable as CSV. Read-only: nobody creates or edits counters by hand."""

import datetime

from django.conf import settings
from django.contrib.admin import ListFilter
from django.db.models import OuterRef, Subquery
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from downloads.models import MaterialFile, MonthlyDownloadCount


def parse_month(value) -> datetime.date | None:
    """'2026-11' (what <input type="month"> sends) or '2026-11-05' → 1 November 2026; anything else → None."""
    if isinstance(value, list):
        value = value[-1] if value else ""
    try:
        parts = [int(part) for part in str(value).strip().split("-")[:2]]
        return datetime.date(parts[0], parts[1], 1)
    except (ValueError, IndexError):
        return None


class MonthRangeFilter(ListFilter):
    """From month … to month (both included). Invalid months are ignored, so an edited URL never breaks the page."""

    title = _("months")
    template = "downloads/admin/month_range_filter.html"
    parameters = ("from", "to")

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        for name in self.parameters:
            if name in params:
                self.used_parameters[name] = params.pop(name)
        self.start = parse_month(self.used_parameters.get("from"))
        self.end = parse_month(self.used_parameters.get("to"))
        # Hidden fields keep ordering and search when the range changes.
        self.other_params = [
            (key, value)
            for key, values in request.GET.lists()
            if key not in (*self.parameters, "p", "export")
            for value in values
        ]

    def has_output(self):
        return True

    def expected_parameters(self):
        return list(self.parameters)

    def choices(self, changelist):
        return []

    def queryset(self, request, queryset):
        if self.start:
            queryset = queryset.filter(month__gte=self.start)
        if self.end:
            queryset = queryset.filter(month__lte=self.end)
        return queryset

    @property
    def start_value(self):
        return self.start.strftime("%Y-%m") if self.start else ""

    @property
    def end_value(self):
        return self.end.strftime("%Y-%m") if self.end else ""


class ReadOnlyPermissionHelper(PermissionHelper):
    """Anyone who may view the statistics sees the report; counters are never created, edited or deleted here."""

    def user_can_list(self, user):
        return user.is_active and (user.is_superuser or user.has_perm("downloads.view_monthlydownloadcount"))

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class DownloadReportAdmin(ModelAdmin):
    model = MonthlyDownloadCount
    menu_label = _("Downloads")
    menu_icon = "download"
    add_to_admin_menu = False  # listed under Reports (see wagtail_hooks)
    permission_helper_class = ReadOnlyPermissionHelper
    inspect_view_enabled = False
    index_template_name = "downloads/admin/report_index.html"
    list_display = ["month_label", "material_title", "file_title", "file_language", "count"]
    list_filter = [MonthRangeFilter]
    search_fields = ["material__title", "document__title"]
    list_select_related = ["material", "document"]
    list_per_page = 50
    ordering = ["-month", "-count"]
    list_export = ["month_iso", "material_title", "material_language", "file_title", "file_name", "count"]
    export_headings = {
        "month_iso": _("Month"),
        "material_title": _("Material"),
        "material_language": _("Language of the page"),
        "file_title": _("File"),
        "file_name": _("File name"),
        "count": _("Downloads"),
    }
    export_filename = "downloads-per-month"

    def get_queryset(self, request):
        # The file's language lives on the material's file row: one subquery instead of a query per row.
        language = MaterialFile.objects.filter(
            page_id=OuterRef("material_id"), document_id=OuterRef("document_id")
        ).values("language")[:1]
        return (
            super()
            .get_queryset(request)
            .select_related("material__locale", "document")
            .annotate(file_language_code=Subquery(language))
        )

    def month_label(self, obj):
        return date_format(obj.month, "YEAR_MONTH_FORMAT")

    month_label.short_description = _("Month")
    month_label.admin_order_field = "month"

    def month_iso(self, obj):
        return obj.month.strftime("%Y-%m")

    def material_title(self, obj):
        return f"{obj.material.title} ({obj.material.locale.language_code.upper()})"

    material_title.short_description = _("Material")
    material_title.admin_order_field = "material__title"

    def material_language(self, obj):
        return obj.material.locale.language_code

    def file_title(self, obj):
        return obj.document.title

    file_title.short_description = _("File")
    file_title.admin_order_field = "document__title"

    def file_name(self, obj):
        return obj.document.filename

    def file_language(self, obj):
        code = obj.file_language_code
        return settings.LANGUAGE_LABELS.get(code, code or "–")

    file_language.short_description = _("Language of the file")
    file_language.admin_order_field = "file_language_code"
