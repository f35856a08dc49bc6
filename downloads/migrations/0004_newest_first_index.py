"""An index in the order material listings and the home page read (newest publication date first, undated last).

PostgreSQL only: SQLite cannot declare NULLS LAST in an index, and its demo-sized tables do not need one. With it
PostgreSQL reads the first rows of the index instead of sorting every material of a language (make bench: 30 ms
to 0.2 ms for the home page's three newest of 1,000)."""

from django.db import migrations

from home.postgres_migrations import postgresql_only

INDEX = "downloads_material_newest_first"


class Migration(migrations.Migration):
    dependencies = [("downloads", "0003_easy_read_summary")]

    operations = [
        postgresql_only(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON downloads_learningmaterialpage "
            "(publication_date DESC NULLS LAST, page_ptr_id)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
