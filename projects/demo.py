"""Demo content of the projects app: funders and themes, projects, programmes, partners, then calls."""

from home.demo import section_index
from projects import demo_calls, demo_taxonomy
from projects.models import ProjectIndexPage

ORDER = 10


def load(builder):
    demo_taxonomy.load(builder)
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
        introduction="<p>Projekte, die wir mit Partnern in Europa und in Sachsen umsetzen, mit ihren Fördermitteln und Partnern.</p>",
    )
    # Calls use the funders above; the calls feature keeps its demo in its own module.
    demo_calls.load(builder)
