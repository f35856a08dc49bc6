"""Template tags of the downloads app: materials related to a project or call, newest materials, file labels."""

from django import template
from django.utils.translation import get_language

from downloads.file_labels import file_label as _file_label
from home import compiled_queries
from home.links import linked_to, may_link_to

register = template.Library()

HOME_MATERIAL_COUNT = 3


@register.simple_tag(takes_context=True)
def related_materials(context, page):
    """Live materials in the page's language that list this project or call as related (one query; none if no
    material links it).

    Matching by translation key finds them whether the material points at the German page or its translation.
    """
    from downloads.models import LearningMaterialPage
    from projects.models import CallForProposalsPage

    if page is None or not getattr(page, "translation_key", None):
        return []
    field = "related_calls" if isinstance(page, CallForProposalsPage) else "related_projects"
    if not may_link_to(LearningMaterialPage, field, page.translation_key):
        return []
    materials = LearningMaterialPage.objects.live().filter(locale_id=page.locale_id)
    # A material linking both language versions of the page is still listed once.
    return list(linked_to(materials, field, translation_key=page.translation_key).newest_first())


@register.simple_tag(takes_context=True)
def newest_materials(context, count=HOME_MATERIAL_COUNT):
    """The newest live materials in the current page's language, for the home page."""
    from downloads.models import LearningMaterialPage

    page = context.get("page")
    if page is None:
        return []
    return compiled_queries.rows(
        ("newest-materials", page.locale_id, count),
        lambda: LearningMaterialPage.objects.live().filter(locale_id=page.locale_id).newest_first()[:count],
    )


@register.simple_tag
def file_label(document):
    """ "PDF, 1,2 MB" in German, "PDF, 1.2 MB" in English; the size is measured once and stored on the document."""
    size = document.file_size
    if size is None:
        try:
            size = document.get_file_size()
        except OSError:
            size = None
    return _file_label(document.filename, size, get_language())
