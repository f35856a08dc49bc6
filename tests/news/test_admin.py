"""Editors: a news item can be created with only a title; events and categories are in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import NewsCategory, NewsPage


@pytest.fixture
def admin_client(client, demo):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "x" * 16)
    client.force_login(user)
    return client


def test_news_item_needs_only_a_title(admin_client, news_index):
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Nur ein Titel",
            "slug": "nur-ein-titel",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    data["date"] = NewsPage._meta.get_field("date").default().isoformat()  # the form's pre-filled default
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = NewsPage.objects.get(slug="nur-ein-titel")
    assert page.live and page.locale.language_code == "de"
    assert page.get_parent().specific == news_index


@pytest.mark.parametrize(
    "model", [("news", "newspage", "news_index"), ("news", "eventpage", "event_index")], ids=["news", "event"]
)
def test_add_forms_render(admin_client, request, model):
    app, name, fixture = model
    parent = request.getfixturevalue(fixture)
    assert admin_client.get(reverse("wagtailadmin_pages:add", args=(app, name, parent.pk))).status_code == 200


def test_categories_are_translatable_snippets(admin_client):
    german = NewsCategory.objects.get(locale__language_code="de", slug="training")
    english = german.get_translation(german.locale.__class__.objects.get(language_code="en"))
    assert (german.name, english.name, english.slug) == ("Weiterbildung", "Training", "training")
    assert admin_client.get(reverse("wagtailsnippets_news_newscategory:list")).status_code == 200


def test_demo_links_news_to_eu_belong_when_it_exists(demo):
    from projects.models import ProjectPage

    item = NewsPage.objects.get(slug="zwischenfazit-eu-belong")
    if ProjectPage.objects.filter(slug="eu-belong", locale__language_code="de").exists():
        assert [project.slug for project in item.related_projects.all()] == ["eu-belong"]
    else:
        assert not item.related_projects.exists()
