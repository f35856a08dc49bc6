"""Which files may be uploaded, and whether a file's content matches its extension (magic bytes, ZIP contents).

Checking the content and not only the name stops a renamed executable or HTML page from being offered to readers
as a "PDF"; browsers and office programs trust the extension.
"""

import zipfile
from dataclasses import dataclass

OOXML_FOLDERS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class FileType:
    extension: str
    label: str  # what readers see, e.g. "PDF", "Word"
    content_type: str


FILE_TYPES = {
    file_type.extension: file_type
    for file_type in [
        FileType("pdf", "PDF", "application/pdf"),
        FileType("docx", "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        FileType("xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        FileType("pptx", "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        FileType("odt", "ODT", ODF_MIMETYPES["odt"]),
        FileType("ods", "ODS", ODF_MIMETYPES["ods"]),
        FileType("odp", "ODP", ODF_MIMETYPES["odp"]),
        FileType("txt", "TXT", "text/plain; charset=utf-8"),
        FileType("csv", "CSV", "text/csv; charset=utf-8"),
        FileType("zip", "ZIP", "application/zip"),
    ]
}
ALLOWED_EXTENSIONS = list(FILE_TYPES)


def extension_of(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def file_type_for(filename: str) -> FileType | None:
    return FILE_TYPES.get(extension_of(filename))


def content_matches(extension: str, fileobj) -> bool:
    """True if the content of the open binary file looks like a file of this extension."""
    fileobj.seek(0)
    head = fileobj.read(8)
    fileobj.seek(0)
    try:
        if extension == "pdf":
            # The PDF header may follow a few bytes of junk; readers accept it within the first kilobyte.
            return b"%PDF-" in fileobj.read(1024)
        if extension == "zip":
            return head.startswith(ZIP_SIGNATURES) and zipfile.is_zipfile(fileobj)
        if extension in OOXML_FOLDERS:
            return head.startswith(ZIP_SIGNATURES) and _ooxml_matches(fileobj, OOXML_FOLDERS[extension])
        if extension in ODF_MIMETYPES:
            return head.startswith(ZIP_SIGNATURES) and _odf_matches(fileobj, ODF_MIMETYPES[extension])
        if extension in ("txt", "csv"):
            return _is_text(fileobj.read(TEXT_SNIFF_BYTES))
        return False
    finally:
        fileobj.seek(0)


def _ooxml_matches(fileobj, folder: str) -> bool:
    try:
        with zipfile.ZipFile(fileobj) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    return "[Content_Types].xml" in names and any(name.startswith(folder) for name in names)


def _odf_matches(fileobj, mimetype: str) -> bool:
    try:
        with zipfile.ZipFile(fileobj) as archive:
            return archive.read("mimetype").decode("ascii", "replace").strip() == mimetype
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _is_text(data: bytes) -> bool:
    """Text is UTF-8 (or Windows-1252, which spreadsheet programs still write) without NUL bytes."""
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # The sniffed block may end inside a multi-byte character.
        if error.start < len(data) - 3:
            try:
                data.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True
