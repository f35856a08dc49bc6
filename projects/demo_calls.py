"""Demo content for calls for proposals (run by projects.demo after projects): the call index, the BAMF call from
seed 003 (closed since 8 September 2020) and a clearly labelled example call that is always open.

The example call's dates are computed from the day the demo is loaded. On a later run, if its last deadline has
passed, the dates are moved forward again (a new revision is published and the English translation re-synced), so
`make run` on an old database still shows an open call. Nothing else an editor may have changed is touched.
"""

import io
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents.models import Document

from home.demo import section_index
from projects import demo_taxonomy
from projects.models import CallDeadline, CallForProposalsPage, CallIndexPage

BERLIN = ZoneInfo("Europe/Berlin")

BAMF_SLUG = "gesellschaftlichen-zusammenhalt-staerken-trotz-distanz"
EXAMPLE_SLUG = "beispielausschreibung-nachbarschaften-digital"

BAMF_DE = {
    "title": "Gesellschaftlichen Zusammenhalt stärken trotz Distanz",
    "teaser": (
        "Interessenbekundungsverfahren des BAMF für Modellprojekte, die digital oder auf anderen neuen Wegen "
        "Begegnung und Zusammenhalt ermöglichen, wenn persönliche Treffen kaum möglich sind."
    ),
    "source_of_funds": "Mittel des Bundesministeriums des Innern, für Bau und Heimat (BMI)",
    "who_may_apply": (
        "<p>Organisationen sowie Akteurinnen und Akteure der Integrationsarbeit in ganz Deutschland, die Erfahrung "
        "mit digitalem Arbeiten oder mit anderen Formaten haben, mit denen sich physische Distanz überbrücken lässt.</p>"
    ),
    "target_groups": "<p>Menschen mit und ohne Migrationshintergrund.</p>",
    "requirements": (
        "<ul><li>Das Projekt ist überregional angelegt und erprobt seine Maßnahmen an mehreren Standorten.</li>"
        "<li>Inhalt, Konzeption und Methode sind neu und auf Wirkung ausgerichtet.</li>"
        "<li>Die Ergebnisse sollen helfen, die bundesweite Integrationsarbeit weiterzuentwickeln.</li></ul>"
    ),
    "how_to_apply": (
        "<p>Das Verfahren hat zwei Stufen: Zuerst reichen Träger eine Interessenbekundung beim Bundesamt ein. "
        "Auf dieser Grundlage werden Träger ausgewählt und zu einem vollständigen Antrag aufgefordert.</p>"
    ),
}
BAMF_GOALS = [
    (
        "Menschen mit und ohne Migrationshintergrund haben mehr soziale Kontakte miteinander, Vorurteile werden "
        "abgebaut und über Werte und Normen des Zusammenlebens wird gemeinsam nachgedacht.",
        "People with and without a migration background have more social contact with each other, prejudice is "
        "reduced, and they reflect together on the values and norms of living together.",
    ),
    (
        "Menschen mit und ohne Migrationshintergrund bauen Kompetenzen aus, die auch in der Öffentlichkeit "
        "sichtbarer werden.",
        "People with and without a migration background build up skills that also become more visible in public.",
    ),
    (
        "Menschen mit und ohne Migrationshintergrund kennen und nutzen mehr Möglichkeiten, in Organisationen "
        "mitzuwirken, und gewinnen an Selbstvertrauen, Eigenverantwortung und Engagement.",
        "People with and without a migration background know and use more ways of taking part in organisations, "
        "and gain self-confidence, self-reliance and commitment.",
    ),
]
BAMF_EN = {
    BAMF_DE["title"]: "Strengthening social cohesion despite distance",
    BAMF_SLUG: "strengthening-social-cohesion-despite-distance",
    BAMF_DE["teaser"]: (
        "A BAMF call for expressions of interest in model projects that bring people together and strengthen "
        "cohesion digitally or in other new ways when meeting in person is hardly possible."
    ),
    BAMF_DE["source_of_funds"]: "Funds of the Federal Ministry of the Interior, Building and Community (BMI)",
    "Organisationen sowie Akteurinnen und Akteure der Integrationsarbeit in ganz Deutschland, die Erfahrung "
    "mit digitalem Arbeiten oder mit anderen Formaten haben, mit denen sich physische Distanz überbrücken lässt.": (
        "Organisations and people working in integration anywhere in Germany who have experience with digital work "
        "or with other formats that can bridge physical distance."
    ),
    "Menschen mit und ohne Migrationshintergrund.": "People with and without a migration background.",
    "Das Projekt ist überregional angelegt und erprobt seine Maßnahmen an mehreren Standorten.": (
        "The project reaches beyond one region and tests its activities in several places."
    ),
    "Inhalt, Konzeption und Methode sind neu und auf Wirkung ausgerichtet.": (
        "Its content, design and method are new and focused on impact."
    ),
    "Die Ergebnisse sollen helfen, die bundesweite Integrationsarbeit weiterzuentwickeln.": (
        "Its results should help to develop integration work across Germany."
    ),
    "Das Verfahren hat zwei Stufen: Zuerst reichen Träger eine Interessenbekundung beim Bundesamt ein. "
    "Auf dieser Grundlage werden Träger ausgewählt und zu einem vollständigen Antrag aufgefordert.": (
        "The procedure has two stages: organisations first submit an expression of interest to the Federal Office. "
        "On that basis, organisations are selected and invited to submit a full application."
    ),
    "Interessenbekundung": "Expression of interest",
    "Zusammenfassung der Ausschreibung (Demo)": "Summary of the call (demo)",
    **dict(BAMF_GOALS),
}

