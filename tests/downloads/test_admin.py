"""Editors can create and edit materials and topics in the admin."""

from django.urls import reverse


def test_editor_can_open_the_material_forms(admin_client, material, demo):
    index = demo.page("de", "/materialien/")
    add = reverse("wagtailadmin_pages:add", args=["downloads", "learningmaterialpage", index.pk])
    assert admin_client.get(add).status_code == 200
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[material.pk]))
    assert edit.status_code == 200
    html = edit.content.decode()
    assert "Barrierefreie Fassung" in html or "barrierefreie Fassung" in html
    assert "Zugehörige Projekte" in html


def test_topic_snippets_are_listed(admin_client, demo):
    response = admin_client.get(reverse("wagtailsnippets_downloads_materialtopic:list"))
    assert response.status_code == 200
    assert "Interkulturelle Kompetenz" in response.content.decode()
