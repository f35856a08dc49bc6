"""Scheduled publishing and expiry, carried out by `manage.py publish_scheduled`, with a frozen clock; the
dashboard lists what is due in the next 14 days."""

import datetime

import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.editorial.forms import panel
from tests.editorial.test_roles import post_edit_form

START = datetime.datetime(2031, 3, 2, 9, 0, tzinfo=datetime.UTC)


def admin_datetime(value: datetime.datetime) -> str:
    """A datetime as the admin's date-time field expects it (site time zone)."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def test_scheduled_publication_goes_live_when_due(client_for, moderator, draft_news):
    go_live = START + datetime.timedelta(days=3)
    with time_machine.travel(START, tick=False):
        response = post_edit_form(
            client_for(moderator), draft_news, "action-publish", go_live_at=admin_datetime(go_live)
        )
        assert response.status_code == 302
        draft_news.refresh_from_db()
        assert not draft_news.live
        assert draft_news.get_latest_revision().approved_go_live_at == go_live

        dashboard = client_for(moderator).get("/admin/").content.decode()
        assert "Geplant in den nächsten 14 Tagen" in dashboard
        assert "Neue Beratungsstelle in Leipzig" in panel(dashboard, "editorial-upcoming-scheduled")

        call_command("publish_scheduled")
        draft_news.refresh_from_db()
        assert not draft_news.live

    with time_machine.travel(go_live + datetime.timedelta(minutes=5), tick=False):
        call_command("publish_scheduled")
    draft_news.refresh_from_db()
    assert draft_news.live
    assert draft_news.first_published_at >= go_live


def test_publication_beyond_14_days_is_not_on_the_dashboard(client_for, moderator, draft_news):
    with time_machine.travel(START, tick=False):
        go_live = START + datetime.timedelta(days=20)
        post_edit_form(
            client_for(moderator), draft_news, "action-publish", go_live_at=admin_datetime(go_live)
        )
        dashboard = client_for(moderator).get("/admin/").content.decode()
        assert "Neue Beratungsstelle in Leipzig" not in panel(dashboard, "editorial-upcoming-scheduled")


def test_page_expires_when_due(client_for, moderator, draft_news):
    expire = START + datetime.timedelta(days=2)
    with time_machine.travel(START, tick=False):
        post_edit_form(client_for(moderator), draft_news, "action-publish", expire_at=admin_datetime(expire))
        draft_news.refresh_from_db()
        assert draft_news.live
        assert draft_news.expire_at == expire
        dashboard = client_for(moderator).get("/admin/").content.decode()
        assert "Ablauf" in panel(dashboard, "editorial-upcoming-scheduled")

    with time_machine.travel(expire + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled")
    draft_news.refresh_from_db()
    assert not draft_news.live
    assert draft_news.expired
