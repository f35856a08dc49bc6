"""The call index: order (open by nearest deadline, then forthcoming, closed in the archive), filters, pagination and
a query count that does not grow with the number of calls."""

import re
from datetime import date, time

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import Funder, Theme
from tests.calls.conftest import at

NOW = at(2030, 6, 1, 12, 0)


def _titles_in_order(html, titles):
    positions = {title: html.find(title) for title in titles}
    assert all(pos >= 0 for pos in positions.values()), positions
    return sorted(titles, key=positions.get)


@pytest.fixture
def calls(make_call):
    berlin = "Europe/Berlin"
    return {
        "late": make_call("Offen spaet", [(date(2030, 9, 1), time(12, 0), berlin, "Frist")]),
        # Two deadlines: the first passed, the next one is the nearest of all open calls.
        "soon": make_call(
            "Offen bald",
            [
                (date(2030, 5, 1), time(12, 0), berlin, "Stufe 1"),
                (date(2030, 6, 10), time(12, 0), berlin, "Stufe 2"),
            ],
        ),
        "middle": make_call("Offen mittel", [(date(2030, 7, 1), time(12, 0), "America/New_York", "Frist")]),
        "forthcoming": make_call(
            "Kommt noch", [(date(2030, 12, 1), time(12, 0), berlin, "Frist")], opens_at=at(2030, 8, 1, 0, 0)
        ),
        "closed": make_call("Vorbei", [(date(2030, 3, 1), time(12, 0), berlin, "Frist")]),
    }


def test_open_calls_first_by_nearest_deadline_then_forthcoming(client, calls):
    with time_machine.travel(NOW, tick=False):
        html = client.get("/de/ausschreibungen/").content.decode()
    order = _titles_in_order(html, ["Offen spaet", "Offen bald", "Offen mittel", "Kommt noch"])
    assert order == ["Offen bald", "Offen mittel", "Offen spaet", "Kommt noch"]
    assert "Vorbei" not in html
    assert "Gesellschaftlichen Zusammenhalt" not in html  # closed: in the archive, not the main list
    assert "?status=closed" in html


def test_archive_lists_closed_calls_most_recent_first(client, calls):
    with time_machine.travel(NOW, tick=False):
        html = client.get("/de/ausschreibungen/?status=closed").content.decode()
    assert _titles_in_order(html, ["Vorbei", "Gesellschaftlichen Zusammenhalt"]) == [
        "Vorbei",
        "Gesellschaftlichen Zusammenhalt",
    ]
    assert "Offen bald" not in html


@pytest.mark.parametrize(
    "query,present,absent",
    [
        ("status=open", ["Offen bald", "Offen mittel"], ["Kommt noch", "Vorbei"]),
        ("status=forthcoming", ["Kommt noch"], ["Offen bald", "Vorbei"]),
        ("status=all", ["Offen bald", "Kommt noch", "Vorbei"], []),
        ("status=nonsense", ["Offen bald", "Kommt noch"], ["Vorbei"]),
    ],
)
def test_status_filter(client, calls, query, present, absent):
    with time_machine.travel(NOW, tick=False):
        response = client.get(f"/de/ausschreibungen/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert all(title in html for title in present)
    assert not any(title in html for title in absent)


def test_funder_and_theme_filters(client, make_call, demo):
    bamf = Funder.objects.get(locale__language_code="de", short_name="BAMF")
    housing = Theme.objects.get(locale__language_code="de", slug="housing")
    make_call("Mit BAMF", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "")], funder=bamf)
    make_call("Zum Wohnen", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "")], themes=[housing])
    with time_machine.travel(NOW, tick=False):
        by_funder = client.get(f"/de/ausschreibungen/?funder={bamf.pk}&status=all").content.decode()
        by_theme = client.get("/de/ausschreibungen/?theme=housing").content.decode()
        junk = client.get("/de/ausschreibungen/?funder=abc&theme=%00").status_code
    assert "Mit BAMF" in by_funder and "Gesellschaftlichen Zusammenhalt" in by_funder
    assert "Zum Wohnen" not in by_funder
    assert "Zum Wohnen" in by_theme and "Mit BAMF" not in by_theme
    assert junk in (200, 400)  # a NUL byte is refused before any view runs (home.security)


def test_a_call_tagged_with_both_versions_of_a_theme_is_listed_and_counted_once(client, make_call, demo):
    housing = Theme.objects.get(locale__language_code="de", slug="housing")
    housing_en = Theme.objects.get(locale__language_code="en", translation_key=housing.translation_key)
    make_call(
        "Zweimal Wohnen", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "")], themes=[housing, housing_en]
    )
    with time_machine.travel(NOW, tick=False):
        html = client.get("/de/ausschreibungen/?theme=housing").content.decode()
    assert html.count("Zweimal Wohnen") == 1
    assert "1 Ausschreibung" in html


def test_english_funder_filter_finds_calls_pointing_at_the_german_funder(client, demo):
    bamf_en = Funder.objects.get(locale__language_code="en", short_name="BAMF")
    html = client.get(f"/en/calls/?funder={bamf_en.pk}&status=closed").content.decode()
    assert "Strengthening social cohesion despite distance" in html


