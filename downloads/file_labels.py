"""Labels readers see next to a download: "PDF, 1,2 MB" in German, "PDF, 1.2 MB" in English."""

from downloads.filetypes import extension_of, file_type_for
from home.formatting import format_size


def file_label(filename: str, size: int | None, language: str | None = None) -> str:
    """Format and size of a file, e.g. "PDF, 1,2 MB"."""
    file_type = file_type_for(filename)
    kind = file_type.label if file_type else (extension_of(filename).upper() or "?")
    formatted = format_size(size, language)
    return f"{kind}, {formatted}" if formatted else kind
