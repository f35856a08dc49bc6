"""The workflow covers every locale tree, including trees of locales added later, and translators may edit every
tree except the default language's."""

from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowContentType
from wagtail.snippets.models import get_workflow_enabled_models

from home.editorial.roles import TRANSLATORS, WORKFLOW_NAME

WITH_FRENCH = {
    "LANGUAGES": [("de", "Deutsch"), ("en", "English"), ("fr", "Français")],
    "WAGTAIL_CONTENT_LANGUAGES": [("de", "Deutsch"), ("en", "English"), ("fr", "Français")],
}


def translator_codenames(page):
    return set(
        GroupPagePermission.objects.filter(group__name=TRANSLATORS, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_every_locale_home_page_has_the_workflow(demo):
    homes = Page.objects.filter(depth=2)
    assert {home.locale.language_code for home in homes} >= {"de", "en"}
    for home in homes:
        assert home.workflowpage.workflow.name == WORKFLOW_NAME


def test_pages_in_both_trees_inherit_the_workflow(demo):
    assert demo.page("de", "/aktuelles/").get_workflow().name == WORKFLOW_NAME
    assert demo.page("en", "/news/").get_workflow().name == WORKFLOW_NAME


def test_translators_may_edit_the_english_tree_only(demo):
    assert translator_codenames(demo.home("en")) == {"add_page", "change_page"}
    assert translator_codenames(demo.home("de")) == set()


@override_settings(**WITH_FRENCH)
def test_a_new_locale_tree_gets_the_workflow_and_translators(demo, django_user_model):
    from wagtail_localize.operations import TranslationCreator

    french = Locale.objects.create(language_code="fr")
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "x" * 16)
    TranslationCreator(admin, [french]).create_translations(demo.home("de"))
    french_home = demo.home("de").get_translation(french)
    assert french_home.depth == 2
    assert french_home.workflowpage.workflow.name == WORKFLOW_NAME
    assert translator_codenames(french_home) == {"add_page", "change_page"}
    assert Group.objects.get(name=TRANSLATORS).page_permissions.filter(page=demo.home("de")).count() == 0


def test_snippets_with_moderation_get_the_workflow(db):
    for model in get_workflow_enabled_models():
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == WORKFLOW_NAME
