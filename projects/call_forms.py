"""The admin form of a call: checks across fields and deadline rows that a single field cannot check."""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from projects.timezones import aware_deadline, exists


class CallForProposalsPageForm(WagtailAdminPageForm):
    """At least one deadline, and every deadline exists on the clock and lies after the opening."""

    def clean(self):
        cleaned_data = super().clean()
        opens_at = cleaned_data.get("opens_at")
        # Minimum ≤ maximum grant is checked by CallForProposalsPage.clean, so imports and scripts obey it too.

        formset = self.formsets.get("deadlines")
        if formset is None:
            return cleaned_data
        # The rows are validated after this form by default; validate them now to read their cleaned data.
        formset.is_valid()
        kept = 0
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            local_date, local_time, tz_name = (
                data.get("local_date"),
                data.get("local_time"),
                data.get("timezone"),
            )
            if not (local_date and local_time and tz_name):
                continue
            kept += 1
            if not exists(datetime.combine(local_date, local_time), tz_name):
                form.add_error(
                    "local_time",
                    _("This time does not exist in %(tz)s on that day (the clocks go forward).")
                    % {"tz": tz_name},
                )
                continue
            if opens_at is not None and aware_deadline(local_date, local_time, tz_name) <= opens_at:
                form.add_error("local_date", _("The deadline must be after the opening of the call."))
        if kept == 0 and not any(form.errors for form in formset.forms):
            raise ValidationError(_("Add at least one deadline."))
        return cleaned_data
