"""A project page's funding sources, themes and partners, read in one query.

The page shows all three, and each was a query of its own with its funder, theme or partner page joined (on the
bench site about a twentieth of the page's time each). Their rows (which funder, how much, which theme, which
partner in which role, in which order) now come in one query, compiled once for every project
(home.compiled_queries.rows_for). The funders, themes and partner pages they name are few, and change only when one
is saved or published, which starts a new page-cache generation: they are kept in the process until then
(projects.partner_directory for the partners). A preview's rows are the ones being edited, read from the page as
before (home.page_rows).
"""

from django.db.models import CharField, DecimalField, F, IntegerField, Value

from home import compiled_queries
from home.page_cache import small_tables
from projects import partner_directory

FUNDING, THEME, PARTNER = 1, 2, 3
# The relations read together, by their names on ProjectPage.
RELATIONS = ("funding_sources", "theme_rows", "partner_rows")


def own_rows(page) -> tuple[list, list, list]:
    """([ProjectFunding with its funder, ...], [ProjectTheme with its theme, ...], [ProjectPartner with its partner
    page, ...]) of `page`, each in its order."""
    from projects.models import ProjectPartner, ProjectTheme, Theme

    rows = compiled_queries.rows_for(("project-own-rows",), _all_three, page.pk)
    rows = sorted(rows, key=lambda row: (row[0], *_in_their_order(row[1], row[2])))
    funding, themes, partners = [], [], []
    for kind, pk, sort_order, related_id, amount, role, translation_key, locale_id in rows:
        if kind == FUNDING:
            funding.append(_funding_row(page, pk, sort_order, related_id, amount, translation_key, locale_id))
            continue
        fields = {
            "pk": pk,
            "sort_order": sort_order,
            "translation_key": translation_key,
            "locale_id": locale_id,
        }
        if kind == THEME:
            row = ProjectTheme(page=page, **fields)
            row.theme = _kept(Theme, related_id)
            themes.append(row)
        else:
            row = ProjectPartner(page=page, role=role, **fields)
            row.partner = partner_directory.partner_page(related_id)  # shared: read it, set nothing on it
            partners.append(row)
    return funding, themes, partners


def funding_of(projects: list) -> list[list]:
    """The funding rows with their funders of each of `projects` (project cards), in the projects' order: one
    query compiled once per number of projects."""
    from projects.models import ProjectFunding

    if not projects:
        return []
    rows = compiled_queries.rows_for(
        ("project-card-funding",),
        lambda ids: (
            ProjectFunding.objects.filter(page_id__in=ids)
            .order_by()
            .values_list("page_id", "pk", "sort_order", "funder_id", "amount", "translation_key", "locale_id")
        ),
        tuple(project.pk for project in projects),
    )
    by_project = {}
    for page_id, *row in sorted(rows, key=lambda row: _in_their_order(row[1], row[2])):
        by_project.setdefault(page_id, []).append(row)
    return [[_funding_row(project, *row) for row in by_project.get(project.pk, ())] for project in projects]


def _in_their_order(pk, sort_order) -> tuple:
    # As the rows' Meta.ordering (sort_order) sorts them on PostgreSQL, empty sort orders last; rows without one
    # (added in code, not dragged in the editor) in the order they were added.
    return (sort_order is None, sort_order or 0, pk)


def _funding_row(page, pk, sort_order, funder_id, amount, translation_key, locale_id):
    from projects.models import Funder, ProjectFunding

    row = ProjectFunding(
        pk=pk,
        page=page,
        sort_order=sort_order,
        amount=amount,
        translation_key=translation_key,
        locale_id=locale_id,
    )
    row.funder = _kept(Funder, funder_id)
    return row


def _all_three(page_id):
    from projects.models import ProjectFunding, ProjectPartner, ProjectTheme

    def no(output_field):
        return Value(None, output_field=output_field)

    amount, role = DecimalField(max_digits=14, decimal_places=2), CharField()
    columns = ("kind", "pk", "sort_order", "related_id", "amount_or_none", "role_or_none")
    funding = ProjectFunding.objects.filter(page_id=page_id).annotate(
        kind=Value(FUNDING, output_field=IntegerField()), role_or_none=no(role)
    )
    themes = ProjectTheme.objects.filter(page_id=page_id).annotate(
        kind=Value(THEME, output_field=IntegerField()), amount_or_none=no(amount), role_or_none=no(role)
    )
    partners = ProjectPartner.objects.filter(page_id=page_id).annotate(
        kind=Value(PARTNER, output_field=IntegerField()), amount_or_none=no(amount)
    )
    funding = funding.annotate(related_id=F("funder_id"), amount_or_none=F("amount"))
    themes = themes.annotate(related_id=F("theme_id"))
    partners = partners.annotate(related_id=F("partner_id"), role_or_none=F("role"))
    return (
        funding.order_by()
        .values_list(*columns, "translation_key", "locale_id")
        .union(
            themes.order_by().values_list(*columns, "translation_key", "locale_id"),
            partners.order_by().values_list(*columns, "translation_key", "locale_id"),
            all=True,
        )
    )


def _kept(model, pk):
    """The funder or theme with `pk`, from the whole table kept until the next change; one saved since (in this
    request, before the generation was read again) is looked up on its own."""
    table = small_tables.get(model._meta.label_lower, lambda: {item.pk: item for item in model.objects.all()})
    item = table.get(pk)
    return item if item is not None else model.objects.get(pk=pk)
