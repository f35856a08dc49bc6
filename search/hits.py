"""Counting searches for the admin's search promotions report ("popular searches"): one row per query and day.

Wagtail's `Query.get(q).add_hit()` takes three statements (get or create the query, get or create the day's row,
add one); on PostgreSQL one statement does the same, on SQLite two. A search is the only public request that
writes, so this is on the search page's path for every first page of results."""

from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

QUERIES = Query._meta.db_table
HITS = QueryDailyHits._meta.db_table

# The query's row is inserted only when missing (no identity value spent on every search). Two first searches for
# the same new query at the same moment may count one hit: the second does not see the first's row yet.
POSTGRESQL = f"""
    WITH new AS (
        INSERT INTO {QUERIES} (query_string)
        SELECT %s WHERE NOT EXISTS (SELECT 1 FROM {QUERIES} WHERE query_string = %s)
        ON CONFLICT (query_string) DO NOTHING
        RETURNING id
    ), found AS (
        SELECT id FROM new UNION ALL SELECT id FROM {QUERIES} WHERE query_string = %s
    )
    INSERT INTO {HITS} (query_id, date, hits) SELECT id, %s, 1 FROM found LIMIT 1
    ON CONFLICT (query_id, date) DO UPDATE SET hits = {HITS}.hits + 1
"""
NEW_QUERY = f"INSERT INTO {QUERIES} (query_string) VALUES (%s) ON CONFLICT (query_string) DO NOTHING"
ADD_HIT = f"""
    INSERT INTO {HITS} (query_id, date, hits) SELECT id, %s, 1 FROM {QUERIES} WHERE query_string = %s
    ON CONFLICT (query_id, date) DO UPDATE SET hits = {HITS}.hits + 1
"""


def record_search(query: str) -> None:
    """One more hit today for `query`, normalised as Wagtail does (lower case, single spaces, 255 characters)."""
    query_string = normalise_query_string(query)
    if not query_string:
        return
    today = timezone.now().date()  # as Wagtail's add_hit
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL, [query_string, query_string, query_string, today])
        else:
            cursor.execute(NEW_QUERY, [query_string])
            cursor.execute(ADD_HIT, [today, query_string])
