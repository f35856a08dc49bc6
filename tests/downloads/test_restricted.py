"""Restricted materials: neither the page, nor its download route, nor the document URL work anonymously."""

from django.urls import reverse
from wagtail.models import PageViewRestriction

from downloads.models import DownloadCount


def _download_url(page):
    row = page.files.first()
    return page.url + page.reverse_subpage("download", args=[row.pk]), row.document


def test_restricted_page_redirects_anonymous_readers_to_login(client, restricted_material):
    response = client.get(restricted_material.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_restricted_download_route_is_not_reachable_anonymously(client, restricted_material):
    url, document = _download_url(restricted_material)
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert not DownloadCount.objects.filter(document=document).exists()


def test_restricted_document_url_is_not_reachable_anonymously(client, restricted_material):
    _url, document = _download_url(restricted_material)
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_english_translation_is_restricted_too(client, demo):
    page = demo.page("en", "/materials/training-guide-for-multipliers/")
    assert client.get(page.url).status_code == 302


def test_signed_in_user_downloads_the_restricted_file(client, restricted_material, django_user_model):
    client.force_login(django_user_model.objects.create_user("partner", password="a-long-test-password"))
    url, document = _download_url(restricted_material)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    assert DownloadCount.objects.get(document=document).count == 1


def test_password_protected_material_asks_for_the_password_before_the_file(client, material):
    PageViewRestriction.objects.create(
        page=material, restriction_type=PageViewRestriction.PASSWORD, password="geheim-genug"
    )
    url, document = _download_url(material)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"%PDF" not in response.content
    assert 'name="password"' in response.content.decode()
    assert not DownloadCount.objects.filter(document=document).exists()
