"""PostgreSQL search backends, one per language (see WAGTAILSEARCH_BACKENDS in settings).

Wagtail's database backend keeps one index entry per object, so two backends with different stemming configs
would overwrite each other's entries. Each backend here therefore indexes only the objects of its own locale
(`LANGUAGE`); the default backend also takes everything without a locale (images, documents). On top of
Wagtail's backend it adds:

- umlaut transliteration of indexed text and of queries ("München" and "Muenchen" meet as "muench"),
- prefix matching of every query word, so German compounds are found by their first part,
- a flag the site search uses to fall back to trigram (typo-tolerant) matching.

Only imported when a PostgreSQL backend is configured (the module needs PostgreSQL's index entry model).
"""

import re

from django.contrib.postgres.search import SearchQuery
from django.db import connections, models
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale

from home.query_plans import planned_for_their_values
from search.text import PREFIX_MIN_LENGTH, query_terms, transliterate


class TransliteratingObjectIndexer(ObjectIndexer):
    """Indexes text with umlauts transliterated, for the full-text vectors and the trigram text alike."""

    def prepare_value(self, value):
        return transliterate(super().prepare_value(value))


class LocalisedPostgresIndex(PostgresIndex):
    def objects_of_this_language(self, objs):
        """The objects this backend indexes: those in its locale (plus those without one, for the default)."""
        backend = self.backend
        locale_ids = set(Locale.objects.filter(language_code=backend.language).values_list("pk", flat=True))
        return [
            obj
            for obj in objs
            if (obj.locale_id in locale_ids if hasattr(obj, "locale_id") else backend.index_unlocalised)
        ]

    def add_items(self, model, objs):
        # Same as PostgresIndex.add_items, with two changes: objects of other languages are skipped, and the
        # indexer transliterates. (The parent builds its ObjectIndexer inline, so there is no smaller hook.)
        search_fields = model.get_search_fields()
        if not search_fields:
            return
        indexers = [
            TransliteratingObjectIndexer(obj, self.backend) for obj in self.objects_of_this_language(objs)
        ]
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows_sql = []
        data_params = []
        for indexer in indexers:
            data_params.extend((content_type_pk, indexer.id))
            vectors_sql = []
            for field_name, vector in (
                ("title", indexer.title),
                ("autocomplete", indexer.autocomplete),
                ("body", indexer.body),
            ):
                value = compiler.prepare_value(IndexEntry._meta.get_field(field_name), vector)
                sql, params = value.as_sql(compiler, self.write_connection)
                vectors_sql.append(sql)
                data_params.extend(params)
            data_params.extend((indexer.title_text, indexer.body_text))
            rows_sql.append(f"(%s, %s, {vectors_sql[0]}, {vectors_sql[1]}, {vectors_sql[2]}, 1.0, %s, %s)")

        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows_sql)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 - the table name is ours, the values are parameters
                data_params,
            )
        self._refresh_title_norms()


class LocalisedPostgresQueryCompiler(PostgresSearchQueryCompiler):
    """Plain-text queries: words only (punctuation dropped), transliterated, each long word as a prefix."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = [transliterate(term) for term in query_terms(query.query_string)]
        if not terms:
            # Nothing searchable (only punctuation or emoji): a query that matches nothing.
            terms = [re.sub(r"\s+", " ", query.query_string)[:50] or "-"]
        lexemes = None
        for term in terms:
            lexeme = Lexeme(term, invert=invert, prefix=len(term) >= PREFIX_MIN_LENGTH)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator == "and":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQuery(lexemes, search_type="raw", config=config)


def join_entries_on_integer_ids(sql: str, model) -> str:
    """`sql` with its join of `model` and the index entries compared as integers, where the model's key is one.

    The index keeps every object's id as text, so the search backend joins on `entry.object_id = page.id::varchar`:
    PostgreSQL then turns each of the language's 27,000 page ids into text and hashes them (make bench:
    "Netzwerke", 42 ms). Casting the entry's id instead, `entry.object_id::integer = page.id`, hashes plain
    integers (23 ms). It is safe because the same join restricts the entries to the model's content types first,
    and a page's id is always an integer. Should a new version of the backend write the join differently, `sql`
    comes back unchanged: slower, never wrong (a test notices)."""
    if not isinstance(model._meta.pk, models.IntegerField):  # auto fields included
        return sql
    entry_id = f'"{IndexEntry._meta.db_table}"."object_id"'
    page_id = f'"{model._meta.db_table}"."{model._meta.pk.column}"'
    return sql.replace(f"{entry_id} = ({page_id})::varchar(50)", f"({entry_id})::integer = {page_id}")


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    """A PostgreSQL backend for one language. Options besides Wagtail's: LANGUAGE (a locale's language code) and
    INDEX_UNLOCALISED (also index objects without a locale; set it on exactly one backend)."""

    index_class = LocalisedPostgresIndex
    query_compiler_class = LocalisedPostgresQueryCompiler
    supports_fuzzy = True
    supports_single_pass = True

    def __init__(self, params):
        super().__init__(params)
        self.language = params["LANGUAGE"]
        self.index_unlocalised = params.get("INDEX_UNLOCALISED", False)

    def counts_and_first_page(self, query, queryset, field: str, only_value, limit: int):
        """Facet counts by `field`, and the `limit` best matches (of those with `field` == `only_value`, if given)
        as (id, `field`) pairs, from one pass over the matches. Asking the backend for the counts and then for the
        page joined the page table with the index entries twice, the bulk of a search's time (make bench: about
        26 ms each for "Netzwerke" with 3,750 matching pages)."""
        matches = self.search(query, queryset).annotate_score("_score").get_queryset()
        matches = matches.order_by().values("id", field, "_score")
        matches_sql, params = matches.query.sql_with_params()
        matches_sql = join_entries_on_integer_ids(matches_sql, queryset.model)
        only = f'WHERE "{field}" = %s' if only_value is not None else ""
        sql = f"""
            WITH matches AS MATERIALIZED ({matches_sql})
            SELECT "{field}", COUNT(*), NULL::integer FROM matches GROUP BY "{field}"
            UNION ALL
            (SELECT "{field}", NULL, id FROM matches {only} ORDER BY _score DESC, id DESC LIMIT %s)
        """  # noqa: S608 - the field name is ours (a model field), every value is a parameter
        params = [*params, *([only_value] if only_value is not None else []), limit]
        # Planned for each query's words: the reused generic plan (after ten runs of the prepared statement) took
        # 39 ms for "Netzwerke" on the bench site where its own plan takes 18 ms.
        with planned_for_their_values(), connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts = {value: count for value, count, page_id in rows if page_id is None}
        return counts, [(page_id, value) for value, _count, page_id in rows if page_id is not None]


SearchBackend = LocalisedPostgresSearchBackend
