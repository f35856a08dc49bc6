"""The dashboard panels: awaiting my review (Wagtail's), my drafts, upcoming scheduled items, call deadlines."""

import datetime
import types

import projects.models.call as call_module
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


def test_dashboard_query_count_is_bounded(client_for, moderator, draft_news, django_assert_max_num_queries):
    client = client_for(moderator)
    client.get("/admin/")
    with django_assert_max_num_queries(60):
        assert client.get("/admin/").status_code == 200
