"""Anonymous download counters: one row per material, file and day (and a monthly roll-up for the report).

Nothing about the reader is stored: no IP address, no cookie, no user. A download adds one to today's counter.
"""

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class _Counter(models.Model):
    material = models.ForeignKey(
        "downloads.LearningMaterialPage",
        verbose_name=_("material"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        abstract = True

    @classmethod
    def add_one(cls, **key):
        """Add one download to the row with this key, creating it if needed.

        get_or_create is safe against two first downloads at once (the unique constraint makes the loser fetch
        the winner's row); F() makes the increment itself atomic in the database.
        """
        row, created = cls.objects.get_or_create(**key, defaults={"count": 1})
        if not created:
            cls.objects.filter(pk=row.pk).update(count=F("count") + 1)


class DownloadCount(_Counter):
    """Downloads of one file of one material on one day."""

    day = models.DateField(_("day"))

    class Meta:
        verbose_name = _("daily download count")
        verbose_name_plural = _("daily download counts")
        constraints = [
            models.UniqueConstraint(fields=["material", "document", "day"], name="downloads_one_row_per_day")
        ]

    def __str__(self):
        return f"{self.material} – {self.document} – {self.day:%Y-%m-%d}"


class MonthlyDownloadCount(_Counter):
    """Downloads of one file of one material in one month: what the admin report lists and exports.

    Kept alongside the daily rows (in the same transaction) so the report is a plain list of rows that
    wagtail-modeladmin can sort, filter and export without aggregating on every request.
    """

    month = models.DateField(_("month"), help_text=_("The first day of the month."))

    class Meta:
        verbose_name = _("download statistics")
        verbose_name_plural = _("download statistics")
        ordering = ["-month", "-count"]
        constraints = [
            models.UniqueConstraint(
                fields=["material", "document", "month"], name="downloads_one_row_per_month"
            )
        ]

    def __str__(self):
        return f"{self.material} – {self.document} – {self.month:%Y-%m}"


def count_download(material, document, today=None) -> None:
    """Record one download of `document` from `material` today (local date)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        DownloadCount.add_one(material=material, document=document, day=today)
        MonthlyDownloadCount.add_one(material=material, document=document, month=today.replace(day=1))
