"""With Redis as the shared cache (several app servers), a page reads the generation once and what is kept until
the next publish from this process, and still shows another server's publish at once (home.page_cache)."""

import os
import time
import uuid

import pytest
import redis
from django.core.cache import caches
from wagtail.models import Page

from home.page_cache import GENERATION_KEY, forget_kept_in_process
from news.models import NewsIndexPage

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def shared_cache(settings):
    """The cache in Redis under a key prefix of this test's own, removed afterwards."""
    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    prefix = f"shared-cache-test-{uuid.uuid4().hex}"
    settings.REDIS_URL = REDIS_URL
    settings.CACHES = {
        "default": {"BACKEND": "home.cache.ResilientRedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}
    }
    forget_kept_in_process()
    yield caches["default"]
    forget_kept_in_process()
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


def _count_reads(backend, monkeypatch) -> list:
    """The keys the site reads from the cache, one entry per call from outside (get_or_set calls get itself)."""
    reads, depth = [], [0]
    for name in ("get", "get_or_set", "get_many"):
        original = getattr(backend, name)

        def counting(*args, _original=original, **kwargs):
            if not depth[0]:
                reads.append(args[0] if args else None)
            depth[0] += 1
            try:
                return _original(*args, **kwargs)
            finally:
                depth[0] -= 1

        monkeypatch.setattr(backend, name, counting)
    return reads


def test_a_page_reads_the_generation_once_and_kept_values_from_the_process(
    client, demo, shared_cache, monkeypatch
):
    assert client.get("/de/impressum/").status_code == 200  # builds the kept values and stores them in Redis
    reads = _count_reads(shared_cache, monkeypatch)
    assert client.get("/de/impressum/").status_code == 200
    assert reads.count(GENERATION_KEY) == 1
    # Besides the generation, only what is not kept per publish (e.g. the accessibility links' own key).
    assert len(reads) <= 3, reads


def test_another_servers_publish_shows_at_once(client, demo, shared_cache):
    news_index = NewsIndexPage.objects.get(locale__language_code="de")
    assert news_index.title in client.get("/de/impressum/").content.decode()  # in the menu
    Page.objects.filter(pk=news_index.pk).update(title="Nachrichten vom anderen Server")  # no signal here
    assert "Nachrichten vom anderen Server" not in client.get("/de/impressum/").content.decode()  # kept
    shared_cache.set(GENERATION_KEY, time.time_ns(), None)  # what a publish on another server does
    assert "Nachrichten vom anderen Server" in client.get("/de/impressum/").content.decode()
