"""Page URLs are kept per process until the next change (home.page_cache.url_parts): every link must still be
the one Wagtail computes, and follow a new slug or a changed site at once."""

from unittest import mock

from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site


def _request(host="localhost"):
    return RequestFactory().get("/", HTTP_HOST=host)


def test_urls_are_wagtails_in_both_languages(demo):
    request = _request()
    for language in ("de", "en"):
        with translation.override(language):
            for page in Page.objects.live().filter(depth__gt=1).specific():
                assert page.get_url_parts(request) == Page.get_url_parts(page, request)
                assert page.get_url(request) == Page.get_url(page, request)


def test_the_second_link_to_a_page_costs_no_reverse(demo):
    page = demo.page("de", "/projekte/eu-belong/")
    request = _request()
    page.get_url(request)
    with mock.patch("wagtail.models.pages.reverse") as reverse:
        assert page.get_url(request) == "/de/projekte/eu-belong/"
        page.get_url(_request())  # another request of the same generation
    reverse.assert_not_called()


def test_a_new_slug_is_linked_at_once(client, demo):
    page = demo.page("de", "/projekte/eu-belong/")
    assert 'href="/de/projekte/eu-belong/"' in client.get("/de/projekte/").content.decode()
    page.slug = "eu-belong-neu"
    page.save_revision().publish()
    html = client.get("/de/projekte/").content.decode()
    assert 'href="/de/projekte/eu-belong-neu/"' in html
    assert 'href="/de/projekte/eu-belong/"' not in html


def test_a_changed_site_address_is_used_at_once(demo):
    page = demo.page("de", "/projekte/eu-belong/")
    site = Site.objects.get(is_default_site=True)
    assert page.get_full_url(_request()).startswith(site.root_url)
    site.hostname, site.port = "gemeinsam.example", 443
    site.save()
    assert page.get_full_url(_request()) == "https://gemeinsam.example/de/projekte/eu-belong/"


def test_menu_footer_and_language_links_are_kept_too(client, demo):
    """The layout's links (menu, legal pages in the footer, hreflang alternates, language switcher) are kept like
    any other: a second view of a page reverses no URL, and the links are the right ones."""
    expected = {
        "/de/impressum/": ['href="/de/projekte/"', 'href="/de/datenschutz/"', 'href="/en/imprint/"'],
        "/en/projects/eu-belong/": [
            'href="/en/projects/"',
            'href="/en/privacy/"',
            'href="/de/projekte/eu-belong/"',
        ],
    }
    for url, links in expected.items():
        client.get(url)
        with mock.patch("wagtail.models.pages.reverse") as reverse:
            html = client.get(url).content.decode()
        reverse.assert_not_called()
        for link in links:
            assert link in html
