"""Listing queries built and compiled once, then run as often as pages ask for them.

Django builds a queryset and compiles it to SQL on every request, and for Wagtail's wide page rows (the page
table's thirty columns joined with the page type's own) that costs more than running it: on the bench site the
home page's featured projects took 1.2 ms to build, 3 ms to compile and 0.6 ms in PostgreSQL, and building and
compiling were about 40 % of the home page's time. A query whose SQL and parameters follow from a few values (the
language, a page, the filters of a listing) is built and compiled once per key and generation (a publish starts a
new one, as for everything else kept in the process); each request then runs the kept SQL, and Django builds the
model instances, select_related rows and prefetches from it as it always does. Rows are never kept.

The key names what the query depends on; the active language and the day are always part of it. Under the test
settings (CHECK_COMPILED_QUERIES) every reuse compiles the query again and fails when its SQL or parameters differ
from the kept ones, so a key that misses something fails the tests rather than showing another listing's rows.
"""

import copy

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.utils import timezone, translation

from home.page_cache import compiled_queries as _kept

_NO_ROWS = (
    "no rows"  # the query compiles to nothing (e.g. `pk__in=[]`), as Django would answer it without SQL
)


def rows(key: tuple, build) -> list:
    """`list(build())`, with the queryset `build()` returns built and compiled once per `key`."""
    full_key = (*key, translation.get_language(), timezone.localdate())
    kept = _kept.get(None, full_key, lambda: _compile(build()))
    if getattr(settings, "CHECK_COMPILED_QUERIES", False):
        _check(full_key, kept, _compile(build()))
    if kept == _NO_ROWS:
        return []
    queryset, compiler = kept
    # Each run gets its own compiler on this thread's connection (runserver and the tests' live server are
    # threaded); the kept one only lends it what compiling found: SQL, columns and how rows become objects.
    compiler = copy.copy(compiler)
    compiler.connection = connections[queryset.db]
    queryset = queryset._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: compiler
    return list(queryset)


def _compile(queryset):
    compiler = queryset.query.get_compiler(queryset.db)
    try:
        sql = compiler.as_sql()
    except EmptyResultSet:
        return _NO_ROWS
    compiler.as_sql = lambda *args, **kwargs: sql  # what execute_sql() asks for
    return queryset, compiler


def _sql_of(kept):
    return kept if kept == _NO_ROWS else kept[1].as_sql()


def _check(key, kept, fresh):
    if _sql_of(kept) != _sql_of(fresh):
        raise AssertionError(
            f"compiled_queries.rows{key!r}: the key misses something the query depends on; kept "
            f"{_sql_of(kept)!r}, now {_sql_of(fresh)!r}"
        )
