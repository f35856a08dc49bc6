"""A page's own rows (home/page_rows.py): one query compiled for every page of a type, each page's own rows in
their order, and a preview's rows as they are in the editor."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.page_rows import rows_of
from tests.test_compiled_queries import _compilations

pytestmark = pytest.mark.django_db


def _projects(demo):
    from projects.models import ProjectPage

    projects = [
        page
        for page in ProjectPage.objects.live().filter(locale__language_code="de")
        if page.partner_rows.exists()
    ]
    assert len(projects) >= 2
    return projects


@override_settings(CHECK_COMPILED_QUERIES=False)
def test_each_page_gets_its_own_rows_from_one_compiled_query(demo):
    """Two projects' partner rows (child rows) and two materials' topics (many-to-many) are what their managers
    give, in the same order; the second page of a type compiles nothing for them."""
    from downloads.models import LearningMaterialPage

    first, second = _projects(demo)[:2]
    assert rows_of(first, "partner_rows", "partner") == list(first.partner_rows.select_related("partner"))
    with _compilations() as compiled:
        rows = rows_of(second, "partner_rows", "partner")
    assert compiled.call_count == 0
    assert rows == list(second.partner_rows.select_related("partner")) and rows != rows_of(
        first, "partner_rows", "partner"
    )
    assert all(row.page is second for row in rows)  # the row's page is the page, without a query

    materials = [
        page
        for page in LearningMaterialPage.objects.live().filter(locale__language_code="de")
        if page.topics.exists()
    ]
    assert len(materials) >= 2
    assert rows_of(materials[0], "topics") == list(materials[0].topics.all())
    with _compilations() as compiled:
        topics = rows_of(materials[1], "topics")
    assert compiled.call_count == 0 and topics == list(materials[1].topics.all())


def test_a_preview_shows_the_rows_being_edited(demo):
    """Rows changed in the editor but not saved are the ones a preview shows, for child rows and for links; a
    page not saved yet has only its own."""
    from news.listings import linked_projects
    from news.models import NewsPage
    from projects.models import ProjectPartner

    project = _projects(demo)[0]
    saved = rows_of(project, "partner_rows", "partner")
    editing = Page.objects.get(pk=project.pk).specific
    editing.partner_rows = [ProjectPartner(partner=saved[0].partner, role="associated")]
    assert [row.role for row in rows_of(editing, "partner_rows", "partner")] == ["associated"]
    assert len(rows_of(project, "partner_rows", "partner")) == len(saved)

    item = NewsPage.objects.live().filter(locale__language_code="de").first()
    item.related_projects.clear()
    item.save_revision().publish()
    assert linked_projects(item, item.locale_id) == []
    item = Page.objects.get(pk=item.pk).specific
    item.related_projects = [project]  # in the editor, not saved: the link index knows nothing of it
    assert linked_projects(item, item.locale_id) == [project]

    unsaved = NewsPage(title="Noch nicht gespeichert", slug="neu")
    assert rows_of(unsaved, "categories") == []


def test_a_material_preview_shows_the_live_projects_linked_in_the_editor(demo, rf):
    """A material being edited links one live and one unpublished project: its preview context lists the live
    one (the editor's links are an in-memory list, without a queryset's `.live()`)."""
    from downloads.models import LearningMaterialPage

    material = LearningMaterialPage.objects.live().filter(locale__language_code="de").first()
    live_project, draft_project = _projects(demo)[:2]
    draft_project.unpublish()
    editing = Page.objects.get(pk=material.pk).specific
    editing.related_projects = [live_project, draft_project]
    context = editing.get_context(rf.get(material.url))
    assert [page.pk for page in context["related_projects"]] == [live_project.pk]
