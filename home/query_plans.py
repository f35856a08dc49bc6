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
    """Queries run inside this block are planned for their own parameter values (PostgreSQL; elsewhere it does
    nothing). The connection's setting is put back afterwards, so other queries keep their reused plans; not a
    transaction-local SET, which in an enclosing transaction (ATOMIC_REQUESTS, tests) would outlive the block."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('plan_cache_mode', 'force_custom_plan', false)")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET plan_cache_mode")
