"""Translations of many objects in one query: `.localized` on each object costs one or two queries apiece."""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin


def in_locale(objects, locale_id) -> list:
    """`objects` (translatable snippets or pages of one model) with each replaced by its translation in
    `locale_id` where one exists, in the same order."""
    objects = list(objects)
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale_id}
    if not keys:
        return objects
    model = type(objects[0])
    translations = model.objects.filter(locale_id=locale_id, translation_key__in=keys)
    if issubclass(model, DraftStateMixin):
        translations = translations.filter(live=True)  # like `.localized`: a draft translation is not shown
    here = {obj.translation_key: obj for obj in translations}
    return [obj if obj.locale_id == locale_id else here.get(obj.translation_key, obj) for obj in objects]


def active_language_code() -> str:
    """The content language being shown, for filters like `locale__language_code=...`: a join instead of the
    query `Locale.get_active()` costs."""
    return get_supported_content_language_variant(get_language())