EXAMPLE_DE = {
    "title": "Beispielausschreibung: Nachbarschaften digital verbinden",
    "teaser": (
        "Eine Beispielausschreibung der Demo-Inhalte, keine echte Förderung: Ihre Fristen werden beim Laden der "
        "Demo vom heutigen Tag aus berechnet, damit immer eine offene Ausschreibung zu sehen ist."
    ),
    "source_of_funds": "Beispielmittel (Demo) – kein echtes Förderangebot",
    "who_may_apply": "<p>Gemeinnützige Vereine, Initiativen und Kommunen in Sachsen.</p>",
    "target_groups": "<p>Neu zugewanderte Menschen und ihre Nachbarinnen und Nachbarn.</p>",
    "requirements": (
        "<ul><li>Mindestens zwei Partner aus verschiedenen Orten arbeiten zusammen.</li>"
        "<li>Ein Eigenanteil von zehn Prozent der Kosten.</li></ul>"
    ),
    "how_to_apply": (
        "<p>Reichen Sie zuerst eine kurze Interessenbekundung ein. Ausgewählte Träger stellen danach einen "
        "vollständigen Antrag über das Antragsportal.</p>"
    ),
    "contact": "<p>Redaktion Gemeinsam (Demo), info@aufbauwerk-leipzig.com</p>",
    "application_url": "https://example.org/antragsportal",
    "total_budget": Decimal("500000"),
    "min_grant": Decimal("20000"),
    "max_grant": Decimal("80000"),
    "max_duration_months": 24,
}
EXAMPLE_GOALS = [
    (
        "Nachbarinnen und Nachbarn lernen einander über digitale und analoge Treffpunkte kennen.",
        "Neighbours get to know each other through digital and face-to-face meeting places.",
    ),
    (
        "Neu Zugewanderte finden schneller Ansprechpersonen in ihrem Viertel.",
        "Newcomers find people to turn to in their neighbourhood more quickly.",
    ),
]
EXAMPLE_FAQ = (
    "Ist diese Ausschreibung echt?",
    "<p>Nein. Sie gehört zu den Demo-Inhalten und zeigt, wie eine offene Ausschreibung aussieht.</p>",
    "Is this call real?",
    "<p>No. It is part of the demo content and shows what an open call looks like.</p>",
)
EXAMPLE_EN = {
    EXAMPLE_DE["title"]: "Example call: Connecting neighbourhoods digitally",
    EXAMPLE_SLUG: "example-call-connecting-neighbourhoods",
    EXAMPLE_DE["teaser"]: (
        "An example call from the demo content, not a real funding offer: its deadlines are computed from the day "
        "the demo is loaded, so there is always an open call to see."
    ),
    EXAMPLE_DE["source_of_funds"]: "Example funds (demo) – not a real funding offer",
    "Gemeinnützige Vereine, Initiativen und Kommunen in Sachsen.": (
        "Non-profit associations, initiatives and municipalities in Saxony."
    ),
    "Neu zugewanderte Menschen und ihre Nachbarinnen und Nachbarn.": "Newcomers and their neighbours.",
    "Mindestens zwei Partner aus verschiedenen Orten arbeiten zusammen.": (
        "At least two partners from different places work together."
    ),
    "Ein Eigenanteil von zehn Prozent der Kosten.": "An own contribution of ten per cent of the costs.",
    "Reichen Sie zuerst eine kurze Interessenbekundung ein. Ausgewählte Träger stellen danach einen "
    "vollständigen Antrag über das Antragsportal.": (
        "First submit a short expression of interest. Selected organisations then submit a full application "
        "through the application portal."
    ),
    "Redaktion Gemeinsam (Demo), info@aufbauwerk-leipzig.com": "Gemeinsam editorial team (demo), info@aufbauwerk-leipzig.com",
    "Interessenbekundung": "Expression of interest",
    "Vollständiger Antrag": "Full application",
    "Leitfaden zur Antragstellung (Demo)": "Guide to applying (demo)",
    "Beispieldokument, erzeugt von den Demo-Inhalten": "Example document generated by the demo content",
    EXAMPLE_FAQ[0]: EXAMPLE_FAQ[2],
    "Nein. Sie gehört zu den Demo-Inhalten und zeigt, wie eine offene Ausschreibung aussieht.": (
        "No. It is part of the demo content and shows what an open call looks like."
    ),
    **dict(EXAMPLE_GOALS),
}


