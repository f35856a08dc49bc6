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
from django.db.models import Count, IntegerField, Value
from django.utils import timezone, translation

from home.page_cache import compiled_queries as _kept

# The query compiles to nothing (e.g. `pk__in=[]`): no rows, and no SQL, as Django would answer it.
_NO_ROWS = "no rows"


def known_empty(queryset):
    """`queryset.none()` that knows it has no rows: iterating it, `len()`, `bool()`, `.count()` and `.exists()`
    answer without compiling. Django compiles an empty queryset until it finds that it matches nothing, and for a
    page type's wide rows that took about 0.7 ms (make bench: a news item or material that links no project, on
    every view). A queryset made from it (`.filter()`, `.order_by()`) is empty too, and compiled again."""
    empty = queryset.none()
    empty._result_cache = []  # what an evaluated queryset keeps: Django's own methods read it first
    empty._prefetch_done = True
    return empty


def listing_key(name: str, index_page, *filters) -> tuple | None:
    """The key of an index page's listing: its name, the index page and the filters it depends on. None for a
    preview of an index page not saved yet, which has no id of its own (two such previews would share the key):
    its listing is built and compiled on every view."""
    if index_page.pk is None:
        return None
    return (name, index_page.pk, *filters)


def rows(key: tuple, build, moment=None) -> list:
    """`list(build())`, with the queryset `build()` returns built and compiled once per `key`. `moment` is the
    current time where the query compares with it (open calls): the kept SQL's parameters that are the moment it
    was compiled at are set to this one on each run."""
    return _run(key, build, moment=moment)


def rows_for(key: tuple, build, value: int | str | tuple) -> list:
    """`list(build(value))`, with the query compiled once per `key` for every `value` (an id, or a text compared
    as it is, like a URL path, or a tuple of those, kept per length): it is compiled for stand-ins, and each run
    sets the parameters that were a stand-in to its own value. For the rows of one page (its partners, files,
    news) on every page of a type, the page at a path, or the pages with some ids, without keeping a query per
    page."""
    return _run((*key, len(value)) if isinstance(value, tuple) else key, build, value=value)


def _run(key: tuple, build, moment=None, value=None) -> list:
    full_key = (*key, translation.get_language(), timezone.localdate())
    kept = _kept.get(full_key, lambda: _compile_first(build, moment, value))
    if kept != _NO_ROWS:
        kept = _for_this_run(kept, moment, value)
    if getattr(settings, "CHECK_COMPILED_QUERIES", False):
        _check(full_key, kept, _compile(build(value) if value is not None else build(), moment))
    if kept == _NO_ROWS:
        return []
    queryset, compiler, _moment_at, _value_at = kept
    queryset = queryset._chain()
    queryset.query.get_compiler = lambda *args, **kwargs: compiler
    return list(queryset)


def count(key: tuple | None, build) -> int:
    """`build().count()`, with the counting query built and compiled once per `key`, as `rows` does (every time
    without a key)."""
    if key is None:
        return build().count()
    counted = rows(
        (*key, "count"),
        lambda: (
            build()
            .order_by()
            .annotate(_all=Value(1, IntegerField()))
            .values("_all")  # grouped by a constant, which Django leaves out: one COUNT over every row
            .annotate(n=Count("pk"))
            .values_list("n", flat=True)
        ),
    )
    return counted[0] if counted else 0


# What `rows_for` compiles its query for, by the value's type: no row has such an id (ids are positive) or such a
# URL path, so the parameters equal to one are exactly the ones that stand for that value.
def _stand_in_for(value, position: int = 0):
    if isinstance(value, tuple):
        return tuple(_stand_in_for(item, position) for position, item in enumerate(value))
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"compiled_queries.rows_for takes ids and texts, not {type(value).__name__}")
    return -7_654_321 - position if isinstance(value, int) else f"/stand-in-7654321-{position}/"


def _positions(value) -> tuple:
    return value if isinstance(value, tuple) else (value,)


def _compile_first(build, moment, value):
    """The query compiled for keeping: for stand-ins where it takes a value."""
    if value is None:
        return _compile(build(), moment)
    stand_in = _stand_in_for(value)
    return _compile(build(stand_in), moment, stand_in)


def _compile(queryset, moment, stand_in=None):
    compiler = queryset.query.get_compiler(queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return _NO_ROWS
    moment_at = []
    if moment is not None:
        as_param = _as_param(moment, compiler.connection)
        moment_at = [index for index, param in enumerate(params) if param == as_param]
    # (parameter, position in the value): a scalar value is position 0 of itself.
    stand_ins = () if stand_in is None else _positions(stand_in)
    value_at = [
        (index, stand_ins.index(param))
        for index, param in enumerate(params)
        if type(param) in (int, str) and param in stand_ins
    ]
    compiler.as_sql = lambda *args, **kwargs: (sql, params)  # what execute_sql() asks for
    # How each column's value becomes Python (results_iter() asks on every run; a page type's wide rows have 40
    # to 80 columns): it follows from the columns, which are kept.
    converters = compiler.get_converters([column[0] for column in compiler.select[: compiler.col_count]])
    compiler.get_converters = lambda expressions: converters
    return queryset, compiler, moment_at, value_at


def _for_this_run(kept, moment, value):
    """A compiler for this run: on this thread's connection (runserver and the tests' live server are threaded),
    with this moment's and this value's parameters; the kept one only lends it what compiling found (SQL,
    columns, how rows become objects)."""
    queryset, kept_compiler, moment_at, value_at = kept
    compiler = copy.copy(kept_compiler)
    compiler.connection = connections[queryset.db]
    if moment_at or value_at:
        sql, params = kept_compiler.as_sql()
        params = list(params)
        as_param = _as_param(moment, compiler.connection) if moment_at else None
        for index in moment_at:
            params[index] = as_param
        values = _positions(value)
        for index, position in value_at:
            params[index] = values[position]
        params = tuple(params)
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
    return queryset, compiler, moment_at, value_at


def _as_param(moment, connection):
    # What a DateTimeField lookup passes to the database: the datetime itself on PostgreSQL, text on SQLite.
    return connection.ops.adapt_datetimefield_value(moment)


def _sql_of(kept):
    if kept == _NO_ROWS:
        return kept
    sql, params = kept[1].as_sql()
    return sql, tuple(params)


def _check(key, kept, fresh):
    if _sql_of(kept) != _sql_of(fresh):
        raise AssertionError(
            f"compiled_queries.rows{key!r}: the key misses something the query depends on; kept "
            f"{_sql_of(kept)!r}, now {_sql_of(fresh)!r}"
        )
