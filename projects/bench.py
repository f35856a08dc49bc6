"""Synthetic partners, projects and calls for `build_bench_site` (see home/bench_site.py), in German and English.

Rows follow what wagtail-localize makes for a translation: partner rows of an English project point at the
German partner pages (page links are synchronised), theme and funding rows at the English snippets; call themes
(a many-to-many field) are the same objects in both languages.
"""

import datetime
import uuid
from decimal import Decimal

from django.utils import timezone
from wagtail.images import get_image_model

from home.bench_site import CITIES
from home.bulk_pages import add_children, index_pages
from projects.models import (
    CallDeadline,
    CallForProposalsPage,
    CallIndexPage,
    Funder,
    OrganisationType,
    PartnerIndexPage,
    PartnerOrganisationPage,
    PartnerRole,
    ProgrammePage,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTheme,
    Theme,
)

ORDER = 10


def build(site):
    images = list(get_image_model().objects.values_list("pk", flat=True))
    build_partners(site)
    build_projects(site, images)
    build_calls(site)


def _publish_dates(site, count, days=3650):
    """Distinct publication times over the last `days` days, oldest first."""
    now = timezone.now()
    return sorted(now - datetime.timedelta(minutes=site.rng.randrange(days * 24 * 60)) for _ in range(count))


def build_partners(site):
    index_de, index_en = site.section(PartnerIndexPage)
    types = OrganisationType.values
    de_pages, en_pages = [], []
    for number, published in enumerate(_publish_dates(site, site.counts.partners), start=1):
        city_de, city_en, country = site.rng.choice(CITIES)
        kind = site.rng.choice(types)
        text_de, text_en = site.paragraph_pair(2)
        common = {
            "short_name": f"P{number}",
            "organisation_type": kind,
            "country": country,
            "website": f"https://partner-{number}.example.org/",
            "first_published_at": published,
        }
        de = PartnerOrganisationPage(
            title=f"Partnerorganisation {number} {city_de}",
            slug=site.slug("partner", number),
            city=city_de,
            teaser=text_de,
            description=f"<p>{text_de}</p>",
            **common,
        )
        de_pages.append(de)
        en_pages.append(
            PartnerOrganisationPage(
                title=f"Partner organisation {number} {city_en}",
                slug=site.slug("partner-en", number),
                city=city_en,
                teaser=text_en,
                description=f"<p>{text_en}</p>",
                **common,
            )
        )
    add_children(index_de, de_pages)
    for de, en in zip(de_pages, en_pages, strict=True):
        en.translation_key = de.translation_key
    add_children(index_en, en_pages)
    site.created["partners"] = list(zip(de_pages, en_pages, strict=True))
    site.log(f"{len(de_pages)} partner organisations in each language")
    if site.index:
        index_pages(de_pages + en_pages)


def _localized_snippets(model, site):
    """[(German object, English object), ...] of a translatable snippet, matched by translation key."""
    english = {obj.translation_key: obj for obj in model.objects.filter(locale=site.en)}
    return [
        (obj, english.get(obj.translation_key, obj))
        for obj in model.objects.filter(locale=site.de).order_by("pk")
    ]


def build_projects(site, images):
    index_de, index_en = site.section(ProjectIndexPage)
    rng = site.rng
    partners = [de for de, _en in site.created["partners"]]
    themes = _localized_snippets(Theme, site)
    funders = _localized_snippets(Funder, site)
    programme = ProgrammePage.objects.filter(locale=site.de).first()
    today = datetime.date.today()
    de_pages, en_pages, rows = [], [], []
    for number, published in enumerate(_publish_dates(site, site.counts.projects), start=1):
        title_de, title_en = site.title_pair(number)
        text_de, text_en = site.paragraph_pair(3)
        start = today - datetime.timedelta(days=rng.randrange(-365, 3650))
        budget = Decimal(rng.randrange(50_000, 3_000_000))
        common = {
            "acronym": f"BENCH{number}",
            "grant_code": f"B-{100000 + number}",
            "start_date": start,
            "end_date": start + datetime.timedelta(days=rng.randrange(180, 1500)),
            "total_budget": budget,
            "funding_amount": (budget * Decimal("0.8")).quantize(Decimal("0.01")),
            "own_role": rng.choice([PartnerRole.LEAD, PartnerRole.PARTNER]),
            "programme": programme if programme and number % 10 == 0 else None,
            "listing_image_id": rng.choice(images) if images and number % 2 else None,
            "contact_email": "projekte@example.org",
            "first_published_at": published,
        }
        de_pages.append(
            ProjectPage(
                title=title_de,
                slug=site.slug("projekt", number),
                teaser=text_de[:200],
                summary=text_de,
                region=rng.choice(CITIES)[0],
                body=[("heading", "Worum es geht"), ("paragraph", f"<p>{text_de}</p>")],
                **common,
            )
        )
        en_pages.append(
            ProjectPage(
                title=title_en,
                slug=site.slug("project", number),
                teaser=text_en[:200],
                summary=text_en,
                region=rng.choice(CITIES)[1],
                body=[("heading", "What it is about"), ("paragraph", f"<p>{text_en}</p>")],
                **common,
            )
        )
        # Rows for this project: (German rows, English rows) built after the pages have ids.
        chosen = rng.sample(partners, k=min(len(partners), rng.randrange(3, 9)))
        rows.append(
            (
                [
                    (p, PartnerRole.LEAD if i == 0 else rng.choice(PartnerRole.values[1:]))
                    for i, p in enumerate(chosen)
                ],
                rng.sample(themes, k=min(len(themes), rng.randrange(1, 4))),
                rng.sample(funders, k=min(len(funders), rng.randrange(1, 3))),
            )
        )
    add_children(index_de, de_pages)
    for de, en in zip(de_pages, en_pages, strict=True):
        en.translation_key = de.translation_key
    add_children(index_en, en_pages)

    partner_rows, theme_rows, funding_rows = [], [], []
    for de, en, (partner_choice, theme_choice, funder_choice) in zip(de_pages, en_pages, rows, strict=True):
        for order, (partner, role) in enumerate(partner_choice):
            partner_rows += site.translated_rows(
                ProjectPartner, de, en, order, {"partner": partner, "role": role}
            )
        for order, (theme_de, theme_en) in enumerate(theme_choice):
            theme_rows += site.translated_rows(
                ProjectTheme, de, en, order, {"theme": theme_de}, {"theme": theme_en}
            )
        for order, (funder_de, funder_en) in enumerate(funder_choice):
            funding_rows += site.translated_rows(
                ProjectFunding, de, en, order, {"funder": funder_de}, {"funder": funder_en}
            )
    ProjectPartner.objects.bulk_create(partner_rows, batch_size=2000)
    ProjectTheme.objects.bulk_create(theme_rows, batch_size=2000)
    ProjectFunding.objects.bulk_create(funding_rows, batch_size=2000)
    site.created["projects"] = list(zip(de_pages, en_pages, strict=True))
    site.log(f"{len(de_pages)} projects in each language, {len(partner_rows)} partner rows")
    if site.index:
        index_pages(de_pages + en_pages)


