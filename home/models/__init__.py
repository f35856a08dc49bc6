"""Home app models: the shared base page every public page type extends, the home page and site settings."""

from .base import BasePage, IndexPage
from .easy_read import EasyReadIndexPage, EasyReadPage, EasyReadSummaryMixin
from .home_page import HomePage
from .legal import AccessibilityFeedback, AccessibilityStatementPage, ImprintPage, LegalPage
from .sign_language import SignLanguageIndexPage, SignLanguageVideoPage
from .site_settings import SiteSettings

__all__ = [
    "AccessibilityFeedback",
    "AccessibilityStatementPage",
    "BasePage",
    "EasyReadIndexPage",
    "EasyReadPage",
    "EasyReadSummaryMixin",
    "HomePage",
    "ImprintPage",
    "IndexPage",
    "LegalPage",
    "SignLanguageIndexPage",
    "SignLanguageVideoPage",
    "SiteSettings",
]
