"""Demo content of the downloads app: the materials index, topics, and the learning materials of EU-Belong.

The two public materials are the ones the seed's project page offers; the third is restricted to logged-in users
(page privacy plus a private document collection), to show how partner-only materials work.
"""

import datetime

from wagtail.models import PageViewRestriction

from downloads.demo_files import pdf_document, private_collection
from downloads.models import LearningMaterialPage, MaterialFile, MaterialIndexPage, MaterialTopic
from home.demo import section_index

ORDER = 40

TOPICS = [
    ("interkulturelle-kompetenz", "Interkulturelle Kompetenz", "Intercultural competence"),
    ("beratung", "Beratung", "Counselling"),
    ("integrationsstrategien", "Regionale Integrationsstrategien", "Regional integration strategies"),
]

MATERIALS = [
    {
        "slug": "alles-nur-kultur",
        "title": "Alles nur Kultur – Begriffe, Modelle und Beispiele für den Arbeitsalltag",
        "en_slug": "all-just-culture",
        "en_title": "All just culture? Terms, models and examples for everyday work",
        "teaser": "Was meinen wir, wenn wir von Kultur sprechen? Ein Lernmaterial mit Begriffen, Modellen und Beispielen "
        "für alle, die beruflich mit Zugewanderten arbeiten.",
        "en_teaser": "What do we mean when we talk about culture? A learning material with terms, models and examples "
        "for everyone who works with newcomers.",
        "description": [
            (
                "Das Material entstand im Projekt EU-Belong aus den Online-Trainings, die das Aufbauwerk gemeinsam mit "
                "dem Volkshochschulverband Sachsen angeboten hat.",
                "This material grew out of the online trainings that Aufbauwerk ran together with the adult education "
                "association of Saxony in the EU-Belong project.",
            ),
            (
                "Es erklärt gängige Kulturbegriffe und Modelle und zeigt an Fällen aus Behörden, Beratungsstellen und "
                "Betrieben, wo sie helfen und wo sie in die Irre führen.",
                "It explains common notions and models of culture and uses cases from public offices, counselling "
                "services and companies to show where they help and where they mislead.",
            ),
        ],
        "material_type": "guide",
        "topics": ["interkulturelle-kompetenz", "integrationsstrategien"],
        "target_group": "practitioners",
        "publication_date": datetime.date(2023, 10, 16),
        "colour": (31, 95, 139),
        "files": [("de", "alles-nur-kultur.pdf"), ("en", "all-just-culture.pdf")],
    },
    {
        "slug": "handlungssicher-im-beratungsgespraech",
        "title": "Handlungssicher und kultursensibel im Beratungsgespräch",
        "en_slug": "confident-and-culturally-sensitive-counselling",
        "en_title": "Confident and culturally sensitive in counselling sessions",
        "teaser": "Leitfragen, Gesprächstechniken und Übungen für Beratungsgespräche mit Menschen aus anderen "
        "Herkunftsländern.",
        "en_teaser": "Guiding questions, conversation techniques and exercises for counselling people who have come "
        "from other countries.",
        "description": [
            (
                "Wie gelingt ein Beratungsgespräch, wenn Erwartungen, Sprache und Erfahrungen mit Behörden "
                "verschieden sind? Das Lernmaterial gibt Beraterinnen und Beratern praktische Werkzeuge an die Hand.",
                "How does a counselling session succeed when expectations, language and experiences with authorities "
                "differ? This learning material gives counsellors practical tools.",
            ),
            (
                "Mit Übungen zur Selbstreflexion und Beispielen aus der Praxis in Sachsen.",
                "With exercises for self-reflection and examples from practice in Saxony.",
            ),
        ],
        "material_type": "worksheet",
        "topics": ["beratung", "interkulturelle-kompetenz"],
        "target_group": "practitioners",
        "publication_date": datetime.date(2023, 11, 20),
        "colour": (46, 125, 90),
        "files": [("de", "handlungssicher-im-beratungsgespraech.pdf")],
    },
    {
        "slug": "trainingsleitfaden-multiplikatoren",
        "title": "Trainingsleitfaden für Multiplikatorinnen und Multiplikatoren",
        "en_slug": "training-guide-for-multipliers",
        "en_title": "Training guide for multipliers",
        "teaser": "Ablauf, Methoden und Moderationshinweise der Online-Trainings – nur für angemeldete "
        "Projektpartner.",
        "en_teaser": "Schedule, methods and facilitation notes of the online trainings – for signed-in project "
        "partners only.",
        "description": [
            (
                "Der Leitfaden beschreibt, wie die Trainings aufgebaut sind, und enthält die Moderationsunterlagen. "
                "Er ist den Partnern des Projekts vorbehalten.",
                "The guide describes how the trainings are structured and contains the facilitation materials. It is "
                "reserved for the project's partners.",
            ),
        ],
        "material_type": "guide",
        "topics": ["interkulturelle-kompetenz"],
        "target_group": "trainers",
        "publication_date": datetime.date(2024, 2, 5),
        "colour": (139, 74, 31),
        "files": [("de", "trainingsleitfaden-multiplikatoren.pdf")],
        "restricted": True,
    },
]

