"""`manage.py translation_po export en translations.zip` / `manage.py translation_po import translations.zip`.

Export writes one PO file per page or snippet with every missing or out-of-date string in that language; import
reads such a ZIP back and saves every translation it touches as a draft (nothing is published).
"""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from home.translations import bulk_po


class Command(BaseCommand):
    help = "Bulk export/import of PO files (one per translation) for a translation agency."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="write a ZIP of PO files for one language")
        export.add_argument("language_code")
        export.add_argument("path")
        imp = sub.add_parser("import", help="import a ZIP of PO files; translations are saved as drafts")
        imp.add_argument("path")

    def handle(self, action, path, language_code=None, **options):
        if action == "export":
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is None:
                raise CommandError(f"No locale {language_code!r}.")
            skipped = []
            with open(path, "wb") as fileobj:
                count = bulk_po.export_zip(locale, fileobj, skipped)
            for problem in skipped:
                self.stderr.write(f"skipped: {problem}")
            self.stdout.write(f"{count} PO files written to {path}.")
            return
        try:
            with open(path, "rb") as fileobj:
                result = bulk_po.import_zip(fileobj)
        except (OSError, bulk_po.BulkPOError) as error:
            raise CommandError(str(error)) from error
        for problem in result.skipped:
            self.stderr.write(f"skipped: {problem}")
        self.stdout.write(f"{len(result.updated)} translations updated as drafts.")
