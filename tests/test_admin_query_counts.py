"""The admin should stay bounded with many items: the page explorer of the project and partner indexes and the
snippet listings should run the same number of queries with 1 and with 7 extra items, and at most ADMIN_BUDGET.
(The download report's own growth test is tests/downloads/test_report.py.)

What keeps them bounded: wagtail-localize's per-row "Translate" / "Sync translated …" buttons would ask two or three
queries a row; home/translations/listing_buttons.py has the listing's own query answer them instead (the explorer
through construct_explorer_page_queryset, the snippets through TranslatableSnippetViewSet) and takes the place of
wagtail-localize's listing hooks. Its buttons are checked in tests/translation/test_listing_buttons.py."""

import datetime
import itertools

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
