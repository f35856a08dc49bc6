"""Downloads are counted per material, file and day without anything personal, and served safely."""

import datetime

import time_machine
from django.urls import reverse

from downloads.models import DownloadCount, MaterialFile, MonthlyDownloadCount
from downloads.serving import download_filename


def download_url(material, language="de"):
    row = material.files.get(language=language)
    return material.url + material.reverse_subpage("download", args=[row.pk]), row


def test_download_serves_the_pdf_with_safe_headers(client, material):
    url, row = download_url(material)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="alles-nur-kultur-de.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_download_counter_increments_per_day_and_month(client, material):
    url, row = download_url(material, "en")
    with time_machine.travel(datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC), tick=False):
        client.get(url)
        client.get(url)
    with time_machine.travel(datetime.datetime(2026, 4, 1, 12, tzinfo=datetime.UTC), tick=False):
        client.get(url)
    daily = dict(
        DownloadCount.objects.filter(material=material, document=row.document).values_list("day", "count")
    )
    assert daily == {datetime.date(2026, 3, 31): 2, datetime.date(2026, 4, 1): 1}
    monthly = dict(
        MonthlyDownloadCount.objects.filter(material=material, document=row.document).values_list(
            "month", "count"
        )
    )
    assert monthly == {datetime.date(2026, 3, 1): 2, datetime.date(2026, 4, 1): 1}


def test_counting_stores_nothing_personal(client, material):
    url, _row = download_url(material)
    response = client.get(url, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Secret Browser/1.0")
    assert not response.cookies
    for model in (DownloadCount, MonthlyDownloadCount):
        assert {field.name for field in model._meta.get_fields()} <= {
            "id",
            "material",
            "document",
            "day",
            "month",
            "count",
        }
        for row in model.objects.values():
            assert "203.0.113.7" not in str(row)
            assert "Secret Browser" not in str(row)


def test_missing_file_gives_a_friendly_404_and_counts_nothing(client, material, make_document):
    document = make_document(title="Verschwunden", filename="verschwunden.pdf")
    document.file.storage.delete(document.file.name)
    row = MaterialFile.objects.create(page=material, document=document, language="de", locale=material.locale)
    response = client.get(material.url + material.reverse_subpage("download", args=[row.pk]))
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
    assert not DownloadCount.objects.filter(document=document).exists()


def test_file_of_another_material_is_not_served(client, material, demo):
    other = demo.page("de", "/materialien/handlungssicher-im-beratungsgespraech/")
    foreign_row = other.files.first()
    response = client.get(material.url + material.reverse_subpage("download", args=[foreign_row.pk]))
    assert response.status_code == 404


def test_download_filename_is_ascii_and_from_the_slug(material, make_document):
    document = make_document(title="Böse", filename="böse name.pdf")
    material.slug = "ärger-über-quotes"
    row = MaterialFile(page=material, document=document, language="en")
    assert download_filename(material, row) == "arger-uber-quotes-en.pdf"


def test_wagtail_document_url_still_works_for_public_files(client, material):
    document = material.files.get(language="de").document
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 200
