"""What a site search covers, as the search backends take it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchScope:
    """The pages a search covers: live pages of one language and of the given content types, outside the
    private sections (the tree paths of restricted pages)."""

    locale_id: int
    content_type_ids: tuple[int, ...]
    private_paths: tuple[str, ...] = ()
