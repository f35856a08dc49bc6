"""Helpers for tests: finding demo pages by language and path, counting queries, parsing HTML."""

from html.parser import HTMLParser

from wagtail.models import Page, Site


class DemoSite:
    def home(self, language: str):
        return (
            Site.objects.get(is_default_site=True)
            .root_page.get_translation_or_none(locale=_locale(language))
            .specific
        )

    def page(self, language: str, path: str):
        """The page at `path` below the home page of `language`, e.g. ('en', '/projects/eu-belong/')."""
        home = self.home(language)
        return Page.objects.get(url_path=home.url_path + path.strip("/") + "/").specific


def _locale(language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


class _TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str, name: str) -> list[dict]:
    """Attributes of every <name> tag in the document."""
    collector = _TagCollector()
    collector.feed(html)
    return [attrs for tag, attrs in collector.tags if tag == name]


def one_live(page_class, language: str):
    """One live page of exactly this class in this language (LegalPage must not pick up the imprint), or None."""
    from wagtail.models import Page

    return (
        Page.objects.live()
        .exact_type(page_class)
        .filter(locale__language_code=language)
        .order_by("path")
        .specific()
        .first()
    )
