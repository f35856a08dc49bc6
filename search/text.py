"""Text handling shared by indexing, querying and result excerpts: words of a query, umlaut transliteration,
and excerpts with the matching words highlighted (escaped first, then marked)."""

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

# Queries are cut to this length before anything else happens: nobody types more, and it bounds the work.
MAX_QUERY_LENGTH = 200
# At most this many words of a query are searched for.
MAX_TERMS = 10
# Words at least this long are matched as prefixes, so "Integration" finds "Integrationsstrategien".
PREFIX_MIN_LENGTH = 3

WORD = re.compile(r"\w+")
TOKEN = re.compile(r"(\w+)")
UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
)


def clean_query(raw: str) -> str:
    """The query as typed, whitespace collapsed and cut to MAX_QUERY_LENGTH (for display and promotions)."""
    printable = "".join(character for character in raw if character.isprintable() or character.isspace())
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query: str) -> list[str]:
    """The words of a query: quotes, operators, %, backslashes and emoji are dropped, so whatever a visitor types
    reaches the database only as plain words."""
    return WORD.findall(query)[:MAX_TERMS]


def transliterate(text: str) -> str:
    """München → Muenchen, Straße → Strasse. Applied to indexed text and to queries alike, so both spellings meet.

    (PostgreSQL's German stemmer turns "München" into "munch" but "Muenchen" into "muench", and unaccent would
    make "Munchen": only the ae/oe/ue direction is unambiguous.)
    """
    return text.translate(UMLAUTS)


def normalise_word(word: str) -> str:
    return transliterate(word).casefold()


def _stem(term: str) -> tuple[str, bool]:
    """A rough stem for highlighting and whether it must match a whole word: long words match on their first
    letters, so "strategy" marks "strategies" and "Kommune" marks "Kommunen"; short words must match whole."""
    term = normalise_word(term)
    if len(term) <= 4:
        return term, True
    return term[: max(4, len(term) - 3)], False


def _matches(word: str, stems: list[tuple[str, bool]]) -> bool:
    normalised = normalise_word(word)
    return any(normalised == stem if whole else normalised.startswith(stem) for stem, whole in stems)


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` escaped, with every word matching one of `terms` wrapped in <mark>."""
    stems = [_stem(term) for term in terms if term]
    parts = []
    for index, part in enumerate(TOKEN.split(text)):
        # TOKEN.split puts the words at odd positions and everything between them at even ones. html.escape is
        # what Django's escape() calls, without its lazy-string wrapper: a page of ten results escapes about 800
        # parts (make bench: highlighting was about 15 % of the search page's Python time).
        if index % 2 and stems and _matches(part, stems):
            parts.append(f"<mark>{html.escape(part)}</mark>")
        else:
            parts.append(html.escape(part))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def _first_matching_word(text: str, stems: list[tuple[str, bool]]) -> int:
    """The position in `text.split()` of the first word with a part that matches one of `stems`, or 0. One
    regular expression over the normalised text instead of normalising and testing each word (a page of ten
    results scanned about 800 words that way: 0.8 ms). Normalising keeps every word a word and every space a
    space (umlauts become two letters, ß two), so word positions are the same in both texts."""
    if not stems:
        return 0
    alternatives = [re.escape(stem) + (r"(?!\w)" if whole else "") for stem, whole in stems]
    normalised = normalise_word(text)
    found = re.search(r"(?<!\w)(?:" + "|".join(alternatives) + ")", normalised)
    if found is None:
        return 0
    before = normalised[: found.start()]
    # A match inside a word ("(Netzwerke" or "Bildungs-Netzwerk") belongs to the word it starts in.
    return len(before.split()) - (1 if before and not before[-1].isspace() else 0)


def plain_text(value, is_html: bool = True) -> str:
    """Rich text or HTML (or, with is_html=False, plain text) as plain text, whitespace collapsed."""
    if not value:
        return ""
    text = html.unescape(strip_tags(str(value).replace("<", " <"))) if is_html else str(value)
    return " ".join(text.split())


def excerpt(text: str, terms: list[str], words_before: int = 12, length: int = 40) -> SafeString:
    """About `length` words of `text` around the first matching word, highlighted; the start if none matches."""
    words = text.split()
    if not words:
        return mark_safe("")
    first = _first_matching_word(text, [_stem(term) for term in terms if term])
    start = max(0, first - words_before) if first else 0
    chunk = " ".join(words[start : start + length])
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(words) else ""
    return mark_safe(escape(prefix) + highlight(chunk, terms) + escape(suffix))  # noqa: S308 - escaped parts
