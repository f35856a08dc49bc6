"""Demo content of the news app: the news and events sections, categories, and the EU-Belong news and events
from the seeds (mid-term review, Gdańsk and Letterkenny knowledge exchanges, an English-only item on the online
training with the adult education association of Saxony). Linked to the EU-Belong project when it exists."""

import datetime

from django.utils import timezone

from home.demo import section_index
from news.models import EventIndexPage, EventPage, NewsCategory, NewsIndexPage, NewsPage

ORDER = 30

CATEGORIES = [
    ("project-news", "Projektnachrichten", "Project news"),
    ("knowledge-exchange", "Wissensaustausch", "Knowledge exchange"),
    ("training", "Weiterbildung", "Training"),
]

EVENTS = [
    {
        "slug": "wissensaustausch-danzig-2023",
        "fields": {
            "title": "Wissensaustausch in Danzig: inklusives Wohnen",
            "teaser": "Die Partner von EU-Belong treffen sich mit Fachleuten in Danzig, um Wohnpolitik für alle zu diskutieren.",
            "start_date": datetime.date(2023, 6, 13),
            "end_date": datetime.date(2023, 6, 16),
            "time_zone": "Europe/Warsaw",
            "city": "Danzig",
            "country": "PL",
            "organiser": "Region Pommern",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Vier Tage lang tauschen sich die europäischen Partner des Projekts EU-Belong und externe Fachleute über inklusive Wohnpolitik und gute Praxis aus. Die Region Pommern lädt als Gastgeberin ein und stellt den Schwerpunkt „Wo Menschen leben“ vor.</p>",
                }
            ],
        },
        "en": {
            "wissensaustausch-danzig-2023": "knowledge-exchange-gdansk-2023",
            "Wissensaustausch in Danzig: inklusives Wohnen": "Knowledge exchange in Gdańsk: inclusive housing",
            "Die Partner von EU-Belong treffen sich mit Fachleuten in Danzig, um Wohnpolitik für alle zu diskutieren.": "The EU-Belong partners meet experts in Gdańsk to discuss housing policies that include everyone.",
            "Danzig": "Gdańsk",
            "Region Pommern": "Pomerania Region",
            "Vier Tage lang tauschen sich die europäischen Partner des Projekts EU-Belong und externe Fachleute über inklusive Wohnpolitik und gute Praxis aus. Die Region Pommern lädt als Gastgeberin ein und stellt den Schwerpunkt „Wo Menschen leben“ vor.": "For four days the European partners of the EU-Belong project and external experts exchange knowledge on inclusive housing policies and good practice. The Pomerania Region hosts the meeting and presents its focus “Where people live”.",
        },
    },
    {
        "slug": "wissensaustausch-letterkenny-2024",
        "fields": {
            "title": "Wissensaustausch in Letterkenny: Donegals lokale Integrationsstrategie",
            "teaser": "Fachleute aus europäischen Regionen lernen in Letterkenny (Irland) von der Integrationsstrategie des Bezirks Donegal.",
            "start_date": datetime.date(2024, 3, 20),
            "end_date": datetime.date(2024, 3, 21),
            "time_zone": "Europe/Dublin",
            "city": "Letterkenny",
            "country": "IE",
            "organiser": "Donegal County Council",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Zwei Tage Austausch im Projekt EU-Belong: Vertreterinnen und Vertreter mehrerer europäischer Regionen berichten aus ihrer Integrationsarbeit. Der gastgebende Bezirk Donegal stellt seine lokale Integrationsstrategie vor.</p>",
                }
            ],
        },
        "en": {
            "wissensaustausch-letterkenny-2024": "knowledge-exchange-letterkenny-2024",
            "Wissensaustausch in Letterkenny: Donegals lokale Integrationsstrategie": "Knowledge exchange in Letterkenny: Donegal's local integration strategy",
            "Fachleute aus europäischen Regionen lernen in Letterkenny (Irland) von der Integrationsstrategie des Bezirks Donegal.": "Experts from European regions learn from County Donegal's integration strategy in Letterkenny, Ireland.",
            "Letterkenny": "Letterkenny",
            "Donegal County Council": "Donegal County Council",
            "Zwei Tage Austausch im Projekt EU-Belong: Vertreterinnen und Vertreter mehrerer europäischer Regionen berichten aus ihrer Integrationsarbeit. Der gastgebende Bezirk Donegal stellt seine lokale Integrationsstrategie vor.": "Two days of exchange in the EU-Belong project: representatives of several European regions report on their integration work, and the host, County Donegal, presents its local integration strategy.",
        },
    },
]

