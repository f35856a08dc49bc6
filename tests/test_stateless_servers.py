"""Two app server processes sharing one PostgreSQL and one Redis: a publish is visible through both at once.

This is what lets the site scale out: nothing an app server keeps in memory decides what a visitor sees.
"""

import os
import socket
import subprocess
import sys
import urllib.request
import uuid

import pytest
from django.conf import settings
from django.db import connection

from tests.servers import start_gunicorn, wait_for_port

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def _get(port, path):
    # Behind a load balancer both processes see the same Host header.
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "gemeinsam.test"})
    with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
        return response.headers.get("X-Page-Cache"), response.read().decode()


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (CI runs it)")
def test_publish_through_one_process_is_visible_through_the_other(tmp_path):
    if not _redis_available():
        pytest.skip("needs Redis on 127.0.0.1:6379")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(
            **{**connection.settings_dict, "HOST": connection.settings_dict["HOST"] or "127.0.0.1"}
        ),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"stateless-{uuid.uuid4().hex[:8]}",
        "PAGE_CACHE_SECONDS_OVERRIDE": "300",
        "VAR_DIR": str(tmp_path),
    }
    servers, ports = zip(*(start_gunicorn(env) for _ in range(2)), strict=True)
    publish = (
        "import django; django.setup();"
        "from wagtail.models import Page;"
        "page = Page.objects.get(url_path__endswith='/leichte-sprache/', locale__language_code='de').specific;"
        "page.title = {title!r}; page.save_revision().publish()"
    )
    # A German-only page: changing it leaves no translation out of date for the tests that run after this one.
    from wagtail.models import Page

    original_title = Page.objects.get(
        url_path__endswith="/leichte-sprache/", locale__language_code="de"
    ).title
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_for_port(port, server)
        # Both processes answer from the one shared cache.
        assert _get(ports[0], "/de/leichte-sprache/")[0] == "miss"
        assert _get(ports[1], "/de/leichte-sprache/")[0] == "hit"

        subprocess.run(
            [sys.executable, "-c", publish.format(title="Leichte Sprache (neu)")],
            cwd=settings.BASE_DIR,
            env=env,
            check=True,
        )
        for port in ports:
            status, html = _get(port, "/de/leichte-sprache/")
            assert "Leichte Sprache (neu)" in html, f"process on {port} still shows the old page ({status})"
    finally:
        subprocess.run(
            [sys.executable, "-c", publish.format(title=original_title)],
            cwd=settings.BASE_DIR,
            env=env,
            check=False,
        )
        for server in servers:
            server.terminate()
            server.wait(timeout=10)
