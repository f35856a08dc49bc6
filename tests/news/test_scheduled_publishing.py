"""A news item with a future go-live date appears on its page, the index, the feed and the home page only after
`publish_scheduled` has run at that time (the clock is frozen with time_machine)."""

import datetime
from zoneinfo import ZoneInfo

import feedparser
import time_machine
from django.core.management import call_command

from news.models import NewsPage

BERLIN = ZoneInfo("Europe/Berlin")


def test_scheduled_post_appears_after_publish_scheduled(client, news_index):
    with time_machine.travel(datetime.datetime(2030, 4, 1, 9, 0, tzinfo=BERLIN), tick=False):
        # What the editor does: set "go-live date" in the page's status panel, then "Publish".
        page = NewsPage(
            title="Geplante Meldung",
            slug="geplante-meldung",
            date=datetime.date(2030, 4, 2),
            live=False,
            go_live_at=datetime.datetime(2030, 4, 2, 8, 0, tzinfo=BERLIN),
        )
        news_index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        assert not page.live
        assert client.get("/de/aktuelles/geplante-meldung/").status_code == 404
        assert "Geplante Meldung" not in client.get("/de/aktuelles/").content.decode()
        assert "Geplante Meldung" not in client.get("/de/").content.decode()

    with time_machine.travel(datetime.datetime(2030, 4, 2, 7, 55, tzinfo=BERLIN), tick=False):
        call_command("publish_scheduled")  # too early: nothing happens
        assert not NewsPage.objects.get(pk=page.pk).live

    with time_machine.travel(datetime.datetime(2030, 4, 2, 8, 5, tzinfo=BERLIN), tick=False):
        call_command("publish_scheduled")
        assert client.get("/de/aktuelles/geplante-meldung/").status_code == 200
        assert "Geplante Meldung" in client.get("/de/aktuelles/").content.decode()
        feed = feedparser.parse(client.get("/de/aktuelles/rss/").content)
        assert feed.entries[0].title == "Geplante Meldung"
        assert "Geplante Meldung" in client.get("/de/").content.decode()