NEWS = [
    {
        "slug": "eu-belong-wissensaustausch-danzig",
        "category": "knowledge-exchange",
        "tags": ["EU-Belong", "AMIF"],
        "fields": {
            "title": "EU-Belong: Wissensaustausch zu inklusivem Wohnen in Danzig",
            "date": datetime.date(2023, 6, 20),
            "teaser": "Vom 13. bis 16. Juni 2023 trafen sich die Partner von EU-Belong in Danzig, um über Wohnen für alle zu sprechen.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Die europäischen Partner des Projekts EU-Belong kamen mit externen Fachleuten vom 13. bis 16. Juni 2023 in Danzig (Polen) zusammen. Sie tauschten Wissen über inklusive Wohnpolitik aus, teilten Ideen und erkundeten gemeinsam Strategien.</p>"
                    "<p>Gastgeberin war die Region Pommern. Sie rückte ihren Handlungsschwerpunkt „Wo Menschen leben“ in den Mittelpunkt: Wie finden Zugewanderte eine Wohnung, und wie werden Nachbarschaften zu Orten des Ankommens?</p>",
                }
            ],
        },
        "en": {
            "eu-belong-wissensaustausch-danzig": "eu-belong-knowledge-exchange-gdansk",
            "EU-Belong: Wissensaustausch zu inklusivem Wohnen in Danzig": "EU-Belong: knowledge exchange on inclusive housing in Gdańsk",
            "Vom 13. bis 16. Juni 2023 trafen sich die Partner von EU-Belong in Danzig, um über Wohnen für alle zu sprechen.": "From 13 to 16 June 2023 the EU-Belong partners met in Gdańsk to talk about housing for everyone.",
            "Die europäischen Partner des Projekts EU-Belong kamen mit externen Fachleuten vom 13. bis 16. Juni 2023 in Danzig (Polen) zusammen. Sie tauschten Wissen über inklusive Wohnpolitik aus, teilten Ideen und erkundeten gemeinsam Strategien.": "The European partners of the EU-Belong project met external experts in Gdańsk, Poland, from 13 to 16 June 2023. They exchanged knowledge on inclusive housing policies, shared ideas and explored strategies together.",
            "Gastgeberin war die Region Pommern. Sie rückte ihren Handlungsschwerpunkt „Wo Menschen leben“ in den Mittelpunkt: Wie finden Zugewanderte eine Wohnung, und wie werden Nachbarschaften zu Orten des Ankommens?": "The host, the Pomerania Region, put its focus “Where people live” at the centre: how do newcomers find a home, and how do neighbourhoods become places to settle in?",
        },
    },
    {
        "slug": "zwischenfazit-eu-belong",
        "category": "project-news",
        "tags": ["EU-Belong", "AMIF"],
        "fields": {
            "title": "Zwischenfazit im Projekt EU-Belong",
            "date": datetime.date(2023, 7, 17),
            "teaser": "Halbzeit bei EU-Belong: Die europäischen Partner ziehen nach anderthalb Jahren ein positives Zwischenfazit.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Im Juli 2023 begann für EU-Belong die zweite Hälfte der Projektlaufzeit. Das Projekt entwickelt regionale Integrationsstrategien mit einem starken interkulturellen Ansatz, und die europäischen Partner blicken zufrieden auf die ersten anderthalb Jahre zurück.</p>"
                    "<p>Seit Januar 2022 ist nicht nur in den Regionen viel geschehen. In Sachsen hat das Aufbauwerk gemeinsam mit dem Volkshochschulverband Sachsen Online-Trainings zur interkulturellen Arbeitsmarktintegration angeboten, und beim Treffen in Danzig ging es um inklusives Wohnen.</p>",
                }
            ],
        },
        "en": {
            "zwischenfazit-eu-belong": "eu-belong-mid-term-review",
            "Zwischenfazit im Projekt EU-Belong": "EU-Belong mid-term review",
            "Halbzeit bei EU-Belong: Die europäischen Partner ziehen nach anderthalb Jahren ein positives Zwischenfazit.": "Half-time at EU-Belong: after eighteen months the European partners draw a positive interim conclusion.",
            "Im Juli 2023 begann für EU-Belong die zweite Hälfte der Projektlaufzeit. Das Projekt entwickelt regionale Integrationsstrategien mit einem starken interkulturellen Ansatz, und die europäischen Partner blicken zufrieden auf die ersten anderthalb Jahre zurück.": "In July 2023 EU-Belong entered the second half of its term. The project develops regional integration strategies with a strong intercultural approach, and the European partners look back on the first eighteen months with satisfaction.",
            "Seit Januar 2022 ist nicht nur in den Regionen viel geschehen. In Sachsen hat das Aufbauwerk gemeinsam mit dem Volkshochschulverband Sachsen Online-Trainings zur interkulturellen Arbeitsmarktintegration angeboten, und beim Treffen in Danzig ging es um inklusives Wohnen.": "A lot has happened since January 2022, and not only in the regions. In Saxony, Aufbauwerk and the Adult Education Association of Saxony ran online training on intercultural labour market integration, and the meeting in Gdańsk was about inclusive housing.",
        },
    },
    {
        "slug": "integrationsexpertinnen-reisen-nach-letterkenny",
        "category": "knowledge-exchange",
        "tags": ["EU-Belong", "AMIF"],
        "event": "wissensaustausch-letterkenny-2024",
        "fields": {
            "title": "Leipziger Integrationsexpertinnen reisen mit dem Aufbauwerk nach Irland",
            "date": datetime.date(2024, 3, 5),
            "teaser": "Am 20. und 21. März 2024 treffen sich die Partner von EU-Belong in Letterkenny zum Wissensaustausch.",
            "body": [
                {
                    "type": "paragraph",
                    "value": "<p>Im Rahmen von EU-Belong findet am 20. und 21. März 2024 ein internationaler Wissensaustausch in Letterkenny (Irland) statt. Fachleute aus mehreren europäischen Regionen berichten von ihrer Integrationsarbeit und lernen voneinander.</p>"
                    "<p>Im Mittelpunkt steht die lokale Integrationsstrategie des gastgebenden Bezirks Donegal. Aus Leipzig reisen Integrationsexpertinnen gemeinsam mit dem Aufbauwerk an.</p>",
                }
            ],
        },
        "en": {
            "integrationsexpertinnen-reisen-nach-letterkenny": "integration-experts-travel-to-letterkenny",
            "Leipziger Integrationsexpertinnen reisen mit dem Aufbauwerk nach Irland": "Integration experts from Leipzig travel to Ireland with Aufbauwerk",
            "Am 20. und 21. März 2024 treffen sich die Partner von EU-Belong in Letterkenny zum Wissensaustausch.": "On 20 and 21 March 2024 the EU-Belong partners meet in Letterkenny to exchange knowledge.",
            "Im Rahmen von EU-Belong findet am 20. und 21. März 2024 ein internationaler Wissensaustausch in Letterkenny (Irland) statt. Fachleute aus mehreren europäischen Regionen berichten von ihrer Integrationsarbeit und lernen voneinander.": "As part of EU-Belong, an international knowledge exchange takes place in Letterkenny, Ireland, on 20 and 21 March 2024. Experts from several European regions report on their integration work and learn from each other.",
            "Im Mittelpunkt steht die lokale Integrationsstrategie des gastgebenden Bezirks Donegal. Aus Leipzig reisen Integrationsexpertinnen gemeinsam mit dem Aufbauwerk an.": "The focus is on the local integration strategy of the host, County Donegal. Integration experts from Leipzig travel there together with Aufbauwerk.",
            "Zur Veranstaltung": "About the event",
            "Ort, Termine und Kalendereintrag": "Place, dates and a calendar entry",
            "Veranstaltung ansehen": "View the event",
        },
    },
]

