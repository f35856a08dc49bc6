"""Serving a material's file: check access, count the download anonymously, send the file safely."""

import logging

from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.text import slugify
from wagtail import hooks

from downloads.filetypes import extension_of, file_type_for
from downloads.models.statistics import count_download

logger = logging.getLogger(__name__)


def serve_material_file(request, material, file_id):
    """The response for /<material>/download/<file id>/.

    Page privacy has already been checked by Wagtail before the page's route ran. The document's collection may
    carry its own restriction (a private collection), which Wagtail's document hooks enforce here as on
    /documents/..., so a restricted file is reachable neither way.
    """
    material_file = material.files.select_related("document__collection").filter(pk=file_id).first()
    if material_file is None:
        raise Http404("This material has no such file.")
    document = material_file.document

    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result

    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError, ValueError) as error:
        # The row exists but the file is gone from storage: tell the reader, log it for the editors.
        logger.warning("File of document %s (%s) is missing: %s", document.pk, document.file.name, error)
        raise Http404("The file is not available.") from error

    count_download(material, document)

    file_type = file_type_for(document.filename)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=download_filename(material, material_file),
        content_type=file_type.content_type if file_type else "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Every download must reach us to be counted, and restricted files must not sit in shared caches.
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def download_filename(material, material_file) -> str:
    """An ASCII file name built from the material's slug and the file's language, e.g. "alles-nur-kultur-de.pdf".

    Never the uploaded name: it may contain quotes, path separators or control characters.
    """
    extension = extension_of(material_file.document.filename) or "bin"
    stem = slugify(material.slug, allow_unicode=False)[:80] or "material"
    return f"{stem}-{material_file.language}.{extension}"
