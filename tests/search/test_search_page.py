"""The search page on every database: the form, bad input, pagination, editors' picks, highlighting and the
index following publish and unpublish."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale

from home.models import HomePage
from news.models import NewsPage
from tests.search.conftest import facets, only_postgresql, plural, titles


def test_empty_query_shows_the_form(search):
    response, html = search("de", "")
    assert response.status_code == 200
    assert 'name="q"' in html
    assert "um Projekte, Ausschreibungen, Neuigkeiten und Materialien zu durchsuchen" in html
    assert "search-results" not in html


@pytest.mark.parametrize(
    "query",
    [
        "x" * 1000,
        "Integration " * 90,
        '"Kommune',
        "'; DROP TABLE wagtailcore_page; --",
        "SELECT * FROM auth_user WHERE 1=1 OR 1=1",
        "100%",
        "%_%",
        "back\\slash \\",
        "AND OR NOT NEAR",
        "a:b & c | !d <-> (e)",
        "😀🎉",
        "Integration 😀",
        "<script>alert(1)</script>",
        "\x00",
        "-",
    ],
)
@pytest.mark.parametrize("language", ["de", "en"])
def test_bad_input_is_harmless(search, language, query):
    response, html = search(language, query)
    # A NUL byte is refused with 400 before the view (home.security); everything else is searched.
    assert response.status_code == (400 if "\x00" in query else 200)
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "99999"},
        {"page": "0"},
        {"page": "-1"},
        {"page": "1e9"},
        {"type": "bogus"},
        {"type": "wagtailcore.page"},
        {"type": "x" * 500},
    ],
)
def test_bad_parameters_give_200_or_404(search, params):
    response, _html = search("de", "Integration", **params)
    assert response.status_code in (200, 404)


def test_unknown_type_is_ignored(make_news, search):
    make_news("de", "Meldung Zauberwort")
    response, html = search("de", "Zauberwort", type="bogus")
    assert response.status_code == 200
    assert titles(html) == ["Meldung Zauberwort"]


def test_results_are_paginated_with_a_total(make_news, search):
    for number in range(12):
        make_news("de", f"Meldung {number:02d} Zauberwort")
    _response, first = search("de", "Zauberwort")
    assert "12 Ergebnisse" in first
    assert len(titles(first)) == 10
    assert 'rel="next"' in first
    response, second = search("de", "Zauberwort", page="2")
    assert response.status_code == 200
    assert len(titles(second)) == 2
    assert set(titles(first)).isdisjoint(titles(second))
    assert search("de", "Zauberwort", page="3")[0].status_code == 404


def test_matching_words_are_highlighted_and_escaped(make_news, search):
    make_news(
        "de", "<b>Zauberwort</b> & mehr", teaser="Ein Text mit dem Zauberwort <script>alert(1)</script>."
    )
    _response, html = search("de", "zauberwort")
    assert "&lt;b&gt;<mark>Zauberwort</mark>&lt;/b&gt; &amp; mehr" in html
    assert "dem <mark>Zauberwort</mark> &lt;script&gt;alert(1)&lt;/script&gt;." in html
    assert "<script>alert" not in html


def test_cards_show_type_and_date(make_news, search):
    import datetime

    make_news("de", "Meldung Zauberwort", date=datetime.date(2026, 3, 5))
    make_news("en", "News magicword", date=datetime.date(2026, 3, 5))
    assert "5. März 2026" in search("de", "Zauberwort")[1]
    html = search("en", "magicword")[1]
    assert "5 March 2026" in html
    assert '<span class="badge">news item</span>' in html


def test_index_follows_publish_and_unpublish_in_both_languages(make_news, search):
    for language in ("de", "en"):
        page = make_news(language, "Entwurf Zauberwort", publish=False)
        assert titles(search(language, "Zauberwort")[1]) == []  # drafts are not found

        page.save_revision().publish()
        page.refresh_from_db()
        assert titles(search(language, "Zauberwort")[1]) == ["Entwurf Zauberwort"]

        page.title = "Veröffentlicht Hokuspokus"
        page.save_revision().publish()
        page.refresh_from_db()
        assert titles(search(language, "Hokuspokus")[1]) == ["Veröffentlicht Hokuspokus"]
        assert titles(search(language, "Zauberwort")[1]) == []

        page.unpublish()
        assert titles(search(language, "Hokuspokus")[1]) == []


def test_only_the_active_language_is_searched(make_news, search):
    make_news("de", "Deutsche Meldung Zauberwort")
    make_news("en", "English news Zauberwort")
    assert titles(search("de", "Zauberwort")[1]) == ["Deutsche Meldung Zauberwort"]
    assert titles(search("en", "Zauberwort")[1]) == ["English news Zauberwort"]


def test_editors_picks_are_shown_first_in_each_language(make_news, search):
    german = make_news("de", "Förderaufruf Wohnen", teaser="Alles zum Aufruf.")
    english = german.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Call for proposals: housing"
    english.save_revision().publish()
    query = Query.get("Förderung")
    SearchPromotion.objects.create(
        query=query, page=german, description="Unser wichtigster Aufruf.", sort_order=0
    )
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", external_link_text="Example", sort_order=1
    )

    _response, html = search("de", "förderung")  # promotions match case-insensitively
    assert "Empfohlen" in html
    promoted = html.index("search-promotions")
    assert html.index("Förderaufruf Wohnen", promoted) < html.index("Example", promoted)
    assert "Unser wichtigster Aufruf." in html

    _response, html = search("en", "Förderung")
    assert "Call for proposals: housing" in html  # the pick shows its English translation
    assert "Förderaufruf Wohnen" not in html

    _response, html = search("de", "anderes")
    assert "Empfohlen" not in html


def test_searches_are_recorded_for_the_promotions_report(search):
    search("de", "Zauberwort")
    search("de", "zauberwort")
    search("de", "  ZAUBERWORT   Kommune ")
    yesterday = timezone.now().date() - timedelta(days=1)
    QueryDailyHits.objects.create(query=Query.get("kommune"), date=yesterday, hits=5)
    search("en", "Kommune")
    search("de", "Kommune", page="2")  # later pages are the same search, not another one
    assert QueryDailyHits.objects.get(query__query_string="zauberwort").hits == 2
    assert QueryDailyHits.objects.get(query__query_string="zauberwort kommune").hits == 1
    assert dict(QueryDailyHits.objects.filter(query__query_string="kommune").values_list("date", "hits")) == {
        yesterday: 5,
        timezone.now().date(): 1,
    }
    assert Query.objects.filter(query_string__contains="zauberwort").count() == 2


def test_a_search_without_picks_reads_no_picks_and_counts_its_hit_in_one_write(search):
    search("de", "Zauberwort")  # warm: site structure, the kept list of queries with picks
    with CaptureQueriesContext(connection) as context:
        response, _html = search("de", "Zauberwort")
    assert response.status_code == 200
    sql = [query["sql"] for query in context.captured_queries]
    assert not [statement for statement in sql if "wagtailsearchpromotions_searchpromotion" in statement]
    writes = [statement for statement in sql if "wagtailsearchpromotions_" in statement]
    assert len(writes) == (1 if connection.vendor == "postgresql" else 2)
    assert QueryDailyHits.objects.get(query__query_string="zauberwort").hits == 2


def test_a_new_pick_shows_at_once(make_news, search, settings):
    settings.PAGE_CACHE_SECONDS = 300  # the search page itself is cached for anonymous readers too
    german = make_news("de", "Förderaufruf Wohnen")
    _response, html = search("de", "Wohnen")
    assert "Empfohlen" not in html
    SearchPromotion.objects.create(query=Query.get("wohnen"), page=german, sort_order=0)
    _response, html = search("de", "Wohnen")
    assert "Empfohlen" in html
    SearchPromotion.objects.filter(query__query_string="wohnen").delete()
    _response, html = search("de", "Wohnen")
    assert "Empfohlen" not in html


def test_query_count_does_not_grow_with_the_results(make_news, search):
    for number in range(3):
        make_news("de", f"Meldung {number} Zauberwort")
    for number in range(15):
        make_news("de", f"Meldung {number} Simsalabim", teaser="Simsalabim")

    def queries(query):
        search("de", query)  # warm the site-root cache
        with CaptureQueriesContext(connection) as context:
            response, html = search("de", query)
        assert response.status_code == 200
        return len(context.captured_queries), len(titles(html))

    small, shown_small = queries("Zauberwort")
    large, shown_large = queries("Simsalabim")
    assert (shown_small, shown_large) == (3, 10)
    assert large <= small


def test_facets_count_per_type_and_narrow_the_results(make_news, search, demo):
    for number in range(3):
        make_news("de", f"Meldung {number} Zauberwort")
    home = demo.home("de")
    home.teaser = "Zauberwort auf der Startseite."
    home.save_revision().publish()

    _response, html = search("de", "Zauberwort")
    assert "4 Ergebnisse" in html
    assert facets(html) == {"Alle Arten": 4, plural(NewsPage, "de"): 3, plural(HomePage, "de"): 1}

    _response, html = search("de", "Zauberwort", type="news.newspage")
    assert "3 Ergebnisse dieser Art" in html
    assert sorted(titles(html)) == ["Meldung 0 Zauberwort", "Meldung 1 Zauberwort", "Meldung 2 Zauberwort"]
    # The other facets stay visible with their counts, so the visitor can switch.
    assert facets(html) == {"Alle Arten": 4, plural(NewsPage, "de"): 3, plural(HomePage, "de"): 1}


def test_the_first_part_of_a_compound_finds_it(make_news, search):
    make_news("de", "Neue Leitlinien", teaser="Integrationsstrategien für kleine Kommunen.")
    _response, html = search("de", "Integration")
    assert "Neue Leitlinien" in titles(html)
    assert "<mark>Integrationsstrategien</mark>" in html


def test_update_index_command_runs(make_news, search):
    make_news("de", "Meldung Zauberwort")
    call_command("update_index", verbosity=0)
    assert titles(search("de", "Zauberwort")[1]) == ["Meldung Zauberwort"]


@only_postgresql
def test_first_page_in_one_pass_ranks_as_the_backend_does(make_news, search, demo):
    """PostgreSQL finds the facet counts and the first page in one pass; the page must list the same pages in the
    same order as the backend's own ranking, for all types and for one, and page 2 continues where it stops."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from search.site_search import FirstPageKnown, backend_name_for, search_pages

    for number in range(8):
        make_news("de", f"Meldung {number} Zauberwort", teaser="Zauberwort " * (number % 3 + 1))
    for number in range(5):
        make_news("de", f"Bericht {number}", teaser=f"Ein Text mit Zauberwort Nummer {number}.")
    home = demo.home("de")
    home.teaser = "Zauberwort auf der Startseite."
    home.save_revision().publish()
    locale = home.locale

    for type_key in ["", "news.newspage", "home.homepage"]:
        outcome = search_pages("Zauberwort", locale, type_key, page_number=1, per_page=10)
        assert isinstance(outcome.results, FirstPageKnown)
        one_pass = [page.pk for page in outcome.results[0:10]]
        usual = search_pages("Zauberwort", locale, type_key)
        assert not isinstance(usual.results, FirstPageKnown)
        assert one_pass == [page.pk for page in usual.results[0:10]]
        assert outcome.facets == usual.facets and outcome.count == usual.count
    assert outcome.count == 1  # the home page alone
    backend = get_search_backend(backend_name_for("de"))
    assert len(list(backend.search("Zauberwort", Page.objects.live().filter(locale=locale)))) == 14

    _response, first = search("de", "Zauberwort")
    _response, second = search("de", "Zauberwort", page="2")
    assert "14 Ergebnisse" in first
    assert len(titles(first)) == 10 and len(titles(second)) == 4
    assert set(titles(first)).isdisjoint(titles(second))


