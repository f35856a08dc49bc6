"""Demo content of the downloads app: the materials index (issue 6 adds the learning materials)."""

from downloads.models import MaterialIndexPage
from home.demo import section_index

ORDER = 40


def load(builder):
    section_index(
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
