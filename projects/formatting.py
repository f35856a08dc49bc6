"""Deadlines, dates and amounts in the reader's language, with babel.

"8. September 2020, 23:59 Uhr (MESZ)" in German, "8 September 2020, 11:59 pm CEST" in English (British English
patterns: day before month, lower-case am/pm, and CLDR's CET/CEST names that plain "en" lacks).
"""

from datetime import datetime

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}


def babel_locale(language: str | None = None) -> str:
    return BABEL_LOCALES.get((language or get_language() or "de")[:2], "de_DE")


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
    locale = babel_locale(language)
    day = format_date(moment, format="long", locale=locale)
    abbreviation = timezone_abbreviation(moment, language)
    if locale.startswith("de"):
        clock = format_datetime(moment, "HH:mm", tzinfo=moment.tzinfo, locale=locale)
        return f"{day}, {clock} Uhr ({abbreviation})"
    clock = format_datetime(moment, "h:mm a", tzinfo=moment.tzinfo, locale=locale)
    return f"{day}, {clock} {abbreviation}"


def format_day(moment: datetime, language: str | None = None) -> str:
    return format_date(moment, format="long", locale=babel_locale(language))


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


def format_money(amount, language: str | None = None) -> str:
    if amount is None:
        return ""
    locale = babel_locale(language)
    if amount != int(amount):
        return format_currency(amount, "EUR", locale=locale)
    # Whole euros read better in a fact box ("50.000 €"): the locale's pattern without the cents.
    pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(amount, "EUR", locale=locale, format=pattern, currency_digits=False)