@only_postgresql
def test_the_kept_search_statement_takes_each_searchs_words(make_news, search, settings):
    """The one-pass statement is compiled once per language for a stand-in word; each search puts its own words in
    (one word, several, and in the other language), so each finds its own pages. Checked without the tests'
    recompiling (CHECK_COMPILED_QUERIES), which would hide a wrong substitution behind a fresh statement."""
    settings.CHECK_COMPILED_QUERIES = False
    make_news("de", "Meldung Zauberwort")
    make_news("de", "Meldung Hexenwerk Besen")
    make_news("en", "Story about a wizardry word")
    assert titles(search("de", "Zauberwort")[1]) == ["Meldung Zauberwort"]
    assert titles(search("de", "Hexenwerk")[1]) == ["Meldung Hexenwerk Besen"]
    assert titles(search("de", "Hexenwerk Besen")[1]) == ["Meldung Hexenwerk Besen"]
    assert titles(search("en", "wizardry")[1]) == ["Story about a wizardry word"]
    assert titles(search("en", "Zauberwort")[1]) == []


@only_postgresql
def test_the_one_pass_search_reads_the_entries_of_its_language(make_news, search):
    """The one-pass statement reads the index entries of the reader's language by their language mark, instead of
    joining them with every live page of the language (make bench: about two thirds of a search's CPU under load).
    A new entry gets the mark of its page's language; an English one is not found in German."""
    from wagtail.models import Locale

    german = make_news("de", "Meldung Zauberwort")
    english = make_news("en", "Zauberwort story")
    marks = dict(
        connection.cursor()
        .execute(
            "SELECT object_id, gemeinsam_locale_id FROM wagtailsearch_indexentry WHERE object_id IN (%s, %s)",
            [str(german.pk), str(english.pk)],
        )
        .fetchall()
    )
    assert marks == {
        str(german.pk): Locale.objects.get(language_code="de").pk,
        str(english.pk): Locale.objects.get(language_code="en").pk,
    }
    with CaptureQueriesContext(connection) as context:
        response, html = search("de", "Zauberwort")
    assert response.status_code == 200 and titles(html) == ["Meldung Zauberwort"]
    one_pass = [
        query["sql"] for query in context.captured_queries if "WITH matches AS MATERIALIZED" in query["sql"]
    ]
    assert len(one_pass) == 1
    assert '"wagtailsearch_indexentry".gemeinsam_locale_id = ' in one_pass[0]
    assert "JOIN" not in one_pass[0]


