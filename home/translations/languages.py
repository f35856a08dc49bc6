"""Adding a content language: the Locale plus wagtail-localize translations of the whole site tree and snippets.

Used by `manage.py add_content_language`. Translations start from the source text (untranslated strings fall back to
it) and are drafts unless `publish` is set; run it again at any time: existing translations are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.coreutils import get_content_languages
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from .status import translatable_snippet_models


@dataclass
class AddLanguageResult:
    locale: Locale
    locale_created: bool
    pages: list[str] = field(default_factory=list)
    snippets: list[str] = field(default_factory=list)
    skipped: int = 0


def _translate(instance, locale: Locale, publish: bool, user=None):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # Snippets without draft support cannot be saved unpublished.
    translation.save_target(user=user, publish=publish or not isinstance(instance, DraftStateMixin))


def add_content_language(language_code: str, publish: bool = False, include_snippets: bool = True, user=None):
    """Creates the Locale for `language_code` and translates every page of the default site and every snippet."""
    if language_code not in get_content_languages():
        raise ImproperlyConfigured(
            f"Add {language_code!r} to LANGUAGES and WAGTAIL_CONTENT_LANGUAGES in the settings first "
            f"(currently: {', '.join(get_content_languages())})."
        )
    locale, locale_created = Locale.objects.get_or_create(language_code=language_code)
    result = AddLanguageResult(locale, locale_created)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return result
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = site.root_page.get_translation_or_none(default_locale) or site.root_page
    # Parents first (ordered by path), so every page is created under its translated parent.
    for page in (
        Page.objects.descendant_of(home, inclusive=True).filter(alias_of__isnull=True).order_by("path")
    ):
        if page.has_translation(locale):
            result.skipped += 1
            continue
        with transaction.atomic():
            _translate(page.specific, locale, publish=publish and page.live, user=user)
        result.pages.append(page.url_path)
    if include_snippets:
        for model in translatable_snippet_models():
            for instance in model._default_manager.filter(locale=default_locale):
                if instance.has_translation(locale):
                    result.skipped += 1
                    continue
                with transaction.atomic():
                    _translate(instance, locale, publish=publish, user=user)
                result.snippets.append(f"{model._meta.label}: {instance}")
    return result
