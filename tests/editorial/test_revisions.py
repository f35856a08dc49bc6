"""Every change is a revision with its author; an editor can compare revisions and roll back."""

from django.urls import reverse

from tests.editorial.forms import form_data
from tests.editorial.test_roles import edit_url, post_edit_form


def test_editor_compares_and_reverts_revisions(client_for, editor, draft_news):
    client = client_for(editor)
    first = draft_news.get_latest_revision()
    post_edit_form(client, draft_news, "action-save", title="Beratungsstelle eröffnet")
    draft_news.refresh_from_db()
    second = draft_news.get_latest_revision()
    assert second.pk != first.pk
    assert second.user == editor

    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[draft_news.pk, first.pk, second.pk])
    )
    assert compare.status_code == 200
    html = compare.content.decode()
    # The compare view marks the changed words of the title.
    assert "Leipzig" in html
    assert "eröffnet" in html

    history = client.get(reverse("wagtailadmin_pages:history", args=[draft_news.pk]))
    assert history.status_code == 200
    assert "Erika" in history.content.decode()

    revert = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[draft_news.pk, first.pk]))
    assert revert.status_code == 200
    data = form_data(revert.content.decode(), "page-edit-form")
    assert data["title"] == "Neue Beratungsstelle in Leipzig"
    assert client.post(edit_url(draft_news), data).status_code == 302
    draft_news.refresh_from_db()
    latest = draft_news.get_latest_revision()
    assert latest.content["title"] == "Neue Beratungsstelle in Leipzig"
    assert latest.user == editor
    assert not draft_news.live
