"""The language switcher and hreflang links, with and without a translation of the page."""

from tests.helpers import tags
from tests.translation.conftest import translate_fully

NOTICE_EN = "The page you were reading is not available in this language yet."


def _switcher_links(html):
    nav = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {link["hreflang"]: link["href"] for link in tags(nav, "a")}


def _alternates(html):
    return {link["hreflang"]: link["href"] for link in tags(html, "link") if link.get("rel") == "alternate"}


def test_switcher_without_translation_goes_to_nearest_translated_ancestor(german_page, client):
    html = client.get(german_page.url).content.decode()
    target = _switcher_links(html)["en"]
    assert target == "/en/projects/?not_translated=1"

    landing = client.get(target).content.decode()
    assert NOTICE_EN in landing
    assert '<html lang="en"' in landing
    # Only the existing language is announced to search engines.
    assert set(_alternates(html)) == {"de", "x-default"}


def test_switcher_with_translation_goes_to_the_translated_slug(
    german_page, en, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        translate_fully(
            german_page,
            en,
            {"Nur auf Deutsch": "Now in English", "nur-deutsch": "now-in-english"},
            publish=True,
        )
    html = client.get(german_page.url).content.decode()
    assert _switcher_links(html)["en"] == "/en/projects/now-in-english/"

    english_html = client.get("/en/projects/now-in-english/").content.decode()
    assert NOTICE_EN not in english_html
    assert _switcher_links(english_html)["de"] == german_page.url
    alternates = _alternates(english_html)
    assert set(alternates) == {"de", "en", "x-default"}
    assert alternates["en"].endswith("/en/projects/now-in-english/")
    assert alternates["x-default"] == alternates["de"]
    canonical = [link["href"] for link in tags(english_html, "link") if link.get("rel") == "canonical"]
    assert canonical == [alternates["en"]]


def test_draft_translation_is_not_offered(german_page, en, client):
    translate_fully(german_page, en, publish=False)  # a draft (never published): still "not translated"
    html = client.get(german_page.url).content.decode()
    assert _switcher_links(html)["en"] == "/en/projects/?not_translated=1"
    assert "en" not in _alternates(html)
