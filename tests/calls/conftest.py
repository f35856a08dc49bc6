"""Fixtures for the calls tests: building calls with given deadlines under the demo's German call index."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from projects.models import CallDeadline, CallForProposalsPage, CallIndexPage

UTC = ZoneInfo("UTC")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def call_index(demo):
    return CallIndexPage.objects.get(locale__language_code="de")


@pytest.fixture
def make_call(call_index):
    """make_call("Title", [(date, time, tz, label), ...], opens_at=..., **fields) → a published German call."""
    counter = {"n": 0}

    def make(title="Testaufruf", deadlines=None, parent=None, themes=(), **fields):
        counter["n"] += 1
        rows = [
            CallDeadline(local_date=d, local_time=t, timezone=tz, label=label)
            for d, t, tz, label in (
                deadlines or [(date(2030, 6, 30), time(23, 59), "Europe/Berlin", "Frist")]
            )
        ]
        page = CallForProposalsPage(title=title, slug=f"test-call-{counter['n']}")
        for name, value in fields.items():
            setattr(page, name, value)
        page.deadlines = rows
        (parent or call_index).add_child(instance=page)
        if themes:
            page.themes.set(themes)
        page.save_revision().publish()
        return CallForProposalsPage.objects.get(pk=page.pk)

    return make


def at(*args, tz=BERLIN) -> datetime:
    return datetime(*args, tzinfo=tz)
