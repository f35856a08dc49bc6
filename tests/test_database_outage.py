"""The database stops mid-run: a real PostgreSQL cluster of the test's own, a real gunicorn with production settings.

While PostgreSQL is down, a page already in the page cache is still served, any other page answers 503 with the
friendly page, and an editor's save is refused without a traceback. After `pg_ctl start` the same app server
recovers by itself and the database holds no trace of the refused save.
"""

import http.client
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import NewsPage
from tests.servers import free_port, start_gunicorn, wait_for_port

pytestmark = pytest.mark.postgres

INITDB = "/usr/local/bin/initdb"
PG_CTL = "/usr/local/bin/pg_ctl"
# In CI (CI=… or REQUIRE_BROWSER=1, set by .ci/run) a missing tool is a failure, locally a skip.
STRICT = bool(os.environ.get("CI")) or os.environ.get("REQUIRE_BROWSER") == "1"
PASSWORD = "ausfall-Passwort-2026"


class PrivateCluster:
    """A throw-away PostgreSQL cluster in a temporary directory (initdb refuses root, so run as `postgres`)."""

    def __init__(self):
        self.base = Path(tempfile.mkdtemp(prefix="gem-pg-"))
        self.data = self.base / "data"
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")

    def _run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.base)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    def init(self):
        self._run(INITDB, "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")

    def start(self):
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(PG_CTL, "-D", str(self.data), "-l", str(self.base / "log"), "-o", options, "-w", "start")

    def stop(self):
        self._run(PG_CTL, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self):
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                ["runuser", "-u", "postgres", "--", PG_CTL, "-D", str(self.data), "-m", "immediate", "stop"]
                if os.geteuid() == 0
                else [PG_CTL, "-D", str(self.data), "-m", "immediate", "stop"],
                capture_output=True,
            )
        shutil.rmtree(self.base, ignore_errors=True)

    def psql(self, sql, database="gemeinsam"):
        return subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database, "-qAtc", sql],
            capture_output=True,
            text=True,
            check=True,
        ).stdout


class Visitor:
    """A tiny HTTP client that keeps cookies by hand (production cookies are Secure; the test speaks HTTP)."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, data=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body, headers)
        response = conn.getresponse()
        content = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        conn.close()
        return response, content

    def csrf_token(self, path):
        _response, content = self.request("GET", path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1)


@pytest.fixture
def cluster(db):
    if connection.vendor != "postgresql":
        pytest.skip(
            "PostgreSQL only: the suite runs on SQLite (the dead-port test in test_security covers it)"
        )
    for tool in (INITDB, PG_CTL, shutil.which("pg_dump"), shutil.which("psql")):
        if not tool or not Path(tool).exists():
            message = f"{tool or 'pg_dump/psql'} not found: cannot run a private PostgreSQL cluster"
            pytest.fail(message) if STRICT else pytest.skip(message)
    private = PrivateCluster()
    try:
        private.init()
        private.start()
        private.psql("CREATE DATABASE gemeinsam", database="postgres")
        # The committed demo content of the test database, copied into the private cluster.
        source = connection.settings_dict
        dump = subprocess.Popen(
            ["pg_dump", "--no-owner", "-h", source["HOST"] or "127.0.0.1", "-p", str(source["PORT"] or 5432),
             "-U", source["USER"] or "postgres", source["NAME"]],
            stdout=subprocess.PIPE,
        )  # fmt: skip
        restore = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(private.port), "-U", "postgres", "-d", "gemeinsam", "-q",
             "-v", "ON_ERROR_STOP=1"],
            stdin=dump.stdout, capture_output=True, text=True,
        )  # fmt: skip
        dump.wait()
        assert dump.returncode == 0 and restore.returncode == 0, restore.stderr
        hasher = PBKDF2PasswordHasher()
        private.psql(
            "INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff, "
            f"is_active, date_joined) VALUES ('{hasher.encode(PASSWORD, hasher.salt())}', true, 'ausfall', '', '', "
            "'ausfall@example.org', true, true, now())"
        )
        yield private
    finally:
        private.remove()


@pytest.fixture
def app_server(cluster, tmp_path):
    """gunicorn, one worker (so its persistent database connection must survive the outage), production settings."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "tests.fault_settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{cluster.port}/gemeinsam",
        "VAR_DIR": str(tmp_path / "var"),
    }
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 - closed below
    server, port = start_gunicorn(env, stdout=log, extra_args=("--timeout", "30"))
    try:
        wait_for_port(port, server)
        yield port, tmp_path / "gunicorn.log"
    finally:
        server.terminate()
        server.wait(10)
        log.close()


def _edit_data(page, title, token):
    data = nested_form_data({"title": title, "slug": page.slug, "body": streamfield([])})
    data.update(date=page.date.isoformat(), csrfmiddlewaretoken=token)
    return data


CHECK = """
import json
from wagtail.models import Page, Revision
page = Page.objects.get(pk={pk})
revisions = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")
print(json.dumps({{"titles": [r.content["title"] for r in revisions], "problems": [len(p) for p in Page.find_problems()]}}))
"""


def test_database_stops_and_comes_back(cluster, app_server):
    port, server_log = app_server
    page = NewsPage.objects.filter(locale__language_code="de").live().first()
    titles_before = [r.content["title"] for r in page.revisions.order_by("created_at", "pk")]
    visitor, editor = Visitor(port), Visitor(port)

    assert visitor.request("GET", "/de/")[0].status == 200
    cached, _ = visitor.request("GET", "/de/")
    assert cached.getheader("X-Page-Cache") == "hit"
    editor_token = editor.csrf_token("/admin/login/")
    login, _ = editor.request(
        "POST",
        "/admin/login/",
        {"username": "ausfall", "password": PASSWORD, "csrfmiddlewaretoken": editor_token},
    )
    assert login.status == 302, login.status
    edit_url = f"/admin/pages/{page.pk}/edit/"
    token = editor.csrf_token(edit_url)

    cluster.stop()

    cached, _ = visitor.request("GET", "/de/")
    assert cached.status == 200 and cached.getheader("X-Page-Cache") == "hit"  # the cached page still answers
    down, content = visitor.request("GET", "/en/projects/")
    assert down.status == 503 and down.getheader("Retry-After") == "60"
    assert "briefly unavailable" in content
    saved, content = editor.request("POST", edit_url, _edit_data(page, "Während des Ausfalls", token))
    assert saved.status == 503
    assert "Traceback" not in content and "OperationalError" not in content and "psycopg" not in content

    cluster.start()

    # The same gunicorn worker, not restarted: its broken connection is replaced on the next request.
    back, content = visitor.request("GET", "/en/projects/")
    assert back.status == 200, content[:500]
    saved, _ = editor.request("POST", edit_url, _edit_data(page, "Nach dem Ausfall", token))
    assert saved.status == 302

    check = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CHECK.format(pk=page.pk)],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        env={
            "PATH": os.environ.get("PATH", ""),
            "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{cluster.port}/gemeinsam",
        },
    )
    assert check.returncode == 0, check.stderr
    state = json.loads(check.stdout.strip().splitlines()[-1])
    assert state["titles"] == [*titles_before, "Nach dem Ausfall"]  # nothing of the refused save
    assert state["problems"] == [0, 0, 0, 0, 0]  # Page.find_problems(): the tree is intact
    assert "Internal Server Error" not in server_log.read_text()  # Django logs every 500 under that name
