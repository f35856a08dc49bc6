"""The foundation: configuration checks, language routing, home pages, 404s and the demo content command."""

import io
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from tests.helpers import tags


def test_system_check_has_no_deprecation_warnings():
    result = subprocess.run(
        [sys.executable, "-W", "error::DeprecationWarning", "manage.py", "check", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        env={"DJANGO_SETTINGS_MODULE": "site_config.settings.test", "PATH": "/usr/bin:/bin", **_db_env()},
    )
    assert result.returncode == 0, result.stderr + result.stdout


def _db_env():
    import os

    return {key: os.environ[key] for key in ("DATABASE_URL", "HOME") if key in os.environ}


@pytest.mark.django_db
def test_no_missing_migrations():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize(
    "accept_language,target",
    [("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9", "/de/"), ("fr-FR,fr;q=0.9", "/de/"), ("", "/de/")],
)
def test_root_redirects_by_accept_language(client, accept_language, target, db):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize(
    "language,heading", [("de", "Integration gemeinsam gestalten"), ("en", "Shaping integration together")]
)
def test_home_page_in_both_languages(client, db, language, heading):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert heading in html
    alternates = {
        link["hreflang"]: link["href"] for link in tags(html, "link") if link.get("rel") == "alternate"
    }
    assert set(alternates) == {"de", "en", "x-default"}
    assert alternates["x-default"].endswith("/de/")


def test_home_pages_are_translations_of_each_other(demo):
    assert demo.home("de").translation_key == demo.home("en").translation_key


@pytest.mark.parametrize(
    "path,text", [("/de/gibt-es-nicht/", "Seite nicht gefunden"), ("/en/does-not-exist/", "Page not found")]
)
def test_unknown_url_gives_localized_404(client, db, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.content.decode()


@pytest.mark.parametrize(
    "path",
    ["/de/projekte/", "/en/projects/", "/de/aktuelles/", "/en/news/", "/de/materialien/", "/en/materials/"],
)
def test_section_index_pages_exist_in_both_languages(client, db, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/de/search/", "/en/search/", "/de/search/?q=Projekte"])
def test_search_view_in_both_languages(client, db, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/admin/login/", "/robots.txt", "/sitemap.xml"])
def test_non_page_urls_live_outside_the_language_prefix(client, db, path):
    assert client.get(path).status_code == 200


def test_language_switcher_links_to_the_translated_page(client, db):
    html = client.get("/de/projekte/").content.decode()
    switcher_links = [a for a in tags(html, "a") if a.get("hreflang") == "en"]
    assert switcher_links[0]["href"] == "/en/projects/"


def test_load_demo_content_is_idempotent(db):
    before = Page.objects.count()
    out = io.StringIO()
    call_command("load_demo_content", "--skip-index", stdout=out)
    assert Page.objects.count() == before
    assert "nothing new" in out.getvalue()


def test_demo_content_has_no_untranslated_strings(demo_load_output):
    assert "Demo content ready" in demo_load_output
    assert "without an English demo translation" not in demo_load_output