# Written in English only; the German news list shows it with an "English" label until someone translates it.
ENGLISH_ONLY_NEWS = {
    "slug": "online-training-intercultural-labour-market-integration",
    "category": "training",
    "tags": ["EU-Belong", "AMIF"],
    "fields": {
        "title": "Online training on intercultural labour market integration",
        "date": datetime.date(2023, 5, 15),
        "teaser": "With the Adult Education Association of Saxony, Aufbauwerk trained multipliers online in intercultural labour market integration.",
        "show_in_other_languages": True,
        "body": [
            {
                "type": "paragraph",
                "value": "<p>As part of the European AMIF project EU-Belong, Aufbauwerk and the Adult Education Association of Saxony ran online training for multipliers on the intercultural challenges and opportunities of labour market integration.</p>"
                "<p>The training covered intercultural competence, reflecting on one's own prejudices, questioning techniques that make sure everyone understands, and plain language. The materials stay available for anyone who advises newcomers.</p>",
            }
        ],
    },
}

UPCOMING_EVENT = {
    "slug": "online-sprechstunde-lernmaterialien",
    "en": {
        "online-sprechstunde-lernmaterialien": "online-office-hour-learning-materials",
        "Online-Sprechstunde zu den Lernmaterialien": "Online office hour on the learning materials",
        "Fragen zu den Lernmaterialien zur interkulturellen Kompetenz? Das Team des Aufbauwerks beantwortet sie online.": "Questions about the learning materials on intercultural competence? The Aufbauwerk team answers them online.",
        "Aufbauwerk Region Leipzig GmbH": "Aufbauwerk Region Leipzig GmbH",
    },
}


