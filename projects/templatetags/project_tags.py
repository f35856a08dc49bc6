"""Template tags for projects, programmes and partners: formatted figures, the partner map, the timeline bar,
schema.org JSON-LD and the home page's featured projects."""

import json
from functools import cache, lru_cache
from pathlib import Path

from django import template
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home import compiled_queries, formatting
from home.localize import active_language_code
from home.templatetags.navigation_tags import page_language
from projects import facts

register = template.Library()

MAP_FILE = Path(__file__).resolve().parent.parent / "data" / "europe.json"


# Formatting filters ------------------------------------------------------------------------------------------------
@register.filter
def money(amount):
    """1666663.03 → "1.666.663,03 €" (de) / "€1,666,663.03" (en)."""
    return formatting.format_money(amount)


@register.filter
def percent(rate):
    return formatting.format_percent(rate)


@register.filter
def number(value):
    return formatting.format_number(value)


@register.filter
def month(date):
    """A date as month name and year in the current language: "Mai 2025" / "May 2025"."""
    return formatting.format_month(date)


@register.filter
def long_date(date):
    return formatting.format_long_date(date)


@register.filter
def country_name(code):
    return facts.country_name(code)


# Map ---------------------------------------------------------------------------------------------------------------
@cache
def _map_data() -> dict:
    return json.loads(MAP_FILE.read_text())


@register.simple_tag
def europe_map(countries, heading_id="partner-map"):
    """An inline SVG of Europe with the given countries highlighted. `countries`: [(code, name), ...].

    Countries outside the map's frame still appear in the text alternative, which lists every country.
    """
    return _rendered_map(tuple(countries), heading_id, get_language())


# The SVG is ~40 KB of path data that the template escapes on every render (10 ms of a 65 ms project page on the
# bench site). It depends only on its arguments and the language, and a site has few combinations of countries.
@lru_cache(maxsize=256)
def _rendered_map(countries: tuple, heading_id: str, language: str) -> str:
    data = _map_data()
    highlighted = {code for code, _name in countries}
    names = dict(countries)
    shapes = [
        {"code": code, "d": d, "highlighted": code in highlighted, "name": names.get(code, "")}
        for code, d in data["countries"].items()
    ]
    # Highlighted countries last, so their outlines are drawn on top of their neighbours'.
    shapes.sort(key=lambda shape: shape["highlighted"])
    context = {
        "view_box": data["viewBox"],
        "shapes": shapes,
        "countries": countries,
        "heading_id": heading_id,
        "shown": [name for code, name in countries if code in data["countries"]],
    }
    with translation.override(language):
        return render_to_string("projects/includes/europe_map.html", context)


# Timeline ----------------------------------------------------------------------------------------------------------
def _pct(value: float) -> str:
    # A string with a dot: the template must not localize SVG coordinates into "12,5".
    return f"{max(0.0, min(100.0, value)):.2f}"


@register.inclusion_tag("projects/includes/timeline.html")
def project_timeline(start, end):
    """A bar from start to end with a tick per new year and a marker at today's position (Europe/Berlin)."""
    if not start or not end or end <= start:
        return {"show": False}
    today = facts.berlin_today()
    total = (end - start).days
    elapsed = (today - start).days / total * 100
    ticks = [
        {"label": str(year), "x": _pct((facts.datetime.date(year, 1, 1) - start).days / total * 100)}
        for year in range(start.year + 1, end.year + 1)
    ]
    return {
        "show": True,
        "start": start,
        "end": end,
        "ticks": ticks,
        "elapsed": _pct(elapsed),
        "today_x": _pct(elapsed) if 0 <= elapsed <= 100 else None,
        "today": today,
        "elapsed_percent": round(max(0, min(100, elapsed))),
    }


# JSON-LD -----------------------------------------------------------------------------------------------------------
def _json_script(data) -> str:
    # Without indent: json's C encoder writes it (with an indent the pure-Python one does, about 0.1 ms a project
    # page on the bench site). Search engines read it, nobody reads it in the page source.
    text = json.dumps(data, ensure_ascii=False)
    # Inside <script>, "</" would end the element early; escape the characters HTML cares about.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 (escaped above)


@register.simple_tag(takes_context=True)
def project_json_ld(context, page):
    """schema.org Project with its funding as MonetaryGrant(s), partners as members."""
    request = context["request"]
    grants = []
    for row in page.funding_list():
        grant = {
            "@type": "MonetaryGrant",
            "name": row.funder.programme or row.funder.name,
            "funder": {"@type": "Organization", "name": row.funder.name},
        }
        if row.funder.website:
            grant["funder"]["url"] = row.funder.website
        if page.grant_code:
            grant["identifier"] = page.grant_code
        # A single funder without its own amount gives the whole funding.
        single = len(page.funding_list()) == 1
        amount = row.amount if row.amount is not None else (page.funding_amount if single else None)
        if amount is not None:
            grant["amount"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": f"{amount:.2f}"}
        grants.append(grant)
    data = {
        "@context": "https://schema.org",
        "@type": "Project",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": page_language(page, request),
    }
    if page.acronym:
        data["alternateName"] = page.acronym
    if page.summary or page.teaser:
        data["description"] = page.summary or page.teaser
    if page.start_date:
        data["foundingDate"] = page.start_date.isoformat()
    if page.end_date:
        data["dissolutionDate"] = page.end_date.isoformat()
    if grants:
        data["funding"] = grants
    members = []
    for _label, partners in context.get("partner_groups", []):
        for partner in partners:
            member = {"@type": "Organization", "name": partner.title}
            if partner.country:
                member["address"] = {"@type": "PostalAddress", "addressCountry": partner.country}
            members.append(member)
    if members:
        data["member"] = members
    if page.grant_code:
        data["identifier"] = page.grant_code
    return _json_script(data)


# Home page ---------------------------------------------------------------------------------------------------------
@register.simple_tag
def featured_projects(limit=3):
    """Up to `limit` live projects in the current language marked "feature on the home page", newest first, with
    what their cards show (the same as on the project index)."""
    from projects.listing import with_card_data, with_card_rows
    from projects.models import ProjectPage

    def build():
        projects = (
            ProjectPage.objects.live()
            # Joined, not Locale.get_active(): that would be a query of its own.
            .filter(locale__language_code=active_language_code(), featured=True)
            .order_by("-start_date", "title")
        )
        return with_card_data(projects)[:limit]

    return with_card_rows(compiled_queries.rows(("featured-projects", limit), build))


@register.simple_tag
def status_text(status):
    from projects.models import ProjectStatus

    return ProjectStatus(status).label if status else _("Dates to be announced")
