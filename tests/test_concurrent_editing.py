"""Two editors save the same page: no save silently erases another (Wagtail 8 revisions, autosave conflict check,
page locking)."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import NewsIndexPage, NewsPage


@pytest.fixture
def page(demo):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    item = index.add_child(instance=NewsPage(title="Ausgangsfassung", slug="zwei-redaktionen"))
    item.save_revision().publish()
    return item


def _editor(name) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.create_superuser(name, f"{name}@example.org", "x" * 16))
    return client


def _open_editor(client, page) -> dict:
    """GET the edit view like a browser and keep the revision markers the form carries."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def _save_draft(client, page, title, loaded, **extra):
    data = nested_form_data({"title": title, "slug": page.slug, "body": streamfield([])})
    data.update(loaded, date=page.date.isoformat())
    return client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data, **extra)


def _titles(page) -> list[str]:
    return [revision.content["title"] for revision in page.revisions.order_by("created_at", "pk")]


def test_both_drafts_are_kept_as_revisions(page):
    anna, ben = _editor("anna"), _editor("ben")
    anna_form, ben_form = _open_editor(anna, page), _open_editor(ben, page)

    assert _save_draft(anna, page, "Fassung von Anna", anna_form).status_code == 302
    # Ben's form is stale now; a full save is accepted as a new revision on top, not in place of Anna's.
    assert _save_draft(ben, page, "Fassung von Ben", ben_form).status_code == 302

    page.refresh_from_db()
    assert _titles(page) == ["Ausgangsfassung", "Fassung von Anna", "Fassung von Ben"]
    assert page.get_latest_revision().user.username == "ben"
    assert page.get_latest_revision_as_object().title == "Fassung von Ben"
    anna_revision = page.revisions.get(user__username="anna")
    assert anna_revision.as_object().title == "Fassung von Anna"  # retrievable, e.g. to compare or revert
    assert page.title == "Ausgangsfassung"  # the live page is untouched by drafts


def test_a_stale_autosave_is_refused(page):
    anna, ben = _editor("anna"), _editor("ben")
    anna_form, ben_form = _open_editor(anna, page), _open_editor(ben, page)
    assert _save_draft(anna, page, "Fassung von Anna", anna_form).status_code == 302

    # Wagtail 8's autosave (a JSON request) checks which revision the form was loaded from.
    response = _save_draft(ben, page, "Autosave von Ben", ben_form, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert json.loads(response.content)["error_code"] == "invalid_revision"
    assert _titles(page) == ["Ausgangsfassung", "Fassung von Anna"]


def test_a_locked_page_refuses_the_other_editors_save(page):
    anna, ben = _editor("anna"), _editor("ben")
    ben_form = _open_editor(ben, page)
    assert anna.post(reverse("wagtailadmin_pages:lock", args=(page.pk,))).status_code == 302
    page.refresh_from_db()
    assert page.locked and page.locked_by.username == "anna"

    response = _save_draft(ben, page, "Fassung von Ben", ben_form)
    assert response.status_code == 200  # the form again, with the reason
    shown = [str(message) for message in response.context["messages"]]
    assert any(
        message.startswith("Diese Seite konnte nicht gespeichert werden, da sie gesperrt ist")
        for message in shown
    ), shown
    assert _titles(page) == ["Ausgangsfassung"]
    assert not page.revisions.filter(user__username="ben").exists()
