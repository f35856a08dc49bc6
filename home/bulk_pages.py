"""Insert many published pages at once, for `build_bench_site`: thousands of pages in seconds, not hours.

`Page.add_child` costs a few queries per page (path lookup, two inserts, parent update, revision), ~50 ms each,
so 50,000 pages would take most of an hour. Here the treebeard materialised paths are computed in Python
(steps of 4 base-36 characters below the parent's path), the `wagtailcore_page` rows are inserted in batches with
their ids returned, then the specific table's rows (multi-table inheritance: one row per page, keyed by
`page_ptr_id`), and the parent's `numchild` is raised once. Pages are live without revisions (editing one in the
admin starts from the page itself, which Wagtail handles); nothing is sent to signals, so call `index_pages` for
search and bump the page cache yourself.
"""

import uuid
from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page


def _batches(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _insert(model, objs, fields, returning: bool = False):
    """One INSERT per batch of `objs` into `model`'s own table (Django's bulk_create refuses multi-table models,
    so this uses the same internal insert that bulk_create and Model.save use for a single table)."""
    size = max(1, min(500, connection.ops.bulk_batch_size(fields, objs)))
    returned = []
    for batch in _batches(objs, size):
        rows = model._base_manager._insert(
            batch, fields=fields, returning_fields=[model._meta.pk] if returning else None
        )
        if returning:
            returned.extend(rows)
    return returned


def add_children(parent: Page, pages: Sequence[Page], published_at=None) -> list[Page]:
    """Append `pages` (unsaved instances of one specific page model, with title, slug and their own fields set)
    as live children of `parent`, after its existing children. Returns the pages with their ids set.

    Locale and url_path follow the parent; translation_key is kept if set (an English page that translates a
    German one carries the German page's key), else a new one is made. `first_published_at` is taken from each
    page if set, else `published_at` (default: now).
    """
    if not pages:
        return []
    model = type(pages[0])
    if any(type(page) is not model for page in pages):
        raise ValueError("add_children takes pages of one model at a time")
    parent = Page.objects.get(pk=parent.pk)  # fresh path and numchild
    last = parent.get_last_child()
    step = int(last.path[-Page.steplen :], 36) + 1 if last else 1
    depth = parent.depth + 1
    now = published_at or timezone.now()
    content_type = ContentType.objects.get_for_model(model)
    for offset, page in enumerate(pages):
        page.path = Page._get_path(parent.path, depth, step + offset)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.translation_key = page.translation_key or uuid.uuid4()
        page.content_type = content_type
        page.live = True
        page.has_unpublished_changes = False
        page.draft_title = page.title
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or page.first_published_at
    base_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
    for page, (pk,) in zip(pages, _insert(Page, pages, base_fields, returning=True), strict=True):
        page.id = pk
        setattr(page, model._meta.pk.attname, pk)
    _insert(model, pages, model._meta.local_concrete_fields)
    for page in pages:
        page._state.adding = False
        page._state.db = connection.alias
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return list(pages)


def index_pages(pages: Sequence[Page], batch_size: int = 1000) -> None:
    """Add pages of one model to every search backend (each backend keeps only its own language's). On
    PostgreSQL through search.bulk_index (PostgreSQL builds the vectors), elsewhere with Wagtail's indexer."""
    from wagtail.search.backends import get_search_backends

    from search.bulk_index import index_pages_fast

    if not pages:
        return
    model = type(pages[0])
    if index_pages_fast(model, pages):
        return
    for backend in get_search_backends():
        for batch in _batches(pages, batch_size):
            backend.add_bulk(model, list(batch))


def tree_problems() -> dict[str, list[int]]:
    """Treebeard's `Page.find_problems()` checks in a single query: it runs two queries per page, which takes many
    minutes on the bench site. Returns {problem: [page ids]}, empty lists when the tree is consistent; also checks
    that every url_path is its parent's plus the slug."""
    rows = list(
        Page.objects.order_by("path").values_list("pk", "path", "depth", "numchild", "url_path", "slug")
    )
    by_path = {path: (pk, url_path) for pk, path, _depth, _numchild, url_path, _slug in rows}
    children = {}
    problems = {"bad_path": [], "orphan": [], "wrong_depth": [], "wrong_numchild": [], "wrong_url_path": []}
    step = Page.steplen
    for pk, path, depth, _numchild, url_path, slug in rows:
        if len(path) % step or any(char not in Page.alphabet for char in path):
            problems["bad_path"].append(pk)
            continue
        if depth != len(path) // step:
            problems["wrong_depth"].append(pk)
        if depth > 1:
            parent = by_path.get(path[:-step])
            if parent is None:
                problems["orphan"].append(pk)
                continue
            children[path[:-step]] = children.get(path[:-step], 0) + 1
            if depth > 2 and url_path != f"{parent[1]}{slug}/":
                problems["wrong_url_path"].append(pk)
    for pk, path, _depth, numchild, _url_path, _slug in rows:
        if children.get(path, 0) != numchild:
            problems["wrong_numchild"].append(pk)
    return problems
