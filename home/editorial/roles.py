"""The editorial roles and the moderation workflow, and the code that keeps them attached to the content.

The groups and the workflow are created by the data migration `home/migrations/0002_editorial_roles_and_workflow`.
What the migration cannot know happens here, at run time:

- every locale's home page (created after the migrations by `load_demo_content`, by wagtail-localize when a tree is
  translated, or by an editor for a new locale) gets the workflow, and the translators get edit rights on every tree
  that is not in the default language (`attach_locale_tree`, called from a post_save signal);
- every snippet model the apps register gets its permissions for the three groups, and snippets with a moderation
  workflow (`WorkflowMixin`) get the workflow (`sync_snippet_roles`, called after every `migrate`).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    DraftStateMixin,
    GroupPagePermission,
    Locale,
    LockableMixin,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
)

EDITORS = "Redaktion / Editors"
MODERATORS = "Freigabe / Moderators"
TRANSLATORS = "Übersetzung / Translators"
WORKFLOW_NAME = "Redaktionelle Freigabe"
TASK_NAME = "Freigabe durch die Moderation"

# Page permissions translators get on each tree that is not in the default language: edit and create
# translations there, never publish (publishing goes through the workflow).
TRANSLATOR_PAGE_PERMISSIONS = ("add_page", "change_page")

# Snippet permissions per group; codenames are `<action>_<model name>`. publish/lock/unlock exist only for
# snippets with draft state or locking and are skipped for the others.
SNIPPET_ACTIONS = {
    EDITORS: ("add", "change", "view"),
    MODERATORS: ("add", "change", "delete", "view", "publish", "lock", "unlock"),
    # Translators edit the translations of translatable snippets; the default-language originals are guarded by
    # the before_edit_snippet hook in hooks.py (Wagtail's snippet permissions cannot be limited to a locale).
    TRANSLATORS: ("change", "view"),
}


def editorial_workflow() -> Workflow | None:
    return Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()


def default_locale_id() -> int | None:
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return locale.pk if locale else None


def attach_locale_tree(home_page: Page) -> None:
    """Put a locale's home page (a child of the root) under the editorial workflow; open it to translators
    unless it is in the default language. Idempotent."""
    workflow = editorial_workflow()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    translators = Group.objects.filter(name=TRANSLATORS).first()
    if translators is None or home_page.locale_id == default_locale_id():
        return
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=translators, page=home_page, permission=permission)


def attach_all_locale_trees() -> None:
    for home_page in Page.objects.filter(depth=2):
        attach_locale_tree(home_page)


def _permission(model, action: str) -> Permission:
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    codename = f"{action}_{model._meta.model_name}"
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"[:255]},
    )
    return permission


def _snippet_actions(model, actions):
    for action in actions:
        if action == "publish" and not issubclass(model, DraftStateMixin):
            continue
        if action in ("lock", "unlock") and not issubclass(model, LockableMixin):
            continue
        yield action


def sync_snippet_roles() -> None:
    """Grant the groups their rights on every registered snippet model and assign the workflow to snippets
    that support moderation. Runs after `migrate`, so snippets added by later migrations are covered too."""
    from wagtail.snippets.models import get_snippet_models

    groups = {group.name: group for group in Group.objects.filter(name__in=SNIPPET_ACTIONS)}
    workflow = editorial_workflow()
    for model in get_snippet_models():
        for name, actions in SNIPPET_ACTIONS.items():
            group = groups.get(name)
            if group is None or (name == TRANSLATORS and not issubclass(model, TranslatableMixin)):
                continue
            group.permissions.add(
                *(_permission(model, action) for action in _snippet_actions(model, actions))
            )
        if workflow is not None and issubclass(model, WorkflowMixin):
            content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
            WorkflowContentType.objects.get_or_create(
                content_type=content_type, defaults={"workflow": workflow}
            )


def is_translator_only(user) -> bool:
    """True for a user whose only editorial role is translating (superusers, editors, moderators are not)."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS}
