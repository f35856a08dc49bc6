"""Demo funders and themes, shared by projects, programmes, calls and materials. Looked up by slug/short name."""

from projects.models import Funder, Theme

FUNDERS = [
    # short_name, German fields, English fields
    (
        "AMIF",
        {
            "name": "Asyl-, Migrations- und Integrationsfonds der Europäischen Union",
            "programme": "AMIF",
            "is_eu_funding": True,
            "website": "https://home-affairs.ec.europa.eu/funding/asylum-migration-and-integration-funds_en",
        },
        {
            "Asyl-, Migrations- und Integrationsfonds der Europäischen Union": "Asylum, Migration and Integration Fund of the European Union",
        },
    ),
    (
        "BAMF",
        {
            "name": "Bundesamt für Migration und Flüchtlinge",
            "programme": "Asyl-, Migrations- und Integrationsfonds (AMIF)",
            "is_eu_funding": True,
            "website": "https://www.bamf.de/",
        },
        {
            "Bundesamt für Migration und Flüchtlinge": "Federal Office for Migration and Refugees",
            "Asyl-, Migrations- und Integrationsfonds (AMIF)": "Asylum, Migration and Integration Fund (AMIF)",
        },
    ),
    (
        "WIR",
        {
            "name": "WIR – Wegweisende Integrationsansätze Realisieren (Hessen)",
            "programme": "Hessisches Ministerium für Soziales und Integration",
            "website": "https://soziales.hessen.de/",
        },
        {
            "WIR – Wegweisende Integrationsansätze Realisieren (Hessen)": "WIR – pioneering integration approaches, programme of the State of Hesse",
            "Hessisches Ministerium für Soziales und Integration": "Hessian Ministry for Social Affairs and Integration",
        },
    ),
    (
        "RBS",
        {"name": "Robert Bosch Stiftung", "programme": "", "website": "https://www.bosch-stiftung.de/"},
        {"Robert Bosch Stiftung": "Robert Bosch Stiftung"},
    ),
]

THEMES = [
    ("integration-strategy", "Integrationsstrategien", "Integration strategies"),
    ("labour-market", "Arbeitsmarktintegration", "Labour market integration"),
    ("housing", "Wohnen", "Housing"),
    ("social-cohesion", "Sozialer Zusammenhalt", "Social cohesion"),
    ("rural-areas", "Ländliche Räume", "Rural areas"),
    ("intercultural-competence", "Interkulturelle Kompetenz", "Intercultural competence"),
]


def load(builder):
    for short_name, fields, english in FUNDERS:
        funder = Funder.objects.filter(locale=builder.de, short_name=short_name).first()
        if funder is None:
            funder = Funder.objects.create(locale=builder.de, short_name=short_name, **fields)
            builder.log(f"funder {short_name}")
        if not funder.has_translation(builder.en):
            builder.translate_snippet(funder, {short_name: short_name, **english})
    for slug, name_de, name_en in THEMES:
        theme = Theme.objects.filter(locale=builder.de, slug=slug).first()
        if theme is None:
            theme = Theme.objects.create(locale=builder.de, slug=slug, name=name_de)
            builder.log(f"theme {slug}")
        if not theme.has_translation(builder.en):
            builder.translate_snippet(theme, {name_de: name_en, slug: slug})


def funder(builder, short_name: str) -> Funder:
    return Funder.objects.get(locale=builder.de, short_name=short_name)


def theme(builder, slug: str) -> Theme:
    return Theme.objects.get(locale=builder.de, slug=slug)
