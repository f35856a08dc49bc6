"""Responsive images: every {% picture %} tag uses a rendition set named in home/images.py, pages send AVIF and
WebP sources with a JPEG/PNG fallback that has width and height, and the demo's renditions exist up front."""

import re
from pathlib import Path

from django.conf import settings
from wagtail.images import get_image_model

from home import images
from tests.helpers import tags

TAG = re.compile(r"{%\s*picture\s+(.*?)%}")


def _template_tags():
    roots = [
        Path(settings.BASE_DIR, app)
        for app in ("templates", "home", "projects", "news", "downloads", "search")
    ]
    for root in roots:
        for path in root.rglob("*.html"):
            for match in TAG.finditer(path.read_text()):
                # The image expression first, then filter specs, then attributes (name="value" or name=variable).
                specs = re.sub(r'\w+=("[^"]*"|\S+)', "", match.group(1)).split()[1:]
                yield path.name, tuple(specs)


def test_every_picture_tag_uses_a_named_rendition_set():
    known = set(images.ALL.values())
    found = list(_template_tags())
    assert len(found) >= 10
    assert [(name, specs) for name, specs in found if specs not in known] == []


def test_cards_send_avif_and_webp_with_a_sized_lazy_fallback(client, demo):
    html = client.get("/de/projekte/").content.decode()
    picture = html[html.index("<picture") : html.index("</picture>")]
    assert [source["type"] for source in tags(picture, "source")] == ["image/avif", "image/webp"]
    img = tags(picture, "img")[0]
    assert img["src"].endswith(".jpg") and img["width"] == "480" and img["height"] == "270"
    assert img["loading"] == "lazy" and "960w" in img["srcset"]


def test_demo_renditions_are_generated_by_load_demo_content(demo_load_output, db):
    assert "Image renditions ready" in demo_load_output
    image = get_image_model().objects.get(title="EU-Belong")
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert set(images.specs(images.CARD, images.SOCIAL)) <= made


def test_picture_tags_keep_their_parsed_filters_and_render_as_wagtails_own(demo, monkeypatch):
    """home/templatetags/image_tags: the same HTML as Wagtail's {% picture %}; the second render builds no Filter."""
    from django.template import Context, Template
    from wagtail.images import models as image_models

    image = get_image_model().objects.get(title="EU-Belong")
    tag = '{% picture image fill-{480x270,960x540} format-{avif,webp,jpeg} sizes="100vw" alt="" %}'
    ours = Template("{% load image_tags %}" + tag)
    wagtails = Template("{% load wagtailimages_tags %}" + tag)
    built = []
    original_init = image_models.Filter.__init__

    def counting_init(self, *args, **kwargs):
        built.append(kwargs.get("spec", args[0] if args else None))
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(image_models.Filter, "__init__", counting_init)
    first = ours.render(Context({"image": image}))
    assert first.startswith("<picture>") and "image/avif" in first
    assert len(built) == 6  # two sizes in three formats, parsed once
    built.clear()
    assert ours.render(Context({"image": image})) == first
    assert built == []
    assert wagtails.render(Context({"image": image})) == first
