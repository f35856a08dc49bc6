"""Which translations are missing, out of date or up to date, for every translatable page and snippet × locale.

The report is computed from a fixed number of queries (pages, locales, wagtail-localize sources, translations and
logs, one per snippet model, one for snippet log entries), whatever the size of the tree: no query per row.

Rules
- The *source* of an object is the instance wagtail-localize extracted strings from (its TranslationSource); an
  object that was never submitted for translation has its default-language instance (else its oldest one) as source.
- **missing**: the object has no instance in the target locale (an alias page counts as missing).
- **out of date**: the source was published (pages) or saved (snippets) after the translation was last synced, or
  the translation still has strings waiting for a translator after a sync. "Synced" is wagtail-localize's
  TranslationSource.last_updated_at (the "Sync translated pages" action re-extracts the source for every enabled
  translation at once); translations made outside wagtail-localize compare the target's last revision instead.
- **up to date**: everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, Max, OuterRef
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, ModelLogEntry, Page, RevisionMixin, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
UP_TO_DATE = "up_to_date"
STATE_CHOICES = [
    (MISSING, _("Missing")),
    (OUT_OF_DATE, _("Out of date")),
    (UP_TO_DATE, _("Up to date")),
]
STATE_LABELS = dict(STATE_CHOICES)
HOME_SECTION = "home"
SNIPPET_SECTION_PREFIX = "snippet:"
# Log actions that mean "this snippet's content was saved".
SAVE_ACTIONS = ["wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.revert"]


@dataclass
class StatusRow:
    """One object in one target locale."""

    kind: str  # "page" or "snippet"
    title: str
    type_name: str
    section_key: str
    section_title: str
    source_locale: Locale
    locale: Locale
    state: str
    source_id: object  # page id or snippet pk of the source instance
    target_id: object | None
    translation_source_id: int | None
    source_changed_at: datetime | None
    synced_at: datetime | None
    target_live: bool | None = None
    app_label: str = ""
    model_name: str = ""

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def source_edit_url(self) -> str:
        return self._edit_url(self.source_id)

    @property
    def target_edit_url(self) -> str:
        return self._edit_url(self.target_id) if self.target_id is not None else ""

    def _edit_url(self, pk) -> str:
        if self.kind == "page":
            return reverse("wagtailadmin_pages:edit", args=[pk])
        return reverse(f"wagtailsnippets_{self.app_label}_{self.model_name}:edit", args=[quote(pk)])

    @property
    def translate_url(self) -> str:
        """wagtail-localize's "Translate" form with this row's locale ticked."""
        if self.kind == "page":
            url = reverse("wagtail_localize:submit_page_translation", args=[self.source_id])
        else:
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[self.app_label, self.model_name, quote(self.source_id)],
            )
        return f"{url}?select_locale={self.locale.language_code}"

    @property
    def sync_url(self) -> str:
        """wagtail-localize's "Sync translated pages/snippets" form, or the translation's editor without a source."""
        if self.translation_source_id:
            return reverse("wagtail_localize:update_translations", args=[self.translation_source_id])
        return self.target_edit_url

    @property
    def action_url(self) -> str:
        if self.state == MISSING:
            return self.translate_url
        if self.state == OUT_OF_DATE:
            return self.sync_url
        return self.target_edit_url

    @property
    def action_label(self):
        if self.state == MISSING:
            return _("Translate")
        if self.state == OUT_OF_DATE:
            return _("Sync") if self.translation_source_id else _("Edit translation")
        return _("Edit translation")


@dataclass
class _Member:
    """One language version of a translatable object, as far as the report needs it."""

    pk: object
    locale_id: int
    title: str
    changed_at: datetime | None  # pages: last published; snippets: last saved
    revised_at: datetime | None  # last edit of any kind (used for translations made outside wagtail-localize)
    live: bool = True
    is_alias: bool = False
    path: str = ""
    depth: int = 0
    content_type_id: int | None = None
    instance: object = None


def _latest(*values):
    values = [value for value in values if value is not None]
    return max(values) if values else None


class TranslationStatus:
    """Builds every StatusRow. Instantiate once per request; `rows()` and `counts()` share the queries."""

    def __init__(self):
        self.locales = {locale.pk: locale for locale in Locale.objects.all()}
        self.default_locale_id = next(
            (pk for pk, locale in self.locales.items() if locale.language_code == settings.LANGUAGE_CODE),
            None,
        )
        self._rows = None

    # Public ----------------------------------------------------------------------------------------------------
    def rows(self) -> list[StatusRow]:
        if self._rows is None:
            self._load_localize()
            self._rows = self._page_rows() + self._snippet_rows()
        return self._rows

    def counts(self) -> dict[str, int]:
        counts = {state: 0 for state, _label in STATE_CHOICES}
        for row in self.rows():
            counts[row.state] += 1
        return counts

    def section_choices(self) -> list[tuple[str, str]]:
        """Top-level sections under the default home page, then one entry per translatable snippet type."""
        choices = [(HOME_SECTION, str(_("Home page")))]
        sections = Page.objects.filter(depth=3, locale_id=self.default_locale_id).order_by("path")
        choices += [(str(key), title) for key, title in sections.values_list("translation_key", "title")]
        choices += [
            (f"{SNIPPET_SECTION_PREFIX}{model._meta.label_lower}", capfirst(model._meta.verbose_name_plural))
            for model in translatable_snippet_models()
        ]
        return choices

    # wagtail-localize state ------------------------------------------------------------------------------------
    def _load_localize(self):
        self.sources = {}  # (translation_key, locale_id) -> (source id, last_updated_at)
        for pk, key, locale_id, updated in TranslationSource.objects.values_list(
            "pk", "object_id", "locale_id", "last_updated_at"
        ):
            self.sources[(key, locale_id)] = (pk, updated)
        waiting = Exists(
            StringSegment.objects.filter(source_id=OuterRef("source_id"))
            .annotate(
                _target_locale_id=OuterRef("target_locale_id"),
                is_translated=Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=OuterRef("_target_locale_id"),
                        has_error=False,
                    )
                ),
            )
            .filter(is_translated=False)
        )
        self.translations = {}  # (source id, target locale id) -> (enabled, waiting for strings)
        for source_id, locale_id, enabled, is_waiting in Translation.objects.annotate(
            waiting=waiting
        ).values_list("source_id", "target_locale_id", "enabled", "waiting"):
            self.translations[(source_id, locale_id)] = (enabled, is_waiting)
        self.logged = {
            (source_id, locale_id)
            for source_id, locale_id in TranslationLog.objects.values_list(
                "source_id", "locale_id"
            ).distinct()
        }

    # Pages -----------------------------------------------------------------------------------------------------
    def _page_rows(self) -> list[StatusRow]:
        groups: dict[object, dict[int, _Member]] = {}
        by_path = {}
        fields = (
            "pk",
            "translation_key",
            "locale_id",
            "title",
            "last_published_at",
            "latest_revision_created_at",
            "live",
            "alias_of_id",
            "path",
            "depth",
            "content_type_id",
        )
        for pk, key, locale_id, title, published, revised, live, alias_of, path, depth, ct in (
            Page.objects.filter(depth__gte=2).order_by("path").values_list(*fields)
        ):
            member = _Member(
                pk,
                locale_id,
                title,
                published,
                _latest(revised, published),
                live,
                alias_of is not None,
                path,
                depth,
                ct,
            )
            groups.setdefault(key, {})[locale_id] = member
            by_path[path] = (key, title)
        steplen = Page.steplen
        rows = []
        for key, members in groups.items():
            source = self._source_member(key, members)
            if source.is_alias:
                continue
            if source.depth == 2:
                section_key, section_title = HOME_SECTION, str(_("Home page"))
            else:
                section_key, section_title = by_path.get(source.path[: steplen * 3], (None, ""))
                section_key = str(section_key)
            model = ContentType.objects.get_for_id(source.content_type_id).model_class()
            if getattr(model, "source_language_only", False):
                continue  # e.g. Leichte Sprache and DGS pages exist in German only, by nature
            type_name = capfirst(model._meta.verbose_name) if model else ""
            rows += self._rows_for(
                "page",
                key,
                source,
                members,
                type_name,
                section_key,
                section_title,
                app_label="",
                model_name="",
            )
        return rows

    def _source_member(self, key, members: dict[int, _Member]) -> _Member:
        source_locales = [locale_id for (k, locale_id) in self._source_keys_for(key) if locale_id in members]
        if self.default_locale_id in source_locales or (
            not source_locales and self.default_locale_id in members
        ):
            return members[self.default_locale_id]
        if source_locales:
            return members[source_locales[0]]
        return min(members.values(), key=lambda member: str(member.pk))

    def _source_keys_for(self, key):
        return [(key, locale_id) for locale_id in self.locales if (key, locale_id) in self.sources]

    def _rows_for(
        self, kind, key, source, members, type_name, section_key, section_title, app_label, model_name
    ):
        translation_source = self.sources.get((key, source.locale_id))
        rows = []
        for locale_id, locale in self.locales.items():
            if locale_id == source.locale_id:
                continue
            target = members.get(locale_id)
            state, synced_at = self._state(source, target, translation_source, locale_id)
            rows.append(
                StatusRow(
                    kind=kind,
                    title=source.title,
                    type_name=type_name,
                    section_key=section_key,
                    section_title=section_title,
                    source_locale=self.locales[source.locale_id],
                    locale=locale,
                    state=state,
                    source_id=source.pk,
                    target_id=target.pk if target and not target.is_alias else None,
                    translation_source_id=translation_source[0] if translation_source else None,
                    source_changed_at=source.changed_at,
                    synced_at=synced_at,
                    target_live=target.live if target and kind == "page" else None,
                    app_label=app_label,
                    model_name=model_name,
                )
            )
        return rows

    def _state(self, source: _Member, target: _Member | None, translation_source, locale_id):
        if target is None or target.is_alias:
            return MISSING, None
        translation = (
            self.translations.get((translation_source[0], locale_id)) if translation_source else None
        )
        if translation and translation[0] and (translation_source[0], locale_id) in self.logged:
            synced_at = translation_source[1]
            if translation[1]:  # synced, but new strings wait for the translator
                return OUT_OF_DATE, synced_at
            if source.instance is not None and _content_changed(source.instance, translation_source[0], self):
                return OUT_OF_DATE, synced_at
        else:
            # Made (or taken over) outside wagtail-localize: the translation's own last edit is its sync.
            synced_at = target.revised_at
        if source.changed_at and (synced_at is None or source.changed_at > synced_at):
            return OUT_OF_DATE, synced_at
        return UP_TO_DATE, synced_at

    # Snippets --------------------------------------------------------------------------------------------------
    def _snippet_rows(self) -> list[StatusRow]:
        models = translatable_snippet_models()
        if not models:
            return []
        content_types = ContentType.objects.get_for_models(*models)
        saved = {
            (ct_id, object_id): timestamp
            for ct_id, object_id, timestamp in ModelLogEntry.objects.filter(
                content_type_id__in=[ct.pk for ct in content_types.values()], action__in=SAVE_ACTIONS
            )
            .values("content_type_id", "object_id")
            .annotate(last=Max("timestamp"))
            .values_list("content_type_id", "object_id", "last")
        }
        self._source_json = dict(
            TranslationSource.objects.filter(
                specific_content_type_id__in=[ct.pk for ct in content_types.values()]
            ).values_list("pk", "content_json")
        )
        rows = []
        for model in models:
            content_type = content_types[model]
            queryset = model._default_manager.all()
            if issubclass(model, RevisionMixin):
                queryset = queryset.select_related("latest_revision")
            groups: dict[object, dict[int, _Member]] = {}
            for instance in queryset:
                revised = (
                    instance.latest_revision.created_at
                    if getattr(instance, "latest_revision", None)
                    else None
                )
                changed = _latest(revised, saved.get((content_type.pk, str(instance.pk))))
                member = _Member(instance.pk, instance.locale_id, str(instance), changed, changed)
                member.live = getattr(instance, "live", True)
                # Content comparison needs no query only for models without child relations.
                member.instance = None if isinstance(instance, ClusterableModel) else instance
                groups.setdefault(instance.translation_key, {})[instance.locale_id] = member
            section_key = f"{SNIPPET_SECTION_PREFIX}{model._meta.label_lower}"
            section_title = capfirst(model._meta.verbose_name_plural)
            for key, members in groups.items():
                source = self._source_member(key, members)
                rows += self._rows_for(
                    "snippet",
                    key,
                    source,
                    members,
                    capfirst(model._meta.verbose_name),
                    section_key,
                    section_title,
                    app_label=model._meta.app_label,
                    model_name=model._meta.model_name,
                )
        return rows


def _content_changed(instance, translation_source_id, status: TranslationStatus) -> bool:
    """True if a snippet was saved with new content since wagtail-localize last extracted it (no log needed)."""
    stored = getattr(status, "_source_json", {}).get(translation_source_id)
    if stored is None:
        return False
    current = json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))
    return current != json.loads(stored)


def translatable_snippet_models() -> list[type]:
    """Every registered snippet model that wagtail-localize can translate, in a stable order."""
    models = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    return sorted(models, key=lambda model: model._meta.label_lower)


def filter_rows(rows, state=None, section=None, locale=None) -> list[StatusRow]:
    """The rows matching every given filter (None or "" means no filter)."""
    return [
        row
        for row in rows
        if (not state or row.state == state)
        and (not section or row.section_key == section)
        and (not locale or row.locale.language_code == locale)
    ]
