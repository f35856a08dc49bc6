"""`build_bench_site` with tiny numbers: the bulk-built tree is consistent, its pages render in both languages and
the English pages are translations of the German ones (the same builder makes the 50,000-page bench site)."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from downloads.models import LearningMaterialPage
from home.bulk_pages import tree_problems
from news.models import NewsPage
from projects.models import CallForProposalsPage, PartnerOrganisationPage, ProjectPage

TINY = {"projects": 20, "partners": 5, "news": 30, "calls": 5, "materials": 10}
MODELS = {
    ProjectPage: 20,
    PartnerOrganisationPage: 5,
    NewsPage: 30,
    CallForProposalsPage: 5,
    LearningMaterialPage: 10,
}


def test_bulk_built_site_is_consistent_translated_and_renders(db, client):
    call_command("build_bench_site", stdout=io.StringIO(), **TINY)

    # Treebeard's own check, and the one-query check the command runs on the large site, agree.
    assert all(not problems for problems in Page.find_problems())
    assert not any(tree_problems().values())
    for model, count in MODELS.items():
        german = model.objects.live().filter(locale__language_code="de", slug__startswith="bench-")
        english = model.objects.live().filter(locale__language_code="en", slug__startswith="bench-")
        assert german.count() == english.count() == count, model
        # The English pages are translations: the same translation keys, under the English tree.
        assert set(german.values_list("translation_key", flat=True)) == set(
            english.values_list("translation_key", flat=True)
        )
        for page in (german.last(), english.last()):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert page.title in response.content.decode()
        assert english.last().get_translation(german.last().locale).pk == german.last().pk
        assert english.last().url.startswith("/en/")

    # Partner rows of an English project are shown with the English partner pages.
    project = ProjectPage.objects.filter(locale__language_code="en", slug__startswith="bench-").first()
    assert "Partner organisation" in client.get(project.url).content.decode()
    assert client.get("/de/aktuelles/?page=2").status_code == 200

    # The pages are in the search index of their language (bulk-indexed on PostgreSQL).
    for language in ("de", "en"):
        found = ProjectPage.objects.get(locale__language_code=language, acronym="BENCH3")
        assert found.title in client.get(f"/{language}/search/?q=BENCH3").content.decode()

    with pytest.raises(CommandError, match="already has the bench site"):
        call_command("build_bench_site", projects=1, partners=1, news=0, calls=0, materials=0)
