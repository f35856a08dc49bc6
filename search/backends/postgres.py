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

from django.conf import settings
from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models.sql import Query as DjangoQuery
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
from wagtail.models import Locale, Page

from home.page_cache import compiled_queries as kept_statements
from home.query_plans import planned_for_their_values
from search.scope import SearchScope
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
            data_params.extend((content_type_pk, indexer.id, getattr(indexer.obj, "locale_id", None)))
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
            rows_sql.append(
                f"(%s, %s, %s, {vectors_sql[0]}, {vectors_sql[1]}, {vectors_sql[2]}, 1.0, %s, %s)"
            )

        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, {LOCALE_COLUMN}, title, autocomplete, body, title_norm, title_text,
                     body_text)
                (VALUES {", ".join(rows_sql)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET {LOCALE_COLUMN} = EXCLUDED.{LOCALE_COLUMN},
                              title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 - the table name is ours, the values are parameters
                data_params,
            )
        self._refresh_title_norms()


def plain_text_lexemes(query: PlainText, invert: bool = False):
    """The lexemes to look for: words only (punctuation dropped), transliterated, each long word as a prefix,
    joined by the query's operator."""
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
    return lexemes


class LocalisedPostgresQueryCompiler(PostgresSearchQueryCompiler):
    """Plain-text queries as `plain_text_lexemes` finds them."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        return SearchQuery(plain_text_lexemes(query, invert=invert), search_type="raw", config=config)


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

    def counts_and_first_page(self, query: str, scope: SearchScope, only_type: int | None, limit: int):
        """Counts of the matching pages in `scope` by content type, and the `limit` best matches (of content type
        `only_type`, if given) as (page id, content type id) pairs, from one pass over the index entries of the
        scope's language. Asking the backend for the counts and then for the page joined the page table with the
        index entries twice (make bench: about 26 ms each for "Netzwerke" with 3,750 matching pages), and joining
        them once still hashed every live page of the language on each search; the entries know their language
        (`LOCALE_COLUMN`), so only the unpublished and private pages are looked up, from small indexes.

        The statement is built and compiled once per scope and generation for a stand-in word, and each search puts
        its own words where the stand-in was: building and compiling it took about a tenth of a search's time."""

        def compile_for_stand_in():
            sql, params = self._counts_and_first_page_statement(STAND_IN_WORD, scope, only_type, limit)
            stand_in = self._words_as_parameter(STAND_IN_WORD)
            return sql, params, [index for index, param in enumerate(params) if param == stand_in]

        sql, params, words_at = kept_statements.get(
            ("search-matches", self.language, scope, only_type, limit), compile_for_stand_in
        )
        params = list(params)
        words = self._words_as_parameter(query)
        for index in words_at:
            params[index] = words
        if getattr(settings, "CHECK_COMPILED_QUERIES", False):
            fresh = self._counts_and_first_page_statement(query, scope, only_type, limit)
            if fresh != (sql, tuple(params)):
                raise AssertionError(
                    f"counts_and_first_page({query!r}): kept {sql!r} {params!r}, now {fresh!r}"
                )
        # Planned for each query's words: a reused generic plan (after ten runs of the prepared statement) took
        # twice as long for "Netzwerke" on the bench site as its own plan.
        with planned_for_their_values(), connections[IndexEntry.objects.db].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts = {content_type: count for content_type, count, page_id in rows if page_id is None}
        return counts, [
            (page_id, content_type) for content_type, _count, page_id in rows if page_id is not None
        ]

    def _counts_and_first_page_statement(self, query: str, scope: SearchScope, only_type, limit):
        # The score exactly as the backend ranks (its field weights and boosts), compiled from its own expression.
        matches = self.search(query, Page.objects.all()).annotate_score("_score").get_queryset()
        compiler = matches.query.get_compiler(matches.db)
        score_sql, score_params = compiler.compile(matches.query.annotations["_score"])
        words_sql, words_params = compiler.compile(self._tsquery(query))
        entries = IndexEntry._meta.db_table
        pages = Page._meta.db_table
        types = ", ".join(["%s"] * len(scope.content_type_ids))
        private = " OR ".join(["private.path LIKE %s"] * len(scope.private_paths))
        not_private = (
            f"AND NOT EXISTS (SELECT 1 FROM {pages} AS private WHERE ({private}) "
            f'AND private.id = "{entries}".object_id::integer)'
            if scope.private_paths
            else ""
        )
        only = "WHERE content_type_id = %s" if only_type is not None else ""
        # A page's id is an integer, so its entry's object_id is one too (content types restricted first).
        sql = f"""
            WITH matches AS MATERIALIZED (
                SELECT "{entries}".object_id::integer AS id, "{entries}".content_type_id, {score_sql} AS _score
                FROM "{entries}"
                WHERE "{entries}".{LOCALE_COLUMN} = %s AND "{entries}".content_type_id IN ({types})
                    AND ("{entries}".title || "{entries}".body) @@ {words_sql}
                    AND NOT EXISTS (
                        SELECT 1 FROM {pages} AS unpublished
                        WHERE NOT unpublished.live AND unpublished.id = "{entries}".object_id::integer
                    )
                    {not_private}
            )
            SELECT content_type_id, COUNT(*), NULL::integer FROM matches GROUP BY content_type_id
            UNION ALL
            (SELECT content_type_id, NULL, id FROM matches {only} ORDER BY _score DESC, id DESC LIMIT %s)
        """  # noqa: S608 - table and column names are ours or Wagtail's, every value is a parameter
        params = (
            *score_params,
            scope.locale_id,
            *scope.content_type_ids,
            *words_params,
            *(f"{path}%" for path in scope.private_paths),  # tree paths are letters and digits: no escaping
            *([only_type] if only_type is not None else []),
            limit,
        )
        return sql, params

    def _lexemes(self, query: str):
        # As the backend's query compiler reads a plain-text query (its default operator joins the words).
        return plain_text_lexemes(PlainText(query, operator=self.query_compiler_class.DEFAULT_OPERATOR))

    def _tsquery(self, query: str) -> SearchQuery:
        return SearchQuery(self._lexemes(query), search_type="raw", config=self.config)

    def _words_as_parameter(self, query: str) -> str:
        """The text of the tsquery for `query`'s words, as the statement passes it to `to_tsquery`."""
        connection = connections[IndexEntry.objects.db]
        compiler = DjangoQuery(None).get_compiler(connection=connection)
        _sql, params = self._lexemes(query).as_sql(compiler, connection)
        return params[0]


# A word no page contains (and a long one, so it becomes a prefix like any real word): the kept search statement
# is compiled for it, and its parameter is where each search's words go.
STAND_IN_WORD = "gemeinsamstellvertreterwort"
# The language of an index entry's object (its locale's id), a column this project adds to Wagtail's table of
# index entries (search/migrations/0005_index_entries_by_language.py). Empty for objects without a locale.
LOCALE_COLUMN = "gemeinsam_locale_id"

SearchBackend = LocalisedPostgresSearchBackend
