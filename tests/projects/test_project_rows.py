"""A project's funding sources, themes and partners in one query (projects/project_rows.py): each project's own rows
with their funders, amounts, themes and partner pages in order, compiled once for every project, a saved funder or
published partner shown at once, a translation's partners in its language without a query, and a preview's rows as
they are in the editor."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.test_compiled_queries import _compilations

pytestmark = pytest.mark.django_db


def _as_shown(project):
    return (
        [(row.funder.name, row.amount) for row in project.funding_list()],
        [theme.name for theme in project.theme_list()],
        [(row.partner.title, row.partner.country, row.role) for row in project.partner_list()],
    )


def _as_the_managers_give_them(project):
    return (
        [(row.funder.name, row.amount) for row in project.funding_sources.select_related("funder")],
        [row.theme.name for row in project.theme_rows.select_related("theme")],
        [
            (row.partner.title, row.partner.country, row.role)
            # The demo's rows have no sort order (nobody dragged them in the editor): then they keep the order
            # they were added in, where the manager leaves it to the database.
            for row in project.partner_rows.select_related("partner").order_by("sort_order", "pk")
        ],
    )


def _two_projects():
    from projects.models import Funder, ProjectFunding, ProjectPage, ProjectTheme, Theme

    first, second = ProjectPage.objects.live().filter(locale__language_code="de").order_by("path")[:2]
    funders = list(Funder.objects.filter(locale=first.locale).order_by("pk")[:3])
    themes = list(Theme.objects.filter(locale=first.locale).order_by("pk")[:3])
    assert len(funders) == 3 and len(themes) == 3
    # Saved in one order, shown in their sort order (as the editor's inline panels set it).
    first.funding_sources = [
        ProjectFunding(funder=funders[0], amount=None, sort_order=1),
        ProjectFunding(funder=funders[2], amount=Decimal("1666663.03"), sort_order=0),
    ]
    first.theme_rows = [
        ProjectTheme(theme=themes[0], sort_order=1),
        ProjectTheme(theme=themes[1], sort_order=0),
    ]
    second.funding_sources = [ProjectFunding(funder=funders[1], amount=Decimal("250000.00"), sort_order=0)]
    second.theme_rows = [ProjectTheme(theme=themes[2], sort_order=0)]
    for project in (first, second):
        project.save_revision().publish()
    return [ProjectPage.objects.get(pk=project.pk) for project in (first, second)]


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_each_project_shows_its_own_funding_and_themes_from_one_query(demo):
    first, second = _two_projects()
    shown = _as_shown(first)  # the first also reads the funders and themes, kept from then on
    assert shown == _as_the_managers_give_them(first)
    assert shown[0][0][1] == Decimal("1666663.03") and shown[0][1][1] is None
    with _compilations() as compiled, CaptureQueriesContext(connection) as queries:
        other = _as_shown(second)
    assert (
        compiled.call_count == 0 and len(queries) == 1
    )  # all three lists in one query, compiled for the first
    assert other == _as_the_managers_give_them(second) != shown
    assert all(row.page is second for row in second.funding_list())
    assert all(row.page is second for row in second.partner_list())
    assert len(shown[2]) > 1 and shown[2][0][2] == "lead"  # the demo's projects have partners, the lead first


def test_a_translations_partners_are_its_languages_pages_without_a_query(demo):
    english = demo.page("en", "/projects/eu-belong/")
    english.partner_groups()  # reads the kept partner pages
    english = type(english).objects.get(pk=english.pk)
    with CaptureQueriesContext(connection) as queries:
        groups = english.partner_groups()
    assert len(queries) == 1  # the rows; their partner pages and those pages' translations are kept
    partners = [partner for _label, pages in groups for partner in pages]
    assert len(partners) == 15
    assert {partner.locale_id for partner in partners} == {english.locale_id}
    assert "Poznań Region" in [partner.title for partner in partners]


def test_a_published_partner_shows_at_once(client, demo):
    from projects.models import PartnerOrganisationPage

    project = demo.page("de", "/projekte/eu-belong/")
    assert (
        "Neuer Partnername" not in client.get(project.url).content.decode()
    )  # the partner pages are kept now
    partner = PartnerOrganisationPage.objects.get(pk=project.partner_list()[0].partner_id)
    partner.title = "Neuer Partnername"
    partner.save_revision().publish()
    assert "Neuer Partnername" in client.get(project.url).content.decode()


def test_a_partner_page_created_since_is_loaded_on_its_own(demo):
    from projects import partner_directory
    from projects.models import PartnerOrganisationPage

    kept = partner_directory.partner_page(
        demo.page("de", "/projekte/eu-belong/").partner_list()[0].partner_id
    )
    draft = PartnerOrganisationPage(
        title="Noch ein Entwurf", slug="noch-ein-entwurf", country="AT", live=False
    )
    demo.page("de", "/partner/").add_child(instance=draft)  # a draft: the generation stays
    assert partner_directory.partner_page(kept.pk) is kept
    loaded = partner_directory.partner_page(draft.pk)
    assert (loaded.title, loaded.country, loaded.live) == ("Noch ein Entwurf", "AT", False)


def test_a_saved_funder_shows_at_once(client, demo):
    first, _second = _two_projects()
    assert "Neuer Fördergeber" not in client.get(first.url).content.decode()
    funder = first.funding_list()[0].funder
    funder.name = "Neuer Fördergeber"
    funder.save()
    assert "Neuer Fördergeber" in client.get(first.url).content.decode()


def test_a_preview_shows_the_funding_themes_and_partners_being_edited(demo):
    from projects.models import ProjectPartner, ProjectTheme

    first, _second = _two_projects()
    editing = Page.objects.get(pk=first.pk).specific
    editing.theme_rows = [ProjectTheme(theme=first.theme_list()[1])]
    last_partner = first.partner_list()[-1].partner_id
    editing.partner_rows = [ProjectPartner(partner_id=last_partner, role="lead")]
    assert [theme.name for theme in editing.theme_list()] == [first.theme_list()[1].name]
    assert [row.funder.name for row in editing.funding_list()] == [
        row.funder.name for row in first.funding_list()
    ]
    assert [row.partner_id for row in editing.partner_list()] == [last_partner]
    assert editing.lead_partner_row.partner.pk == last_partner
