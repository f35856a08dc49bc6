"""Demo content of the projects app: funders and themes, projects, partners, programmes, then calls.

Facts (names, codes, amounts, dates, countries, districts) come from the seed documents; the sentences are ours.
"""

import datetime
from decimal import Decimal

from wagtail.rich_text import RichText

from home.demo import section_index
from projects import demo_calls, demo_taxonomy
from projects.demo_partners import PARTNERS
from projects.models import (
    FederalState,
    PartnerIndexPage,
    PartnerOrganisationPage,
    PartnerRole,
    ProgrammeDistrict,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammePartner,
    ProgrammePhase,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTheme,
)

ORDER = 10


def load(builder):
    demo_taxonomy.load(builder)
    projects_index = section_index(
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
    partners = load_partners(builder)
    load_programmes(builder, partners)
    load_projects(builder, projects_index, partners)
    # Calls use the funders above; the calls feature keeps its demo in its own module.
    demo_calls.load(builder)


# Partners ----------------------------------------------------------------------------------------------------------
def load_partners(builder) -> dict[str, PartnerOrganisationPage]:
    """The partner directory and every partner organisation; returns the German pages by slug."""
    intro = "Organisationen, mit denen wir in Projekten und Programmen zusammenarbeiten, mit ihren Projekten und Rollen."
    index = section_index(
        builder,
        PartnerIndexPage,
        "partner",
        "Partner",
        {
            "Partner": "Partners",
            "partner": "partners",
            intro: "Organisations we work with in projects and programmes, with their projects and roles.",
        },
        introduction=f"<p>{intro}</p>",
    )
    pages = {}
    for slug, title_de, title_en, short_name, kind, country, (city_de, city_en), (
        text_de,
        text_en,
    ) in PARTNERS:
        page, _created = builder.get_or_create_page(
            index,
            PartnerOrganisationPage,
            slug,
            title=title_de,
            short_name=short_name,
            organisation_type=kind,
            country=country,
            city=city_de,
            description=f"<p>{text_de}</p>",
        )
        if not page.has_translation(builder.en):
            builder.translate(page, {title_de: title_en, slug: slug, city_de: city_en, text_de: text_en})
        pages[slug] = page
    return pages


# Programmes --------------------------------------------------------------------------------------------------------
LZZ_DE = {
    "title": "Land.Zuhause.Zukunft",
    "teaser": "Ein Programm der Robert Bosch Stiftung, das Landkreise bei der Integration und Teilhabe Neuzugewanderter begleitet.",
    "summary": (
        "Land.Zuhause.Zukunft unterstützt Landkreise in ländlichen Räumen dabei, Zugewanderten eine Bleibeperspektive "
        "zu geben: mit einjähriger Prozessbegleitung, Austausch und Wissenstransfer."
    ),
}
LZZ_BODY = [
    ("heading", "Warum das Programm?", "Why this programme?"),
    (
        "paragraph",
        "Wer am Leben einer Gemeinde beteiligt ist, bleibt. Viele ländliche Kommunen sehen Zuwanderung, Integration "
        "und Teilhabe deshalb als Zukunftsthemen – gerade im demografischen Wandel.",
        "People who take part in the life of a community stay. Many rural municipalities therefore see immigration, "
        "integration and participation as questions of their future – especially as their population changes.",
    ),
    ("heading", "Was soll erreicht werden?", "What is it for?"),
    (
        "paragraph",
        "Neuzugewanderte sollen selbstverständlich zur Gesellschaft in ländlichen Räumen gehören. Die Akteurinnen und "
        "Akteure vor Ort – Zugewanderte eingeschlossen – gelten dabei als Fachleute für ihre eigenen Themen.",
        "Newcomers should be a natural part of society in rural areas. Local actors – newcomers included – are "
        "treated as the experts on their own issues.",
    ),
    ("heading", "Wie funktioniert es?", "How does it work?"),
    (
        "paragraph",
        "Mit den Beratungspartnern Kompetus und Ramboll entwickeln die Landkreise in einer einjährigen "
        "Prozessbegleitung eigene Konzepte. Das Programmbüro ist an der Universität Hildesheim angesiedelt.",
        "With the advisory partners Kompetus and Ramboll, the districts develop their own approaches over one year "
        "of guided work. The programme office is based at the University of Hildesheim.",
    ),
]
LZZ_PHASES = [
    (
        "Pilotphase",
        "Pilot phase",
        datetime.date(2018, 1, 1),
        datetime.date(2019, 6, 30),
        "Sechs Landkreise erarbeiten Konzepte in verschiedenen Themenfeldern.",
        "Six districts develop approaches in different fields.",
    ),
    (
        "Weiterentwicklung",
        "Further development",
        datetime.date(2020, 1, 1),
        datetime.date(2020, 12, 31),
        "Weitere Landkreise kommen hinzu; das Programm wird auf Basis der Pilotphase weiterentwickelt.",
        "More districts join; the programme is developed further from the pilot phase's experience.",
    ),
    (
        "Zweite Programmphase",
        "Second programme phase",
        datetime.date(2023, 1, 1),
        datetime.date(2024, 12, 31),
        "Sechs neue Landkreise werden aufgenommen.",
        "Six new districts join.",
    ),
]
LZZ_DISTRICTS = [
    ("Landkreis Coburg", "District of Coburg", FederalState.BY),
    ("Landkreis Goslar", "District of Goslar", FederalState.NI),
    ("Landkreis Harz", "District of Harz", FederalState.ST),
    ("Landkreis Ludwigslust-Parchim", "District of Ludwigslust-Parchim", FederalState.MV),
    ("Landkreis Prignitz", "District of Prignitz", FederalState.BB),
    ("Vogtlandkreis", "Vogtland District", FederalState.SN),
]
LZZ_FORMATS = [
    (
        "Forum Integration in ländlichen Räumen",
        "Forum on integration in rural areas",
        "Vernetzung, Informationsaustausch und Wissenstransfer zwischen den Landkreisen.",
        "Networking, exchange of information and transfer of knowledge between the districts.",
    ),
    (
        "Lernreisen",
        "Learning journeys",
        "Themenbezogener Austausch mit Kommunen im In- und Ausland.",
        "Exchanges on a topic with municipalities in Germany and abroad.",
    ),
    (
        "Konferenz",
        "Conference",
        "Am Ende jeder Programmphase stellen die Landkreise ihre Ergebnisse vor.",
        "At the end of each phase the districts present their results.",
    ),
]


def load_programmes(builder, partners):
    intro = "Förderprogramme, die wir durchführen oder an denen wir mitwirken."
    index = section_index(
        builder,
        ProgrammeIndexPage,
        "programme",
        "Programme",
        {
            "Programme": "Programmes",
            "programme": "programmes",
            intro: "Funding programmes we run or take part in.",
        },
        introduction=f"<p>{intro}</p>",
    )
    rbs = demo_taxonomy.funder(builder, "RBS")
    page, _created = builder.get_or_create_page(
        index,
        ProgrammePage,
        "land-zuhause-zukunft",
        funder=rbs,
        website="https://www.bosch-stiftung.de/",
        body=[(kind, RichText(f"<p>{de}</p>") if kind == "paragraph" else de) for kind, de, _en in LZZ_BODY],
        formats=[("format", {"name": name, "description": text}) for name, _n, text, _t in LZZ_FORMATS],
        phases=[
            ProgrammePhase(name=name, start_date=start, end_date=end, description=text)
            for name, _en, start, end, text, _t in LZZ_PHASES
        ],
        districts=[
            ProgrammeDistrict(name=name, federal_state=state, since_year=2018)
            for name, _en, state in LZZ_DISTRICTS
        ],
        implementing_partners=[
            ProgrammePartner(partner=partners["universitaet-hildesheim"], task="Programmbüro"),
            ProgrammePartner(partner=partners["kompetus"], task="Beratungspartner"),
            ProgrammePartner(partner=partners["ramboll"], task="Beratungspartner"),
        ],
        **LZZ_DE,
    )
    if not page.has_translation(builder.en):
        strings = {
            "land-zuhause-zukunft": "land-zuhause-zukunft",
            "Land.Zuhause.Zukunft": "Land.Zuhause.Zukunft",
            LZZ_DE[
                "teaser"
            ]: "A Robert Bosch Stiftung programme that supports districts with the integration and "
            "participation of newcomers.",
            LZZ_DE[
                "summary"
            ]: "Land.Zuhause.Zukunft helps rural districts give newcomers a reason to stay: with a "
            "year of guided work, exchange and transfer of knowledge.",
            "Programmbüro": "Programme office",
            "Beratungspartner": "Advisory partner",
        }
        strings.update({de: en for _kind, de, en in LZZ_BODY})
        strings.update({de: en for de, en, *_rest in LZZ_PHASES})
        strings.update({de_text: en_text for *_first, de_text, en_text in LZZ_PHASES})
        strings.update({de: en for de, en, _state in LZZ_DISTRICTS})
        for name, name_en, text, text_en in LZZ_FORMATS:
            strings.update({name: name_en, text: text_en})
        builder.translate(page, strings)
    return page


# Projects ----------------------------------------------------------------------------------------------------------
EU_BELONG_PARTNERS = [
    ("assembly-of-european-regions", PartnerRole.LEAD),
    ("aufbauwerk-region-leipzig", PartnerRole.PARTNER),
    ("arad-county-council", PartnerRole.PARTNER),
    ("government-of-catalonia", PartnerRole.PARTNER),
    ("donegal-county-council", PartnerRole.PARTNER),
    ("emilia-romagna-region", PartnerRole.PARTNER),
    ("government-of-navarra", PartnerRole.PARTNER),
    ("pomeranian-region", PartnerRole.PARTNER),
    ("land-salzburg", PartnerRole.PARTNER),
    ("timis-county-council", PartnerRole.PARTNER),
    ("vastra-gotaland-region", PartnerRole.PARTNER),
    ("poznan-region", PartnerRole.PARTNER),
    ("icei", PartnerRole.TECHNICAL),
    ("art-er", PartnerRole.TECHNICAL),
    ("ikult", PartnerRole.TECHNICAL),
]
EU_BELONG_DE = {
    "title": "EU-Belong – Ein interkultureller Ansatz für die Integration in Europas Regionen",
    "acronym": "EU-Belong",
    "teaser": "Elf europäische Regionen entwickeln interkulturelle Integrationsstrategien – gefördert aus dem AMIF.",
    "summary": (
        "EU-Belong stärkt die soziale und wirtschaftliche Teilhabe von Zugewanderten und ihr Gefühl, dazuzugehören: "
        "Regionen entwickeln mit Akteuren vor Ort Integrationsstrategien, die auf Gleichheit, Vielfalt und "
        "Begegnung setzen."
    ),
    "region": "Europa",
    "contact_name": "Aufbauwerk Region Leipzig, Team Europa",
}
EU_BELONG_BODY = [
    ("heading", "Worum es geht", "What it is about"),
    (
        "paragraph",
        "Die Regionen erarbeiten ihre Strategien nach dem interkulturellen Ansatz des Europarats und seines "
        "Netzwerks Intercultural Cities: Gleichheit, Vielfalt und Interaktion.",
        "The regions draw up their strategies following the intercultural approach of the Council of Europe and "
        "its Intercultural Cities network: equality, diversity and interaction.",
    ),
    (
        "paragraph",
        "Rund 165 Akteure aus Wirtschaft, Verwaltung, Vereinen und Zivilgesellschaft wirken mit. Neu sind Felder, "
        "die bisher selten in solchen Strategien stehen: Wohnen, Arbeitsmarkt, Begegnung, Sport und Kultur.",
        "Around 165 actors from business, administration, associations and civil society take part. New are "
        "fields that such strategies have rarely covered: housing, the labour market, encounters, sport and culture.",
    ),
    ("heading", "Austausch in Europa", "Exchange across Europe"),
    (
        "paragraph",
        "Die Partner tauschen Erfahrungen aus, erproben übertragbare Methoden und tragen gute Beispiele in die "
        "regionale Politik. Unterstützt wird das Projekt vom Europarat, der Internationalen Organisation für "
        "Migration und dem Europäischen Ausschuss der Regionen.",
        "The partners share experience, test methods others can reuse and bring good practice into regional "
        "policy. The project is supported by the Council of Europe, the International Organization for Migration "
        "and the European Committee of the Regions.",
    ),
    ("quote", "Here We Are, Here You Belong!", "Here We Are, Here You Belong!"),
]
EU_BELONG_EN = {
    EU_BELONG_DE["title"]: "EU-Belong – An intercultural approach to migrant integration in Europe's regions",
    EU_BELONG_DE[
        "teaser"
    ]: "Eleven European regions develop intercultural integration strategies, funded by the AMIF.",
    EU_BELONG_DE["summary"]: (
        "EU-Belong strengthens the social and economic inclusion of migrants and their sense of belonging: regions "
        "work with local actors on integration strategies built on equality, diversity and interaction."
    ),
    "Europa": "Europe",
    EU_BELONG_DE["contact_name"]: "Aufbauwerk Region Leipzig, Europe team",
    "eu-belong": "eu-belong",
}

SZT_DE = {
    "title": "Sozialer Zusammenhalt und Teilhabe in Klein- und Mittelstädten",
    "teaser": "Wie gelingen Teilhabe und Zusammenleben von Zugewanderten in kleineren Städten? Eine Untersuchung in sechs Kommunen.",
    "summary": (
        "Das auf zwei Jahre angelegte Projekt untersucht am Beispiel von sechs ausgewählten Kommunen, mit einer "
        "Kommunalbefragung und einem bundesweiten Fachaustausch, wie Zugewanderte und Geflüchtete in Klein- und "
        "Mittelstädten am gesellschaftlichen und politischen Leben teilhaben."
    ),
    "region": "Deutschland",
}
SZT_BODY = [
    ("heading", "Fragen", "Questions"),
    (
        "paragraph",
        "Welche Perspektiven entwickeln Zugewanderte vor Ort? Wie offen ist die aufnehmende Gesellschaft, und wie "
        "entstehen Akzeptanz und Zugehörigkeit? Das Projekt verbindet Forschung mit aktivierenden Formaten.",
        "What prospects do newcomers develop where they live? How open is the receiving community, and how do "
        "acceptance and belonging grow? The project combines research with formats that get people involved.",
    ),
    ("heading", "Ergebnisse", "Results"),
    (
        "paragraph",
        "Am Ende stehen Handlungsempfehlungen für Kommunen, die auf Städte mit ähnlichem Profil übertragbar sind "
        "und in die bundesweite Debatte über Zuwanderung und Integration einfließen.",
        "The result is a set of recommendations for municipalities that towns with a similar profile can use and "
        "that feed into the national debate on immigration and integration.",
    ),
    (
        "paragraph",
        "Die Vertreterinnen und Vertreter der Kooperationspartner bilden den Projektbeirat, der das Projekt fachlich "
        "begleitet und seine Qualität sichert.",
        "Representatives of the cooperation partners form the advisory board, which guides the project and "
        "assures its quality.",
    ),
]
SZT_EN = {
    SZT_DE["title"]: "Social cohesion and participation in small and medium-sized towns",
    SZT_DE[
        "teaser"
    ]: "How do newcomers take part and live together with others in smaller towns? A study in six municipalities.",
    SZT_DE["summary"]: (
        "Planned for two years, the project studies six selected municipalities, surveys municipalities and holds a "
        "nationwide expert exchange to learn how immigrants and refugees in small and medium-sized towns take part "
        "in social and political life."
    ),
    "Deutschland": "Germany",
    "sozialer-zusammenhalt-klein-mittelstaedte": "social-cohesion-small-towns",
}


def _body(blocks):
    values = []
    for kind, de, _en in blocks:
        if kind == "paragraph":
            values.append((kind, RichText(f"<p>{de}</p>")))
        elif kind == "quote":
            values.append((kind, {"text": de, "source": ""}))
        else:
            values.append((kind, de))
    return values


def _project(builder, index, slug, fields, body, english, partner_rows, funding_rows, themes):
    page, _created = builder.get_or_create_page(
        index,
        ProjectPage,
        slug,
        body=_body(body),
        partner_rows=[ProjectPartner(partner=partner, role=role) for partner, role in partner_rows],
        funding_sources=[
            ProjectFunding(funder=demo_taxonomy.funder(builder, short_name), amount=amount)
            for short_name, amount in funding_rows
        ],
        theme_rows=[ProjectTheme(theme=demo_taxonomy.theme(builder, theme)) for theme in themes],
        **fields,
    )
    if not page.has_translation(builder.en):
        builder.translate(page, {**english, **{de: en for _kind, de, en in body}})
    return page


def load_projects(builder, index, partners):
    _project(
        builder,
        index,
        "eu-belong",
        {
            **EU_BELONG_DE,
            "grant_code": "101038215",
            "start_date": datetime.date(2022, 1, 1),
            "end_date": datetime.date(2025, 5, 31),
            "total_budget": Decimal("1666663.03"),
            "funding_amount": Decimal("1499996.74"),
            "own_role": PartnerRole.PARTNER,
            "contact_email": "info@aufbauwerk-leipzig.com",
            "featured": True,
            "listing_image": builder.image("EU-Belong", (11, 92, 138), "EU-Belong"),
        },
        EU_BELONG_BODY,
        EU_BELONG_EN,
        [(partners[slug], role) for slug, role in EU_BELONG_PARTNERS],
        [("AMIF", Decimal("1499996.74"))],
        ["integration-strategy", "labour-market", "housing", "intercultural-competence"],
    )
    # The seed names neither the dates nor the six municipalities, so the demo does not invent them.
    _project(
        builder,
        index,
        "sozialer-zusammenhalt-klein-mittelstaedte",
        {**SZT_DE, "featured": True},
        SZT_BODY,
        SZT_EN,
        [
            (partners["bundesministerium-des-innern"], PartnerRole.ASSOCIATED),
            (partners["integrationsbeauftragte"], PartnerRole.ASSOCIATED),
            (partners["deutscher-landkreistag"], PartnerRole.ASSOCIATED),
            (partners["deutscher-staedte-und-gemeindebund"], PartnerRole.ASSOCIATED),
        ],
        [("AMIF", None), ("WIR", None), ("RBS", None)],
        ["social-cohesion"],
    )
