"""PostgreSQL only: each index entry marked with its object's language, and an index of the unpublished pages.

Every language's search backend writes into Wagtail's one table of index entries, and only the page table told a
German entry from an English one, so the search's one-pass statement joined the matching entries with all 27,000
live pages of the language (make bench, "Netzwerke": a hash of every live page on each search, about two thirds
of the search's CPU under load). With the language on the entry itself (`gemeinsam_locale_id`, written by
search.backends.postgres with every entry; Wagtail's own code never reads it) the statement reads the matching
entries of the language alone, and leaves out the unpublished pages (a small partial index) and private sections
(by path). The column is filled here for the entries that exist. No-op elsewhere (SQLite searches with FTS5)."""

from django.db import migrations

from home.postgres_migrations import postgresql_only

COLUMN = "gemeinsam_locale_id"
UNPUBLISHED = "gemeinsam_unpublished_pages"


class Migration(migrations.Migration):
    dependencies = [("search", "0004_live_pages_by_language_index")]

    operations = [
        postgresql_only(
            f"ALTER TABLE wagtailsearch_indexentry ADD COLUMN IF NOT EXISTS {COLUMN} integer NULL",
            f"ALTER TABLE wagtailsearch_indexentry DROP COLUMN IF EXISTS {COLUMN}",
        ),
        # An entry stores the page's own (most specific) content type, as the page row does; ids compared as
        # text, as the entry keeps them (other models' ids need not be numbers).
        postgresql_only(
            f"UPDATE wagtailsearch_indexentry AS entry SET {COLUMN} = page.locale_id FROM wagtailcore_page AS page "
            "WHERE entry.object_id = page.id::text AND entry.content_type_id = page.content_type_id",
            "SELECT 1",
        ),
        postgresql_only(
            f"CREATE INDEX IF NOT EXISTS {UNPUBLISHED} ON wagtailcore_page (id) WHERE NOT live",
            f"DROP INDEX IF EXISTS {UNPUBLISHED}",
        ),
    ]
