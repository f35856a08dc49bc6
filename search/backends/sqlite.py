"""The SQLite backend (the newcomer default): Wagtail's FTS5 backend, with every query word matched as a prefix so
"Integration" also finds "Integrationsstrategien". SQLite has no stemming and no trigram matching; PostgreSQL adds
them (see search/backends/postgres.py)."""

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend, SQLiteSearchQueryCompiler
from modelsearch.query import PlainText

from search.text import PREFIX_MIN_LENGTH, query_terms


class PrefixSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        # Words only: FTS5's own syntax (quotes, NEAR, column filters) never reaches the database.
        terms = query_terms(query.query_string) or ["-"]
        lexemes = None
        for term in terms:
            lexeme = Lexeme(term, prefix=len(term) >= PREFIX_MIN_LENGTH)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator.upper() == "AND":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQueryExpression(lexemes, config=config)


class PrefixSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = PrefixSQLiteSearchQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """Wagtail's choice for the database (FTS5 if SQLite has it, the plain fallback otherwise), with prefixes."""
    backend = database_backend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return PrefixSQLiteSearchBackend(params)
    return backend
