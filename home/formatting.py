"""Numbers, money, dates and file sizes in the reader's language, with babel (CLDR), for every app.

One place decides which CLDR locale a site language reads in: German as in Germany, English as in Britain (day
before month, "8 September 2020"; CET/CEST names that plain "en" lacks). Apps format their own domain (deadlines,
event times, file types) on top of these functions, so no template formats a number by hand.
"""

import datetime
import functools
from decimal import Decimal

import babel
import babel.dates
import babel.numbers
from django.utils.translation import get_language

# Site language → CLDR locale. A language added later (`add_content_language fr`) reads in CLDR's default for it.
CLDR_LOCALES = {"de": "de_DE", "en": "en_GB"}


def current_language() -> str:
    return (get_language() or "de").split("-")[0]


def babel_locale(language: str | None = None) -> str:
    language = (language or current_language()).split("-")[0].split("_")[0]
    return CLDR_LOCALES.get(language, language)


def format_money(amount, language: str | None = None) -> str:
    """1666663.03 → "1.666.663,03 €" (de) / "€1,666,663.03" (en); whole amounts without cents ("50.000 €")."""
    if amount is None:
        return ""
    return _money_text(amount, babel_locale(language))


# A project page shows three or four amounts, a listing a dozen, and babel takes about 0.1 ms for each: the texts are
# kept per process by amount and locale, as deadline texts are (Decimal("5.0") and Decimal("5.00") are equal and give
# the same text).
@functools.lru_cache(maxsize=4096)
def _money_text(amount, locale: str) -> str:
    if amount == int(amount):
        pattern = babel.Locale.parse(locale).currency_formats["standard"].pattern.replace(".00", "")
        return babel.numbers.format_currency(
            amount, "EUR", locale=locale, format=pattern, currency_digits=False
        )
    return babel.numbers.format_currency(amount, "EUR", locale=locale)


def format_percent(rate: Decimal | None, language: str | None = None) -> str:
    """A percentage with at most one decimal: Decimal("90.0") → "90 %" (de) / "90%" (en)."""
    if rate is None:
        return ""
    return _percent_text(rate, babel_locale(language))


@functools.lru_cache(maxsize=1024)
def _percent_text(rate: Decimal, locale_name: str) -> str:
    locale = babel.Locale.parse(locale_name)
    # The locale's own pattern ("#,##0 %" in German, "#,##0%" in English) with one optional decimal.
    pattern = locale.percent_formats[None].pattern.replace("#,##0", "#,##0.#", 1)
    return babel.numbers.format_percent(rate / 100, format=pattern, locale=locale)


def format_number(number, language: str | None = None, pattern: str | None = None) -> str:
    return babel.numbers.format_decimal(number, format=pattern, locale=babel_locale(language))


def format_long_date(date: datetime.date | None, language: str | None = None) -> str:
    """ "8. September 2020" / "8 September 2020"."""
    if not date:
        return ""
    return _format_date(date, "long", babel_locale(language))


def format_month(date: datetime.date | None, language: str | None = None) -> str:
    """A month and year with the month's name: "Januar 2022" / "January 2022"."""
    if not date:
        return ""
    return _format_date(date, "LLLL y", babel_locale(language))


def _format_date(date, pattern: str, locale: str) -> str:
    # A page of 12 project cards formats 24 months; the same dates come back on every view. Plain dates are kept
    # per process; a datetime is not (equal instants in other zones fall on other days).
    if type(date) is datetime.date:
        return _format_plain_date(date, pattern, locale)
    return babel.dates.format_date(date, format=pattern, locale=locale)


@functools.lru_cache(maxsize=8192)
def _format_plain_date(date: datetime.date, pattern: str, locale: str) -> str:
    return babel.dates.format_date(date, format=pattern, locale=locale)


def format_size(size: int | None, language: str | None = None) -> str:
    """A file size in decimal units (kB, MB, GB as file managers show them): "1,2 MB" / "1.2 MB"."""
    if size is None:
        return ""
    if size < 1000:
        return f"{format_number(size, language)} B"
    for unit, factor in (("kB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        value = size / factor
        if value < 1000 or unit == "GB":
            return f"{format_number(value, language, '#,##0.#' if value < 100 else '#,##0')} {unit}"
    return ""  # unreachable
