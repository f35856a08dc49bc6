"""Synthetic learning materials for `build_bench_site` (see home/bench_site.py), in German and English.

Files reuse the demo's public documents (a German and an English file row per material, like the demo's first
material); topics (a synchronised many-to-many field) link the German topics from both languages.
"""

import datetime

from wagtail.documents import get_document_model

from downloads.models import LearningMaterialPage, MaterialFile, MaterialIndexPage, MaterialTopic
from downloads.models.material import MATERIAL_TYPES, TARGET_GROUPS
from home.bulk_pages import add_children, index_pages

ORDER = 40


def build(site):
    index_de, index_en = site.section(MaterialIndexPage)
    rng = site.rng
    topics = list(MaterialTopic.objects.filter(locale=site.de))
    # Only documents outside private collections: a bench material must be downloadable by anyone.
    documents = list(
        get_document_model()
        .objects.filter(collection__view_restrictions__isnull=True)
        .values_list("pk", flat=True)
    )
    projects = [de for de, _en in site.created.get("projects", [])]
    today = datetime.date.today()
    de_pages, en_pages, links = [], [], []
    for number in range(1, site.counts.materials + 1):
        title_de, title_en = site.title_pair(number)
        text_de, text_en = site.paragraph_pair(3)
        common = {
            "material_type": rng.choice(MATERIAL_TYPES)[0],
            "target_group": rng.choice(TARGET_GROUPS)[0],
            "publication_date": today - datetime.timedelta(days=rng.randrange(3650)),
        }
        de_pages.append(
            LearningMaterialPage(
                title=f"Handreichung: {title_de}",
                slug=site.slug("material", number),
                teaser=text_de[:200],
                description=f"<p>{text_de}</p>",
                **common,
            )
        )
        en_pages.append(
            LearningMaterialPage(
                title=f"Guide: {title_en}",
                slug=site.slug("material-en", number),
                teaser=text_en[:200],
                description=f"<p>{text_en}</p>",
                **common,
            )
        )
        links.append(
            (
                rng.sample(topics, k=min(len(topics), rng.randrange(1, 3))),
                rng.sample(documents, k=min(len(documents), 2)),
                rng.sample(projects, k=min(len(projects), rng.randrange(0, 2))),
            )
        )
    add_children(index_de, de_pages)
    for de, en in zip(de_pages, en_pages, strict=True):
        en.translation_key = de.translation_key
    add_children(index_en, en_pages)
    topic_through = LearningMaterialPage.topics.through
    project_through = LearningMaterialPage.related_projects.through
    files, topic_rows, project_rows = [], [], []
    for de, en, (chosen_topics, chosen_documents, chosen_projects) in zip(
        de_pages, en_pages, links, strict=True
    ):
        for order, (document, language) in enumerate(zip(chosen_documents, ("de", "en"), strict=False)):
            files += site.translated_rows(
                MaterialFile, de, en, order, {"document_id": document, "language": language}
            )
        for page in (de, en):
            topic_rows += [
                topic_through(learningmaterialpage_id=page.pk, materialtopic_id=t.pk) for t in chosen_topics
            ]
            project_rows += [
                project_through(learningmaterialpage_id=page.pk, projectpage_id=p.pk) for p in chosen_projects
            ]
    MaterialFile.objects.bulk_create(files, batch_size=2000)
    topic_through.objects.bulk_create(topic_rows, batch_size=5000)
    project_through.objects.bulk_create(project_rows, batch_size=5000)
    site.created["materials"] = list(zip(de_pages, en_pages, strict=True))
    site.log(f"{len(de_pages)} learning materials in each language")
    if site.index:
        index_pages(de_pages + en_pages)
