"""Images need a description in the admin, and the site uses it as the alt text of meaningful images."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image

from tests.helpers import tags


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (11, 92, 138)).save(buffer, format="PNG")
    return SimpleUploadedFile("blau.png", buffer.getvalue(), content_type="image/png")


def _add(admin_client, **fields):
    return admin_client.post(
        "/admin/images/add/", {"title": "Blau", "file": _png(), "collection": 1, **fields}
    )


@pytest.mark.parametrize("description", ["", "   "])
def test_an_image_without_description_is_refused(admin_client, db, description):
    before = Image.objects.count()
    response = _add(admin_client, description=description)
    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks the editor's language.
    assert "it is used as its alternative text" in html or "Die Beschreibung ist sein Alternativtext" in html
    assert Image.objects.count() == before


def test_an_image_with_description_is_saved(admin_client, db):
    response = _add(admin_client, description="Ein blaues Rechteck")
    assert response.status_code == 302
    assert Image.objects.get(title="Blau").description == "Ein blaues Rechteck"


def test_the_description_cannot_be_removed_when_editing(admin_client, db):
    image = Image.objects.create(title="Alt", file=_png(), description="Ein blaues Rechteck")
    response = admin_client.post(
        f"/admin/images/{image.pk}/", {"title": "Alt", "description": "", "collection": 1}
    )
    assert response.status_code == 200
    image.refresh_from_db()
    assert image.description == "Ein blaues Rechteck"


def test_every_demo_image_has_a_description(db):
    assert list(Image.objects.filter(description="").values_list("title", flat=True)) == []


def test_lead_images_use_the_description_as_alt_text(client, demo, db):
    image = Image.objects.create(title="Team", file=_png(), description="Das Projektteam vor dem Rathaus")
    project = demo.page("de", "/projekte/eu-belong/")
    project.lead_image = image
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    lead = [img for img in tags(html, "img") if "project__image" in img.get("class", "")]
    assert [img["alt"] for img in lead] == ["Das Projektteam vor dem Rathaus"]


def test_news_lead_image_falls_back_to_the_description(client, demo, db):
    from news.models import NewsPage

    image = Image.objects.create(title="Treffen", file=_png(), description="Menschen an einem Tisch")
    news = NewsPage.objects.live().filter(locale__language_code="de").first()
    news.lead_image, news.lead_image_alt = image, ""
    news.save_revision().publish()
    html = client.get(news.url).content.decode()
    assert "Menschen an einem Tisch" in [img.get("alt") for img in tags(html, "img")]
