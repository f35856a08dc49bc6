"""Redis goes away: pages keep coming from the database and an editor's publish still saves (home/cache.py)."""

import shutil
import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

import home.cache
from home.page_cache import HEADER
from news.models import NewsIndexPage, NewsPage
from tests.servers import free_port, wait_for_port

REDIS_SERVER = "/usr/bin/redis-server"
PASSWORD = "ein-langes-Passwort-2026"


@pytest.fixture
def private_redis(settings, monkeypatch):
    """A redis-server of our own (no persistence) that the test may kill; the cache points at it."""
    if not shutil.which(REDIS_SERVER):
        pytest.skip(f"{REDIS_SERVER} is not installed")
    port = free_port()
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port, process, seconds=5)
    url = f"redis://127.0.0.1:{port}/0"
    monkeypatch.setattr(home.cache, "_last_warning", float("-inf"))
    settings.REDIS_URL = url
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "redis-down-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    yield process
    process.kill()
    process.wait()


def test_pages_and_publishing_survive_redis_going_away(client, demo, private_redis, caplog):
    assert client.get("/de/").status_code == 200
    cached = client.get("/de/")
    assert cached.status_code == 200 and cached[HEADER] == "hit"  # Redis was really in use

    private_redis.kill()
    private_redis.wait()

    for path in ("/de/", "/en/", "/de/aktuelles/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.get(HEADER) != "hit"
    assert "Redis unavailable" in caplog.text  # a warning for the operators (at most one a minute)

    # An editor logs in with the password (sessions live in the database) and publishes a news item.
    editor_client = Client()
    get_user_model().objects.create_superuser("ohne-redis", "o@example.org", PASSWORD)
    login = editor_client.post("/admin/login/", {"username": "ohne-redis", "password": PASSWORD})
    assert login.status_code == 302
    index = NewsIndexPage.objects.get(locale__language_code="de")
    data = nested_form_data(
        {
            "title": "Veröffentlicht ohne Redis",
            "slug": "ohne-redis",
            "body": streamfield([]),
            "action-publish": "1",
        }
    )
    data["date"] = NewsPage._meta.get_field("date").default().isoformat()
    response = editor_client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)), data
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="ohne-redis")
    assert page.live and page.revisions.count() == 1

    # The public sees it at once: nothing cached the old listing.
    assert "Veröffentlicht ohne Redis" in client.get("/de/aktuelles/").content.decode()
    assert client.get(page.url).status_code == 200
