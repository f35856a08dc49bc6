"""`make restore ARCHIVE=...`: bring a backup back into an empty database and the media folder."""

from pathlib import Path

from django.core.management import BaseCommand, CommandError

from home.backup import content_counts, restore_backup


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database (create it first) and the media folder."

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        if not archive.exists():
            raise CommandError(f"No such archive: {archive}")
        try:
            manifest = restore_backup(archive)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        restored = content_counts()
        if restored != manifest["counts"]:
            raise CommandError(f"Restored counts {restored} differ from the backup's {manifest['counts']}")
        self.stdout.write(self.style.SUCCESS(f"Restored {archive.name}: {restored}"))
