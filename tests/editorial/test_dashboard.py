"""The dashboard panels: awaiting my review (Wagtail's), my drafts, upcoming scheduled items, call deadlines."""

import datetime
import types

import pytest
from django.utils import timezone

import projects.models.call as call_module
from news.models import NewsPage
from tests.editorial.forms import panel
from tests.editorial.test_roles import post_edit_form


def test_editor_sees_own_draft(client_for, editor, draft_news):
    html = client_for(editor).get("/admin/").content.decode()
    assert "Meine Entwürfe" in html
    assert "Neue Beratungsstelle in Leipzig" in panel(html, "editorial-my-drafts")


def test_submitted_draft_leaves_my_drafts_and_awaits_review(client_for, editor, moderator, draft_news):
    post_edit_form(client_for(editor), draft_news, "action-submit")
    html = client_for(editor).get("/admin/").content.decode()
    assert "Neue Beratungsstelle in Leipzig" not in panel(html, "editorial-my-drafts")
    html = client_for(moderator).get("/admin/").content.decode()
    assert "Neue Beratungsstelle in Leipzig" in panel(html, "awaiting-review")


def test_call_deadlines_empty_state_without_the_calls_feature(client_for, editor, monkeypatch):
    monkeypatch.delattr(call_module, "upcoming_deadlines", raising=False)
    html = client_for(editor).get("/admin/").content.decode()
    assert "Nächste Fristen" in html
    assert "Keine anstehenden Fristen." in panel(html, "editorial-call-deadlines")


def test_call_deadlines_listed(client_for, editor, demo, monkeypatch):
    call = demo.page("de", "/ausschreibungen/")
    deadline = types.SimpleNamespace(
        call=call,
        label="Einreichung Projektskizze",
        deadline=datetime.datetime(2031, 5, 1, 12, tzinfo=datetime.UTC),
    )
    monkeypatch.setattr(call_module, "upcoming_deadlines", lambda limit=5: [deadline], raising=False)
    html = panel(client_for(editor).get("/admin/").content.decode(), "editorial-call-deadlines")
    assert "Einreichung Projektskizze" in html
    assert call.title in html


@pytest.mark.parametrize("items", [1, 20])
def test_dashboard_query_count_does_not_grow_with_content(
    client_for, moderator, news_index, items, django_assert_max_num_queries
):
    """Drafts and scheduled publications: the same number of queries for 1 or 20 of each (26-27 measured)."""
    for number in range(items):
        page = NewsPage(
            title=f"Geplante Meldung {number}", slug=f"geplant-{number}", live=False, owner=moderator
        )
        news_index.add_child(instance=page)
        revision = page.save_revision(user=moderator)
        revision.approved_go_live_at = timezone.now() + datetime.timedelta(days=2)
        revision.save()
    client = client_for(moderator)
    client.get("/admin/")
    # 42 measured with every feature's panel (translation status, running projects, deadlines...) merged.
    with django_assert_max_num_queries(45):
        html = client.get("/admin/").content.decode()
    assert "Geplante Meldung 0" in panel(html, "editorial-upcoming-scheduled")
