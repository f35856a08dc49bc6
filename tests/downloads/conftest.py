"""Fixtures for the downloads tests: the demo materials, signed-in users, and files made on the fly."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from downloads.demo_files import pdf_bytes


@pytest.fixture
def material(demo):
    """The public German demo material with a German and an English PDF."""
    return demo.page("de", "/materialien/alles-nur-kultur/")


@pytest.fixture
def restricted_material(demo):
    return demo.page("de", "/materialien/trainingsleitfaden-multiplikatoren/")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def make_document(db):
    def make(title="Test file", filename="test.pdf", content=None, collection=None):
        Document = get_document_model()
        document = Document(title=title)
        if collection is not None:
            document.collection = collection
        document.file = ContentFile(
            content if content is not None else pdf_bytes(title, ["Test"]), name=filename
        )
        document._set_document_file_metadata()
        document.save()
        return document

    return make


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