@pytest.mark.parametrize("page", ["abc", "0", "99"])
def test_bad_page_numbers_are_404(client, demo, page):
    assert client.get(f"/de/ausschreibungen/?page={page}").status_code == 404


def test_pagination(client, make_call, call_index):
    for n in range(14):
        make_call(f"Seitenaufruf {n:02d}", [(date(2030, 7, 1 + n), time(12, 0), "Europe/Berlin", "")])
    with time_machine.travel(NOW, tick=False):
        first = client.get("/de/ausschreibungen/").content.decode()
        second = client.get("/de/ausschreibungen/?page=2").content.decode()
    assert "Seitenaufruf 00" in first and "Seitenaufruf 13" not in first
    assert "Seitenaufruf 13" in second
    assert 'rel="next"' in first


def _count_queries(client, django_assert_max_num_queries, url, limit):
    client.get(url)  # warm the site-root cache
    with django_assert_max_num_queries(limit) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url", ["/de/ausschreibungen/", "/de/", "/de/ausschreibungen/deadlines/", "/de/ausschreibungen/rss/"]
)
def test_query_count_does_not_grow_with_calls(client, make_call, django_assert_max_num_queries, url):
    with time_machine.travel(NOW, tick=False):
        make_call("Eins", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "A")])
        # The ceiling is loose on purpose: the shared navigation's queries are not ours to count here.
        small = _count_queries(client, django_assert_max_num_queries, url, 200)
        for n in range(10):
            make_call(
                f"Viele {n}",
                [
                    (date(2030, 7, 1), time(12, 0), "Europe/Berlin", "A"),
                    (date(2030, 8, 1 + n), time(12, 0), "Europe/Berlin", "B"),
                    (date(2030, 9, 1 + n), time(12, 0), "Europe/Berlin", "C"),
                ],
            )
        large = _count_queries(client, django_assert_max_num_queries, url, small)
    assert large <= small


def test_call_cards_read_only_what_they_show(client, make_call, demo):
    housing = Theme.objects.get(locale__language_code="de", slug="housing")
    make_call("Zum Wohnen", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "")], themes=[housing])
    with time_machine.travel(NOW, tick=False):
        client.get("/de/ausschreibungen/")
        with CaptureQueriesContext(connection) as context:
            html = client.get("/de/ausschreibungen/").content.decode()
    assert "Zum Wohnen" in html
    sql = " ".join(query["sql"] for query in context.captured_queries)
    assert "callforproposalspage_themes" not in sql  # a card shows no themes
    assert '"documents"' not in sql and '"faq"' not in sql  # nor the call's documents and questions


def test_a_new_funder_is_offered_in_the_filter_at_once(client, demo):
    """The funder and theme options are kept until the next change (projects.call_views); saving one is a change."""
    from wagtail.models import Locale

    assert "Stiftung Neuland" not in client.get("/de/ausschreibungen/").content.decode()
    Funder.objects.create(
        name="Stiftung Neuland", short_name="SN", locale=Locale.objects.get(language_code="de")
    )
    assert "Stiftung Neuland" in client.get("/de/ausschreibungen/").content.decode()


def _figures(client, url="/de/ausschreibungen/"):
    """(the listing's count, the archive link's count or None) as the page shows them."""
    html = client.get(url).content.decode()
    listed = re.search(r'<p class="result-count" role="status">(\d+)', html)
    archive = re.search(r'<a href="\?status=closed">(\d+)', html)
    return int(listed.group(1)), int(archive.group(1)) if archive else None


def test_counts_follow_the_clock_without_a_publish(client, calls):
    """The counts by status are kept until the next publish or the next opening or deadline: a call that closes or
    opens moves between the counts at that second, though nothing was published."""
    with time_machine.travel(NOW, tick=False):
        listed, closed = _figures(client)
        open_now, _ = _figures(client, "/de/ausschreibungen/?status=open")
        assert _figures(client)[0] == listed  # the second view uses the kept counts
    # "Offen bald" passes its last deadline (10 June 2030, 12:00 in Berlin); a second later it is closed.
    with time_machine.travel(at(2030, 6, 10, 12, 0, 1), tick=False):
        assert _figures(client) == (listed - 1, closed + 1)
        assert _figures(client, "/de/ausschreibungen/?status=open")[0] == open_now - 1
    # "Kommt noch" opens on 1 August 2030 ("Offen mittel" closed on 1 July).
    with time_machine.travel(at(2030, 8, 1, 0, 0, 1), tick=False):
        assert _figures(client, "/de/ausschreibungen/?status=open")[0] == open_now - 2 + 1
        assert "Kommt noch" not in client.get("/de/ausschreibungen/?status=forthcoming").content.decode()


def test_a_new_call_is_counted_at_once(client, calls, make_call):
    with time_machine.travel(NOW, tick=False):
        listed, closed = _figures(client)
        make_call("Neu offen", [(date(2030, 9, 1), time(12, 0), "Europe/Berlin", "Frist")])
        make_call("Neu vorbei", [(date(2030, 1, 1), time(12, 0), "Europe/Berlin", "Frist")])
        assert _figures(client) == (listed + 1, closed + 1)
