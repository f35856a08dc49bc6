"""Home app models: the shared base page every public page type extends, the home page and site settings."""

from .base import BasePage, IndexPage
from .home_page import HomePage
from .legal import AccessibilityFeedback, AccessibilityStatementPage, ImprintPage, LegalPage
from .site_settings import SiteSettings

__all__ = [
    "AccessibilityFeedback",
    "AccessibilityStatementPage",
    "BasePage",
    "HomePage",
    "ImprintPage",
    "IndexPage",
    "LegalPage",
    "SiteSettings",
]
