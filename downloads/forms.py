"""Forms of the downloads app: the checked document upload form and the material index filters."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from downloads.filetypes import ALLOWED_EXTENSIONS, content_matches, extension_of, file_type_for
from downloads.models.material import MATERIAL_TYPES, TARGET_GROUPS
from home.formatting import format_size
from home.links import linked_to


def max_upload_size() -> int:
    return getattr(settings, "DOWNLOADS_MAX_UPLOAD_SIZE", 20 * 1000 * 1000)


def validate_document_upload(uploaded) -> None:
    """Refuse files of a type we do not offer, over the size limit, or whose content is not what the name says."""
    name = getattr(uploaded, "name", "") or ""
    file_type = file_type_for(name)
    if file_type is None:
        raise ValidationError(
            _("Files of type “%(extension)s” cannot be uploaded. Allowed types: %(allowed)s."),
            code="file_type",
            params={
                "extension": extension_of(name) or "?",
                "allowed": ", ".join(extension.upper() for extension in ALLOWED_EXTENSIONS),
            },
        )
    limit = max_upload_size()
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(limit)s."),
            code="file_size",
            params={"size": format_size(uploaded.size), "limit": format_size(limit)},
        )
    if not content_matches(file_type.extension, uploaded):
        raise ValidationError(
            _(
                "This file is called “%(name)s” but its content is not a %(label)s file. "
                "Please upload the original file or save it again as %(label)s."
            ),
            code="file_content",
            params={"name": name, "label": file_type.label},
        )


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE) with type, size and content checks on upload."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a newly uploaded file needs checking; editing a document's title keeps the stored file.
        if uploaded and "file" in self.changed_data:
            validate_document_upload(uploaded)
        return uploaded


class MaterialFilterForm(forms.Form):
    """The filters of the material index. Invalid values are ignored rather than reported: they come from
    edited or outdated links, not from a person filling in a form."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    language = forms.ChoiceField(label=_("Language of the file"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, data=None, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        from downloads.models import MaterialTopic

        any_choice = [("", _("All"))]
        self.fields["topic"].choices = any_choice + list(
            MaterialTopic.objects.filter(locale=locale).values_list("slug", "name")
        )
        self.fields["type"].choices = any_choice + MATERIAL_TYPES
        self.fields["language"].choices = any_choice + [
            (code, settings.LANGUAGE_LABELS.get(code, name)) for code, name in settings.LANGUAGES
        ]
        self.fields["target_group"].choices = any_choice + TARGET_GROUPS

    def valid_values(self) -> dict[str, str]:
        """The filter values that are valid choices (each field on its own), empty ones left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def filter(self, materials):
        """Topic and file language filter by `pk IN (…)` over the related rows, so a material with two matching
        rows is listed once without a DISTINCT over every column (make bench: count and page 6-7 ms each)."""
        values = self.valid_values()
        if "topic" in values:
            # Translations share the German page's topics, so filter by slug, which is the same in every language.
            materials = linked_to(materials, "topics", slug=values["topic"])
        if "type" in values:
            materials = materials.filter(material_type=values["type"])
        if "language" in values:
            materials = linked_to(materials, "files", language=values["language"])
        if "target_group" in values:
            materials = materials.filter(target_group=values["target_group"])
        return materials

    @property
    def is_filtered(self) -> bool:
        return bool(self.valid_values())
