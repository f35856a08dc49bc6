"""Wagtail's image tags, with {% picture %} and {% srcset_image %} keeping their parsed filters on the template node.

Wagtail builds a new Filter for each spec every time such a tag renders, and parses the filter's operations again
(with inspect.signature per operation): about half of a card picture's time (make bench, project index). A tag's
specs never change, so its node keeps the Filter objects it built the first time; the HTML is the same. Load this
library instead of `wagtailimages_tags`: it offers all of Wagtail's image tags and filters.
"""

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_image_tags

register = template.Library()
register.tags.update(wagtail_image_tags.register.tags)
register.filters.update(wagtail_image_tags.register.filters)


class KeepsFilters:
    def get_filters(self):
        if not hasattr(self, "_kept_filters"):
            self._kept_filters = super().get_filters()
        return self._kept_filters


class PictureNode(KeepsFilters, wagtail_image_tags.PictureNode):
    pass


class SrcsetImageNode(KeepsFilters, wagtail_image_tags.SrcsetImageNode):
    pass


KEEPING = {wagtail_image_tags.PictureNode: PictureNode, wagtail_image_tags.SrcsetImageNode: SrcsetImageNode}


def multi_rendition_tag(parser, token):
    node = wagtail_image_tags.image(parser, token)
    keeping = KEEPING[type(node)]
    return keeping(node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs)


register.tag("picture", multi_rendition_tag)
register.tag("srcset_image", multi_rendition_tag)
