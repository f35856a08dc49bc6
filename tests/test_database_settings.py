"""Connection settings the app relies on for speed at scale."""

import pytest
from django.db import connection


@pytest.mark.django_db
def test_postgresql_connections_run_without_the_jit_compiler():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (CI runs it)")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


@pytest.mark.django_db
def test_postgresql_connections_price_index_probes_for_memory_and_ssd():
    """random_page_cost 1.1 instead of PostgreSQL's 4 (DB_RANDOM_PAGE_COST): a project's partners are looked up by
    id instead of scanning the page ids in order (make bench)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (CI runs it)")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"


@pytest.mark.django_db
def test_postgresql_queries_are_prepared_after_repeated_runs():
    """Server-side binding: the same query with other values is one prepared statement, planned once."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (CI runs it)")
    from wagtail.models import Page

    connection.ensure_connection()
    for pk in range(1, 8):
        list(Page.objects.filter(pk=pk).values_list("pk", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", ["%wagtailcore_page%"]
        )
        assert cursor.fetchone()[0] >= 1
