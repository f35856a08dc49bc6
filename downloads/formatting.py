"""Labels readers see next to a download: "PDF, 1,2 MB" in German, "PDF, 1.2 MB" in English."""

from babel.numbers import format_decimal
from django.utils.translation import get_language, to_locale

from downloads.filetypes import extension_of, file_type_for


def format_size(size: int | None, language: str | None = None) -> str:
    """A file size in decimal units (kB, MB, GB as file managers show them), formatted for the language."""
    if size is None:
        return ""
    locale = to_locale(language or get_language() or "de")
    if size < 1000:
        return f"{format_decimal(size, locale=locale)} B"
    for unit, factor in (("kB", 1000), ("MB", 1000**2), ("GB", 1000**3)):
        value = size / factor
        if value < 1000 or unit == "GB":
            pattern = "#,##0.#" if value < 100 else "#,##0"
            return f"{format_decimal(value, format=pattern, locale=locale)} {unit}"
    return ""  # unreachable


def file_label(filename: str, size: int | None, language: str | None = None) -> str:
    """Format and size of a file, e.g. "PDF, 1,2 MB"."""
    file_type = file_type_for(filename)
    kind = file_type.label if file_type else (extension_of(filename).upper() or "?")
    formatted = format_size(size, language)
    return f"{kind}, {formatted}" if formatted else kind
