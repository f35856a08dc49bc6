"""The admin's image form: an image cannot be saved without a description, which the site uses as its alt text.

Wagtail renders `image.default_alt_text` (the description, else the title) when a template gives no `alt`, so
requiring the description here gives every meaningful image a real text alternative (WCAG 1.1.1) without a custom
image model. Templates pass `alt=""` where an image is decorative (cards next to their own title).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AltTextRequiredImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True  # the form field strips whitespace, so spaces alone do not count
            field.label = _("Description (alternative text)")
            field.help_text = _(
                "What the image shows, for people who cannot see it, in one sentence in German (the site's main "
                "language). Screen readers read it out; search engines use it too."
            )
            field.error_messages["required"] = _("Describe the image: it is used as its alternative text.")
