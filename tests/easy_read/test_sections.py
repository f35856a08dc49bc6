"""Leichte Sprache and Gebärdensprache as readers see them: header links on every page, the four demo pages, the
video page, the language switcher (never a dead link) and the sitemap."""

import re

import pytest
from django.test import RequestFactory
from wagtail.models import Page, Site

from home.models import EasyReadIndexPage, EasyReadPage, SignLanguageVideoPage
from tests.helpers import tags

EASY_READ = "/de/leichte-sprache/"
SIGN_LANGUAGE = "/de/gebaerdensprache/"
DEMO_PAGES = {
    "was-ist-auf-dieser-website": "Was ist auf dieser Website?",
    "so-benutzen-sie-diese-website": "So benutzen Sie diese Website",
    "barrierefreiheit-kurz-erklaert": "Barriere·freiheit: kurz erklärt",
    "mehr-in-leichter-sprache": "Mehr in Leichter Sprache",
}
VIDEO_PAGE = SIGN_LANGUAGE + "diese-website-in-gebaerdensprache/"


def header_links(html: str) -> str:
    match = re.search(r'<nav class="a11y-links".*?</nav>', html, re.S)
    assert match, "no Leichte Sprache / Gebärdensprache links in the header"
    return match.group(0)


def one_page_per_type(language: str) -> list[str]:
    pages = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).order_by("path"):
        pages.setdefault(page.content_type_id, page.url)
    return list(pages.values())


def test_header_links_on_every_german_page_type(client, demo):
    paths = [*one_page_per_type("de"), "/de/search/", "/de/search/?q=Integration"]
    assert EASY_READ in paths and SIGN_LANGUAGE in paths and "/de/" in paths
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        links = header_links(response.content.decode())
        assert f'<a href="{EASY_READ}" hreflang="de"' in links, path
        assert "<span>Leichte Sprache</span>" in links, path
        assert f'<a href="{SIGN_LANGUAGE}" hreflang="de"' in links, path
        assert "<span>Gebärdensprache</span>" in links, path
        assert [img["src"] for img in tags(links, "img")] == [
            "/static/gemeinsam/img/leichte-sprache.svg",
            "/static/gemeinsam/img/gebaerdensprache.svg",
        ]


def test_header_links_on_the_german_404_page(client, db):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert "<span>Leichte Sprache</span>" in header_links(response.content.decode())


def test_english_pages_link_to_the_german_sections_marked_as_german(client, demo):
    paths = [*one_page_per_type("en"), "/en/search/"]
    assert "/en/" in paths
    for path in paths:
        links = header_links(client.get(path).content.decode())
        assert f'<a href="{EASY_READ}" hreflang="de"' in links, path
        assert '<span lang="de">Easy Read (German)</span>' in links, path
        assert '<span lang="de">German Sign Language</span>' in links, path
    links = header_links(client.get("/en/does-not-exist/").content.decode())
    assert '<span lang="de">Easy Read (German)</span>' in links


def test_header_marks_the_current_section(client, db):
    links = header_links(client.get(EASY_READ + "mehr-in-leichter-sprache/").content.decode())
    assert f'<a href="{EASY_READ}" hreflang="de" aria-current="true">' in links
    assert f'<a href="{SIGN_LANGUAGE}" hreflang="de">' in links


def test_header_links_cost_no_query_once_cached(db, django_assert_num_queries):
    from home.templatetags.accessibility_tags import section_urls

    request = RequestFactory().get("/de/")
    urls = section_urls(request)
    assert urls == {"easy_read": EASY_READ, "sign_language": SIGN_LANGUAGE}
    request = RequestFactory().get("/en/")
    # Every page has already looked up its site for the navigation; Wagtail keeps it on the request.
    request._wagtail_site = Site.objects.get(is_default_site=True)
    with django_assert_num_queries(0):
        assert section_urls(request) == urls


def test_header_link_disappears_when_the_section_is_unpublished(client, demo):
    demo.page("de", "/leichte-sprache/").unpublish()
    links = header_links(client.get("/de/").content.decode())
    assert EASY_READ not in links
    assert SIGN_LANGUAGE in links


def test_header_link_disappears_while_the_section_is_private(client, demo):
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=demo.page("de", "/leichte-sprache/"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim",
    )
    links = header_links(client.get("/de/").content.decode())
    assert EASY_READ not in links and SIGN_LANGUAGE in links
    restriction.delete()
    assert EASY_READ in header_links(client.get("/de/").content.decode())


