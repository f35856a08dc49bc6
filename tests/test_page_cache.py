"""The anonymous page cache: hits, what is never cached, and invalidation on publish."""

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory

from home.page_cache import HEADER, AnonymousPageCacheMiddleware, KeptInProcess, bump_generation
from news.models import NewsPage


@pytest.fixture
def page_cache(settings, tmp_path):
    settings.PAGE_CACHE_SECONDS = 300
    settings.VAR_DIR = tmp_path
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "page-cache-generation"
    return settings


def test_second_anonymous_request_is_served_from_cache_without_queries(
    client, demo, page_cache, django_assert_num_queries
):
    first = client.get("/de/aktuelles/")
    assert first[HEADER] == "miss"
    assert "s-maxage=300" in first["Cache-Control"]
    assert "stale-while-revalidate=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get("/de/aktuelles/")
    assert second[HEADER] == "hit"
    assert second.content == first.content


def test_publishing_a_news_item_shows_at_once(client, demo, page_cache):
    client.get("/de/aktuelles/")
    index = demo.page("de", "/aktuelles/")
    item = NewsPage(title="Neue Förderrunde eröffnet", slug="neue-foerderrunde")
    index.add_child(instance=item)
    assert "Neue Förderrunde eröffnet" not in client.get("/de/aktuelles/").content.decode()
    item.save_revision().publish()
    response = client.get("/de/aktuelles/")
    assert response[HEADER] == "miss"
    assert "Neue Förderrunde eröffnet" in response.content.decode()


def test_unpublishing_invalidates_too(client, demo, page_cache):
    page = demo.page("de", "/datenschutz/")
    assert client.get("/de/datenschutz/").status_code == 200
    page.unpublish()
    assert client.get("/de/datenschutz/").status_code == 404


def test_making_a_page_private_takes_effect_at_once(client, demo, page_cache):
    """Restrictions are checked from a cached list of private paths (home.privacy) and pages are cached whole:
    adding or removing a restriction, or aliasing a private page, must show on the next request."""
    from wagtail.models import PageViewRestriction

    page = demo.page("de", "/datenschutz/")
    assert client.get("/de/datenschutz/").status_code == 200
    assert client.get("/de/datenschutz/").status_code == 200  # now from the cache
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/de/datenschutz/").status_code == 302  # to the login page

    alias = page.create_alias(update_slug="datenschutz-kopie")
    assert alias.alias_of_id == page.pk
    assert client.get("/de/datenschutz-kopie/").status_code == 302  # an alias is as private as its source

    restriction.delete()
    assert client.get("/de/datenschutz/").status_code == 200
    assert client.get("/de/datenschutz-kopie/").status_code == 200


def test_logged_in_users_and_admin_are_never_cached(client, demo, page_cache):
    user = get_user_model().objects.create_user("leser", password="x-very-long-password")
    client.force_login(user)
    client.get("/de/")
    assert HEADER not in client.get("/de/")
    assert HEADER not in client.get("/admin/login/")


def test_pages_with_a_form_are_not_cached(client, demo, page_cache):
    client.get("/de/barrierefreiheit/")
    response = client.get("/de/barrierefreiheit/")
    assert HEADER not in response
    assert "csrfmiddlewaretoken" in response.content.decode()


def test_errors_are_not_cached(client, demo, page_cache):
    client.get("/de/gibt-es-nicht/")
    assert HEADER not in client.get("/de/gibt-es-nicht/")


class RecordingBackend:
    """A frontend-cache backend that records what Wagtail asks it to purge."""

    purged: list[str] = []

    def __init__(self, params):
        pass

    def purge(self, url):
        self.purged.append(url)

    def purge_batch(self, urls):
        self.purged.extend(urls)

    def invalidates_hostname(self, hostname):
        return True


def test_publishing_purges_the_page_and_its_listings_in_every_language(demo, settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged = []
    privacy = demo.page("de", "/datenschutz/")
    privacy.save_revision().publish()
    purged = {url.removeprefix("http://testserver") for url in RecordingBackend.purged}
    assert {"/de/datenschutz/", "/en/privacy/", "/de/", "/en/"} <= purged


def test_what_a_request_keeps_is_built_again_after_its_own_publish(settings, tmp_path):
    """The generation is read once per request, but a publish within that request (an editor's, say) is seen by
    what it reads afterwards: a value kept in the process before the publish is not handed out after it."""
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "generation"
    kept, built = KeptInProcess(limit=10), []

    def view(request):
        before = kept.get("menu", lambda: built.append("before") or "old menu")
        bump_generation()
        after = kept.get("menu", lambda: built.append("after") or "new menu")
        return HttpResponse(f"{before} / {after}")

    response = AnonymousPageCacheMiddleware(view)(RequestFactory().post("/de/"))
    assert response.content.decode() == "old menu / new menu"
    assert built == ["before", "after"]
