"""Demo content of the projects app: the project index (issue 3 adds EU-Belong and its partners)."""

from home.demo import section_index
from projects.models import ProjectIndexPage

ORDER = 10

INTRO_DE = "<p>Projekte, die wir mit Partnern in Europa und in Sachsen umsetzen, mit ihren Fördermitteln und Partnern.</p>"


def load(builder):
    section_index(
        builder,
        ProjectIndexPage,
        "projekte",
        "Projekte",
        {
            "Projekte": "Projects",
            "projekte": "projects",
            "Projekte, die wir mit Partnern in Europa und in Sachsen umsetzen, mit ihren Fördermitteln und Partnern.": (
                "Projects we carry out with partners in Europe and in Saxony, with their funding and partners."
            ),
        },
        introduction=INTRO_DE,
    )
