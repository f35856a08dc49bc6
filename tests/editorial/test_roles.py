"""What each editorial role can and cannot do in the admin, by HTTP status and by what ends up live."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow

from home.editorial.roles import EDITORS, MODERATORS, TRANSLATORS, WORKFLOW_NAME
from tests.editorial.forms import form_data

DENIED = (302, 403)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit_form(client, page, action: str, **changes):
    """Submit the page's edit form as the admin renders it, pressing the button `action` (e.g. action-publish)."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = form_data(response.content.decode(), "page-edit-form")
    data.update(changes)
    data[action] = action
    return client.post(edit_url(page), data)


def test_roles_and_workflow_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITORS, MODERATORS, TRANSLATORS}
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_wagtail_default_groups_are_replaced_by_our_roles(db):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_editor_can_open_the_admin_and_edit_german_and_english_pages(client_for, editor, demo):
    client = client_for(editor)
    assert client.get("/admin/").status_code == 200
    assert client.get(edit_url(demo.page("de", "/aktuelles/"))).status_code == 200


def test_editor_cannot_publish(client_for, editor, draft_news):
    response = post_edit_form(
        client_for(editor), draft_news, "action-publish", title="Versuch zu veröffentlichen"
    )
    assert response.status_code in (200, 302)
    draft_news.refresh_from_db()
    assert not draft_news.live
    assert draft_news.live_revision is None
    assert draft_news.get_latest_revision().content["title"] == "Versuch zu veröffentlichen"


def test_editor_sees_submit_but_no_publish_button(client_for, editor, draft_news):
    html = client_for(editor).get(edit_url(draft_news)).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_editor_submits_for_review(client_for, editor, draft_news):
    response = post_edit_form(client_for(editor), draft_news, "action-submit")
    assert response.status_code == 302
    draft_news.refresh_from_db()
    assert not draft_news.live
    state = draft_news.current_workflow_state
    assert state.workflow.name == WORKFLOW_NAME
    assert state.requested_by == editor


def test_moderator_can_publish_directly(client_for, moderator, draft_news):
    response = post_edit_form(client_for(moderator), draft_news, "action-publish")
    assert response.status_code == 302
    draft_news.refresh_from_db()
    assert draft_news.live
    assert draft_news.live_revision.user == moderator


def test_moderator_can_unpublish_and_lock(client_for, moderator, demo):
    page = demo.page("de", "/aktuelles/")
    client = client_for(moderator)
    assert client.get(reverse("wagtailadmin_pages:unpublish", args=[page.pk])).status_code == 200
    assert client.post(reverse("wagtailadmin_pages:lock", args=[page.pk])).status_code == 302
    page.refresh_from_db()
    assert page.locked


def test_editor_cannot_unpublish(client_for, editor, demo):
    page = demo.page("de", "/aktuelles/")
    assert (
        client_for(editor).get(reverse("wagtailadmin_pages:unpublish", args=[page.pk])).status_code in DENIED
    )


def test_translator_cannot_edit_a_german_page(client_for, translator, demo):
    client = client_for(translator)
    page = demo.page("de", "/aktuelles/")
    assert client.get(edit_url(page)).status_code in DENIED
    assert client.post(edit_url(page), {"title": "Overwritten"}).status_code in DENIED
    page.refresh_from_db()
    assert page.title == "Aktuelles"


def test_translator_cannot_add_german_pages(client_for, translator, demo):
    page = demo.page("de", "/aktuelles/")
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", page.pk])
    assert client_for(translator).get(url).status_code in DENIED


def test_translator_can_edit_an_english_page(client_for, translator, demo):
    response = client_for(translator).get(edit_url(demo.page("en", "/news/")))
    assert response.status_code == 200


def test_translator_cannot_publish_an_english_page(translator, demo):
    page = demo.page("en", "/news/")
    permissions = page.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not demo.page("de", "/aktuelles/").permissions_for_user(translator).can_edit()


@pytest.mark.parametrize(
    "url_name,role,allowed",
    [
        ("wagtailimages:index", "editor", True),
        ("wagtailimages:add", "editor", True),
        ("wagtaildocs:index", "editor", True),
        ("wagtaildocs:add", "editor", True),
        ("wagtailimages:add", "translator", False),
        ("wagtaildocs:add", "translator", False),
        ("wagtailimages:index", "moderator", True),
    ],
)
def test_image_and_document_permissions(client_for, request, url_name, role, allowed):
    user = request.getfixturevalue(role)
    status = client_for(user).get(reverse(url_name)).status_code
    assert (status == 200) if allowed else (status in DENIED)


def _theme(language):
    from projects.models import Theme

    return Theme.objects.filter(locale__language_code=language).first()


def _snippet_url(instance, action):
    return reverse(instance.snippet_viewset.get_url_name(action), args=[instance.pk])


def test_editor_can_edit_but_not_delete_snippets(client_for, editor):
    theme = _theme("de")
    if theme is None:
        pytest.skip("no theme snippets in the demo content")
    client = client_for(editor)
    assert client.get(_snippet_url(theme, "edit")).status_code == 200
    assert client.get(_snippet_url(theme, "delete")).status_code in DENIED


def test_translator_edits_translated_snippets_only(client_for, translator):
    german, english = _theme("de"), _theme("en")
    if german is None or english is None:
        pytest.skip("no translated theme snippets in the demo content")
    client = client_for(translator)
    assert client.get(_snippet_url(german, "edit")).status_code in DENIED
    assert client.get(_snippet_url(english, "edit")).status_code == 200
