"""A project page's funding sources and themes, read in one query.

The page shows both, and each was a query of its own with its funder or theme joined (on the bench site about a
twentieth of the page's time each). Their rows (which funder, how much, which theme, in which order) now come in
one query, compiled once for every project (home.compiled_queries.rows_for). The funders and themes they name are
few, and change only when one is saved, which starts a new page-cache generation: they are kept in the process
until then. A preview's rows are the ones being edited, read from the page as before (home.page_rows).
"""

from django.db.models import DecimalField, IntegerField, Value

from home import compiled_queries
from home.page_cache import small_tables

FUNDING, THEME = 1, 2


def funding_and_theme_rows(page) -> tuple[list, list]:
    """([ProjectFunding with its funder, ...], [ProjectTheme with its theme, ...]) of `page`, each in its order."""
    from projects.models import Funder, ProjectFunding, ProjectTheme, Theme

    rows = compiled_queries.rows_for(("project-funding-and-themes",), _both, page.pk)
    # As the rows' Meta.ordering (sort_order) sorts them on PostgreSQL: empty sort orders last.
    rows = sorted(rows, key=lambda row: (row[0], row[2] is None, row[2] or 0, row[1]))
    funding, themes = [], []
    for kind, pk, sort_order, related_id, amount, translation_key, locale_id in rows:
        fields = {
            "pk": pk,
            "sort_order": sort_order,
            "translation_key": translation_key,
            "locale_id": locale_id,
        }
        if kind == FUNDING:
            row = ProjectFunding(page=page, amount=amount, **fields)
            row.funder = _kept(Funder, related_id)
            funding.append(row)
        else:
            row = ProjectTheme(page=page, **fields)
            row.theme = _kept(Theme, related_id)
            themes.append(row)
    return funding, themes


def _both(page_id):
    from projects.models import ProjectFunding, ProjectTheme

    funding = ProjectFunding.objects.filter(page_id=page_id).annotate(
        kind=Value(FUNDING, output_field=IntegerField())
    )
    themes = ProjectTheme.objects.filter(page_id=page_id).annotate(
        kind=Value(THEME, output_field=IntegerField()),
        amount_or_none=Value(None, output_field=DecimalField(max_digits=14, decimal_places=2)),
    )
    return (
        funding.order_by()
        .values_list("kind", "pk", "sort_order", "funder_id", "amount", "translation_key", "locale_id")
        .union(
            themes.order_by().values_list(
                "kind", "pk", "sort_order", "theme_id", "amount_or_none", "translation_key", "locale_id"
            ),
            all=True,
        )
    )


def _kept(model, pk):
    """The funder or theme with `pk`, from the whole table kept until the next change; one saved since (in this
    request, before the generation was read again) is looked up on its own."""
    table = small_tables.get(model._meta.label_lower, lambda: {item.pk: item for item in model.objects.all()})
    item = table.get(pk)
    return item if item is not None else model.objects.get(pk=pk)
