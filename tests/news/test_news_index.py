"""The news index: newest first, pagination, filters by category/project/year, the yearly archive, and items
listed from the other language with their language marked."""

import datetime

import pytest

from tests.helpers import tags
from tests.news.conftest import add_news, translate


def titles(html):
    """Item titles in list order (each card's heading)."""
    import re

    return re.findall(r'<h3 class="card__title"[^>]*>(.*?)</h3>', html)


def test_demo_news_in_german_newest_first_with_english_original_labelled(client, demo):
    html = client.get("/de/aktuelles/").content.decode()
    assert titles(html) == [
        "Leipziger Integrationsexpertinnen reisen mit dem Aufbauwerk nach Irland",
        "Zwischenfazit im Projekt EU-Belong",
        "EU-Belong: Wissensaustausch zu inklusivem Wohnen in Danzig",
        "Online training on intercultural labour market integration",
    ]
    assert '<span class="badge news-language" lang="en">English</span>' in html
    assert '<h3 class="card__title" lang="en">Online training' in html
    links = [
        a["href"] for a in tags(html, "a") if a.get("hreflang") == "en" and "online-training" in a["href"]
    ]
    assert links == ["/en/news/online-training-intercultural-labour-market-integration/"]


def test_read_more_link_names_the_item_for_screen_readers(client, demo):
    html = client.get("/de/aktuelles/").content.decode()
    assert (
        'Weiterlesen<span class="visually-hidden">: <span>Zwischenfazit im Projekt EU-Belong</span></span></a>'
        in html
    )
    english = client.get("/en/news/").content.decode()
    assert 'Read more<span class="visually-hidden">: <span>EU-Belong mid-term review</span></span>' in english


def test_english_list_has_only_english_items(client, demo):
    html = client.get("/en/news/").content.decode()
    assert "EU-Belong mid-term review" in html
    assert "Zwischenfazit" not in html
    assert "news-language" not in html  # every item has an English version


def test_other_language_item_only_when_allowed_and_untranslated(client, news_index_en, empty_news):
    allowed = add_news(news_index_en, "Allowed English original", show_in_other_languages=True)
    add_news(news_index_en, "Private English original")
    html = client.get("/de/aktuelles/").content.decode()
    assert titles(html) == ["Allowed English original"]
    translate(allowed, "de", title="Deutsche Übersetzung", slug="deutsche-uebersetzung")
    html = client.get("/de/aktuelles/").content.decode()
    assert titles(html) == ["Deutsche Übersetzung"]
    assert "news-language" not in html


def test_many_other_language_items_are_still_listed_and_counted(
    client, news_index_en, empty_news, monkeypatch
):
    """Past GUESTS_NAMED such items the listing asks for them by subquery instead of by id: same result."""
    monkeypatch.setattr("news.listings.GUESTS_NAMED", 1)
    for day in (1, 2, 3):
        add_news(
            news_index_en,
            f"English original {day}",
            date=datetime.date(2025, 3, day),
            show_in_other_languages=True,
        )
    add_news(news_index_en, "Private English original")
    response = client.get("/de/aktuelles/")
    assert titles(response.content.decode()) == [
        "English original 3",
        "English original 2",
        "English original 1",
    ]
    assert response.context["page_obj"].paginator.count == 3


def test_pagination_twelve_per_page_and_bad_pages_are_404(client, news_index, empty_news):
    for day in range(1, 16):
        add_news(news_index, f"Meldung {day:02d}", date=datetime.date(2025, 3, day))
    first = titles(client.get("/de/aktuelles/").content.decode())
    assert len(first) == 12 and first[0] == "Meldung 15"
    second = titles(client.get("/de/aktuelles/?page=2").content.decode())
    assert second == ["Meldung 03", "Meldung 02", "Meldung 01"]
    for bad in ("3", "0", "abc", "-1", "99999999999999999999"):
        assert client.get(f"/de/aktuelles/?page={bad}").status_code == 404


def test_filter_by_category_project_and_year(
    client, news_index, news_index_en, category, project, empty_news
):
    add_news(news_index, "Mit Kategorie", date=datetime.date(2024, 5, 1)).categories.set([category])
    linked = add_news(news_index, "Mit Projekt", date=datetime.date(2023, 5, 1))
    linked.related_projects.set([project])
    linked.save_revision().publish()
    cat_page = add_news(news_index, "Kategorie gespeichert", date=datetime.date(2022, 5, 1))
    cat_page.categories.set([category])
    cat_page.save_revision().publish()
    add_news(news_index, "Ohne alles", date=datetime.date(2022, 6, 1))

    by_category = titles(client.get("/de/aktuelles/?category=knowledge-exchange").content.decode())
    assert by_category == ["Kategorie gespeichert"]  # the first item's categories were never published
    assert titles(client.get(f"/de/aktuelles/?project={project.pk}").content.decode()) == ["Mit Projekt"]
    assert titles(client.get("/de/aktuelles/?year=2022").content.decode()) == [
        "Ohne alles",
        "Kategorie gespeichert",
    ]
    # The English translation of an item links the German project; the English filter still finds it.
    translate(linked, title="With project", slug="with-project")
    english_project = project.get_translation(news_index_en.locale)
    assert titles(client.get(f"/en/news/?project={english_project.pk}").content.decode()) == ["With project"]