def load(builder):
    index = section_index(
        builder,
        CallIndexPage,
        "ausschreibungen",
        "Ausschreibungen",
        {
            "Ausschreibungen": "Calls for proposals",
            "ausschreibungen": "calls",
            "Offene und abgeschlossene Förderaufrufe mit ihren Fristen und Unterlagen.": "Open and closed calls for proposals with their deadlines and documents.",
        },
        introduction="<p>Offene und abgeschlossene Förderaufrufe mit ihren Fristen und Unterlagen.</p>",
    )
    _bamf_call(builder, index)
    _example_call(builder, index)


def _bamf_call(builder, index):
    document = _document(builder, "Zusammenfassung der Ausschreibung (Demo)", BAMF_DE["title"])
    page, created = builder.get_or_create_page(
        index,
        CallForProposalsPage,
        BAMF_SLUG,
        **BAMF_DE,
        funder=demo_taxonomy.funder(builder, "BAMF"),
        call_type=CallForProposalsPage.TWO_STAGE,
        goals=[("goal", german) for german, _english in BAMF_GOALS],
        documents=[
            (
                "document",
                {
                    "document": document,
                    "title": "Zusammenfassung der Ausschreibung (Demo)",
                    "description": "",
                },
            )
        ],
        deadlines=[
            CallDeadline(
                label="Interessenbekundung",
                local_date=date(2020, 9, 8),
                local_time=time(23, 59),
                timezone="Europe/Berlin",
            )
        ],
    )
    if created:
        page.themes.set([demo_taxonomy.theme(builder, "social-cohesion")])
        page.save_revision().publish()
    if not page.has_translation(builder.en):
        builder.translate(page, BAMF_EN)


def example_dates(today: date) -> dict:
    """Opened two weeks ago; expression of interest in 30 days, full application in 75 days (Berlin time)."""
    return {
        "opens_at": datetime.combine(today - timedelta(days=14), time(9, 0), tzinfo=BERLIN),
        "deadlines": [
            ("Interessenbekundung", today + timedelta(days=30), time(12, 0)),
            ("Vollständiger Antrag", today + timedelta(days=75), time(23, 59)),
        ],
    }


def _example_call(builder, index):
    today = timezone.localdate()
    dates = example_dates(today)
    document = _document(builder, "Leitfaden zur Antragstellung (Demo)", EXAMPLE_DE["title"])
    page, created = builder.get_or_create_page(
        index,
        CallForProposalsPage,
        EXAMPLE_SLUG,
        **EXAMPLE_DE,
        call_type=CallForProposalsPage.TWO_STAGE,
        opens_at=dates["opens_at"],
        goals=[("goal", german) for german, _english in EXAMPLE_GOALS],
        faq=[("question", {"question": EXAMPLE_FAQ[0], "answer": EXAMPLE_FAQ[1]})],
        documents=[
            (
                "document",
                {
                    "document": document,
                    "title": "Leitfaden zur Antragstellung (Demo)",
                    "description": "Beispieldokument, erzeugt von den Demo-Inhalten",
                },
            )
        ],
        deadlines=[
            CallDeadline(label=label, local_date=day, local_time=at, timezone="Europe/Berlin")
            for label, day, at in dates["deadlines"]
        ],
    )
    if created:
        page.themes.set(
            [
                demo_taxonomy.theme(builder, "social-cohesion"),
                demo_taxonomy.theme(builder, "intercultural-competence"),
            ]
        )
        page.save_revision().publish()
    elif page.closes_at is not None and page.closes_at < timezone.now():
        _move_example_forward(builder, page, dates)
    if not page.has_translation(builder.en):
        builder.translate(page, EXAMPLE_EN)


def _move_example_forward(builder, page, dates):
    """The example call has closed since the last run: give it fresh dates so the demo shows an open call again."""
    rows = list(page.deadlines.all().order_by("sort_order", "pk"))
    for row, (_label, day, at) in zip(rows, dates["deadlines"], strict=False):
        row.local_date, row.local_time = day, at
    page.deadlines = rows
    page.opens_at = dates["opens_at"]
    page.save_revision().publish()
    builder.log(f"example call moved forward: {page.url_path}")
    if page.has_translation(builder.en):
        builder.translate(page, EXAMPLE_EN)


def _document(builder, title: str, heading: str) -> Document:
    """A one-page PDF generated with Pillow (nothing is downloaded), found again by title on later runs."""
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", (1240, 1754), (255, 255, 255))
    draw = ImageDraw.Draw(canvas)
    draw.text((100, 120), heading, fill=(20, 20, 20), font_size=40)
    draw.text((100, 200), title, fill=(60, 60, 60), font_size=32)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PDF")
    slug = title.lower().replace(" ", "-").replace("(", "").replace(")", "")[:40]
    document = Document(title=title)
    document.file.save(f"{slug}.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    builder.log(f"document {title}")
    return document
