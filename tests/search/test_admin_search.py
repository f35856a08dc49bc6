"""The admin keeps working with the per-language backends: page search in both languages, image search (objects
without a locale are indexed by the default backend only)."""

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file


def test_admin_page_search_finds_pages_of_both_languages(admin_client, make_news):
    make_news("de", "Meldung Zauberwort")
    make_news("en", "News Zauberwort")
    response = admin_client.get("/admin/pages/search/", {"q": "Zauberwort"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meldung Zauberwort" in html
    assert "News Zauberwort" in html


def test_admin_image_search(admin_client, db):
    Image.objects.create(title="Hokuspokus Titelbild", file=get_test_image_file())
    response = admin_client.get("/admin/images/", {"q": "Hokuspokus"})
    assert response.status_code == 200
    assert "Hokuspokus Titelbild" in response.content.decode()


def test_search_promotions_admin_lists_picks(admin_client, db):
    assert admin_client.get("/admin/searchpicks/").status_code == 200
