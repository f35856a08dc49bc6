"""Generated demo files for learning materials: small real PDFs drawn with Pillow (nothing is downloaded)."""

import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi
PRIVATE_COLLECTION = "Geschützte Materialien"


def pdf_bytes(heading: str, lines: list[str], accent=(31, 95, 139)) -> bytes:
    """A one-page A4 PDF with a coloured band, the heading and a few paragraphs."""
    page = Image.new("RGB", PAGE_SIZE, (255, 255, 255))
    draw = ImageDraw.Draw(page)
    width, _height = PAGE_SIZE
    draw.rectangle((0, 0, width, 180), fill=accent)
    draw.text((90, 60), "Gemeinsam · EU-Belong", fill=(255, 255, 255), font=ImageFont.load_default(44))
    y = 260
    heading_font = ImageFont.load_default(56)
    for line in textwrap.wrap(heading, 36):
        draw.text((90, y), line, fill=(20, 20, 20), font=heading_font)
        y += 74
    y += 40
    body_font = ImageFont.load_default(32)
    for paragraph in lines:
        for line in textwrap.wrap(paragraph, 62):
            draw.text((90, y), line, fill=(40, 40, 40), font=body_font)
            y += 46
        y += 30
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=150.0, title=heading, author="Gemeinsam (Demo)")
    return buffer.getvalue()


def private_collection(builder) -> Collection:
    """The collection for restricted materials' files: only logged-in users can open its documents."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION)
        builder.log(f"collection {PRIVATE_COLLECTION}")
    CollectionViewRestriction.objects.get_or_create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def pdf_document(builder, title: str, filename: str, heading: str, lines: list[str], collection=None):
    """A Wagtail document holding a generated PDF, found again by title on later runs."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file = ContentFile(pdf_bytes(heading, lines), name=filename)
    document._set_document_file_metadata()
    document.save()
    builder.log(f"document {filename}")
    return document
