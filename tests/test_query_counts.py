"""Query budget of every public page type, in both languages: detail pages need at most DETAIL queries, listings
and search at most LISTING, measured on the second request (warm Wagtail site-root cache; the test settings turn
the page cache off), and the count does not grow when a page lists or links more items.

Listings that already have their own growth test are not repeated here: news, events, feeds and the home page's
sections (tests/news/test_query_counts.py), the project index (tests/projects/test_listing.py), the material index
(tests/downloads/test_listing.py) and the call index (tests/calls/test_index.py)."""

import datetime
import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.conftest import add_news

DETAIL = 15
LISTING = 20

DETAIL_PAGES = [
    "/de/projekte/eu-belong/",
    "/en/projects/eu-belong/",
    "/de/programme/land-zuhause-zukunft/",
    "/en/programmes/land-zuhause-zukunft/",
    "/de/partner/universitaet-hildesheim/",
    "/en/partners/universitaet-hildesheim/",
    "/de/ausschreibungen/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/",
    "/en/calls/strengthening-social-cohesion-despite-distance/",
    "/de/aktuelles/zwischenfazit-eu-belong/",
    "/en/news/eu-belong-mid-term-review/",
    "/de/aktuelles/integrationsexpertinnen-reisen-nach-letterkenny/",  # with a call-to-action block and tags
    "/en/news/integration-experts-travel-to-letterkenny/",
    "/de/veranstaltungen/wissensaustausch-letterkenny-2024/",
    "/en/events/knowledge-exchange-letterkenny-2024/",
    "/de/materialien/alles-nur-kultur/",
    "/en/materials/all-just-culture/",
    "/de/impressum/",
    "/en/imprint/",
    "/de/datenschutz/",
    "/en/privacy/",
    "/de/barrierefreiheit/",
    "/en/accessibility/",
    "/de/leichte-sprache/so-benutzen-sie-diese-website/",
    "/de/gebaerdensprache/diese-website-in-gebaerdensprache/",
]
LISTING_PAGES = [
    "/de/",
    "/en/",
    "/de/projekte/",
    "/en/projects/",
    "/de/projekte/?status=running&theme=housing",
    "/en/projects/?status=running&theme=housing",
    "/de/programme/",
    "/en/programmes/",
    "/de/ausschreibungen/",
    "/en/calls/",
    "/de/aktuelles/",
    "/en/news/",
    "/de/veranstaltungen/",
    "/en/events/",
    "/de/materialien/",
    "/en/materials/",
    "/de/partner/",
    "/en/partners/",
    "/de/leichte-sprache/",
    "/de/gebaerdensprache/",
    "/de/search/?q=integration",
    "/en/search/?q=integration",
]


def count(client, url) -> int:
    """Queries of the second request for `url` (the first warms Wagtail's site-root and rendition caches)."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def test_every_page_type_stays_within_its_budget(client, demo):
    over = {}
    for budget, urls in ((DETAIL, DETAIL_PAGES), (LISTING, LISTING_PAGES)):
        for url in urls:
            measured = count(client, url)
            if measured > budget:
                over[url] = (measured, budget)
    assert over == {}, "queries (measured, allowed) per page"


_numbers = itertools.count()


def test_detail_pages_do_not_grow_with_what_they_link(client, demo):
    """Measured with one extra item of each kind, then with 15: a project with more partners, funders, themes,
    news and materials; a call with more deadlines and themes; a programme with more projects; the partner index,
    the news index and search with more results."""
    from downloads.models import LearningMaterialPage
    from projects.models import (
        CallDeadline,
        Funder,
        PartnerOrganisationPage,
        ProjectFunding,
        ProjectPage,
        ProjectPartner,
        ProjectTheme,
        Theme,
    )

    project = demo.page("de", "/projekte/eu-belong/")
    call = demo.page("de", "/ausschreibungen/gesellschaftlichen-zusammenhalt-staerken-trotz-distanz/")
    programme = demo.page("de", "/programme/land-zuhause-zukunft/")
    partner_index = demo.page("de", "/partner/")
    news_index = demo.page("de", "/aktuelles/")
    material_index = demo.page("de", "/materialien/")

    def grow(count):
        for _ in range(count):
            n = next(_numbers)
            partner = PartnerOrganisationPage(
                title=f"Zusatzpartner {n}", slug=f"zusatzpartner-{n}", country="IT"
            )
            partner_index.add_child(instance=partner)
            ProjectPartner.objects.create(page=project, partner=partner, role="partner")
            funder = Funder.objects.create(
                name=f"Zusatzfonds {n}", short_name=f"ZF{n}", locale=project.locale
            )
            ProjectFunding.objects.create(page=project, funder=funder, amount=1000)
            theme = Theme.objects.create(name=f"Zusatzthema {n}", slug=f"zusatz-{n}", locale=project.locale)
            ProjectTheme.objects.create(page=project, theme=theme)
            call.themes.add(theme)
            CallDeadline.objects.create(page=call, local_date=datetime.date(2031, 1, 1), label=f"Frist {n}")
            add_news(
                news_index, f"Zusatzmeldung {n}", date=datetime.date(2026, 1, 1), related_projects=[project]
            )
            material = LearningMaterialPage(
                title=f"Zusatzmaterial {n}", slug=f"zusatzmaterial-{n}", material_type="handout"
            )
            material_index.add_child(instance=material)
            material.related_projects.add(project)
            extra = ProjectPage(
                title=f"Zusatzprojekt {n}",
                slug=f"zusatzprojekt-{n}",
                start_date=datetime.date(2024, 1, 1),
                end_date=datetime.date(2027, 1, 1),
                programme=programme,
                partner_rows=[ProjectPartner(partner=partner, role="lead")],
            )
            project.get_parent().add_child(instance=extra)

    urls = [
        project.url,
        call.url,
        programme.url,
        partner_index.url,
        news_index.url,
        material_index.url,
        "/de/projekte/",
        "/de/",
        "/de/search/?q=zusatz",
    ]
    grow(1)
    few = {url: count(client, url) for url in urls}
    grow(14)
    many = {url: count(client, url) for url in urls}
    grown = {url: (few[url], many[url]) for url in urls if many[url] > few[url]}
    assert grown == {}, "queries (1 extra item, 15 extra items) per page"


def test_private_pages_stay_private_with_the_one_query_check(client, demo):
    """BasePage.get_view_restrictions reads the ancestors from the page's path: a restriction on a parent still
    applies to its children, and an alias is restricted like its source page."""
    from wagtail.models import PageViewRestriction

    project = demo.page("de", "/projekte/eu-belong/")
    assert client.get(project.url).status_code == 200
    PageViewRestriction.objects.create(page=project.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(project.url)
    assert response.status_code == 302 and "login" in response["Location"]

    news = demo.page("de", "/aktuelles/zwischenfazit-eu-belong/")
    alias = news.create_alias(update_slug="alias-zwischenfazit")
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(alias.url).status_code == 302
