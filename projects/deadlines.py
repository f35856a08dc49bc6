"""Deadlines in the reader's language, with babel (locale choice and money in home.formatting).

"8. September 2020, 23:59 Uhr (MESZ)" in German, "8 September 2020, 11:59 pm CEST" in English (British English
patterns: day before month, lower-case am/pm, and CLDR's CET/CEST names that plain "en" lacks).
"""

from datetime import datetime
from functools import lru_cache

from babel.dates import format_date, format_datetime
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.formatting import babel_locale


def timezone_abbreviation(moment: datetime, language: str | None = None) -> str:
    """MESZ/MEZ in German, CEST/CET in English; the tz database's abbreviation where CLDR has no name (EDT)."""
    name = format_datetime(moment, "z", tzinfo=moment.tzinfo, locale=babel_locale(language))
    fallback = moment.tzname() or ""
    # CLDR falls back to a long name ("Eastern Standard Time") or an offset: prefer a real abbreviation then.
    if (" " in name or name.startswith(("GMT", "UTC", "+", "-"))) and fallback[:1].isalpha():
        return fallback
    return name


def format_deadline(moment: datetime, language: str | None = None) -> str:
    """A deadline in its own timezone, named, in the reader's language."""
    # The zone and its offset are part of the key: equal instants in different zones compare (and hash) equal, and
    # so do the two 02:30s of a night when the clocks go back (same zone, different offset).
    return _format_deadline(moment, f"{moment.tzinfo} {moment.utcoffset()}", babel_locale(language))


# A listing of 12 calls formats about 36 deadlines and opening times, each four babel calls (make bench: an eighth
# of the call index's time); the same few hundred deadlines come back on every view, so the text is kept per
# process. It depends only on the moment, its zone and the CLDR locale.
@lru_cache(maxsize=4096)
def _format_deadline(moment: datetime, zone: str, locale: str) -> str:
    language = locale.split("_")[0]
    day = format_date(moment, format="long", locale=locale)
    abbreviation = timezone_abbreviation(moment, language)
    if locale.startswith("de"):
        clock = format_datetime(moment, "HH:mm", tzinfo=moment.tzinfo, locale=locale)
        return f"{day}, {clock} Uhr ({abbreviation})"
    clock = format_datetime(moment, "h:mm a", tzinfo=moment.tzinfo, locale=locale)
    return f"{day}, {clock} {abbreviation}"


def days_left(moment: datetime, now: datetime | None = None) -> int:
    """Calendar days until the deadline, counted in the deadline's own timezone (0 on the day itself)."""
    now = (now or timezone.now()).astimezone(moment.tzinfo)
    return (moment.date() - now.date()).days


def closes_in(moment: datetime, now: datetime | None = None) -> str:
    """ "closes today" / "closes tomorrow" / "closes in 12 days"."""
    days = days_left(moment, now)
    if days <= 0:
        return _("closes today")
    if days == 1:
        return _("closes tomorrow")
    return ngettext("closes in %(days)d day", "closes in %(days)d days", days) % {"days": days}
