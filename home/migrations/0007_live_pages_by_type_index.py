"""PostgreSQL only: live pages by type and tree path, with their id and depth in the index.

A listing's filtered count (projects of one status and theme, say) joins its matching rows with the live pages of
one type below its index page. PostgreSQL found those pages through Wagtail's content-type index and read every
page row of the type in both languages (10,000 projects on the bench site, 3.5 ms of the count's 10); this index
answers "live, this type, below this path" from a range of its own entries (about 1 ms). No-op elsewhere."""

from django.db import migrations

from home.postgres_migrations import postgresql_only

INDEX = "gemeinsam_live_pages_by_type"


class Migration(migrations.Migration):
    dependencies = [("home", "0006_image_alt_text_per_language"), ("wagtailcore", "0094_alter_page_locale")]

    operations = [
        postgresql_only(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (content_type_id, path) "
            "INCLUDE (id, depth) WHERE live",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
