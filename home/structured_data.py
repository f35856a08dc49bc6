"""Pieces of schema.org JSON-LD that several page types share: the publishing organisation and image URLs.

Pages build their own dictionary in `get_structured_data(request)`; `home.templatetags.seo_tags` renders it.
"""

import datetime


def organisation(request) -> dict:
    """The site's operator as a schema.org Organization (from the site settings)."""
    from home.models import SiteSettings

    settings = SiteSettings.for_request(request)
    return {
        "@type": "Organization",
        "name": settings.organisation_name,
        "url": request.build_absolute_uri("/"),
    }


def image_url(request, image, spec: str = "fill-1200x630|format-jpeg") -> str | None:
    """An absolute URL of a rendition (search engines want a large, absolute image), or None without image."""
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(spec).url)


def date_or_datetime(date, time, zone) -> str:
    """ISO 8601: a date alone for all-day values, otherwise the local time with its UTC offset."""
    if time is None:
        return date.isoformat()
    return datetime.datetime.combine(date, time, tzinfo=zone).isoformat()