PDF_TEXT = {
    "de": [
        "Lernmaterial aus dem Projekt EU-Belong (Demo-Datei).",
        "Dieses PDF wurde beim Laden der Demo-Inhalte erzeugt. In einer echten Installation laden Redakteurinnen "
        "und Redakteure hier das fertige Dokument hoch.",
    ],
    "en": [
        "Learning material from the EU-Belong project (demo file).",
        "This PDF was generated when the demo content was loaded. In a real installation editors upload the "
        "finished document here.",
    ],
}


def load(builder):
    index = section_index(
        builder,
        MaterialIndexPage,
        "materialien",
        "Materialien",
        {
            "Materialien": "Materials",
            "materialien": "materials",
            "Lernmaterialien und Arbeitshilfen zum Herunterladen.": "Learning materials and practical guides to download.",
        },
        introduction="<p>Lernmaterialien und Arbeitshilfen zum Herunterladen.</p>",
    )
    topics = load_topics(builder)
    for material in MATERIALS:
        load_material(builder, index, material, topics)


def load_topics(builder) -> dict[str, MaterialTopic]:
    topics = {}
    for slug, name_de, name_en in TOPICS:
        topic = MaterialTopic.objects.filter(slug=slug, locale=builder.de).first()
        if topic is None:
            topic = MaterialTopic.objects.create(slug=slug, name=name_de, locale=builder.de)
            builder.log(f"material topic {name_de}")
        if not topic.has_translation(builder.en):
            builder.translate_snippet(topic, {name_de: name_en})
        topics[slug] = topic
    return topics


def load_material(builder, index, material: dict, topics: dict[str, MaterialTopic]):
    existing = index.get_children().filter(slug=material["slug"]).first()
    page = existing.specific if existing else create_material(builder, index, material, topics)
    # Finds the cover again and fills in its description in demo databases from before it was required.
    builder.image(f"Material {material['slug']}", material["colour"], size=(960, 540))
    if not page.has_translation(builder.en):
        strings = {
            material["title"]: material["en_title"],
            material["slug"]: material["en_slug"],
            material["teaser"]: material["en_teaser"],
            **dict(material["description"]),
        }
        builder.translate(page, strings)
    if material.get("restricted"):
        for translation in page.get_translations(inclusive=True):
            PageViewRestriction.objects.get_or_create(
                page=translation, restriction_type=PageViewRestriction.LOGIN
            )


def create_material(builder, index, material: dict, topics: dict[str, MaterialTopic]):
    collection = private_collection(builder) if material.get("restricted") else None
    files = []
    for language, filename in material["files"]:
        title = material["title"] if language == "de" else material["en_title"]
        document = pdf_document(
            builder,
            f"{title} ({language.upper()})",
            filename,
            heading=title,
            lines=PDF_TEXT[language],
            collection=collection,
        )
        files.append(MaterialFile(document=document, language=language, locale=builder.de))
    page, _created = builder.get_or_create_page(
        index,
        LearningMaterialPage,
        material["slug"],
        title=material["title"],
        teaser=material["teaser"],
        description="".join(f"<p>{german}</p>" for german, _english in material["description"]),
        material_type=material["material_type"],
        target_group=material["target_group"],
        publication_date=material["publication_date"],
        cover_image=builder.image(f"Material {material['slug']}", material["colour"], size=(960, 540)),
        topics=[topics[slug] for slug in material["topics"]],
        related_projects=eu_belong(builder),
        files=files,
    )
    return page


def eu_belong(builder) -> list:
    """The EU-Belong project if the projects demo has created it (it is built in parallel; skip otherwise)."""
    from projects.models import ProjectIndexPage, ProjectPage

    project_index = ProjectIndexPage.objects.filter(locale=builder.de).first()
    if project_index is None:
        return []
    project = ProjectPage.objects.child_of(project_index).filter(slug="eu-belong").first()
    return [project] if project else []
