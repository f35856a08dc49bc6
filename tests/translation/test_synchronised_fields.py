"""Facts are synchronised: a translation follows its source and its editor offers no way to make it differ."""

import json
import re
from html import unescape

from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import OverridableSegment, TranslationSource

from home.demo_builder import DemoBuilder
from home.models import HomePage
from home.translations import bulk_po
from tests.translation.conftest import later, publish_edit


def _images():
    builder = DemoBuilder()
    return builder.image("Sync test A", (20, 60, 120), size=(64, 36)), builder.image(
        "Sync test B", (120, 60, 20), size=(64, 36)
    )


def test_hero_image_is_synchronised_and_not_overridable():
    fields = {field.field_name: field for field in get_translatable_fields(HomePage)}
    assert fields["hero_image"].overridable is False
    assert fields["listing_image"].overridable is False


def test_translation_follows_the_source_after_sync_even_if_someone_changed_it(demo, en):
    german = demo.home("de")
    english = demo.home("en")
    image, source_image = _images()

    # Someone sets a different image on the English page directly (outside the translation editor).
    english.hero_image = image
    english.save_revision().publish()
    assert HomePage.objects.get(pk=english.pk).hero_image_id == image.pk

    # The source changes its image and the translation is re-synced: the source's fact wins.
    with later(1):
        publish_edit(german, hero_image=source_image)
    source = TranslationSource.objects.get(object_id=german.translation_key, locale=german.locale)
    source.update_from_db()
    translation = source.translations.get(target_locale=en)
    with later(2):
        bulk_po.save_draft(translation)
    draft = HomePage.objects.get(pk=english.pk).get_latest_revision_as_object()
    assert draft.hero_image_id == source_image.pk


def test_translation_editor_offers_no_override_for_the_image(demo, en, admin_client):
    image, _other = _images()
    german = publish_edit(demo.home("de"), hero_image=image, listing_image=image)
    source = TranslationSource.objects.get(object_id=german.translation_key, locale=german.locale)
    source.update_from_db()  # re-extract: an overridable image would get a segment now
    assert source.content_json and str(image.pk) in source.content_json
    assert not OverridableSegment.objects.filter(source=source, context__path="hero_image").exists()

    response = admin_client.get(f"/admin/pages/{demo.home('en').pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    match = re.search(r'data-props="([^"]+)"', html)
    assert match, "the wagtail-localize translation editor replaces the page form"
    props = json.loads(unescape(match.group(1)))
    overridable = [segment for segment in props["segments"] if segment["type"] == "synchronised_value"]
    assert not [segment for segment in overridable if "hero_image" in json.dumps(segment)]
    assert not [segment for segment in overridable if "listing_image" in json.dumps(segment)]
