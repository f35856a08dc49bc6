"""Home app models: the shared base page every public page type extends, the home page and site settings."""

from .base import BasePage, IndexPage
from .home_page import HomePage
from .site_settings import SiteSettings

__all__ = ["BasePage", "IndexPage", "HomePage", "SiteSettings"]
