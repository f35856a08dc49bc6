"""PostgreSQL only: pg_trgm and trigram indexes on the search index's plain-text columns, for typo-tolerant
(fuzzy) matching; the same indexes Wagtail's `enable_trigram` command creates. No-op elsewhere."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
TRIGRAM_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS modelsearch_title_text_trgm ON {TABLE} USING gin (title_text gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS modelsearch_body_text_trgm ON {TABLE} USING gin (body_text gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS modelsearch_title_text_unaccent_trgm ON {TABLE} "
    "USING gin (f_unaccent(title_text) gin_trgm_ops)",
    f"CREATE INDEX IF NOT EXISTS modelsearch_body_text_unaccent_trgm ON {TABLE} "
    "USING gin (f_unaccent(body_text) gin_trgm_ops)",
]


def enable_trigram(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in TRIGRAM_SQL:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_enable_unaccent")]

    operations = [migrations.RunPython(enable_trigram, migrations.RunPython.noop)]
