"""Money and percentages in the reader's language (home/formatting.py), kept per process by value and language."""

from decimal import Decimal

from home.formatting import format_money, format_percent


def test_amounts_read_in_each_language_whichever_was_asked_first():
    amount = Decimal("1666663.03")
    assert format_money(amount, "en") == "€1,666,663.03"
    assert format_money(amount, "de") == "1.666.663,03\xa0€"
    assert format_money(amount, "en") == "€1,666,663.03"


def test_whole_amounts_have_no_cents_however_they_were_stored():
    assert format_money(Decimal("50000.00"), "de") == "50.000\xa0€"
    assert format_money(Decimal("50000"), "de") == "50.000\xa0€"
    assert format_money(None, "de") == ""


def test_rates_read_in_each_language():
    assert format_percent(Decimal("90.0"), "de") == "90\xa0%"
    assert format_percent(Decimal("90.0"), "en") == "90%"
    assert format_percent(Decimal("52.5"), "de") == "52,5\xa0%"
