"""Plans made for the values at hand, where PostgreSQL's reused plan goes wrong.

The database connection prepares a query after its fifth run (site_config settings: `prepare_threshold`), and
after five more PostgreSQL may switch that prepared statement to one generic plan for any parameter values. For
most pages that saves planning time. For a filtered listing it can be far off: the generic plan of the project
index filtered by status and theme guesses 57 matching pages where there are 1,700, and its page of cards took
40 ms instead of 5 on the bench site (the count 26 instead of 15)."""

from contextlib import contextmanager

from django.db import connection


@contextmanager
def planned_for_their_values():
    """Queries run inside this block are planned for their own parameter values (PostgreSQL with server-side
    binding; elsewhere it does nothing). They are sent as unnamed statements, which PostgreSQL plans at each run
    with the values bound, instead of being prepared after their fifth run; other queries keep their prepared
    statements and reused plans. Only psycopg's setting changes, so this costs no round trip (setting and resetting
    `plan_cache_mode` on the server around the block cost two statements per filtered listing and search)."""
    if connection.vendor != "postgresql":
        yield
        return
    connection.ensure_connection()
    database = connection.connection
    threshold = database.prepare_threshold
    database.prepare_threshold = None  # psycopg: never prepare, and do not use what is already prepared
    try:
        yield
    finally:
        database.prepare_threshold = threshold
