"""PostgreSQL: German and English stemming, compounds, typos, umlauts and language isolation (one backend and
one stemming configuration per language)."""

import pytest
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from tests.search.conftest import only_postgresql, titles

pytestmark = only_postgresql


@pytest.mark.parametrize(
    "query", ["Integrationsstrategie", "Integrationsstrategien", "Kommune", "Integration", "integration"]
)
def test_german_stemming_and_compounds(make_news, search, query):
    make_news(
        "de", "Neue Leitlinien", teaser="Integrationsstrategien für kleine Kommunen im ländlichen Raum."
    )
    response, html = search("de", query)
    assert response.status_code == 200
    assert "Neue Leitlinien" in titles(html)


@pytest.mark.parametrize("query", ["strategy", "strategies", "municipality", "integration"])
def test_english_stemming(make_news, search, query):
    make_news(
        "en", "New guidelines", teaser="Integration strategies for small municipalities in rural areas."
    )
    response, html = search("en", query)
    assert response.status_code == 200
    assert "New guidelines" in titles(html)


def test_a_small_typo_still_finds_the_page(make_news, search):
    make_news("de", "Wohnraumvermittlung", teaser="Beratung bei der Wohnungssuche.")
    response, html = search("de", "Wohnraumvermitlung")
    assert "Wohnraumvermittlung" in titles(html)
    assert "Keine genauen Treffer" in html  # the visitor is told these are similar words


@pytest.mark.parametrize(
    "written,query",
    [("München", "Muenchen"), ("Muenchen", "München"), ("Straße", "Strasse"), ("Düsseldorf", "Duesseldorf")],
)
def test_umlauts_match_their_transliterations(make_news, search, written, query):
    make_news("de", f"Treffen in {written}", teaser=f"Ein Netzwerktreffen in {written}.")
    _response, html = search("de", query)
    assert f"Treffen in {written}" in titles(html)
    assert f"<mark>{written}</mark>" in html  # the original spelling is highlighted


def test_each_language_finds_only_its_own_pages(make_news, search):
    make_news("de", "Quartiersarbeit Zebrastreifen", teaser="Ein deutsches Projekt.")
    make_news("en", "Neighbourhood work Zebrastreifen", teaser="An English project.")
    _response, german = search("de", "Zebrastreifen")
    _response, english = search("en", "Zebrastreifen")
    assert titles(german) == ["Quartiersarbeit Zebrastreifen"]
    assert titles(english) == ["Neighbourhood work Zebrastreifen"]


def test_each_language_is_indexed_with_its_own_stemming(make_news):
    german = make_news("de", "Kommunen", teaser="")
    english = make_news("en", "Strategies", teaser="")
    # German stemming of "Kommunen", English stemming of "Strategies" (the weight letter follows the lexeme).
    assert _title_vector(german).startswith("'kommun':1")
    assert _title_vector(english).startswith("'strategi':1")


def _title_vector(page):
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type_id=page.content_type_id)
    return str(entry.title)


def test_update_index_rebuilds_both_languages(make_news, search):
    make_news("de", "Kommunale Integrationsstrategien")
    make_news("en", "Municipal strategies")
    IndexEntry.objects.all().delete()
    assert "Kommunale" not in search("de", "Kommune")[1]

    call_command("update_index", verbosity=0)

    assert "Kommunale Integrationsstrategien" in titles(search("de", "Kommune")[1])
    assert "Municipal strategies" in titles(search("en", "strategy")[1])
