"""Editors see the video requirements checked when they save a sign-language video page in the admin."""

import pytest
from django.core.files import File
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home import video_check

VIDEO_PATH = "/gebaerdensprache/diese-website-in-gebaerdensprache/"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "redaktion", "redaktion@example.org", "a-long-password-1"
    )
    client.force_login(user)
    return client


def upload(path):
    with open(path, "rb") as handle:
        document = get_document_model()(title=path.name)
        document.file = File(handle, name=path.name)
        document.save()
    return document


def edit(client, page, video):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "teaser": page.teaser,
            "video": video.pk if video else "",
            "text_version": rich_text("<p>Was im Video gesagt wird.</p>"),
            "comments": inline_formset([]),
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def test_too_small_video_is_refused_with_a_clear_error(editor_client, demo, make_video):
    page = demo.page("de", VIDEO_PATH)
    response = edit(editor_client, page, upload(make_video("160x120", 15)))
    html = response.content.decode()
    assert response.redirect_chain == []
    assert "160 × 120" in html and "320 × 240" in html
    assert "15" in html and "25" in html
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().video_width == 640  # nothing saved


def test_conforming_video_is_saved_with_its_facts(editor_client, demo, make_video):
    page = demo.page("de", VIDEO_PATH)
    response = edit(editor_client, page, upload(make_video("320x240", 25)))
    assert response.redirect_chain, response.content.decode()[:2000]
    assert "The video meets the requirements" in response.content.decode() or "erfüllt die Anforderungen" in (
        response.content.decode()
    )
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert (draft.video_width, draft.video_height, draft.video_fps) == (320, 240, 25)
    assert draft.video_check_status == "passed"


def test_editor_is_warned_when_the_video_cannot_be_checked(editor_client, demo, monkeypatch, tmp_path):
    monkeypatch.setattr(video_check.shutil, "which", lambda name: None)
    path = tmp_path / "video.mp4"
    path.write_bytes(b"not checked")
    page = demo.page("de", VIDEO_PATH)
    response = edit(editor_client, page, upload(path))
    assert response.redirect_chain, "an unchecked video must not block saving"
    html = response.content.decode()
    assert "ffprobe" in html
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.video_check_status == "not_checked"
    assert draft.video_width is None
