"""The news sections on other pages: latest news and next events on the home page, a project's latest three
news items and upcoming events on its project page, in the page's language."""

import datetime

import time_machine

from tests.news.conftest import add_event, add_news, translate


def _linked(item, project):
    """`item` (news or event) linked to `project` and published."""
    item.related_projects.set([project])
    item.save_revision().publish()
    return item


def test_home_page_shows_latest_news_and_next_events(client, demo):
    html = client.get("/de/").content.decode()
    assert "Aktuelle Meldungen" in html
    assert "Leipziger Integrationsexpertinnen reisen mit dem Aufbauwerk nach Irland" in html
    assert "Nächste Veranstaltungen" in html
    assert "Online-Sprechstunde zu den Lernmaterialien" in html  # the demo's date-relative upcoming event
    english = client.get("/en/").content.decode()
    assert "Integration experts from Leipzig travel to Ireland with Aufbauwerk" in english
    assert "Online office hour on the learning materials" in english


@time_machine.travel(datetime.datetime(2025, 5, 10, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_project_page_shows_its_latest_three_news_and_upcoming_events(
    client, project, news_index, event_index, empty_news, empty_events
):
    items = {}
    for day in range(1, 6):
        item = items[day] = _linked(
            add_news(news_index, f"Projektmeldung {day}", date=datetime.date(2025, 4, day)), project
        )
        translate(item, title=f"Project news {day}", slug=f"project-news-{day}")
    add_news(news_index, "Andere Meldung", date=datetime.date(2025, 5, 1))
    _linked(add_event(event_index, "Projekttreffen", datetime.date(2025, 6, 3)), project)
    _linked(add_event(event_index, "Altes Projekttreffen", datetime.date(2025, 1, 3)), project)

    html = client.get(project.url).content.decode()
    assert "Projektmeldung 5" in html and "Projektmeldung 4" in html and "Projektmeldung 3" in html
    # Items in the page's language carry no language badge or lang attribute (only guests in another one do).
    section = html.split('<section class="project-news"')[1].split("</section>")[0]
    assert 'lang="de"' not in section and "badge" not in section
    # Each item links to its page and shows its date (read as plain values, home.page_urls).
    assert f'<a href="{items[5].url}">Projektmeldung 5</a>' in section
    assert '<time datetime="2025-04-05">5. April 2025</time>' in section
    assert "Projektmeldung 2" not in html and "Andere Meldung" not in html
    assert "Projekttreffen" in html and "Altes Projekttreffen" not in html
    assert f"/de/aktuelles/?project={project.pk}" in html

    english_project = project.get_translations().get()
    html = client.get(english_project.url).content.decode()
    assert "Project news 5" in html and "Project news 3" in html and "Project news 2" not in html
    english_item = items[5].get_translations().get()
    assert f'<a href="{english_item.url}">Project news 5</a>' in html and english_item.url.startswith("/en/")
    assert '<time datetime="2025-04-05">5 April 2025</time>' in html
    # A German item listed in other languages while not translated is a guest on the English page, marked.
    _linked(
        add_news(
            news_index, "Nur auf Deutsch", date=datetime.date(2025, 4, 30), show_in_other_languages=True
        ),
        project,
    )
    section = client.get(english_project.url).content.decode().split('<section class="project-news"')[1]
    guest = section.split("</section>")[0].split("<li>")[1]
    assert (
        "Nur auf Deutsch" in guest and '<span class="badge" lang="de">' in guest and 'hreflang="de"' in guest
    )


@time_machine.travel(datetime.datetime(2025, 5, 10, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_a_project_without_news_or_events_asks_for_none(client, project, empty_news, empty_events):
    """Which projects news items, events and materials link to is kept until the next publish, so a project page
    with none of them does not look for them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(project.url)
    with CaptureQueriesContext(connection) as captured:
        html = client.get(project.url).content.decode()
    tables = " ".join(query["sql"] for query in captured)
    assert '"news_newspage"' not in tables and '"news_eventpage"' not in tables
    assert '"downloads_learningmaterialpage"' not in tables
    assert "Testprojekt Nachbarschaft" in html


@time_machine.travel(datetime.datetime(2025, 5, 10, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_news_and_events_linked_later_show_at_once(
    client, project, news_index, event_index, empty_news, empty_events
):
    assert "Erste Projektmeldung" not in client.get(project.url).content.decode()  # the links are kept now
    item = _linked(add_news(news_index, "Erste Projektmeldung", date=datetime.date(2025, 5, 2)), project)
    _linked(add_event(event_index, "Erstes Projekttreffen", datetime.date(2025, 6, 3)), project)

    html = client.get(project.url).content.decode()
    assert "Erste Projektmeldung" in html and "Erstes Projekttreffen" in html

    # A new slug: the link follows at once (links are kept until the next publish).
    item.slug = "umbenannte-projektmeldung"
    item.save_revision().publish()
    item.refresh_from_db()
    html = client.get(project.url).content.decode()
    assert (
        f'<a href="{item.url}">Erste Projektmeldung</a>' in html and "umbenannte-projektmeldung" in item.url
    )

    item.related_projects.set([])
    item.save_revision().publish()
    assert "Erste Projektmeldung" not in client.get(project.url).content.decode()
