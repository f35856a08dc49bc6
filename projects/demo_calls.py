"""Demo content for calls for proposals (run by projects.demo after projects): the call index."""

from home.demo import section_index
from projects.models import CallIndexPage


def load(builder):
    section_index(
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
