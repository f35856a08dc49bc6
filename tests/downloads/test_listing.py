"""The material index (filters, newest first, pagination, empty state), the home page teaser and query counts."""

import datetime

import pytest

from downloads.models import LearningMaterialPage, MaterialFile, MaterialIndexPage

ALLES = "Alles nur Kultur"
HANDLUNG = "Handlungssicher und kultursensibel"
LEITFADEN = "Trainingsleitfaden für Multiplikatorinnen"


def listing(client, query=""):
    response = client.get(f"/de/materialien/{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_index_lists_newest_first_and_marks_restricted_materials(client, demo):
    html = listing(client)
    assert html.index(LEITFADEN) < html.index(HANDLUNG) < html.index(ALLES)
    assert "Zugangsbeschränkt" in html
    assert "3 Materialien" in html


@pytest.mark.parametrize(
    "query,shown,hidden",
    [
        ("?topic=beratung", [HANDLUNG], [ALLES, LEITFADEN]),
        ("?type=worksheet", [HANDLUNG], [ALLES, LEITFADEN]),
        ("?language=en", [ALLES], [HANDLUNG, LEITFADEN]),
        ("?target_group=trainers", [LEITFADEN], [ALLES, HANDLUNG]),
        ("?topic=interkulturelle-kompetenz&language=de", [ALLES, HANDLUNG, LEITFADEN], []),
        ("?topic=gibt-es-nicht&type=<script>&language=xx", [ALLES, HANDLUNG, LEITFADEN], []),
    ],
)
def test_filters(client, demo, query, shown, hidden):
    html = listing(client, query)
    main = html[html.index('class="result-count"') :]
    for title in shown:
        assert title in main
    for title in hidden:
        assert title not in main


def test_a_material_with_two_matching_files_is_listed_and_counted_once(client, material):
    MaterialFile.objects.create(
        page=material, document=material.files.first().document, language="de", locale=material.locale
    )
    assert material.files.filter(language="de").count() == 2
    html = listing(client, "?topic=interkulturelle-kompetenz&language=de")
    main = html[html.index('class="result-count"') :]
    assert "3 Materialien" in html
    assert main.count(ALLES) == 1


def test_english_index_filters_by_the_same_topic_slug(client, demo):
    html = client.get("/en/materials/?topic=beratung").content.decode()
    assert "Confident and culturally sensitive" in html
    assert "All just culture" not in html[html.index('class="result-count"') :]
    assert "Counselling" in html  # the topic choice in English


def test_empty_state_offers_the_way_back(client, demo):
    html = listing(client, "?type=form")
    assert "Keine Materialien passen zu diesen Filtern." in html
    assert 'href="/de/materialien/"' in html


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_bad_page_numbers_are_404(client, demo, page):
    assert client.get(f"/de/materialien/?page={page}").status_code == 404


def test_home_page_shows_the_newest_materials(client, demo):
    german = client.get("/de/").content.decode()
    assert "Neue Lernmaterialien" in german and ALLES in german
    english = client.get("/en/").content.decode()
    assert "New learning materials" in english and "All just culture" in english


def _add_materials(demo, count):
    index = demo.page("de", "/materialien/").specific
    assert isinstance(index, MaterialIndexPage)
    document = demo.page("de", "/materialien/alles-nur-kultur/").files.first().document
    for number in range(count):
        page = LearningMaterialPage(
            title=f"Zusatzmaterial {number}",
            slug=f"zusatz-{number}",
            material_type="handout",
            publication_date=datetime.date(2022, 1, 1),
        )
        index.add_child(instance=page)
        MaterialFile.objects.create(page=page, document=document, language="de", locale=page.locale)


def _queries(client, url, django_assert_max_num_queries):
    client.get(url)  # warm the site-root cache
    with django_assert_max_num_queries(10_000) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("extra", [0, 30])
def test_index_query_count_does_not_grow_with_materials(client, demo, django_assert_max_num_queries, extra):
    """The listing adds a fixed number of queries (files, covers, renditions, restrictions) to the empty state,
    whatever the number of materials. Measured against the empty state so the site navigation's own queries
    do not blur the figure."""
    _add_materials(demo, extra)
    empty = _queries(client, "/de/materialien/?type=form", django_assert_max_num_queries)
    full = _queries(client, "/de/materialien/", django_assert_max_num_queries)
    filtered = _queries(
        client, "/de/materialien/?topic=interkulturelle-kompetenz&language=de", django_assert_max_num_queries
    )
    assert full - empty <= 5
    assert filtered - empty <= 5


def test_home_teaser_takes_one_query(rf, demo, django_assert_num_queries):
    from django.template import Context, Template

    template = Template("{% load material_tags %}{% newest_materials as materials %}{{ materials|length }}")
    context = Context({"page": demo.home("de")})
    with django_assert_num_queries(1):
        assert template.render(context) == "3"
