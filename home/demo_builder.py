"""Helpers for `load_demo_content`: idempotent page creation, wagtail-localize translations, generated media.

Each app has a `demo.py` with `ORDER` (when it runs) and `load(builder)`. Pages are looked up by slug under their
parent, so running the command again changes nothing.
"""

import io
import logging
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

logger = logging.getLogger(__name__)


@dataclass
class DemoBuilder:
    stdout: object = None
    created: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    # Locales ---------------------------------------------------------------------------------------------------
    @property
    def de(self) -> Locale:
        return Locale.objects.get(language_code="de")

    @property
    def en(self) -> Locale:
        return Locale.objects.get(language_code="en")

    def log(self, message: str) -> None:
        self.created.append(message)
        if self.stdout:
            self.stdout.write(f"  {message}")

    # Pages -----------------------------------------------------------------------------------------------------
    def get_or_create_page(self, parent: Page, model, slug: str, **fields):
        """The child of `parent` with this slug, or a new published page of `model` built from `fields`.

        Returns (page, created). An existing page is returned untouched: editors may have changed it.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.log(f"page {page.url_path}")
        return page, True

    def translate(
        self, instance, strings: dict[str, str], locale: Locale | None = None, publish: bool = True
    ):
        """Create or update the English (or given locale's) translation of a page or snippet with wagtail-localize.

        `strings` maps each German source string (as wagtail-localize segments it: one entry per field, rich text
        paragraph or block value, the slug included) to its translation. Strings without an entry stay in German
        and are reported so the demo author can add them.
        """
        locale = locale or self.en
        with transaction.atomic():
            source, created = TranslationSource.get_or_create_from_instance(instance)
            if not created:
                source.update_from_db()
            translation, _ = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            po = translation.export_po()
            for entry in po:
                if entry.msgid in strings:
                    entry.msgstr = strings[entry.msgid]
                elif not entry.msgstr:
                    self.untranslated.append(f"{instance}: {entry.msgid[:80]!r} ({entry.msgctxt})")
            translation.import_po(po)
            translation.save_target(publish=publish)
        return instance.get_translation(locale)

    def translate_snippet(self, instance, strings: dict[str, str], locale: Locale | None = None):
        """Snippets cannot have drafts in wagtail-localize; the translation is saved directly."""
        return self.translate(instance, strings, locale=locale, publish=True)

    # Media -----------------------------------------------------------------------------------------------------
    def image(
        self,
        title: str,
        colour: tuple[int, int, int],
        label: str = "",
        size=(1600, 900),
        description: str = "",
    ) -> Image:
        """A generated image (no download), found again by title on later runs.

        Every image gets a description, its alt text, as the admin requires one (German: the site's main
        language; the default describes the generated picture honestly).
        """
        description = (
            description or f"Farbfläche mit hellen Kreisen{f' und der Aufschrift {label}' if label else ''}"
        )
        existing = Image.objects.filter(title=title).first()
        if existing:
            if not existing.description:  # demo databases from before descriptions were required
                existing.description = description
                existing.save(update_fields=["description"])
            return existing
        canvas = PILImage.new("RGB", size, colour)
        draw = ImageDraw.Draw(canvas)
        width, height = size
        # A few soft circles so the picture is not a flat block of colour.
        for i in range(6):
            radius = height // (2 + i)
            x = (i * width // 5) % width
            shade = tuple(min(255, c + 25 * (i % 3)) for c in colour)
            draw.ellipse((x - radius, height - radius, x + radius, height + radius), fill=shade)
        if label:
            draw.text((width // 20, height // 10), label, fill=(255, 255, 255), font_size=height // 10)
        buffer = io.BytesIO()
        canvas.save(buffer, format="JPEG", quality=82)
        filename = f"{title.lower().replace(' ', '-')[:40]}.jpg"
        image = Image(title=title, description=description)
        image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=filename)
        image.save()
        self.log(f"image {title}")
        return image

    def demo_user(self):
        return get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
