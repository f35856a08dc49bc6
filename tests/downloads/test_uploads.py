"""Document uploads are checked: allowed types, the size limit from settings, content matching the extension."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from downloads.demo_files import pdf_bytes
from downloads.filetypes import content_matches
from tests.downloads.conftest import zip_bytes

DOCX = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})


def upload(admin_client, filename, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(filename, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.fixture
def english_admin(admin_client, superuser):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def test_a_real_pdf_is_accepted(admin_client):
    response = upload(admin_client, "leitfaden.pdf", pdf_bytes("Leitfaden", ["Text"]))
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Upload").exists()


@pytest.mark.parametrize(
    "filename,content,message",
    [
        ("leitfaden.pdf", b"<html>not a pdf</html>", "its content is not a PDF file"),
        ("tabelle.xlsx", DOCX, "its content is not a XLSX file"),
        ("programm.exe", b"MZ\x90\x00", "Allowed types: PDF, DOCX"),
        ("notizen.txt", b"\x00\x01\x02binary", "its content is not a TXT file"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(english_admin, filename, content, message):
    response = upload(english_admin, filename, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.filter(title="Upload").exists()


def test_files_over_the_size_limit_are_refused(english_admin, settings):
    settings.DOWNLOADS_MAX_UPLOAD_SIZE = 1000
    response = upload(english_admin, "gross.pdf", pdf_bytes("Gross", ["Text"]))
    assert response.status_code == 200
    assert "files may be at most 1 kB" in response.content.decode()


def test_german_admin_gets_the_message_in_german(admin_client):
    response = upload(admin_client, "leitfaden.pdf", b"kein pdf")
    assert "ist aber keine PDF-Datei" in response.content.decode()


@pytest.mark.parametrize(
    "extension,content,expected",
    [
        ("pdf", pdf_bytes("x", ["y"]), True),
        ("docx", DOCX, True),
        ("docx", XLSX, False),
        ("xlsx", XLSX, True),
        ("pptx", DOCX, False),
        ("odt", ODT, True),
        ("ods", ODT, False),
        ("zip", ODT, True),
        ("zip", b"PK\x03\x04 broken", False),
        ("csv", "Name;Ort\nMüller;Leipzig\n".encode(), True),
        ("csv", "Name;Ort\nMüller;Leipzig\n".encode("cp1252"), True),
        ("txt", b"\x00\x00", False),
    ],
)
def test_content_sniffing(extension, content, expected):
    assert content_matches(extension, io.BytesIO(content)) is expected
