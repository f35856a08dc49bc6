"""Demo content of the home app: locales, the site, both home pages and the site settings."""

import datetime
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
    load_legal_pages(builder, home)
    # Leichte Sprache and Gebärdensprache (BITV 2.0 § 4), German only: home/demo_easy_read.py.
    from home import demo_easy_read

    demo_easy_read.load(builder)


def section_index(builder, model, slug_de: str, title_de: str, en: dict[str, str], **fields):
    """Create a section's index page under the German home page and its English translation. For app demos."""
    home = HomePage.objects.get(locale__language_code="de")
    page, created = builder.get_or_create_page(
        home, model, slug_de, title=title_de, show_in_menus=True, **fields
    )
    if not page.has_translation(builder.en):
        builder.translate(page, en)
    return page


PRIVACY_DE = [
    "Wir verarbeiten personenbezogene Daten nur, soweit es für den Betrieb dieser Website nötig ist.",
    "Diese Website setzt keine Cookies für Besucherinnen und Besucher, bindet keine Inhalte anderer Anbieter ein und verwendet keine Analyse-Werkzeuge. Schriften, Bilder und Skripte werden ausschließlich von unserem eigenen Server geladen.",
    "Der Webserver speichert technisch notwendige Zugriffsdaten (Datum, Uhrzeit, aufgerufene Adresse) für höchstens sieben Tage, um Angriffe abwehren zu können. Downloads zählen wir ohne Bezug zu Personen: nur eine Zahl pro Datei und Tag.",
    "Wenn Sie uns über das Formular zur Barrierefreiheit schreiben, speichern wir Ihre Nachricht und, falls angegeben, Name und E-Mail-Adresse, um Ihnen zu antworten. Sie können jederzeit Auskunft, Berichtigung und Löschung verlangen.",
]
PRIVACY_EN = [
    "We process personal data only as far as running this website requires.",
    "This website sets no cookies for visitors, embeds no content from other providers and uses no analytics. Fonts, images and scripts are loaded from our own server only.",
    "The web server keeps technically necessary access data (date, time, requested address) for at most seven days to fend off attacks. We count downloads without reference to persons: only one number per file and day.",
    "If you write to us through the accessibility feedback form, we store your message and, if given, your name and email address in order to reply. You can ask for information, correction and deletion at any time.",
]
BARRIERS_DE = [
    "Einige ältere PDF-Dokumente sind noch nicht vollständig barrierefrei. Wir stellen sie auf Anfrage in einer zugänglichen Form bereit.",
    "Die Karte der Partnerländer ist eine Grafik; dieselben Angaben stehen als Liste daneben.",
]
BARRIERS_EN = [
    "Some older PDF documents are not yet fully accessible. We provide them in an accessible form on request.",
    "The map of partner countries is a graphic; the same information is given as a list next to it.",
]


def _paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def load_legal_pages(builder, home):
    from home.models import AccessibilityStatementPage, ImprintPage, LegalPage

    imprint, _ = builder.get_or_create_page(
        home,
        ImprintPage,
        "impressum",
        title="Impressum",
        body="<p>Dies ist eine Demo-Installation von Gemeinsam.</p>",
    )
    if not imprint.has_translation(builder.en):
        builder.translate(
            imprint,
            {
                "Impressum": "Imprint",
                "impressum": "imprint",
                "Dies ist eine Demo-Installation von Gemeinsam.": "This is a demo installation of Gemeinsam.",
            },
        )
    privacy, _ = builder.get_or_create_page(
        home, LegalPage, "datenschutz", title="Datenschutzerklärung", body=_paragraphs(PRIVACY_DE)
    )
    if not privacy.has_translation(builder.en):
        builder.translate(
            privacy,
            {
                "Datenschutzerklärung": "Privacy policy",
                "datenschutz": "privacy",
                **dict(zip(PRIVACY_DE, PRIVACY_EN, strict=True)),
            },
        )
    statement, _ = builder.get_or_create_page(
        home,
        AccessibilityStatementPage,
        "barrierefreiheit",
        title="Erklärung zur Barrierefreiheit",
        body=(
            "<p>Wir möchten unsere Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung "
            "(BITV 2.0) barrierefrei zugänglich machen.</p>"
        ),
        conformance="partial",
        statement_date=datetime.date(2026, 11, 1),
        known_barriers=_paragraphs(BARRIERS_DE),
    )
    if not statement.has_translation(builder.en):
        builder.translate(
            statement,
            {
                "Erklärung zur Barrierefreiheit": "Accessibility statement",
                "barrierefreiheit": "accessibility",
                "Wir möchten unsere Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung "
                "(BITV 2.0) barrierefrei zugänglich machen.": (
                    "We want our website to be accessible in line with the German accessible information "
                    "technology regulation (BITV 2.0)."
                ),
                **dict(zip(BARRIERS_DE, BARRIERS_EN, strict=True)),
            },
        )