def build_calls(site):
    index_de, index_en = site.section(CallIndexPage)
    rng = site.rng
    themes = list(Theme.objects.filter(locale=site.de))
    funders = _localized_snippets(Funder, site)
    now = timezone.now()
    de_pages, en_pages, deadlines = [], [], []
    for number, published in enumerate(_publish_dates(site, site.counts.calls, days=1500), start=1):
        title_de, title_en = site.title_pair(number)
        text_de, text_en = site.paragraph_pair(3)
        # About a quarter open, a few forthcoming, the rest closed: the index shows open ones first.
        opens = published if number % 10 else now + datetime.timedelta(days=rng.randrange(5, 60))
        if number % 4 == 0 or number % 10 == 0:
            last = now + datetime.timedelta(days=rng.randrange(70, 200))
        else:
            last = published + datetime.timedelta(days=rng.randrange(30, 120))
            last = min(last, now - datetime.timedelta(days=1))
        dates = [last.date()] if number % 3 else [(last - datetime.timedelta(days=30)).date(), last.date()]
        funder_de, funder_en = rng.choice(funders) if funders else (None, None)
        common = {
            "opens_at": opens,
            "total_budget": Decimal(rng.randrange(100_000, 5_000_000)),
            "max_duration_months": rng.choice([12, 24, 36]),
            "first_published_at": published,
        }
        de = CallForProposalsPage(
            title=f"Förderaufruf: {title_de}",
            slug=site.slug("ausschreibung", number),
            teaser=text_de[:200],
            funder=funder_de,
            who_may_apply=f"<p>{text_de}</p>",
            **common,
        )
        en = CallForProposalsPage(
            title=f"Call: {title_en}",
            slug=site.slug("call", number),
            teaser=text_en[:200],
            funder=funder_en,
            who_may_apply=f"<p>{text_en}</p>",
            **common,
        )
        rows = []
        for order, day in enumerate(dates):
            key = uuid.uuid4()
            label = (
                ("Interessenbekundung", "Expression of interest")
                if order < len(dates) - 1
                else (
                    "Antrag",
                    "Application",
                )
            )
            pair = []
            for page, locale, text in ((de, site.de, label[0]), (en, site.en, label[1])):
                row = CallDeadline(
                    page=page,
                    label=text,
                    local_date=day,
                    sort_order=order,
                    translation_key=key,
                    locale=locale,
                )
                row.deadline_utc = row.compute_deadline_utc()
                pair.append(row)
            rows.extend(pair)
        de.closes_at = en.closes_at = max(row.deadline_utc for row in rows)
        de_pages.append(de)
        en_pages.append(en)
        deadlines.append((rows, rng.sample(themes, k=min(len(themes), 2))))
    add_children(index_de, de_pages)
    for de, en in zip(de_pages, en_pages, strict=True):
        en.translation_key = de.translation_key
    add_children(index_en, en_pages)
    deadline_rows, theme_links = [], []
    through = CallForProposalsPage.themes.through
    for de, en, (rows, chosen) in zip(de_pages, en_pages, deadlines, strict=True):
        for row in rows:
            row.page_id = row.page.pk  # the page got its id after the row was made
            deadline_rows.append(row)
        for theme in chosen:
            theme_links.append(through(callforproposalspage_id=de.pk, theme_id=theme.pk))
            theme_links.append(through(callforproposalspage_id=en.pk, theme_id=theme.pk))
    CallDeadline.objects.bulk_create(deadline_rows, batch_size=2000)
    through.objects.bulk_create(theme_links, batch_size=2000)
    site.created["calls"] = list(zip(de_pages, en_pages, strict=True))
    site.log(f"{len(de_pages)} calls in each language")
    if site.index:
        index_pages(de_pages + en_pages)
