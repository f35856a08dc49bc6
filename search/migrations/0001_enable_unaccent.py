"""PostgreSQL only: the unaccent extension and the immutable f_unaccent() wrapper that accent-insensitive trigram
matching needs. It must exist before pg_trgm's indexes on f_unaccent(...) (next migration). No-op elsewhere."""

from django.db import migrations

UNACCENT_SQL = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION f_unaccent(text)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$func$
SELECT public.unaccent('public.unaccent', $1)
$func$;
"""


def enable_unaccent(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(UNACCENT_SQL)


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(enable_unaccent, migrations.RunPython.noop)]
