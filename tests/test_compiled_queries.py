"""Queries compiled once (home/compiled_queries.py): the SQL is kept, the rows never are, and a key that misses
something the query depends on fails under the test settings' check."""

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

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


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_a_query_kept_for_one_moment_runs_at_the_next():
    """Open calls compare with the current time: the kept SQL is run with each request's moment."""
    joined = timezone.now()
    get_user_model().objects.create(username="neu-im-team", date_joined=joined)

    def joined_by(moment):
        users = compiled_queries.rows(
            ("users-joined",),
            lambda: get_user_model().objects.filter(username="neu-im-team", date_joined__lte=moment),
            moment=moment,
        )
        return [user.username for user in users]

    with _compilations() as compiled:
        assert joined_by(joined - timedelta(seconds=1)) == []
        assert joined_by(joined) == ["neu-im-team"]
        assert joined_by(joined + timedelta(days=400)) == ["neu-im-team"]
        assert joined_by(joined - timedelta(microseconds=1)) == []
    assert compiled.call_count == 1


def test_the_check_compares_the_moment_too():
    """Under the check, a run at another moment compiles again and must match what the kept SQL ran with."""
    moment = timezone.now()
    for later in (moment, moment + timedelta(hours=1)):
        compiled_queries.rows(
            ("users-joined",),
            lambda later=later: get_user_model().objects.filter(date_joined__lte=later),
            moment=later,
        )
    with pytest.raises(AssertionError, match="misses something"):
        # A query that compares with another time than the moment it is given (an hour before) fails the check.
        compiled_queries.rows(
            ("users-joined",),
            lambda: get_user_model().objects.filter(date_joined__lte=moment - timedelta(hours=1)),
            moment=moment,
        )


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


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_a_count_is_compiled_once_per_listing_key_and_every_time_for_an_index_not_saved_yet():
    """Two previews of index pages not saved yet would both have the id None: they get no key, and their
    listing and count are built and compiled on every view instead of sharing one kept query."""
    from projects.models import ProjectIndexPage

    Group.objects.create(name="Testgruppe Ost")
    saved = ProjectIndexPage.objects.first()
    key = compiled_queries.listing_key("group-index", saved, "Testgruppe")
    assert key == ("group-index", saved.pk, "Testgruppe")
    assert (
        compiled_queries.listing_key("group-index", ProjectIndexPage(title="Vorschau"), "Testgruppe") is None
    )
    with _compilations() as compiled:
        for _ in range(2):
            assert compiled_queries.count(key, lambda: _groups("Testgruppe")) == 1
        assert compiled.call_count == 1
        for _ in range(2):
            assert compiled_queries.count(None, lambda: _groups("Testgruppe")) == 1
        assert compiled.call_count == 3


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
    """The home page's open calls, featured projects, news, events and materials: a second view compiles only the
    prefetches, whose SQL names the listed rows."""
    assert client.get("/de/").status_code == 200
    with _compilations() as compiled:
        first = client.get("/de/")
    with _compilations() as again:
        assert client.get("/de/").content == first.content
    with (
        mock.patch.object(compiled_queries, "rows", lambda key, build, moment=None: list(build())),
        _compilations() as without_kept_queries,
    ):
        assert client.get("/de/").content == first.content
    # 7 and 15 on the demo content: what is left are the prefetches (deadlines, categories, renditions, funders).
    assert compiled.call_count == again.call_count <= 7
    assert without_kept_queries.call_count >= compiled.call_count + 6


def test_a_known_empty_queryset_answers_without_compiling():
    """What `known_empty` gives answers every question a page asks of it with no query and nothing compiled; a
    queryset made from it is empty too."""
    Group.objects.create(name="Testgruppe Leer")
    empty = compiled_queries.known_empty(Group.objects.all())
    with _compilations() as compiled, CaptureQueriesContext(connection) as queries:
        assert list(empty) == [] and len(empty) == 0 and not empty
        assert empty.count() == 0 and not empty.exists() and empty.first() is None
    assert compiled.call_count == 0 and len(queries) == 0
    assert list(empty.filter(name="Testgruppe Leer")) == []


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_a_page_compiles_nothing_for_links_and_restrictions_it_does_not_have(client, demo):
    """A news item that links no project and has no tags, outside any private section: a view compiles no query
    for its projects, its tags or its view restrictions (each was about 0.2 to 0.7 ms of compiling on every view),
    and the page still shows what it has."""
    from wagtail.models import PageViewRestriction

    from news.models import NewsPage
    from projects.models import ProjectPage

    item = NewsPage.objects.live().filter(locale__language_code="de").first()
    item.related_projects.clear()
    item.tags.clear()
    item.save_revision().publish()
    url = item.get_url()
    assert client.get(url).status_code == 200

    compiled_models = []
    compile_sql = SQLCompiler.as_sql

    def recording(compiler, *args, **kwargs):
        compiled_models.append(compiler.query.model)
        return compile_sql(compiler, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", recording):
        response = client.get(url)
    assert response.status_code == 200 and item.title in response.content.decode()
    assert ProjectPage not in compiled_models
    assert PageViewRestriction not in compiled_models
    assert not any(model._meta.label_lower == "taggit.tag" for model in compiled_models)


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_rows_for_sets_each_value_of_a_tuple_where_its_stand_in_was():
    """One query compiled for three ids serves any three ids, each in its place, and two ids get their own; a
    wrong value type is refused."""
    groups = [Group.objects.create(name=f"Testgruppe Tupel {number}") for number in range(6)]

    def named(ids):
        return [
            group.name
            for group in compiled_queries.rows_for(
                ("groups-by-id",), lambda ids: Group.objects.filter(pk__in=ids).order_by("name"), ids
            )
        ]

    assert named(tuple(group.pk for group in groups[:3])) == [group.name for group in groups[:3]]
    with _compilations() as compiled:
        assert named(tuple(group.pk for group in groups[3:])) == [group.name for group in groups[3:]]
    assert compiled.call_count == 0
    assert named((groups[0].pk, groups[5].pk)) == [groups[0].name, groups[5].name]
    with pytest.raises(TypeError):
        compiled_queries.rows_for(("groups-by-flag",), lambda flag: Group.objects.filter(pk=flag), True)
