"""Admin hooks of the home app; each concern keeps its hooks in its own package."""

from home.editorial import hooks as editorial_hooks  # noqa: F401
from home.translations import hooks as translation_hooks  # noqa: F401
