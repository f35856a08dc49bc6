"""Every page type, snippet and inline row of this project is translatable (checked generically, so page types and
snippets other features add are covered too)."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from modelcluster.fields import ParentalKey
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models


def _project_models():
    base = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        if base in Path(config.path).resolve().parents and ".venv" not in Path(config.path).parts:
            yield from config.get_models()


def test_project_apps_are_found():
    labels = {model._meta.app_label for model in _project_models()}
    assert "home" in labels


# Not content: what readers send us (accessibility feedback) is kept as received, in the reader's language.
NOT_CONTENT = {"home.AccessibilityFeedback"}


def test_every_snippet_is_translatable():
    project = set(_project_models())
    untranslatable = [
        m._meta.label
        for m in get_snippet_models()
        if m in project and not issubclass(m, TranslatableMixin) and m._meta.label not in NOT_CONTENT
    ]
    assert not untranslatable


def test_every_inline_row_is_translatable():
    problems = []
    for model in _project_models():
        for field in model._meta.get_fields():
            is_inline_row = isinstance(field, ParentalKey) and issubclass(
                field.related_model, (Page, TranslatableMixin)
            )
            # Tags (taggit through rows) are language-neutral keywords, the same on every translation.
            is_tag_row = field.name == "content_object" and model._meta.model_name.endswith("tag")
            if is_inline_row and not is_tag_row and not issubclass(model, TranslatableMixin):
                problems.append(f"{model._meta.label}.{field.name}")
    assert not problems, f"inline rows without TranslatableMixin: {problems}"


def test_every_page_type_in_the_tree_is_in_the_status_report(demo):
    from django.utils.text import capfirst

    from home.translations.status import TranslationStatus

    # The report reads the base Page table: page types added by other features need no registration.
    in_tree = {
        capfirst(page.specific_class._meta.verbose_name)
        for page in Page.objects.filter(depth__gte=2, locale__language_code="de")
        if not getattr(page.specific_class, "source_language_only", False)  # German-only by nature
    }
    in_report = {row.type_name for row in TranslationStatus().rows() if row.kind == "page"}
    assert in_tree == in_report
