"""`make backup`: write the database and media to var/backups/gemeinsam-<timestamp>.tar.gz."""

from pathlib import Path

from django.conf import settings
from django.core.management import BaseCommand

from home.backup import create_backup


class Command(BaseCommand):
    help = "Back up the database and uploaded media into one timestamped archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", default=str(Path(settings.VAR_DIR) / "backups"), help="Folder for the archive"
        )

    def handle(self, *args, **options):
        archive = create_backup(Path(options["output"]))
        self.stdout.write(self.style.SUCCESS(f"Backup written: {archive}"))
        backend = settings.STORAGES["default"]["BACKEND"]
        if backend != "django.core.files.storage.FileSystemStorage":
            # Object storage keeps its own versions; the archive holds only what is under MEDIA_ROOT.
            self.stdout.write(
                self.style.WARNING(
                    f"Media are stored by {backend}: back them up with that storage's own tools."
                )
            )
