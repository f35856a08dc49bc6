"""Figures and their formatting for projects, programmes and partners: today in Berlin, country names, money,
percentages and month names per language (babel/CLDR), so no template formats a number by hand."""

import datetime
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from zoneinfo import ZoneInfo

import babel
import babel.dates
import babel.numbers
from django.utils import timezone
from django.utils.translation import get_language

BERLIN = ZoneInfo("Europe/Berlin")

# CLDR lists a few codes that are not countries (EU, eurozone, UN, pseudo-locales, "unknown").
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def berlin_today() -> datetime.date:
    """Today's date in Berlin, so a status changes at midnight German time whatever the server's clock says."""
    return timezone.now().astimezone(BERLIN).date()


def current_language() -> str:
    return (get_language() or "de").split("-")[0]


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


def format_money(amount, language: str | None = None) -> str:
    """1666663.03 → "1.666.663,03 €" (de) / "€1,666,663.03" (en)."""
    if amount is None:
        return ""
    return babel.numbers.format_currency(amount, "EUR", locale=language or current_language())


def format_percent(rate: Decimal | None, language: str | None = None) -> str:
    """A percentage with at most one decimal: Decimal("90.0") → "90 %" (de) / "90%" (en)."""
    if rate is None:
        return ""
    locale = babel.Locale.parse(language or current_language())
    # The locale's own pattern ("#,##0 %" in German, "#,##0%" in English) with one optional decimal.
    pattern = locale.percent_formats[None].pattern.replace("#,##0", "#,##0.#", 1)
    return babel.numbers.format_percent(rate / 100, format=pattern, locale=locale)


def format_number(number, language: str | None = None) -> str:
    return babel.numbers.format_decimal(number, locale=language or current_language())


def format_month(date: datetime.date | None, language: str | None = None) -> str:
    """A month and year with the month's name: "Januar 2022" / "January 2022"."""
    if date is None:
        return ""
    return babel.dates.format_date(date, format="LLLL y", locale=language or current_language())


def format_long_date(date: datetime.date | None, language: str | None = None) -> str:
    if date is None:
        return ""
    return babel.dates.format_date(date, format="long", locale=language or current_language())


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
