"""Computed figures: status from the dates (today in Berlin), duration, funding rate, partners, countries, lead."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from projects.models import ProjectStatus

BERLIN = ZoneInfo("Europe/Berlin")


def test_eu_belong_figures_come_from_its_rows(demo):
    page = demo.page("de", "/projekte/eu-belong/")
    assert page.partner_count == 15
    assert len(page.countries) == 9
    assert sorted(page.country_codes) == ["AT", "DE", "ES", "FR", "IE", "IT", "PL", "RO", "SE"]
    assert page.funding_rate == Decimal("90.0")
    assert page.duration_months == 41
    assert page.lead_partner_row.partner.title == "Versammlung der Regionen Europas"
    assert page.grant_code == "101038215"


def test_english_translation_has_the_same_facts(demo):
    de, en = demo.page("de", "/projekte/eu-belong/"), demo.page("en", "/projects/eu-belong/")
    assert en.translation_key == de.translation_key
    assert (en.total_budget, en.funding_amount, en.start_date, en.end_date, en.grant_code) == (
        de.total_budget,
        de.funding_amount,
        de.start_date,
        de.end_date,
        de.grant_code,
    )
    assert en.partner_count == 15 and len(en.countries) == 9
    assert [row.funder.locale.language_code for row in en.funding_list()] == ["en"]


@pytest.mark.parametrize(
    "moment,status",
    [
        (datetime.datetime(2021, 12, 31, 23, 30, tzinfo=BERLIN), ProjectStatus.PLANNED),
        # 23:30 UTC on 31 Dec is already 1 January in Berlin.
        (datetime.datetime(2021, 12, 31, 23, 30, tzinfo=datetime.UTC), ProjectStatus.RUNNING),
        (datetime.datetime(2025, 5, 31, 23, 59, tzinfo=BERLIN), ProjectStatus.RUNNING),
        (datetime.datetime(2025, 5, 31, 22, 30, tzinfo=datetime.UTC), ProjectStatus.COMPLETED),
    ],
)
def test_status_uses_today_in_berlin(demo, moment, status):
    page = demo.page("de", "/projekte/eu-belong/")
    with time_machine.travel(moment, tick=False):
        assert page.status == status


def test_project_without_dates_has_no_status_and_no_duration(demo):
    page = demo.page("de", "/projekte/sozialer-zusammenhalt-klein-mittelstaedte/")
    assert page.status is None
    assert page.duration_months is None
    assert page.funding_rate is None
    assert [str(row.funder) for row in page.funding_list()] == ["AMIF", "WIR", "RBS"]


def test_partner_counted_once_even_with_two_rows(make_project):
    page = make_project("twice", partners=[("icei", "lead"), ("icei", "partner"), ("art-er", "technical")])
    assert page.partner_count == 2
    assert [code for code, _name in page.countries] == ["IT"]