def test_the_four_required_pages_exist_and_render(client, demo):
    index = demo.page("de", "/leichte-sprache/")
    assert isinstance(index, EasyReadIndexPage)
    children = list(index.get_children().live().specific().order_by("path"))
    assert {child.slug: child.title for child in children} == DEMO_PAGES
    assert all(isinstance(child, EasyReadPage) for child in children)
    index_html = client.get(EASY_READ).content.decode()
    assert "easy-read.css" in index_html
    for slug, title in DEMO_PAGES.items():
        assert f'href="{EASY_READ}{slug}/"' in index_html
        response = client.get(f"{EASY_READ}{slug}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert f"<h1>{title}</h1>" in html
        assert 'class="container easy-read"' in html
    assert "Es gibt noch keine Zusammenfassungen in Leichter Sprache." in index_html


def test_easy_read_blocks_render(client, db):
    html = client.get(EASY_READ + "so-benutzen-sie-diese-website/").content.decode()
    assert '<ul class="easy-read-lines">' in html
    assert "Oben links steht der Name der Website.<br>" not in html  # list items, not line breaks
    assert "<p>Hier erklären wir:<br>So finden Sie sich auf der Website zurecht.</p>" in html
    assert '<div class="easy-read-word" role="note">' in html
    assert "<dt><dfn>Link</dfn></dt>" in html
    pictogram = [img for img in tags(html, "img") if "easy-read-pictogram__image" in img.get("class", "")]
    assert pictogram and pictogram[0]["alt"] == "Eine Lupe"


def test_every_switcher_link_from_the_sections_works(client, demo):
    section_pages = [
        page.url
        for page in Page.objects.live().filter(locale__language_code="de")
        if (page.url or "").startswith((EASY_READ, SIGN_LANGUAGE))
    ]
    assert len(section_pages) >= 7
    for path in section_pages:
        html = client.get(path).content.decode()
        switcher = [a for a in tags(html, "a") if a.get("hreflang") == "en"]
        assert switcher, path
        target = client.get(switcher[0]["href"])
        assert target.status_code == 200, (path, switcher[0]["href"])
        assert "not available in this language" in target.content.decode()


@pytest.mark.parametrize(
    "path", [EASY_READ, SIGN_LANGUAGE, VIDEO_PAGE, EASY_READ + "mehr-in-leichter-sprache/"]
)
def test_sections_are_in_the_sitemap(client, db, path):
    assert f"http://testserver{path}</loc>" in client.get("/sitemap.xml").content.decode()


def test_video_page_shows_a_native_player_size_running_time_and_download(client, demo, ffmpeg):
    page = demo.page("de", "/gebaerdensprache/diese-website-in-gebaerdensprache/")
    assert isinstance(page, SignLanguageVideoPage)
    assert page.video is not None, "the demo made no test video although ffmpeg is installed"
    assert (page.video_width, page.video_height, page.video_fps) == (640, 360, 25)
    assert page.video_check_status == "passed"
    html = client.get(VIDEO_PAGE).content.decode()
    video = tags(html, "video")
    assert len(video) == 1 and "controls" in video[0]
    assert tags(html, "source")[0] == {"src": page.video.url, "type": "video/mp4"}
    assert "<abbr" in html and ">DGS</abbr>" in html
    assert '<dt>Laufzeit</dt><dd><time datetime="PT0M3S">0:03</time> Min.</dd>' in html
    assert re.search(r"<dt>Dateigröße</dt><dd>[0-9]+,[0-9]\xa0KB</dd>", html)
    assert "640 × 360 Pixel, 25 Bilder pro Sekunde" in html
    downloads = [a for a in tags(html, "a") if "download" in a]
    assert downloads and downloads[0]["href"] == page.video.url
    # JSON-LD is data, not script; anything else inline would break our CSP.
    assert not re.search(r"<script(?![^>]*(\bsrc=|application/ld\+json))[^>]*>", html), "inline script"
    assert not re.search(r"<(iframe|object|embed)\b", html)
    served = client.get(page.video.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "video/mp4"


def test_video_page_without_video_explains_how_to_add_one(client, demo):
    page = demo.page("de", "/gebaerdensprache/diese-website-in-gebaerdensprache/")
    page.video = None
    page.save_revision().publish()
    html = client.get(VIDEO_PAGE).content.decode()
    assert "<video" not in html
    assert "Auf dieser Seite gibt es noch kein Video." in html
    assert "mindestens 320 × 240 Pixel und 25 Bilder pro Sekunde" in html


def test_sign_language_index_lists_the_video(client, db):
    html = client.get(SIGN_LANGUAGE).content.decode()
    assert f'href="{VIDEO_PAGE}"' in html
    assert '<span class="badge">DGS</span>' in html


def test_easy_read_summary_box():
    from types import SimpleNamespace

    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("de"):
        html = render_to_string(
            "home/includes/easy_read_summary.html",
            {"page": SimpleNamespace(easy_read_summary="<p>Das Projekt hilft neuen Menschen.</p>")},
        )
        empty = render_to_string("home/includes/easy_read_summary.html", {"page": SimpleNamespace()})
    assert '<section class="easy-read-summary" id="leichte-sprache"' in html
    assert "In Leichter Sprache" in html
    assert "Das Projekt hilft neuen Menschen." in html
    assert empty.strip() == ""
