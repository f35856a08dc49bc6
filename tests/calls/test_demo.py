"""The calls demo: the BAMF call from seed 003 stays closed; the example call is open whenever the demo is loaded."""

from datetime import timedelta

import time_machine
from django.utils import timezone

from home.demo_builder import DemoBuilder
from projects import demo_calls
from projects.models import CallForProposalsPage


def _example(demo, language="de"):
    if language == "en":
        return demo.page("en", "/calls/example-call-connecting-neighbourhoods/")
    return demo.page("de", "/ausschreibungen/beispielausschreibung-nachbarschaften-digital/")


def test_demo_has_the_closed_bamf_call_and_an_open_example(demo):
    bamf = demo.page("de", "/ausschreibungen/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/")
    assert bamf.status() == "closed"
    assert bamf.funder.short_name == "BAMF"
    assert [row.label for row in bamf.sorted_deadlines()] == ["Interessenbekundung"]
    assert len(bamf.goals) == 3
    assert _example(demo).status() == "open"
    assert _example(demo, "en").status() == "open"


def test_loading_the_calls_demo_again_changes_nothing(demo):
    before = (
        CallForProposalsPage.objects.count(),
        list(CallForProposalsPage.objects.values_list("closes_at", flat=True)),
    )
    builder = DemoBuilder()
    demo_calls.load(builder)
    after = (
        CallForProposalsPage.objects.count(),
        list(CallForProposalsPage.objects.values_list("closes_at", flat=True)),
    )
    assert before == after
    assert builder.created == [] and builder.untranslated == []


def test_example_call_moves_forward_once_it_has_closed(demo):
    later = _example(demo).closes_at + timedelta(days=3)
    with time_machine.travel(later, tick=False):
        builder = DemoBuilder()
        demo_calls.load(builder)
        de, en = _example(demo), _example(demo, "en")
        assert de.status() == "open" and en.status() == "open"
        assert de.closes_at == en.closes_at > timezone.now()
        assert [row.label for row in en.sorted_deadlines()] == ["Expression of interest", "Full application"]
    assert any("moved forward" in message for message in builder.created)
    assert builder.untranslated == []
