"""Bulk PO files for a translation agency: every missing or out-of-date string for one language in one ZIP.

Export: one PO file per wagtail-localize Translation (its X-WagtailLocalize-TranslationID header says which), holding
only the strings that still need a translation. Objects that were never submitted for translation are submitted
(a TranslationSource and a Translation are created, the target is not); out-of-date sources are re-extracted first
(the same as wagtail-localize's "Sync" without publishing). Translations made outside wagtail-localize are skipped:
taking them over would replace their editor.

Import: each file goes through Translation.import_po, then the target is saved as a draft — never published. A live
translated page keeps serving its published content until an editor (or the workflow) publishes the new revision.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

import polib
from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

from .status import MISSING, OUT_OF_DATE, TranslationStatus

TOOL_NAME = "Bulk PO"
MAX_FILES = 5000
MAX_FILE_BYTES = 5 * 1024 * 1024


class BulkPOError(Exception):
    """The upload is not a ZIP of PO files this site can use."""


@dataclass
class ImportResult:
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def default_language() -> str:
    return settings.LANGUAGE_CODE


def _source_instance(row):
    if row.kind == "page":
        return Page.objects.get(pk=row.source_id).specific
    from django.apps import apps

    return apps.get_model(row.app_label, row.model_name)._default_manager.get(pk=row.source_id)


def translations_needing_work(locale: Locale, skipped: list[str] | None = None) -> list[Translation]:
    """The Translation of every missing or out-of-date page and snippet in `locale`, creating sources as needed."""
    rows = [
        row
        for row in TranslationStatus().rows()
        if row.locale.pk == locale.pk and row.state in (MISSING, OUT_OF_DATE)
    ]
    translations = []
    for row in rows:
        if row.state == OUT_OF_DATE and not row.translation_source_id:
            if skipped is not None:
                skipped.append(
                    _("%(title)s: translated outside wagtail-localize, edit it directly")
                    % {"title": row.title}
                )
            continue
        with transaction.atomic():
            instance = _source_instance(row)
            source, created = TranslationSource.get_or_create_from_instance(instance)
            if not created and row.state == OUT_OF_DATE:
                source.update_from_db()
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            if not translation.enabled:
                if skipped is not None:
                    skipped.append(
                        _("%(title)s: translation was converted to manual editing") % {"title": row.title}
                    )
                continue
        translations.append(translation)
    return translations


def po_for(translation: Translation) -> polib.POFile:
    """The translation's PO file reduced to the strings without a translation (no obsolete entries)."""
    full = translation.export_po()
    po = polib.POFile(wrapwidth=200)
    po.metadata = dict(full.metadata)
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Gemeinsam-Object"] = translation.source.object_repr
    for entry in full:
        if not entry.obsolete and not entry.msgstr:
            po.append(entry)
    return po


def export_zip(locale: Locale, fileobj, skipped: list[str] | None = None) -> int:
    """Writes the ZIP for `locale` to `fileobj`; returns the number of PO files in it."""
    count = 0
    with zipfile.ZipFile(fileobj, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for translation in translations_needing_work(locale, skipped):
            po = po_for(translation)
            if not len(po):
                continue
            kind = (
                "page"
                if issubclass(translation.source.specific_content_type.model_class(), Page)
                else "snippet"
            )
            name = f"{kind}-{slugify(translation.source.object_repr)[:50] or 'object'}-{translation.uuid}.po"
            archive.writestr(name, po.__unicode__())
            count += 1
    return count


_UUID = re.compile(r"^[0-9a-f-]{36}$")


def import_zip(fileobj, user=None) -> ImportResult:
    """Imports every PO file in the ZIP and saves each touched translation as a draft."""
    result = ImportResult()
    try:
        archive = zipfile.ZipFile(fileobj)
    except zipfile.BadZipFile as error:
        raise BulkPOError(_("This is not a ZIP file.")) from error
    with archive:
        names = [info for info in archive.infolist() if info.filename.endswith(".po") and not info.is_dir()]
        if not names:
            raise BulkPOError(_("The ZIP file contains no PO files."))
        if len(names) > MAX_FILES:
            raise BulkPOError(_("The ZIP file contains too many files."))
        for info in names:
            if info.file_size > MAX_FILE_BYTES:
                result.skipped.append(_("%(name)s: file too large") % {"name": info.filename})
                continue
            try:
                po = polib.pofile(archive.read(info).decode("utf-8"))
            except (OSError, UnicodeDecodeError, ValueError):
                result.skipped.append(_("%(name)s: not a readable PO file") % {"name": info.filename})
                continue
            translation_id = po.metadata.get("X-WagtailLocalize-TranslationID", "")
            translation = (
                Translation.objects.filter(uuid=translation_id, enabled=True).select_related("source").first()
                if _UUID.match(translation_id)
                else None
            )
            if translation is None:
                result.skipped.append(_("%(name)s: unknown translation") % {"name": info.filename})
                continue
            with transaction.atomic():
                translation.import_po(po, user=user, tool_name=TOOL_NAME)
                save_draft(translation, user=user)
            result.updated.append(translation.source.object_repr)
    return result


def save_draft(translation: Translation, user=None):
    """Saves the translation's target with the current strings without publishing anything.

    wagtail-localize's save_target(publish=False) also writes the new content into the live row of an existing page,
    which changes what visitors see; for live targets we save a revision of the translated instance instead.
    Snippets without draft support have no unpublished state and are saved directly.
    """
    source = translation.source
    locale = translation.target_locale
    try:
        target = source.get_translated_instance(locale)
    except Exception:  # noqa: BLE001 - any "does not exist" of the concrete model
        target = None
    if target is not None and isinstance(target, DraftStateMixin) and target.live:
        instance = source.get_ephemeral_translated_instance(locale, fallback=True)
        revision = instance.save_revision(user=user)
        TranslationLog.objects.create(source=source, locale=locale, revision=revision)
        return instance
    if isinstance(source.as_instance(), DraftStateMixin):
        translation.save_target(user=user, publish=False)
    else:
        translation.save_target(user=user, publish=True)
    return source.get_translated_instance(locale)
