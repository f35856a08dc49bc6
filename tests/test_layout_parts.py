"""The menu, the footer and the Easy Read / sign language links are rendered once per process until the next change
(home.layout_parts): each page must still mark its own section, and a change must show at once."""

import re

from home.models import SiteSettings

LAYOUT_PARTS = {"includes/main_navigation.html", "includes/footer.html", "includes/accessibility_links.html"}


def _menu(html: str) -> str:
    match = re.search(r'<nav class="main-nav".*?</nav>', html, re.S)
    assert match, "no main navigation"
    return match.group(0)


def _rendered(response) -> set[str]:
    return {template.name for template in response.templates}


def test_each_page_marks_its_own_section(client, demo):
    expected = {
        "/de/projekte/eu-belong/": 'href="/de/projekte/" aria-current="page"',
        "/de/aktuelles/": 'href="/de/aktuelles/" aria-current="page"',
        "/de/projekte/": 'href="/de/projekte/" aria-current="page"',
        "/en/projects/": 'href="/en/projects/" aria-current="page"',
        "/de/": None,
    }
    for _ in range(2):  # the second round is served from what the first kept
        for url, marked in expected.items():
            menu = _menu(client.get(url).content.decode())
            assert menu.count('aria-current="page"') == (1 if marked else 0), url
            if marked:
                assert marked in menu, url


def test_a_second_page_renders_no_layout_part_again(client, demo):
    first = client.get("/de/projekte/eu-belong/")
    assert _rendered(first) >= LAYOUT_PARTS
    # Another page of the same section and language: the menu, footer and header links are the kept ones.
    second = client.get("/de/projekte/")
    assert not LAYOUT_PARTS & _rendered(second)
    assert _menu(second.content.decode()) == _menu(first.content.decode())
    # Another language renders its own.
    assert _rendered(client.get("/en/projects/")) >= LAYOUT_PARTS


def test_a_saved_setting_shows_in_the_footer_at_once(client, demo):
    assert "Neuer Träger gGmbH" not in client.get("/de/impressum/").content.decode()
    site_settings = SiteSettings.objects.get()
    site_settings.organisation_name = "Neuer Träger gGmbH"
    site_settings.save()
    footer = client.get("/de/impressum/").content.decode().split('<footer class="site-footer">')[1]
    assert "Neuer Träger gGmbH" in footer


def test_a_renamed_section_shows_in_the_menu_at_once(client, demo):
    assert "Unsere Projekte" not in _menu(client.get("/de/aktuelles/").content.decode())
    section = demo.page("de", "/projekte/")
    section.title = "Unsere Projekte"
    section.save_revision().publish()
    assert 'href="/de/projekte/">Unsere Projekte</a>' in _menu(client.get("/de/aktuelles/").content.decode())


def test_the_logo_names_the_organisation(client, demo):
    """The logo's text is the organisation's name from the site settings (it used to fall back to "Gemeinsam")."""
    header = client.get("/de/").content.decode().split('<nav class="main-nav"')[0]
    organisation = SiteSettings.objects.get().organisation_name
    assert f'class="site-logo" href="/de/">{organisation}</a>' in header
    site_settings = SiteSettings.objects.get()
    site_settings.organisation_name = "Neuer Träger gGmbH"
    site_settings.save()
    header = client.get("/en/").content.decode().split('<nav class="main-nav"')[0]
    assert 'class="site-logo" href="/en/">Neuer Träger gGmbH</a>' in header
