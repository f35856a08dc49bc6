"""Demo content of the home app: locales, the site, both home pages and the site settings."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.models import HomePage, SiteSettings

ORDER = 0

HOME_DE = {
    "title": "Gemeinsam",
    "hero_heading": "Integration gemeinsam gestalten",
    "hero_text": (
        "Wir begleiten europäische und regionale Projekte, die Zugewanderten das Ankommen erleichtern: "
        "mit Förderprogrammen, Partnerschaften in neun Ländern und Materialien für die Praxis."
    ),
    "teaser": "Geförderte Integrationsprojekte, Ausschreibungen, Neuigkeiten und Lernmaterialien.",
    "introduction": (
        "<p>Hier finden Sie die Projekte, an denen wir mitwirken, offene Förderaufrufe mit ihren Fristen, "
        "Neuigkeiten aus unseren Partnerregionen und Lernmaterialien zum Herunterladen.</p>"
    ),
}
HOME_EN = {
    "Gemeinsam": "Gemeinsam",
    "startseite": "home",
    HOME_DE["hero_heading"]: "Shaping integration together",
    HOME_DE["hero_text"]: (
        "We support European and regional projects that help newcomers settle in: with funding programmes, "
        "partnerships in nine countries and materials for everyday practice."
    ),
    HOME_DE["teaser"]: "Funded integration projects, calls for proposals, news and learning materials.",
    "Hier finden Sie die Projekte, an denen wir mitwirken, offene Förderaufrufe mit ihren Fristen, "
    "Neuigkeiten aus unseren Partnerregionen und Lernmaterialien zum Herunterladen.": (
        "Here you will find the projects we take part in, open calls for proposals with their deadlines, "
        "news from our partner regions and learning materials to download."
    ),
}


def load(builder):
    for code in ("de", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale__language_code="de").first()
    if home is None:
        home = HomePage(slug="startseite", locale=builder.de, **HOME_DE)
        root.add_child(instance=home)
        home.save_revision().publish()
        builder.log("page / (Startseite)")
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    # Absolute links (canonical, hreflang, feeds) use the site's host: take it from the configured base URL.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base_url.hostname or "localhost"
    site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    old_root = site.root_page
    site.root_page = home
    site.site_name = "Gemeinsam"
    site.save()
    # Wagtail's placeholder "Welcome" page is not part of our tree.
    if old_root.pk != home.pk and old_root.specific_class is Page and not old_root.get_children().exists():
        old_root.delete()
    if not home.has_translation(builder.en):
        builder.translate(home, HOME_EN)
    # get_or_create: a later run must not overwrite what editors set.
    SiteSettings.objects.get_or_create(
        site=site,
        defaults={
            "organisation_name": "Aufbauwerk Region Leipzig GmbH",
            "street_address": "Demostraße 1",
            "postal_code": "04109",
            "city": "Leipzig",
            "country": "Deutschland",
            "email": "info@aufbauwerk-leipzig.com",
            "responsible_person": "Redaktion Gemeinsam (Demo)",
        },
    )


def section_index(builder, model, slug_de: str, title_de: str, en: dict[str, str], **fields):
    """Create a section's index page under the German home page and its English translation. For app demos."""
    home = HomePage.objects.get(locale__language_code="de")
    page, created = builder.get_or_create_page(
        home, model, slug_de, title=title_de, show_in_menus=True, **fields
    )
    if not page.has_translation(builder.en):
        builder.translate(page, en)
    return page
