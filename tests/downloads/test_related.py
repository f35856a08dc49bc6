"""Project and call pages list their materials through the shared component, in one query."""

import pytest
from django.template import Context, Template

from projects.models import CallForProposalsPage, ProjectPage


@pytest.fixture
def project(demo, material):
    index = demo.page("de", "/projekte/")
    page = ProjectPage(title="Testprojekt Zugehörigkeit", slug="testprojekt")
    index.add_child(instance=page)
    page.save_revision().publish()
    material.related_projects.add(page)
    material.save_revision().publish()
    return page


@pytest.fixture
def call(demo, material):
    index = demo.page("de", "/ausschreibungen/")
    page = CallForProposalsPage(title="Testaufruf Zusammenhalt", slug="testaufruf")
    index.add_child(instance=page)
    page.save_revision().publish()
    material.related_calls.add(page)
    material.save_revision().publish()
    return page


def test_project_page_lists_its_materials(client, project):
    html = client.get(project.url).content.decode()
    assert "Lernmaterialien" in html
    assert "Alles nur Kultur" in html
    assert "Handlungssicher" not in html


def test_call_page_lists_its_materials(client, call):
    html = client.get(call.url).content.decode()
    assert "Alles nur Kultur" in html


def test_unpublished_materials_are_not_listed(client, project, material):
    material.unpublish()
    assert "Alles nur Kultur" not in client.get(project.url).content.decode()


def test_material_page_links_back_to_the_project(client, project, material):
    html = client.get(material.url).content.decode()
    assert f'href="{project.url}"' in html


def test_english_material_linked_to_the_german_project_is_found_by_translation_key(project, demo):
    from downloads.templatetags.material_tags import related_materials

    english_material = demo.page("en", "/materials/all-just-culture/")
    english_material.related_projects.add(project)  # what a translation copy holds: the German project
    english_material.save()
    english_project = ProjectPage(
        title="Test project",
        slug="test-project",
        locale=english_material.locale,
        translation_key=project.translation_key,
    )
    demo.page("en", "/projects/").add_child(instance=english_project)
    assert [page.pk for page in related_materials({}, english_project)] == [english_material.pk]


def test_component_takes_one_query(project, rf, django_assert_num_queries):
    template = Template(
        '{% include "downloads/includes/related_materials.html" with materials_for=project %}'
    )
    context = Context({"project": project, "request": rf.get(project.url)})
    template.render(context)  # warms the request's site-root cache, as the page around it does
    with django_assert_num_queries(1):
        html = template.render(context)
    assert "Alles nur Kultur" in html


def test_component_renders_nothing_without_materials(demo, django_assert_num_queries):
    index = demo.page("de", "/projekte/")
    lonely = ProjectPage(title="Ohne Material", slug="ohne-material")
    index.add_child(instance=lonely)
    template = Template('{% include "downloads/includes/related_materials.html" with materials_for=page %}')
    assert "Lernmaterialien" not in template.render(Context({"page": lonely}))


def test_without_materials_the_component_asks_nothing(demo, django_assert_num_queries):
    """Which pages materials link to is kept until the next publish: a page without any asks no query."""
    index = demo.page("de", "/projekte/")
    lonely = ProjectPage(title="Ohne Material", slug="ohne-material")
    index.add_child(instance=lonely)
    template = Template('{% include "downloads/includes/related_materials.html" with materials_for=page %}')
    template.render(Context({"page": lonely}))
    with django_assert_num_queries(0):
        assert "Lernmaterialien" not in template.render(Context({"page": lonely}))


def test_a_material_linked_later_shows_at_once_on_both_sides(client, demo, material):
    """Which pages materials link, and which materials link any, are kept until the next publish: a link added
    then shows at once on the project and call pages and on the material's own page."""
    page = ProjectPage(title="Noch ohne Material", slug="noch-ohne-material")
    demo.page("de", "/projekte/").add_child(instance=page)
    page.save_revision().publish()
    call = CallForProposalsPage(title="Aufruf noch ohne Material", slug="aufruf-ohne-material")
    demo.page("de", "/ausschreibungen/").add_child(instance=call)
    call.save_revision().publish()
    material.related_calls.set([])
    material.save_revision().publish()
    assert "Alles nur Kultur" not in client.get(page.url).content.decode()  # the links are kept now
    assert "Alles nur Kultur" not in client.get(call.url).content.decode()
    html = client.get(material.url).content.decode()
    assert f'href="{call.url}"' not in html and f'href="{page.url}"' not in html

    material.related_projects.add(page)
    material.related_calls.add(call)
    material.save_revision().publish()
    assert "Alles nur Kultur" in client.get(page.url).content.decode()
    assert "Alles nur Kultur" in client.get(call.url).content.decode()
    html = client.get(material.url).content.decode()
    assert f'href="{call.url}"' in html and f'href="{page.url}"' in html


def test_a_material_page_without_links_asks_for_no_project_or_call(client, demo, material):
    material.related_projects.set([])
    material.related_calls.set([])
    material.save_revision().publish()
    client.get(material.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(material.url).status_code == 200
    tables = " ".join(query["sql"] for query in captured)
    assert "related_projects" not in tables and "related_calls" not in tables
