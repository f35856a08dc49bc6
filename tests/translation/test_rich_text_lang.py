"""Mixed-language rich text: the "lang" feature marks a passage as another language, renders <span lang> on the
site and survives a wagtail-localize round trip."""

import json
import re

from django.conf import settings
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import features as feature_registry

from home.models import HomePage
from home.translations.rich_text import clean_language_tag
from tests.translation.conftest import later, publish_edit, translate_fully

INTRO = '<p>Wir sagen gern <span lang="en">welcome to the team</span> zu neuen Kolleginnen.</p>'


def test_lang_is_a_default_feature_and_enabled_on_introductions():
    assert "lang" in settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    assert feature_registry.get_editor_plugin("draftail", "lang") is not None
    assert "lang" in HomePage._meta.get_field("introduction").features
    from projects.models import ProjectIndexPage  # an IndexPage subclass of another app

    assert "lang" in ProjectIndexPage._meta.get_field("introduction").features


def test_editor_round_trip_keeps_the_language():
    converter = ContentstateConverter(features=["bold", "italic", "link", "lang"])
    contentstate = json.loads(converter.from_database_format(INTRO))
    entities = list(contentstate["entityMap"].values())
    assert entities == [{"type": "LANG", "mutability": "MUTABLE", "data": {"lang": "en"}}]
    html = converter.to_database_format(json.dumps(contentstate))
    assert re.sub(r' data-block-key="\w+"', "", html) == INTRO


def test_invalid_language_tags_are_dropped():
    assert clean_language_tag("en") == "en" and clean_language_tag("sr-Latn") == "sr-Latn"
    assert clean_language_tag('en" onclick="x') == "" and clean_language_tag("") == ""
    converter = ContentstateConverter(features=["lang"])
    contentstate = json.loads(converter.from_database_format('<p>A <span lang="x y">b</span></p>'))
    assert 'lang="x y"' not in converter.to_database_format(json.dumps(contentstate))


def test_editor_loads_the_plugin(demo, admin_client):
    html = admin_client.get(f"/admin/pages/{demo.home('de').pk}/edit/").content.decode()
    assert "home/translations/lang-entity.js" in html


def test_front_end_renders_the_lang_attribute(demo, client):
    publish_edit(demo.home("de"), introduction=INTRO)
    html = client.get("/de/").content.decode()
    assert '<span lang="en">welcome to the team</span>' in html


def test_lang_span_survives_a_wagtail_localize_round_trip(
    demo, en, client, django_capture_on_commit_callbacks
):
    german = demo.home("de")
    with later(1):
        publish_edit(german, introduction=INTRO)
    with later(2), django_capture_on_commit_callbacks(execute=True):
        translate_fully(
            german,
            en,
            {
                "Wir sagen gern": "We like to say",
                "welcome to the team": "welcome to the team",
                "zu neuen Kolleginnen.": "to new colleagues.",
            },
            publish=True,
        )
    english = HomePage.objects.get(pk=demo.home("en").pk)
    assert '<span lang="en">welcome to the team</span>' in english.introduction
    html = client.get("/en/").content.decode()
    assert '<span lang="en">welcome to the team</span>' in html
    assert "We like to say" in html