@only_postgresql
def test_a_type_without_matches_shows_every_type(make_news, search):
    """Asking for a type that has no match shows all matches (the one-pass first page was for that type)."""
    make_news("de", "Meldung Zauberwort")
    response, html = search("de", "Zauberwort", type="home.homepage")
    assert response.status_code == 200
    assert titles(html) == ["Meldung Zauberwort"]


def test_private_pages_and_what_is_below_them_are_not_found(make_news, search, demo):
    """A password-protected news item is not listed (nor counted), and neither are pages below a protected
    section; lifting the restriction lists them again at once."""
    from wagtail.models import PageViewRestriction

    make_news("de", "Offene Meldung Zauberwort")
    secret = make_news("de", "Geheime Meldung Zauberwort")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    _response, html = search("de", "Zauberwort")
    assert titles(html) == ["Offene Meldung Zauberwort"]
    assert "1 Ergebnis" in html

    section = demo.page("de", "/aktuelles/")
    restriction.delete()
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    _response, html = search("de", "Zauberwort")
    assert titles(html) == []

    PageViewRestriction.objects.all().delete()
    _response, html = search("de", "Zauberwort")
    assert sorted(titles(html)) == ["Geheime Meldung Zauberwort", "Offene Meldung Zauberwort"]


def test_only_the_first_page_is_taken_from_the_one_pass_result():
    """Slices other than the first page (a later page, an open-ended slice, a step) go to the backend."""
    from search.site_search import FirstPageKnown

    backend_results = [f"result {n}" for n in range(30)]
    results = FirstPageKnown([(101, 1), (102, 1)], 10, backend_results)
    assert results[10:20] == backend_results[10:20]
    assert results[0:None] == backend_results
    assert results[0:20] == backend_results[0:20]  # more than the known page
    assert results[0:10:2] == backend_results[0:10:2]
    assert results[3] == "result 3"
