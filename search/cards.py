"""What a result card shows besides title and excerpt: the page type, a date, a deadline or a status.

The contract for page types (documented in the README): a page may define `search_result_meta()` returning a list
of short, already translated strings (e.g. ["Deadline: 31 March 2027", "Open"]). Without it, the card uses the
attributes it finds: `deadline`, `start_date` or `date` (a date or datetime), and `status_label` or
`get_status_display()` for a status.
"""

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.fields import RichTextField

from home.formatting import format_long_date
from search.text import excerpt, highlight, plain_text

# Fields whose text makes the excerpt when a page has no `search_excerpt_text()`: teaser first, then the
# longer texts page types commonly have.
EXCERPT_FIELDS = ("teaser", "search_description", "introduction", "summary", "body", "description")


def format_day(value) -> str:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_long_date(value)


def result_meta(page) -> list[str]:
    method = getattr(page, "search_result_meta", None)
    if callable(method):
        return [str(item) for item in method() if item]
    meta = []
    deadline = getattr(page, "deadline", None)
    if isinstance(deadline, datetime.date):
        meta.append(gettext("Deadline: %(date)s") % {"date": format_day(deadline)})
    else:
        for name in ("start_date", "date"):
            value = getattr(page, name, None)
            if isinstance(value, datetime.date):
                meta.append(format_day(value))
                break
    status = getattr(page, "status_label", None)
    if status is None and callable(getattr(page, "get_status_display", None)):
        status = page.get_status_display()
    if status:
        meta.append(str(status))
    return meta


def excerpt_text(page) -> str:
    method = getattr(page, "search_excerpt_text", None)
    if callable(method):
        return plain_text(method())
    parts = []
    for name in EXCERPT_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value:
            text = plain_text(value, is_html=_is_rich_text(page, name))
            if text and text not in parts:
                parts.append(text)
    return " ".join(parts)


def _is_rich_text(page, name: str) -> bool:
    try:
        return isinstance(page._meta.get_field(name), RichTextField)
    except FieldDoesNotExist:
        return False


def result_card(page, terms: list[str], request=None) -> dict:
    return {
        "page": page,
        "url": page.get_url(request),
        "type": str(page._meta.verbose_name),
        "title": highlight(page.title, terms),
        "excerpt": excerpt(excerpt_text(page), terms),
        "meta": result_meta(page),
    }
