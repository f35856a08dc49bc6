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
