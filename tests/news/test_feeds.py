"""RSS 2.0 and Atom per language, read back with feedparser: valid, that language only, absolute links."""

import feedparser
import pytest

from tests.news.conftest import add_news


@pytest.mark.parametrize("kind,version", [("rss", "rss20"), ("atom", "atom10")])
def test_german_feed_has_only_german_items(client, demo, kind, version):
    response = client.get(f"/de/aktuelles/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.get("language", "de") == "de"
    titles = [entry.title for entry in feed.entries]
    assert titles == [
        "Leipziger Integrationsexpertinnen reisen mit dem Aufbauwerk nach Irland",
        "Zwischenfazit im Projekt EU-Belong",
        "EU-Belong: Wissensaustausch zu inklusivem Wohnen in Danzig",
    ]  # the English-only item stays out of the German feed
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/de/aktuelles/")
    assert feed.feed.link == "http://testserver/de/aktuelles/"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_english_feed_has_english_items_and_categories(client, demo, kind):
    feed = feedparser.parse(client.get(f"/en/news/{kind}/").content)
    assert not feed.bozo
    titles = [entry.title for entry in feed.entries]
    assert "Online training on intercultural labour market integration" in titles
    assert "EU-Belong mid-term review" in titles
    assert not any("Zwischenfazit" in title for title in titles)
    assert all(entry.link.startswith("http://testserver/en/news/") for entry in feed.entries)
    mid_term = next(entry for entry in feed.entries if entry.title == "EU-Belong mid-term review")
    assert [tag.term for tag in mid_term.tags] == ["Project news"]


def test_index_pages_announce_their_feeds(client, demo):
    html = client.get("/de/aktuelles/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/de/aktuelles/rss/"' in html
    assert 'type="application/atom+xml"' in html and 'href="/de/aktuelles/atom/"' in html


@pytest.mark.parametrize("language,index_url", [("de", "/de/aktuelles/"), ("en", "/en/news/")])
def test_news_items_announce_their_index_feeds_and_link_their_categories(client, demo, language, index_url):
    from news.models import NewsPage

    item = NewsPage.objects.live().filter(locale__language_code=language, categories__isnull=False).first()
    category = item.categories.first()
    html = client.get(item.url).content.decode()
    assert 'type="application/rss+xml"' in html and f'href="{index_url}rss/"' in html
    assert f'href="{index_url}atom/"' in html
    assert f'href="{index_url}?category={category.slug}"' in html


def test_feed_carries_the_twenty_newest(client, news_index, empty_news):
    for number in range(25):
        add_news(news_index, f"Meldung {number}")
    feed = feedparser.parse(client.get("/de/aktuelles/rss/").content)
    assert len(feed.entries) == 20
