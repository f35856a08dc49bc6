"""The synthetic large site for `make bench` (`manage.py build_bench_site`): shared state and invented text.

Each app's `bench.py` (`ORDER`, `build(site)`) adds its pages with `home.bulk_pages`, German first, then the
English translations (same translation_key, locale en, under the English section) so both trees are as large as
each other. Text is invented from small word lists with a fixed seed, so two builds are identical.
"""

import random
import uuid
from dataclasses import dataclass, field

from django.utils.text import slugify
from wagtail.models import Locale, Page

SLUG_PREFIX = "bench-"

# German / English word pairs, so titles read as translations of each other.
TOPICS = [
    ("Integration", "integration"),
    ("Teilhabe", "participation"),
    ("Sprachförderung", "language support"),
    ("Wohnraum", "housing"),
    ("Arbeitsmarkt", "labour market"),
    ("Nachbarschaft", "neighbourhood"),
    ("Beratung", "counselling"),
    ("Bildung", "education"),
    ("Gesundheit", "health"),
    ("Ehrenamt", "volunteering"),
    ("Jugend", "youth"),
    ("Kommunen", "municipalities"),
]
ADJECTIVES = [
    ("Regionale", "Regional"),
    ("Gemeinsame", "Shared"),
    ("Digitale", "Digital"),
    ("Ländliche", "Rural"),
    ("Europäische", "European"),
    ("Lokale", "Local"),
    ("Inklusive", "Inclusive"),
    ("Neue", "New"),
]
NOUNS = [
    ("Strategien", "strategies"),
    ("Netzwerke", "networks"),
    ("Wege", "pathways"),
    ("Werkstätten", "workshops"),
    ("Partnerschaften", "partnerships"),
    ("Lotsen", "guides"),
    ("Angebote", "services"),
]
CITIES = [
    ("Leipzig", "Leipzig", "DE"),
    ("Kassel", "Kassel", "DE"),
    ("Danzig", "Gdańsk", "PL"),
    ("Warschau", "Warsaw", "PL"),
    ("Mailand", "Milan", "IT"),
    ("Bologna", "Bologna", "IT"),
    ("Wien", "Vienna", "AT"),
    ("Göteborg", "Gothenburg", "SE"),
    ("Letterkenny", "Letterkenny", "IE"),
    ("Barcelona", "Barcelona", "ES"),
    ("Pamplona", "Pamplona", "ES"),
    ("Temeswar", "Timișoara", "RO"),
    ("Arad", "Arad", "RO"),
    ("Lyon", "Lyon", "FR"),
    ("Gent", "Ghent", "BE"),
]
SENTENCES = [
    (
        "Das Vorhaben bringt Verwaltung, Zivilgesellschaft und Zugewanderte an einen Tisch.",
        "The project brings administration, civil society and newcomers to one table.",
    ),
    (
        "Gemeinsam entwickeln die Partner Angebote, die im Alltag tragen.",
        "Together the partners develop services that work in everyday life.",
    ),
    (
        "Die Ergebnisse stehen allen Kommunen als offene Materialien zur Verfügung.",
        "The results are available to every municipality as open materials.",
    ),
    (
        "Fachleute aus mehreren Ländern tauschen ihre Erfahrungen aus.",
        "Experts from several countries exchange their experience.",
    ),
    (
        "Im Mittelpunkt stehen die Perspektiven der Menschen vor Ort.",
        "The perspectives of the people who live there come first.",
    ),
]


@dataclass
class BenchCounts:
    projects: int = 5000
    partners: int = 500
    news: int = 20000
    calls: int = 200
    materials: int = 1000


@dataclass
class BenchSite:
    """What the app builders share: counts, the random generator, locales and what earlier apps created."""

    counts: BenchCounts
    seed: int = 2026
    index: bool = True
    stdout: object = None
    rng: random.Random = field(init=False)
    # name -> list of (German page, English page), e.g. "projects", filled by the app that builds them
    created: dict = field(default_factory=dict)

    def translated_rows(self, model, de_page, en_page, sort_order, de_fields, en_fields=None) -> list:
        """An inline row and its English translation as wagtail-localize makes them: one translation key, each row
        in its own page's locale (`en_fields` where the English row links other objects, e.g. English themes)."""
        key = uuid.uuid4()
        return [
            model(page=page, locale=locale, translation_key=key, sort_order=sort_order, **fields)
            for page, locale, fields in (
                (de_page, self.de, de_fields),
                (en_page, self.en, de_fields if en_fields is None else en_fields),
            )
        ]

    def __post_init__(self):
        self.rng = random.Random(self.seed)
        self.de = Locale.objects.get(language_code="de")
        self.en = Locale.objects.get(language_code="en")

    def log(self, message: str) -> None:
        if self.stdout:
            self.stdout.write(f"  {message}")

    def section(self, model) -> tuple[Page, Page]:
        """The German section page of `model` (e.g. ProjectIndexPage) and its English translation."""
        de = model.objects.get(locale=self.de)
        return de, de.get_translation(self.en)

    # Invented text ------------------------------------------------------------------------------------------
    def title_pair(self, number: int) -> tuple[str, str]:
        """("Regionale Netzwerke für Teilhabe in Leipzig 42", "Regional networks for participation in Leipzig 42")."""
        rng = self.rng
        adj, noun, topic, city = (
            rng.choice(ADJECTIVES),
            rng.choice(NOUNS),
            rng.choice(TOPICS),
            rng.choice(CITIES),
        )
        return (
            f"{adj[0]} {noun[0]} für {topic[0]} in {city[0]} {number}",
            f"{adj[1]} {noun[1]} for {topic[1]} in {city[1]} {number}",
        )

    def paragraph_pair(self, sentences: int = 3) -> tuple[str, str]:
        picked = self.rng.sample(SENTENCES, k=min(sentences, len(SENTENCES)))
        return " ".join(s[0] for s in picked), " ".join(s[1] for s in picked)

    @staticmethod
    def slug(kind: str, number: int) -> str:
        return slugify(f"{SLUG_PREFIX}{kind}-{number:05d}")


def already_built() -> bool:
    """True when a bench page exists: the builder then refuses to run a second time."""
    return Page.objects.filter(slug__startswith=SLUG_PREFIX).exists()
