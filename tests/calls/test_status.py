"""Status at the exact second, across daylight-saving changes and timezones, and deadlines as readers see them."""

from datetime import date, time, timedelta

import pytest
import time_machine
from django.utils import translation

from projects.deadlines import closes_in, format_deadline
from projects.models.call import CLOSED, FORTHCOMING, OPEN, call_status
from projects.timezones import aware_deadline, exists
from tests.calls.conftest import BERLIN, UTC, at

SECOND = timedelta(seconds=1)


def test_status_at_the_second_of_the_deadline():
    deadline = aware_deadline(date(2020, 9, 8), time(23, 59), "Europe/Berlin")
    assert deadline == at(2020, 9, 8, 21, 59, tz=UTC)  # summer time: UTC+2
    assert call_status(None, deadline, now=deadline - SECOND) == OPEN
    assert call_status(None, deadline, now=deadline) == OPEN
    assert call_status(None, deadline, now=deadline + SECOND) == CLOSED


def test_status_at_the_second_of_the_opening():
    opens = at(2030, 1, 10, 9, 0)
    closes = at(2030, 2, 10, 12, 0)
    assert call_status(opens, closes, now=opens - SECOND) == FORTHCOMING
    assert call_status(opens, closes, now=opens) == OPEN


def test_deadline_on_the_night_clocks_go_forward():
    # 29 March 2026, Berlin: 02:00 CET jumps to 03:00 CEST. 03:30 CEST is 01:30 UTC; 02:30 does not exist.
    deadline = aware_deadline(date(2026, 3, 29), time(3, 30), "Europe/Berlin")
    assert deadline.astimezone(UTC) == at(2026, 3, 29, 1, 30, tz=UTC)
    assert call_status(None, deadline, now=at(2026, 3, 29, 1, 29, 59, tz=UTC)) == OPEN
    assert call_status(None, deadline, now=at(2026, 3, 29, 1, 30, 1, tz=UTC)) == CLOSED
    assert not exists(at(2026, 3, 29, 2, 30, tz=None), "Europe/Berlin")
    assert exists(at(2026, 3, 29, 3, 30, tz=None), "Europe/Berlin")


def test_deadline_on_the_night_clocks_go_back_means_the_later_moment():
    # 25 October 2026, Berlin: 02:30 happens twice (CEST, then CET). Applicants get the later one: 01:30 UTC.
    deadline = aware_deadline(date(2026, 10, 25), time(2, 30), "Europe/Berlin")
    assert deadline.astimezone(UTC) == at(2026, 10, 25, 1, 30, tz=UTC)
    assert call_status(None, deadline, now=at(2026, 10, 25, 0, 30, 1, tz=UTC)) == OPEN  # first 02:30 passed
    assert call_status(None, deadline, now=at(2026, 10, 25, 1, 30, 1, tz=UTC)) == CLOSED
    assert format_deadline(deadline, "de") == "25. Oktober 2026, 02:30 Uhr (MEZ)"


def test_deadline_in_another_timezone():
    # 17:00 in New York in January is 22:00 UTC, i.e. 23:00 in Berlin.
    deadline = aware_deadline(date(2027, 1, 15), time(17, 0), "America/New_York")
    assert deadline.astimezone(UTC) == at(2027, 1, 15, 22, 0, tz=UTC)
    assert call_status(None, deadline, now=at(2027, 1, 15, 22, 59, 59)) == OPEN
    assert call_status(None, deadline, now=at(2027, 1, 15, 23, 0, 1)) == CLOSED
    assert format_deadline(deadline, "en") == "15 January 2027, 5:00 pm EST"
    assert format_deadline(deadline, "de") == "15. Januar 2027, 17:00 Uhr (EST)"


@pytest.mark.parametrize(
    "language,expected",
    [("de", "8. September 2020, 23:59 Uhr (MESZ)"), ("en", "8 September 2020, 11:59 pm CEST")],
)
def test_deadline_formatting_in_summer(language, expected):
    assert (
        format_deadline(aware_deadline(date(2020, 9, 8), time(23, 59), "Europe/Berlin"), language) == expected
    )


@pytest.mark.parametrize(
    "language,expected",
    [("de", "8. Dezember 2020, 09:05 Uhr (MEZ)"), ("en", "8 December 2020, 9:05 am CET")],
)
def test_deadline_formatting_in_winter(language, expected):
    assert (
        format_deadline(aware_deadline(date(2020, 12, 8), time(9, 5), "Europe/Berlin"), language) == expected
    )


@translation.override("en")
def test_closes_in_counts_calendar_days_in_the_deadlines_timezone():
    deadline = aware_deadline(date(2030, 6, 30), time(23, 59), "Europe/Berlin")
    with time_machine.travel(at(2030, 6, 30, 0, 0, 1), tick=False):
        assert closes_in(deadline) == "closes today"
    with time_machine.travel(at(2030, 6, 29, 23, 59), tick=False):
        assert closes_in(deadline) == "closes tomorrow"
    with time_machine.travel(at(2030, 6, 18, 12, 0), tick=False):
        assert closes_in(deadline) == "closes in 12 days"
    # 22:30 UTC on the 29th is already the 30th in Berlin.
    with time_machine.travel(at(2030, 6, 29, 22, 30, tz=UTC), tick=False):
        assert closes_in(deadline) == "closes today"


def test_closes_in_german():
    deadline = aware_deadline(date(2030, 6, 30), time(23, 59), "Europe/Berlin")
    with translation.override("de"), time_machine.travel(at(2030, 6, 18, 12, 0), tick=False):
        assert closes_in(deadline) == "endet in 12 Tagen"
        assert closes_in(deadline, now=at(2030, 6, 30, 8, 0)) == "endet heute"


def test_berlin_is_the_default_timezone():
    from projects.models import CallDeadline

    assert CallDeadline(local_date=date(2030, 1, 1)).timezone == "Europe/Berlin"
    assert BERLIN.key == "Europe/Berlin"


def test_the_same_instant_in_two_zones_and_the_two_half_past_twos_are_formatted_apart():
    """Deadline texts are kept per process; equal instants in other zones, and the two 02:30s of the night the
    clocks go back (equal as datetimes), still read differently."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    berlin = datetime(2020, 9, 8, 23, 59, tzinfo=ZoneInfo("Europe/Berlin"))
    assert format_deadline(berlin, "de") == "8. September 2020, 23:59 Uhr (MESZ)"
    assert format_deadline(berlin.astimezone(ZoneInfo("Europe/London")), "de").endswith("22:59 Uhr (BST)")
    first = datetime(2020, 10, 25, 2, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    second = first.replace(fold=1)
    assert first == second  # why the offset is part of the kept text's key
    assert format_deadline(first, "de") == "25. Oktober 2020, 02:30 Uhr (MESZ)"
    assert format_deadline(second, "de") == "25. Oktober 2020, 02:30 Uhr (MEZ)"
    assert format_deadline(second, "en") == "25 October 2020, 2:30 am CET"
