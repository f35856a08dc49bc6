"""The partner organisations a project page names, kept in the process until the next publish.

A project page lists its partners by role with their names, countries and links, names the lead partner and
counts their countries. Its partner rows were read with each partner page joined (two page tables, some fifty
columns built into a page per row), and a translated project's partners were looked up in its language with one
more query. A project page needs six things of a partner (its title, URL path, country, whether it is live, its
translation key and language), partner pages are few (500 per language on the bench site) and change only when one
is published, unpublished, moved or deleted, each of which starts a new page-cache generation. So the directory of
partner pages, with those fields only, is read once per generation and process (home.page_cache.small_tables), and
a project's partner rows come with its funding and theme rows in one query (projects.project_rows).

The pages in the directory are shared by every view of the process until the next generation: read them, never set
anything on them. A partner page created since (a draft is not published, so the generation stays) is loaded on
its own.
"""

from dataclasses import dataclass, field

from home.page_cache import small_tables

# What a project page shows of a partner, and what its link needs (Wagtail builds a page's URL from its URL path).
SHOWN_FIELDS = ("title", "url_path", "path", "depth", "country", "live", "translation_key", "locale_id")


@dataclass
class PartnerDirectory:
    by_pk: dict = field(default_factory=dict)
    # Live partner pages by (translation key, language), for a project's partners in the project's language.
    live_by_translation: dict = field(default_factory=dict)


def _load() -> PartnerDirectory:
    from projects.models import PartnerOrganisationPage

    directory = PartnerDirectory()
    for partner in PartnerOrganisationPage.objects.only(*SHOWN_FIELDS).order_by():
        directory.by_pk[partner.pk] = partner
        if partner.live:
            directory.live_by_translation[(partner.translation_key, partner.locale_id)] = partner
    return directory


def _directory() -> PartnerDirectory:
    return small_tables.get("projects.partnerorganisationpage", _load)


def partner_page(pk: int):
    """The partner page `pk` with the fields a project page shows."""
    from projects.models import PartnerOrganisationPage

    partner = _directory().by_pk.get(pk)
    return partner if partner is not None else PartnerOrganisationPage.objects.only(*SHOWN_FIELDS).get(pk=pk)


def in_language(partners: list, locale_id) -> list:
    """`partners` with each replaced by its live translation in `locale_id` where there is one, as
    home.localize.in_locale does, without a query."""
    if all(partner.locale_id == locale_id for partner in partners):
        return list(partners)
    live = _directory().live_by_translation
    return [
        partner if partner.locale_id == locale_id else live.get((partner.translation_key, locale_id), partner)
        for partner in partners
    ]
