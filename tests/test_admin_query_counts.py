"""The admin should stay bounded with many items: the page explorer of the project and partner indexes and the
snippet listings should run the same number of queries with 1 and with 7 extra items, and at most ADMIN_BUDGET.
(The download report's own growth test is tests/downloads/test_report.py.)

Known to fail: wagtail-localize's per-row "Translate" / "Sync translated pages" buttons (its
register_page_listing_more_buttons and register_snippet_listing_buttons hooks) ask two or three queries per row.
Every listing is paginated, so the count is bounded by the page size, but it grows up to it. Fixing it means
replacing those hooks with a batched version; the xfail is strict so the fix shows up here."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

ADMIN_BUDGET = 40

_numbers = itertools.count()


def _count(client, url) -> int:
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


@pytest.mark.xfail(
    strict=True, reason="wagtail-localize's listing buttons query per row (bounded by page size)"
)
def test_explorer_and_snippet_listings_do_not_grow(admin_client, demo):
    from downloads.models import MaterialTopic
    from news.models import NewsCategory
    from projects.models import Funder, PartnerOrganisationPage, ProjectPage, ProjectPartner, Theme

    project_index = demo.page("de", "/projekte/")
    partner_index = demo.page("de", "/partner/")
    locale = project_index.locale

    def grow(count):
        for _ in range(count):
            n = next(_numbers)
            partner = PartnerOrganisationPage(
                title=f"Verwaltungspartner {n}", slug=f"verwaltungspartner-{n}", country="AT"
            )
            partner_index.add_child(instance=partner)
            project = ProjectPage(
                title=f"Verwaltungsprojekt {n}",
                slug=f"verwaltungsprojekt-{n}",
                start_date=datetime.date(2024, 1, 1),
                partner_rows=[ProjectPartner(partner=partner, role="lead")],
            )
            project_index.add_child(instance=project)
            project.save_revision()
            Theme.objects.create(name=f"Verwaltungsthema {n}", slug=f"verwaltung-{n}", locale=locale)
            Funder.objects.create(name=f"Verwaltungsfonds {n}", short_name=f"VF{n}", locale=locale)
            NewsCategory.objects.create(
                name=f"Verwaltungskategorie {n}", slug=f"verwaltung-{n}", locale=locale
            )
            MaterialTopic.objects.create(name=f"Verwaltungsthema {n}", slug=f"verwaltung-{n}", locale=locale)

    urls = [
        reverse("wagtailadmin_explore", args=[project_index.pk]),
        reverse("wagtailadmin_explore", args=[partner_index.pk]),
        *(
            reverse(model.snippet_viewset.get_url_name("list"))
            for model in (Theme, Funder, NewsCategory, MaterialTopic)
        ),
    ]
    grow(1)
    few = {url: _count(admin_client, url) for url in urls}
    grow(6)
    many = {url: _count(admin_client, url) for url in urls}
    grown = {url: (few[url], many[url]) for url in urls if many[url] > few[url]}
    assert grown == {}, "queries (1 extra item, 7 extra items) per listing"
    over = {url: n for url, n in many.items() if n > ADMIN_BUDGET}
    assert over == {}, "admin listings above the budget"
