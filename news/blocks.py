"""The blocks of a news item's or event's body: text, image, quote, video link, document link, call to action.

No embeds: a video is a link to where it is hosted, so the page loads nothing from other hosts.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it. Leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote.html"


class VideoLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration = blocks.CharBlock(label=_("Duration"), required=False, max_length=20, help_text=_("e.g. 12:30"))

    class Meta:
        icon = "media"
        label = _("Video link")
        template = "news/blocks/video_link.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Defaults to the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "news/blocks/document_link.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or external address"), required=False)
    link_text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "news/blocks/call_to_action.html"


def body_blocks():
    return [
        (
            "paragraph",
            blocks.RichTextBlock(
                label=_("Text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
            ),
        ),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("video_link", VideoLinkBlock()),
        ("document_link", DocumentLinkBlock()),
        ("call_to_action", CallToActionBlock()),
    ]
