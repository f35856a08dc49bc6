"""Build the demo site in German and English from the facts in the seed documents. Safe to run repeatedly."""

import importlib

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, CommandError, call_command

from home.demo_builder import DemoBuilder
from home.images import pregenerate_renditions

DEMO_SUPERUSER = ("admin", "gemeinsam-demo")


def demo_modules():
    """Each installed local app's `demo` module, in the order its `ORDER` says."""
    modules = []
    for app_config in apps.get_app_configs():
        if not str(app_config.path).startswith(str(settings.BASE_DIR)):
            continue
        try:
            modules.append(importlib.import_module(f"{app_config.name}.demo"))
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.demo":
                raise
    return sorted(modules, key=lambda module: module.ORDER)


class Command(BaseCommand):
    help = "Load the demo content (German and English). Existing pages are left as they are."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-superuser",
            action="store_true",
            help=f"Also create the local-only superuser {DEMO_SUPERUSER[0]} / {DEMO_SUPERUSER[1]} (DEBUG only).",
        )
        parser.add_argument("--skip-index", action="store_true", help="Do not rebuild the search index.")

    def handle(self, *args, **options):
        if options["demo_superuser"]:
            self.create_demo_superuser()
        builder = DemoBuilder(stdout=self.stdout)
        for module in demo_modules():
            self.stdout.write(f"{module.__name__}:")
            module.load(builder)
        if builder.untranslated:
            self.stdout.write(self.style.WARNING("Strings without an English demo translation:"))
            for line in builder.untranslated:
                self.stdout.write(f"  {line}")
        # Wagtail records a document's size the first time a page shows it, a write that invalidates every cached
        # page; record it now, as an upload through the admin does.
        from wagtail.documents import get_document_model

        for document in get_document_model().objects.filter(file_size__isnull=True):
            document.get_file_size()
        if not options["skip_index"]:
            call_command("update_index", verbosity=0)
        # Encode every AVIF/WebP/JPEG rendition now, so the first visitor does not wait for it.
        renditions = pregenerate_renditions()
        self.stdout.write(f"Image renditions ready ({renditions}).")
        summary = (
            f"{len(builder.created)} objects created" if builder.created else "nothing new: already loaded"
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({summary})."))

    def create_demo_superuser(self):
        if not settings.DEBUG:
            raise CommandError("The demo superuser is for local development only (DEBUG=True).")
        username, password = DEMO_SUPERUSER
        User = get_user_model()
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username, "admin@example.org", password)
            self.stdout.write(f"Created the demo superuser {username!r}.")
        # Editorial workflow and roles: one local demo account per role (same password).
        from home.editorial.demo_users import create_demo_editorial_users

        create_demo_editorial_users(self.stdout)
