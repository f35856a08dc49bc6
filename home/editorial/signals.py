"""Signal handlers that keep every locale tree and every snippet model under the editorial roles and workflow.

Connected from `home.apps.HomeConfig.ready`. Home pages appear after the migrations (`load_demo_content`, a
wagtail-localize translation of the German home page, an editor adding a locale), so the assignment happens when
the page is created, not only in the data migration.
"""

from django.db.models.signals import post_migrate, post_save
from wagtail.models import Page

from home.editorial import notifications, roles


def page_created(sender, instance, created, raw=False, **kwargs):
    # Only real pages directly below the root: the home page of a locale. Historical models in migrations are
    # other classes and never match.
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        roles.attach_locale_tree(instance)


def after_migrate(sender, **kwargs):
    roles.sync_snippet_roles()
    roles.attach_all_locale_trees()


def connect(app_config) -> None:
    post_save.connect(page_created, dispatch_uid="editorial_page_created")
    # Once per `migrate`, for our own app (its tables and the groups exist by then).
    post_migrate.connect(after_migrate, sender=app_config, dispatch_uid="editorial_after_migrate")
    notifications.connect()
