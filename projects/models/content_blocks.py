"""StreamField blocks for the body of project and programme pages: headings, text, images, quotes, formats."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "projects/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    source = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "projects/blocks/quote.html"


def body_blocks():
    """The blocks editors may use in a project's or programme's body."""
    return [
        ("heading", HeadingBlock(max_length=120)),
        ("paragraph", blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])),
        ("image", ImageBlock(label=_("Image"))),
        ("quote", QuoteBlock()),
    ]


class FormatBlock(blocks.StructBlock):
    """One of a programme's formats, e.g. a forum, learning journeys or a closing conference."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ul"
        label = _("Format")
