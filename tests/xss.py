"""Hostile text for every field an editor can fill, found by looking at the models, and checks that it never runs.

Fields are discovered, not listed: every editable CharField/TextField (URL and e-mail fields included) and every
RichTextField/StreamField of a model gets a payload. Rich text goes through the same Draftail conversion as text
an editor types or pastes; StreamField text, heading, quote and rich text blocks are rewritten inside the stored
stream, nested blocks included.
"""

import html
from html.parser import HTMLParser

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

SCRIPT = "<script>window.__xss=1</script>"
IMG = '"><img src=x onerror=window.__xss=1>'
BOTH = SCRIPT + IMG
# Fields we never poison, because an editor cannot type into them (the admin computes or chooses them).
NOT_TYPED = {"slug", "path", "url_path", "draft_title", "translation_key", "file_hash"}


def _text_payload(field, suffix="") -> str | None:
    """The nastiest payload the field's own validation accepts (what an editor could save), or None."""
    if isinstance(field, models.URLField):
        candidates = [f'https://example.org/?"><img/src/onerror=window.__xss=1>{suffix.strip()}']
    elif isinstance(field, models.EmailField):
        candidates = ['"><img/src/onerror=window.__xss=1>"@example.org']
    else:
        candidates = [BOTH + suffix, SCRIPT + suffix, IMG + suffix]
    for candidate in candidates:
        try:
            field.run_validators(candidate)
        except ValidationError:
            continue
        return candidate
    return None


def rich_text_payload() -> str:
    """What the database holds after an editor typed the payload and pasted HTML with script, handler and a
    javascript: link into Draftail."""
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    features = settings.WAGTAILADMIN_RICH_TEXT_EDITORS["default"]["OPTIONS"]["features"]
    converter = ContentstateConverter(features)
    pasted = (
        f'<p>{html.escape(BOTH)}</p>{SCRIPT}<p><a href="javascript:window.__xss=1">Link</a></p>'
        '<img src="x" onerror="window.__xss=1"/>'
    )
    return converter.to_database_format(converter.from_database_format(pasted))


def text_fields(model):
    """The fields of `model` an editor fills with text."""
    for field in model._meta.get_fields():
        if (
            not getattr(field, "editable", False)
            or field.name in NOT_TYPED
            or getattr(field, "choices", None)
        ):
            continue
        if isinstance(field, models.CharField | models.TextField | StreamField):
            yield field


def poison(instance, suffix="") -> list[str]:
    """Put the payload into every text field of `instance` (not saved). Returns the field names changed."""
    changed = []
    for field in text_fields(type(instance)):
        if isinstance(field, StreamField):
            raw = list(getattr(instance, field.name).raw_data)
            setattr(instance, field.name, poison_stream(field.stream_block, raw))
        elif isinstance(field, RichTextField):
            setattr(instance, field.name, rich_text_payload())
        else:
            value = _text_payload(field, suffix)
            if value is None:
                continue
            setattr(instance, field.name, value)
        changed.append(field.name)
    return changed


def poison_stream(stream_block, raw: list) -> list:
    """Every text inside the stream gets the payload; block types that hold only text and are missing from the
    demo content are added once, so a new text block is covered without touching this test."""
    present = {child["type"] for child in raw}
    result = [
        {**child, "value": _poison_block(stream_block.child_blocks[child["type"]], child["value"])}
        for child in raw
        if child["type"] in stream_block.child_blocks
    ]
    for name, block in stream_block.child_blocks.items():
        if name not in present and _only_text(block):
            default = block.get_prep_value(block.get_default())
            result.append({"type": name, "value": _poison_block(block, default)})
    return result


def _only_text(block) -> bool:
    if isinstance(block, blocks.StructBlock):
        return all(_only_text(child) for child in block.child_blocks.values())
    return isinstance(
        block, blocks.CharBlock | blocks.TextBlock | blocks.RichTextBlock | blocks.BlockQuoteBlock
    )


def _poison_block(block, value):
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_payload()
    if isinstance(block, blocks.RawHTMLBlock):
        return (
            value  # raw HTML is trusted by definition; none of our streams offers it (asserted in the test)
        )
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.BlockQuoteBlock):
        max_length = block.field.max_length
        return BOTH if not max_length or max_length >= len(BOTH) else SCRIPT[:max_length]
    if isinstance(block, blocks.URLBlock):
        return f"https://example.org/?{IMG}"
    if isinstance(block, blocks.StructBlock):
        value = dict(value or {})
        return {name: _poison_block(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        items = value or []
        return [
            {**item, "value": _poison_block(block.child_block, item["value"])}
            if isinstance(item, dict) and "value" in item and "id" in item
            else _poison_block(block.child_block, item)
            for item in items
        ]
    if isinstance(block, blocks.StreamBlock):
        return poison_stream(block, list(value or []))
    return value


def stream_blocks(block):
    """Every block definition inside a stream, struct or list, nested ones included."""
    children = []
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock):
        children = list(block.child_blocks.values())
    elif isinstance(block, blocks.ListBlock):
        children = [block.child_block]
    for child in children:
        yield child
        yield from stream_blocks(child)


def poison_page(page, suffix="") -> list[str]:
    """Poison the page's own fields and its inline rows, then publish a revision. Returns what was changed."""
    page = page.specific
    changed = [f"{type(page).__name__}.{name}" for name in poison(page, suffix)]
    for relation in _child_relations(page):
        for row in getattr(page, relation.get_accessor_name()).all():
            row_changed = poison(row, suffix)
            if row_changed:
                row.save()
                changed += [f"{type(row).__name__}.{name}" for name in row_changed]
    page.save_revision().publish()
    return changed


def _child_relations(page):
    from modelcluster.models import get_all_child_relations

    return [relation for relation in get_all_child_relations(page) if relation.related_model is not Page]


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")


def unsafe_spots(content: str) -> list[str]:
    """Where the payload would run: a literal script tag or an event-handler / javascript: attribute."""
    problems = []
    if "<script>window.__xss" in content:
        index = content.index("<script>window.__xss")
        problems.append(f"literal script: {content[max(0, index - 80) : index + 40]!r}")
    parser = _Tags()
    parser.feed(content)
    return problems + parser.problems
