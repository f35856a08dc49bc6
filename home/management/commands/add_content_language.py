"""`manage.py add_content_language fr [--publish]`: the one command after adding a language to the settings."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from home.translations.languages import add_content_language


class Command(BaseCommand):
    help = (
        "Create the Locale for a language listed in WAGTAIL_CONTENT_LANGUAGES and translations (drafts unless "
        "--publish) of the whole page tree and all snippets, starting from the source text."
    )

    def add_arguments(self, parser):
        parser.add_argument("language_code", help="e.g. fr")
        parser.add_argument("--publish", action="store_true", help="publish the translations of live pages")
        parser.add_argument("--no-snippets", action="store_true", help="translate pages only")

    def handle(self, language_code, publish=False, no_snippets=False, **options):
        try:
            result = add_content_language(language_code, publish=publish, include_snippets=not no_snippets)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        state = "published" if publish else "drafts"
        self.stdout.write(
            f"Locale {result.locale.language_code}: {'created' if result.locale_created else 'already there'}; "
            f"{len(result.pages)} pages and {len(result.snippets)} snippets translated ({state}), "
            f"{result.skipped} already translated."
        )
