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


def test_lead_and_hero_images_read_the_alt_text_of_the_page_language(client, demo, db):
    """The image's description is one German text; the alt text on the page is translated with the page, so
    the English project page and home page read English alt text."""
    image = Image.objects.create(title="Team", file=_png(), description="Das Projektteam vor dem Rathaus")
    for language, path, alt in [
        ("de", "/projekte/eu-belong/", "Das Projektteam von EU-Belong in Danzig"),
        ("en", "/projects/eu-belong/", "The EU-Belong project team in Gdańsk"),
    ]:
        project = demo.page(language, path)
        project.lead_image, project.lead_image_alt = image, alt
        project.save_revision().publish()
        html = client.get(project.url).content.decode()
        lead = [img for img in tags(html, "img") if "project__image" in img.get("class", "")]
        assert [img["alt"] for img in lead] == [alt]

    english_home = demo.home("en")
    english_home.hero_image, english_home.hero_image_alt = image, "People at a table in the town hall"
    english_home.save_revision().publish()
    html = client.get(english_home.url).content.decode()
    hero = [img for img in tags(html, "img") if "hero__image" in img.get("class", "")]
    assert [img["alt"] for img in hero] == ["People at a table in the town hall"]

    german_home = demo.home("de")
    german_home.hero_image, german_home.hero_image_alt = image, ""
    german_home.save_revision().publish()
    html = client.get(german_home.url).content.decode()
    hero = [img for img in tags(html, "img") if "hero__image" in img.get("class", "")]
    assert [img["alt"] for img in hero] == ["Das Projektteam vor dem Rathaus"]  # empty: the description


def test_partner_logos_are_named_in_the_page_language(client, demo, db):
    logo = Image.objects.create(title="Logo", file=_png(), description="Logo der Universität Hildesheim")
    for language, path, expected in [
        ("de", "/partner/universitaet-hildesheim/", "Logo von "),
        ("en", "/partners/universitaet-hildesheim/", "Logo of "),
    ]:
        partner = demo.page(language, path)
        partner.logo = logo
        partner.save_revision().publish()
        html = client.get(partner.url).content.decode()
        alts = [img["alt"] for img in tags(html, "img") if "partner__logo" in img.get("class", "")]
        assert alts == [expected + partner.title]


def test_the_alt_texts_are_offered_for_translation(demo, db):
    """wagtail-localize lists the page's alt text among the strings a translator translates."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    image = Image.objects.create(title="Team", file=_png(), description="Das Projektteam vor dem Rathaus")
    project = demo.page("de", "/projekte/eu-belong/")
    project.lead_image, project.lead_image_alt = image, "Das Projektteam von EU-Belong in Danzig"
    project.save_revision().publish()
    home = demo.home("de")
    home.hero_image, home.hero_image_alt = image, "Menschen an einem Tisch im Rathaus"
    home.save_revision().publish()
    for page, alt in [(project, project.lead_image_alt), (home, home.hero_image_alt)]:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        source.update_from_db()
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=Locale.objects.get(language_code="en")
        )
        assert alt in [entry.msgid for entry in translation.export_po()]
