"""Queries compiled once (home/compiled_queries.py): the SQL is kept, the rows never are, and a key that misses
something the query depends on fails under the test settings' check."""

import threading
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test import override_settings
from django.utils import translation

from home import compiled_queries

pytestmark = pytest.mark.django_db


class _Compilations:
    """Counts SQLCompiler.as_sql calls, subqueries included (a kept compiler answers without the class's)."""

    def __init__(self):
        self.call_count = 0
        compile_sql = SQLCompiler.as_sql

        def counting(compiler, *args, **kwargs):
            self.call_count += 1
            return compile_sql(compiler, *args, **kwargs)

        self._patch = mock.patch.object(SQLCompiler, "as_sql", counting)

    def __enter__(self):
        self._patch.start()
        return self

    def __exit__(self, *exc):
        self._patch.stop()


_compilations = _Compilations


def _group_names(name_prefix):
    return [
        group.name for group in compiled_queries.rows(("groups", name_prefix), lambda: _groups(name_prefix))
    ]


def _groups(name_prefix):
    return Group.objects.filter(name__startswith=name_prefix).order_by("name")


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_the_query_is_compiled_once_and_its_rows_are_read_each_time():
    with _compilations() as compiled:
        assert _group_names("Testgruppe") == []
        assert compiled.call_count == 1
        Group.objects.create(
            name="Testgruppe Nord"
        )  # a row the kept SQL must find, with no publish in between
        assert _group_names("Testgruppe") == ["Testgruppe Nord"]
        Group.objects.create(name="Testgruppe Süd")
        assert _group_names("Testgruppe") == ["Testgruppe Nord", "Testgruppe Süd"]
        assert compiled.call_count == 1


def test_a_key_that_misses_a_filter_fails_under_the_check():
    Group.objects.create(name="Testgruppe Nord")
    assert compiled_queries.rows(("groups",), lambda: _groups("Testgruppe")) != []
    with pytest.raises(AssertionError, match="misses something"):
        compiled_queries.rows(("groups",), lambda: _groups("Probegruppe"))


def test_each_language_and_key_keeps_its_own_query():
    Group.objects.create(name="de: Testgruppe")
    Group.objects.create(name="en: Editors")
    with translation.override("de"):
        german = compiled_queries.rows(("groups-of-language",), lambda: _groups("de:"))
    with translation.override("en"):
        english = compiled_queries.rows(("groups-of-language",), lambda: _groups("en:"))
    assert [group.name for group in german] == ["de: Testgruppe"]
    assert [group.name for group in english] == ["en: Editors"]


def test_a_query_that_can_match_nothing_asks_the_database_nothing(django_assert_num_queries):
    for _ in range(2):
        with django_assert_num_queries(0):
            assert compiled_queries.rows(("no-groups",), lambda: Group.objects.filter(pk__in=[])) == []


def test_another_thread_runs_the_kept_query_on_its_own_connection():
    """runserver and the browser tests' live server answer on other threads than the one that compiled. The other
    thread's connection sees only committed rows: the demo's editors group."""
    assert _group_names("Redaktion") == ["Redaktion / Editors"]
    seen, errors = [], []

    def other_thread():
        try:
            seen.extend(_group_names("Redaktion"))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert errors == []
    assert seen == ["Redaktion / Editors"]


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_the_home_page_compiles_its_listings_once(client, demo):
    """The home page's featured projects, news, events and materials: a second view compiles only what depends on
    the moment (the open calls and their deadlines) and the prefetches, whose SQL names the listed rows."""
    assert client.get("/de/").status_code == 200
    with _compilations() as compiled:
        first = client.get("/de/")
    with _compilations() as again:
        assert client.get("/de/").content == first.content
    with (
        mock.patch.object(compiled_queries, "rows", lambda key, build: list(build())),
        _compilations() as without_kept_queries,
    ):
        assert client.get("/de/").content == first.content
    assert compiled.call_count == again.call_count <= 9
    assert without_kept_queries.call_count >= compiled.call_count + 5
