"""Timezone facts for deadlines: which IANA names editors may choose, and local time → aware datetime.

Local times that do not exist (clocks go forward: 02:30 on the last Sunday of March in Berlin) are rejected in the
admin. Local times that happen twice (clocks go back: 02:30 on the last Sunday of October) mean the later of the
two moments, so an applicant never loses the repeated hour.
"""

import zoneinfo
from datetime import UTC, date, datetime, time
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIMEZONE = "Europe/Berlin"


@cache
def timezone_choices() -> list[tuple[str, str]]:
    """Every IANA timezone for the admin select (not stored as model choices: tzdata updates would need migrations)."""
    names = sorted(name for name in zoneinfo.available_timezones() if "/" in name or name == "UTC")
    return [(name, name.replace("_", " ")) for name in names]


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(_("“%(value)s” is not a known timezone."), params={"value": value}) from error


def aware_deadline(local_date: date, local_time: time, tz_name: str) -> datetime:
    """The moment a local date and time in `tz_name` stands for; ambiguous times resolve to the later moment."""
    tz = zoneinfo.ZoneInfo(tz_name)
    naive = datetime.combine(local_date, local_time)
    earlier, later = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    return later if later.utcoffset() != earlier.utcoffset() and exists(naive, tz_name) else earlier


def exists(naive: datetime, tz_name: str) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change (it does not survive a round trip via UTC)."""
    tz = zoneinfo.ZoneInfo(tz_name)
    for fold in (0, 1):
        aware = naive.replace(tzinfo=tz, fold=fold)
        if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive:
            return True
    return False
