"""Figures about projects, programmes and partners: today in Berlin, country names per language (babel/CLDR),
funding rates and durations. Money, percentages and dates are formatted by home.formatting."""

import datetime
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from zoneinfo import ZoneInfo

import babel
from django.utils import timezone

from home.formatting import current_language

BERLIN = ZoneInfo("Europe/Berlin")

# CLDR lists a few codes that are not countries (EU, eurozone, UN, pseudo-locales, "unknown").
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def berlin_today() -> datetime.date:
    """Today's date in Berlin, so a status changes at midnight German time whatever the server's clock says."""
    return timezone.now().astimezone(BERLIN).date()


@cache
def _territories(language: str) -> dict[str, str]:
    return dict(babel.Locale.parse(language).territories)


def country_name(code: str, language: str | None = None) -> str:
    """The localized name of an ISO 3166-1 alpha-2 code ("IE" → "Irland" / "Ireland"); the code if unknown."""
    if not code:
        return ""
    return _territories(language or current_language()).get(code.upper(), code)


def _sort_key(text: str) -> str:
    # "Österreich" belongs between "Niederlande" and "Polen", not after "Zypern".
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def sorted_by_name(items, name=lambda item: item):
    return sorted(items, key=lambda item: _sort_key(name(item)))


def country_choices():
    """Every ISO 3166-1 alpha-2 country, named in the current language (a callable, so the admin's language wins)."""
    territories = _territories(current_language())
    codes = [code for code in territories if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES]
    return sorted_by_name([(code, territories[code]) for code in codes], name=lambda pair: pair[1])


def rate(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part ÷ whole as a percentage with one decimal (half up); None if either is missing or whole is zero."""
    if part is None or not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def months_between(start: datetime.date | None, end: datetime.date | None) -> int | None:
    """Calendar months a period touches, both ends included: 2022-01-01 to 2025-05-31 is 41 months."""
    if not start or not end or end < start:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1
