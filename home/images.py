"""The image renditions the templates ask for, named once: listings prefetch exactly these, and
`load_demo_content` generates them up front so nobody's first visit waits for an image to be encoded.

Each constant holds the filter specs of one `{% picture %}` tag, written the way the tag takes them, e.g.
`{% picture item.listing_image fill-{480x270,960x540} format-{avif,webp,jpeg} ... %}`; a test checks that every
`{% picture %}` tag in the templates uses one of them."""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

# AVIF first (smallest), WebP next, and a fallback every browser shows. Photos fall back to JPEG; logos and
# pictograms may be transparent, so theirs is PNG.
PHOTO_FORMATS = "format-{avif,webp,jpeg}"
GRAPHIC_FORMATS = "format-{avif,webp,png}"

CARD = (
    "fill-{480x270,960x540}",
    PHOTO_FORMATS,
)  # every listing card (projects, news, events, materials, pages)
LEAD = (
    "width-{640,960,1280}",
    PHOTO_FORMATS,
)  # the large picture at the top of a project, news item or event
BODY = LEAD  # image blocks in a news item's body
HERO = ("fill-{640x400,1280x800}", PHOTO_FORMATS)  # the home page
COVER = ("width-{480,960}", PHOTO_FORMATS)  # a learning material's cover on its own page
LOGO = ("max-{320x160,640x320}", GRAPHIC_FORMATS)  # a partner's page
LOGO_CARD = ("max-{240x120,480x240}", GRAPHIC_FORMATS)  # the partner index
PICTOGRAM = ("max-{160x160,320x320}", GRAPHIC_FORMATS)  # easy-read sections
SOCIAL = ("fill-1200x630|format-jpeg",)  # og:image (home/templatetags/seo_tags.py)

ALL = {
    "CARD": CARD,
    "LEAD": LEAD,
    "HERO": HERO,
    "COVER": COVER,
    "LOGO": LOGO,
    "LOGO_CARD": LOGO_CARD,
    "PICTOGRAM": PICTOGRAM,
    "SOCIAL": SOCIAL,
}


def specs(*groups) -> list[str]:
    """The single rendition specs behind one or more tags, e.g. specs(CARD) -> ['fill-480x270|format-avif', ...]."""
    return [spec for group in groups for spec in Filter.expand_spec(list(group))]


def with_renditions(*groups):
    """An image queryset that brings the renditions of `groups` along, for `Prefetch("listing_image", ...)`."""
    return get_image_model().objects.prefetch_renditions(*specs(*groups))


# Which image field is shown through which tags; used to pre-generate renditions for the demo content.
FIELD_RENDITIONS = {
    ("home", "HomePage", "hero_image"): (HERO, SOCIAL),
    ("projects", "ProjectPage", "lead_image"): (LEAD,),
    ("projects", "PartnerOrganisationPage", "logo"): (LOGO, LOGO_CARD),
    ("news", "NewsPage", "lead_image"): (LEAD, CARD),
    ("downloads", "LearningMaterialPage", "cover_image"): (CARD, COVER),
}
# Every page's listing image is its card, its social preview and (on events) its lead picture.
LISTING_RENDITIONS = (CARD, SOCIAL, LEAD)


def pregenerate_renditions(log=None) -> int:
    """Create every rendition the templates will ask for, for every image a page uses; returns how many specs were
    requested. Images only used inside StreamFields (pictograms, body images) get the graphic/body sets."""
    from django.apps import apps
    from wagtail.models import Page

    wanted: dict[int, set[str]] = {}

    def want(image_ids, groups):
        for image_id in image_ids:
            if image_id:
                wanted.setdefault(image_id, set()).update(specs(*groups))

    for (app_label, model_name, field), groups in FIELD_RENDITIONS.items():
        model = apps.get_model(app_label, model_name)
        want(model.objects.values_list(f"{field}_id", flat=True), groups)
    for model in apps.get_models():
        # Each page type's own listing_image column (a multi-table child shares its parent's).
        own = [f for f in model._meta.local_concrete_fields if f.name == "listing_image"]
        if issubclass(model, Page) and own:
            want(model.objects.values_list("listing_image_id", flat=True), LISTING_RENDITIONS)
    unused = get_image_model().objects.exclude(pk__in=wanted).values_list("pk", flat=True)
    want(unused, (PICTOGRAM, BODY))

    count = 0
    for image in get_image_model().objects.filter(pk__in=wanted):
        image.get_renditions(*sorted(wanted[image.pk]))
        count += len(wanted[image.pk])
        if log:
            log(f"renditions {image.title}: {len(wanted[image.pk])}")
    return count


def attach_renditions(images, *groups) -> None:
    """Give each of `images` (joined with its listing's rows, `select_related`) its renditions of `groups`, as a
    prefetch of them would, from one query compiled once per number of images (home.compiled_queries.rows_for).
    A prefetch is built and compiled by Django on every request: for a page of twelve project cards that was about
    a tenth of the page's time on the bench site (with the cards' funding rows)."""
    from home import compiled_queries

    images = [image for image in images if image is not None]
    if not images:
        return
    wanted = specs(*groups)
    rendition_model = get_image_model().get_rendition_model()
    found = compiled_queries.rows_for(
        ("renditions-of", *wanted),
        lambda ids: rendition_model.objects.filter(image_id__in=ids, filter_spec__in=wanted).order_by("pk"),
        tuple(sorted({image.pk for image in images})),
    )
    by_image = {}
    for rendition in found:
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        # What Prefetch(..., to_attr="prefetched_renditions") sets, which Wagtail's image tags look at first.
        image.prefetched_renditions = list(by_image.get(image.pk, ()))
        for rendition in image.prefetched_renditions:
            rendition_model.image.field.set_cached_value(rendition, image)
