"""A migration step that runs SQL on PostgreSQL only (SQLite, the embedded default, skips it).

For indexes PostgreSQL can use and SQLite cannot declare, or does not need at its demo size."""

from django.db import migrations


def postgresql_only(create_sql: str, drop_sql: str) -> migrations.RunPython:
    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(create_sql)

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(drop_sql)

    return migrations.RunPython(forwards, backwards)
