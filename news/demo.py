"""Demo content of the news app: the news index (issue 5 adds news items and events)."""

from home.demo import section_index
from news.models import NewsIndexPage

ORDER = 30


def load(builder):
    section_index(
        builder,
        NewsIndexPage,
        "aktuelles",
        "Aktuelles",
        {
            "Aktuelles": "News",
            "aktuelles": "news",
            "Neuigkeiten aus unseren Projekten und Partnerregionen.": "News from our projects and partner regions.",
        },
        introduction="<p>Neuigkeiten aus unseren Projekten und Partnerregionen.</p>",
    )