def load(builder):
    news_index = section_index(
        builder,
        NewsIndexPage,
        "aktuelles",
        "Aktuelles",
        {
            "Aktuelles": "News",
            "aktuelles": "news",
            "Neuigkeiten aus unseren Projekten und Partnerregionen.": "News from our projects and partner regions.",
        },
        introduction="<p>Neuigkeiten aus unseren Projekten und Partnerregionen.</p>",
    )
    event_index = section_index(
        builder,
        EventIndexPage,
        "veranstaltungen",
        "Veranstaltungen",
        {
            "Veranstaltungen": "Events",
            "veranstaltungen": "events",
            "Treffen, Workshops und Trainings unserer Projekte, vor Ort und online.": "Meetings, workshops and training sessions of our projects, on site and online.",
        },
        introduction="<p>Treffen, Workshops und Trainings unserer Projekte, vor Ort und online.</p>",
    )
    categories = _categories(builder)
    projects = _eu_belong(builder)
    events = {}
    for spec in EVENTS:
        event, created = builder.get_or_create_page(
            event_index, EventPage, spec["slug"], related_projects=projects, **spec["fields"]
        )
        events[spec["slug"]] = event
        if not event.has_translation(builder.en):
            builder.translate(event, spec["en"])
    _upcoming_event(builder, event_index, projects)
    for spec in NEWS:
        fields = dict(spec["fields"])
        if "event" in spec:
            fields["body"] = [
                *fields["body"],
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Zur Veranstaltung",
                        "text": "Ort, Termine und Kalendereintrag",
                        "page": events[spec["event"]].pk,
                        "url": "",
                        "link_text": "Veranstaltung ansehen",
                    },
                },
            ]
        page = _news(builder, news_index, spec, fields, categories[spec["category"]], projects)
        if not page.has_translation(builder.en):
            builder.translate(page, spec["en"])
    english_index = news_index.get_translation(builder.en)
    english_categories = {
        slug: category.get_translation_or_none(builder.en) or category
        for slug, category in categories.items()
    }
    spec = ENGLISH_ONLY_NEWS
    _news(builder, english_index, spec, spec["fields"], english_categories[spec["category"]], projects)


def _news(builder, index, spec, fields, category, projects):
    page, created = builder.get_or_create_page(
        index, NewsPage, spec["slug"], categories=[category], related_projects=projects, **fields
    )
    if created:
        page.tags.add(*spec["tags"])
        page.save_revision().publish()
    return page


def _upcoming_event(builder, event_index, projects):
    """An event three weeks after the day the demo is loaded, so the upcoming lists are never empty."""
    start = timezone.localdate() + datetime.timedelta(days=21)
    event, created = builder.get_or_create_page(
        event_index,
        EventPage,
        UPCOMING_EVENT["slug"],
        title="Online-Sprechstunde zu den Lernmaterialien",
        teaser="Fragen zu den Lernmaterialien zur interkulturellen Kompetenz? Das Team des Aufbauwerks beantwortet sie online.",
        start_date=start,
        start_time=datetime.time(10, 0),
        end_time=datetime.time(11, 30),
        time_zone="Europe/Berlin",
        event_format=EventPage.Format.ONLINE,
        organiser="Aufbauwerk Region Leipzig GmbH",
        related_projects=projects,
    )
    if not event.has_translation(builder.en):
        builder.translate(event, UPCOMING_EVENT["en"])


def _categories(builder):
    categories = {}
    for slug, name_de, name_en in CATEGORIES:
        category = NewsCategory.objects.filter(locale=builder.de, slug=slug).first()
        if category is None:
            category = NewsCategory.objects.create(locale=builder.de, slug=slug, name=name_de)
            builder.log(f"news category {slug}")
        if not category.has_translation(builder.en):
            builder.translate_snippet(category, {name_de: name_en})
        categories[slug] = category
    return categories


def _eu_belong(builder):
    """The German EU-Belong project page, if the projects demo has created it (it runs before this one)."""
    from projects.models import ProjectIndexPage, ProjectPage

    index = ProjectIndexPage.objects.filter(locale=builder.de).first()
    if index is None:
        return []
    return list(ProjectPage.objects.child_of(index).filter(slug="eu-belong"))
