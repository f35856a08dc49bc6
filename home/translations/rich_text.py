"""The "lang" rich text feature: editors mark a passage as another language; it is stored and rendered as
`<span lang="en">…</span>`, so screen readers and hyphenation switch language (German pages quoting English)."""

import re

from django.utils.translation import gettext as _
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineEntityElementHandler
from wagtail.admin.rich_text.editors.draftail import features as draftail_features

FEATURE = "lang"
ENTITY_TYPE = "LANG"
# BCP 47 in the shape editors use: "en", "de-AT", "sr-Latn".
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def clean_language_tag(value) -> str:
    value = (value or "").strip()
    return value if LANGUAGE_TAG.match(value) else ""


class LanguageSpanHandler(InlineEntityElementHandler):
    """Database HTML → Draftail: `<span lang="xx">` becomes a LANG entity carrying the language tag."""

    mutability = "MUTABLE"

    def get_attribute_data(self, attrs):
        return {"lang": clean_language_tag(attrs.get("lang"))}


def language_span(props):
    """Draftail → database HTML. An invalid tag loses the span but keeps the text."""
    lang = clean_language_tag(props.get("lang"))
    if not lang:
        return DOM.create_element("span", {}, props["children"])
    return DOM.create_element("span", {"lang": lang}, props["children"])


def register(features):
    features.register_editor_plugin(
        "draftail",
        FEATURE,
        draftail_features.EntityFeature(
            {
                "type": ENTITY_TYPE,
                "icon": "globe",
                "description": _("Passage in another language"),
            },
            js=["home/translations/lang-entity.js"],
            css={"all": ["home/translations/lang-entity.css"]},
        ),
    )
    features.register_converter_rule(
        "contentstate",
        FEATURE,
        {
            "from_database_format": {"span[lang]": LanguageSpanHandler(ENTITY_TYPE)},
            "to_database_format": {"entity_decorators": {ENTITY_TYPE: language_span}},
        },
    )
