"""The demo content of the downloads app: seed materials in German and English, real PDFs, one restricted."""

from wagtail.models import CollectionViewRestriction

from downloads.models import LearningMaterialPage, MaterialTopic


def test_demo_has_the_seed_materials_in_both_languages(demo):
    german = set(
        LearningMaterialPage.objects.filter(locale__language_code="de").values_list("title", flat=True)
    )
    assert "Alles nur Kultur – Begriffe, Modelle und Beispiele für den Arbeitsalltag" in german
    assert "Handlungssicher und kultursensibel im Beratungsgespräch" in german
    english = LearningMaterialPage.objects.filter(locale__language_code="en").live()
    assert english.count() == 3


def test_demo_files_are_real_pdfs_and_one_material_has_an_english_file(material):
    languages = sorted(material.files.values_list("language", flat=True))
    assert languages == ["de", "en"]
    for row in material.files.all():
        with row.document.open_file() as handle:
            assert handle.read(5) == b"%PDF-"


def test_restricted_material_file_sits_in_a_private_collection(restricted_material):
    collection = restricted_material.files.first().document.collection
    assert CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    ).exists()


def test_topics_are_translated(demo):
    english = MaterialTopic.objects.get(slug="beratung", locale__language_code="en")
    assert english.name == "Counselling"


def test_german_material_page_shows_its_own_topics_without_a_translation_lookup(
    client, demo, django_assert_max_num_queries
):
    client.get("/de/materialien/alles-nur-kultur/")
    with django_assert_max_num_queries(100) as captured:
        html = client.get("/de/materialien/alles-nur-kultur/").content.decode()
    assert "<dt>Themen</dt><dd>Interkulturelle Kompetenz, Regionale Integrationsstrategien</dd>" in html
    topic_queries = [
        q["sql"] for q in captured.captured_queries if 'FROM "downloads_materialtopic"' in q["sql"]
    ]
    assert len(topic_queries) == 1  # the page's own topics; they are in its language already


def test_english_material_page_shows_english_topics_and_licence(client, demo):
    html = client.get("/en/materials/all-just-culture/").content.decode()
    assert "Intercultural competence, Regional integration strategies" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>' in html