def test_an_item_linked_in_both_languages_is_listed_and_counted_once(
    client, news_index, category, project, empty_news
):
    """An item may link both language versions of a category or project (an editor picked the English one on
    the German item): the filter still lists and counts it once."""
    from news.models import NewsCategory
    from projects.models import ProjectPage

    english_category = NewsCategory.objects.get(
        locale__language_code="en", translation_key=category.translation_key
    )
    english_project = ProjectPage.objects.get(
        locale__language_code="en", translation_key=project.translation_key
    )
    item = add_news(news_index, "Doppelt verknüpft", date=datetime.date(2024, 5, 1))
    item.categories.set([category, english_category])
    item.related_projects.set([project, english_project])
    item.save_revision().publish()
    add_news(news_index, "Ohne Verknüpfung", date=datetime.date(2024, 6, 1))

    for query in ["category=knowledge-exchange", f"project={project.pk}"]:
        html = client.get(f"/de/aktuelles/?{query}").content.decode()
        assert titles(html) == ["Doppelt verknüpft"], query
        assert "1 Meldung" in html, query


@pytest.mark.parametrize(
    "query",
    [
        "category=nope",
        "category=%00",
        "category=%C3%A4",
        "project=abc",
        "project=999999",
        "project=%00",
        "project=%C2%B2",
        "year=20x4",
        "year=99999",
        "year=%C2%B2%C2%B2%C2%B2%C2%B2",
        "year=%00",
    ],
)
def test_invalid_filters_are_ignored(client, demo, query):
    response = client.get(f"/de/aktuelles/?{query}")
    if "%00" in query:  # NUL bytes are refused with 400 before any view runs (home.security)
        assert response.status_code == 400
        return
    assert response.status_code == 200
    assert len(titles(response.content.decode())) == 4


def test_yearly_archive(client, demo):
    html = client.get("/de/aktuelles/2023/").content.decode()
    assert "<h1>Aktuelles: 2023</h1>" in html
    assert "Leipziger Integrationsexpertinnen" not in html  # 2024
    assert len(titles(html)) == 3
    assert client.get("/de/aktuelles/2024/").status_code == 200
    assert client.get("/de/aktuelles/1800/").status_code == 404


def test_news_item_page_shows_facts_in_its_language(client, demo):
    html = client.get("/en/news/eu-belong-mid-term-review/").content.decode()
    assert "17 July 2023" in html
    assert ">Project news</a>" in html  # the category in English though the link was made in German
    assert "#EU-Belong" in html
    html = client.get("/de/aktuelles/zwischenfazit-eu-belong/").content.decode()
    assert "17. Juli 2023" in html
    assert ">Projektnachrichten</a>" in html


def test_project_filter_offers_only_the_selected_project_when_there_are_too_many(client, demo, monkeypatch):
    import re

    from news import listings

    def project_options(url):
        html = client.get(url).content.decode()
        select = re.search(r'<select id="news-project".*?</select>', html, re.S)
        return re.findall(r'<option value="([0-9]+)"( selected)?>', select.group(0)) if select else []

    offered = project_options("/de/aktuelles/")
    assert offered  # the demo's news link EU-Belong
    monkeypatch.setattr(listings, "PROJECT_FILTER_LIMIT", 0)
    assert project_options("/de/aktuelles/") == []
    project_id = offered[0][0]
    assert project_options(f"/de/aktuelles/?project={project_id}") == [(project_id, " selected")]


def test_count_years_and_filters_follow_a_publish_at_once(client, news_index, empty_news):
    """The unfiltered count, the years filter and the project choices are kept until the next publish
    (news.listings): publishing or unpublishing an item must show in them on the next request."""
    for day in range(12):
        add_news(news_index, f"Meldung {day}", date=datetime.date(2024, 3, day + 1))
    html = client.get("/de/aktuelles/").content.decode()
    assert "?page=2" not in html
    assert ">2023<" not in html

    older = add_news(news_index, "Rückblick 2023", date=datetime.date(2023, 5, 2))
    html = client.get("/de/aktuelles/").content.decode()
    assert "?page=2" in html  # the 13th item moves the count past one page
    assert ">2023<" in html
    assert titles(client.get("/de/aktuelles/?page=2").content.decode()) == ["Rückblick 2023"]

    older.unpublish()
    html = client.get("/de/aktuelles/").content.decode()
    assert "?page=2" not in html
    assert ">2023<" not in html
    assert client.get("/de/aktuelles/?page=2").status_code == 404


def test_news_item_without_tags_categories_or_projects_asks_for_none(client, news_index, empty_news):
    """Which items have tags, categories or related projects is kept until the next publish
    (home.links.may_have_links): an item with none asks none of those tables, and what it gets later shows at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    item = add_news(news_index, "Meldung ohne Schlagworte")
    client.get(item.url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(item.url).status_code == 200
    tables = " ".join(query["sql"] for query in captured)
    assert (
        "taggit_tag" not in tables and "news_newscategory" not in tables and "related_projects" not in tables
    )

    item.tags.add("Nachbarschaft")
    item.save_revision().publish()
    assert "#Nachbarschaft" in client.get(item.url).content.decode()
