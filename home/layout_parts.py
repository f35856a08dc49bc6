"""Parts of the layout that many pages show alike (the main menu, the footer, the links to Easy Read and sign
language), rendered once per process until the next change.

On the bench site they took a fifth of the imprint's time (1.4 of 7 ms in-process) and the same on every other
page. What they show changes only when something is published or a site, setting or snippet is saved, and each of
those starts a new page-cache generation (home.page_cache), which empties the store. Within a generation the
output follows from the site, the active language and what the caller puts in the key (the section being read,
which the menu marks). Nothing per visitor is in these parts: no form, no CSRF token, no user.
"""

from django.utils import translation
from wagtail.models import Site

from home.page_cache import rendered_layout_parts


def site_id(request) -> int | None:
    """The id of the site the request is for (Wagtail keeps it on the request, so this costs no query)."""
    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site else None


def kept_inclusion(context, template_name: str, key: tuple, values):
    """What an inclusion tag renders (`template_name` with `values()` in a new context made from `context`), kept
    under `key`, the site and the active language."""

    def render():
        template = context.template.engine.get_template(template_name)
        return template.render(context.new(values()))

    return _kept(context, template_name, key, render)


def kept_include(context, template_name: str, key: tuple):
    """What `{% include template_name %}` renders (the whole context is seen), kept under `key`, the site and the
    active language."""

    def render():
        template = context.template.engine.get_template(template_name)
        with context.push():
            return template.render(context)

    return _kept(context, template_name, key, render)


def _kept(context, template_name, key, render):
    request = context.get("request")
    full_key = (template_name, site_id(request), translation.get_language(), *key)
    return rendered_layout_parts.get(full_key, render)
