"""Format and size labels next to each file, in German and English number formats."""

import pytest

from downloads.file_labels import file_label
from home.formatting import format_size


@pytest.mark.parametrize(
    "size,german,english",
    [
        (512, "512 B", "512 B"),
        (1_234, "1,2 kB", "1.2 kB"),
        (1_234_567, "1,2 MB", "1.2 MB"),
        (123_456_789, "123 MB", "123 MB"),
        (2_500_000_000, "2,5 GB", "2.5 GB"),
    ],
)
def test_sizes_use_the_language_number_format(size, german, english):
    assert format_size(size, "de") == german
    assert format_size(size, "en") == english


def test_file_label_names_the_format():
    assert file_label("Leitfaden.PDF", 1_234_567, "de") == "PDF, 1,2 MB"
    assert file_label("handout.docx", 1_234_567, "en") == "DOCX, 1.2 MB"
    assert file_label("unknown", None, "en") == "?"


@pytest.mark.parametrize(
    "path,language_of_file,label_separator",
    [
        ("/de/materialien/alles-nur-kultur/", "Englisch", ","),
        ("/en/materials/all-just-culture/", "English", "."),
    ],
)
def test_material_page_lists_each_file_with_language_format_and_size(
    client, material, path, language_of_file, label_separator
):
    html = client.get(path).content.decode()
    document = material.files.get(language="en").document
    size_kb = f"{document.file_size / 1000:.1f}".replace(".", label_separator)
    assert f"({language_of_file}, PDF, {size_kb} kB)" in html
    assert f'href="{path}download/' in html
