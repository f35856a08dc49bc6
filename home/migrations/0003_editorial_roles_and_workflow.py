"""Editorial roles and the moderation workflow, so every installation has them.

Creates the groups "Redaktion / Editors", "Freigabe / Moderators" and "Übersetzung / Translators" with their page,
image, document, collection and admin permissions, and the workflow "Redaktionelle Freigabe" (one group approval
task for the moderators). The workflow replaces Wagtail's default "Moderators approval" on the root page and is
assigned to every locale's home page that already exists; home pages created later are attached by
home/editorial/signals.py, which also grants the snippet permissions (snippet models are registered at run time).
Wagtail's default "Editors" and "Moderators" groups are removed when nobody is in them, so the admin offers only
our roles.
"""

from django.conf import settings
from django.db import migrations

EDITORS = "Redaktion / Editors"
MODERATORS = "Freigabe / Moderators"
TRANSLATORS = "Übersetzung / Translators"
WORKFLOW_NAME = "Redaktionelle Freigabe"
TASK_NAME = "Freigabe durch die Moderation"

ROOT_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    # Translators get rights per locale tree (not the default language's), not on the root.
    TRANSLATORS: [],
}
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "image", "add_image"),
        ("wagtailimages", "image", "change_image"),
        ("wagtailimages", "image", "choose_image"),
        ("wagtailimages", "image", "delete_image"),
        ("wagtaildocs", "document", "add_document"),
        ("wagtaildocs", "document", "change_document"),
        ("wagtaildocs", "document", "choose_document"),
        ("wagtaildocs", "document", "delete_document"),
        ("wagtailcore", "collection", "add_collection"),
        ("wagtailcore", "collection", "change_collection"),
    ],
    TRANSLATORS: [
        ("wagtailimages", "image", "choose_image"),
        ("wagtaildocs", "document", "choose_document"),
    ],
}

MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtail_localize", "translation", "submit_translation"),
]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {codename.replace('_', ' ')}"}
    )
    return perm


def create_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {}
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*(permission(apps, *spec) for spec in MODEL_PERMISSIONS))
        for codename in ROOT_PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
            )
        if root_collection is not None:
            for spec in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, *spec)
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.set([groups[MODERATORS]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Wagtail's default workflow and groups would compete with ours: retire them where nobody relies on them.
    for default in Workflow.objects.filter(name="Moderators approval"):
        if not default.workflow_states.filter(status="in_progress").exists():
            default.active = False
            default.save(update_fields=["active"])
    GroupApprovalTask.objects.filter(name="Moderators approval").update(active=False)
    for name in ("Editors", "Moderators"):
        Group.objects.filter(name=name, user__isnull=True).delete()

    # The root carries the workflow as a fallback; each locale's home page carries it explicitly.
    if root_page is not None:
        WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    for home_page in Page.objects.filter(depth=2):
        WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
        if default_locale is None or home_page.locale_id != default_locale.pk:
            for codename in TRANSLATOR_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=groups[TRANSLATORS],
                    page=home_page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_legalpage_accessibilitystatementpage_imprintpage_and_more"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflow, migrations.RunPython.noop)]
