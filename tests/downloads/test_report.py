"""The admin download report (wagtail-modeladmin): per material and file per month, sortable, filterable, CSV."""

import csv
import datetime
import io

import pytest

from downloads.models import MonthlyDownloadCount

REPORT_URL = "/admin/downloads/monthlydownloadcount/"


@pytest.fixture
def counts(demo, material):
    other = demo.page("de", "/materialien/handlungssicher-im-beratungsgespraech/")
    german = material.files.get(language="de").document
    english = material.files.get(language="en").document
    rows = [
        (material, german, datetime.date(2026, 1, 1), 7),
        (material, english, datetime.date(2026, 1, 1), 3),
        (material, german, datetime.date(2026, 2, 1), 11),
        (other, other.files.first().document, datetime.date(2026, 3, 1), 5),
    ]
    for page, document, month, count in rows:
        MonthlyDownloadCount.objects.create(material=page, document=document, month=month, count=count)
    return rows


def test_report_needs_a_signed_in_admin(client, counts):
    response = client.get(REPORT_URL)
    assert response.status_code == 302


def test_report_lists_downloads_per_material_file_and_month(admin_client, counts):
    response = admin_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Downloads pro Material und Datei pro Monat" in html
    assert "Alles nur Kultur" in html and "Handlungssicher" in html
    assert "Februar 2026" in html
    # Read-only: no add button, no edit links.
    assert "/admin/downloads/monthlydownloadcount/create/" not in html
    assert "/edit/" not in html.split("result-list", 1)[-1]


def test_report_sorts_by_downloads(admin_client, counts):
    columns = admin_client.get(REPORT_URL).context["view"].list_display
    index = columns.index("count")
    ascending = admin_client.get(f"{REPORT_URL}?o={index}").context["view"].queryset
    assert [row.count for row in ascending] == [3, 5, 7, 11]
    descending = admin_client.get(f"{REPORT_URL}?o=-{index}").context["view"].queryset
    assert [row.count for row in descending] == [11, 7, 5, 3]


def test_report_filters_by_month_range(admin_client, counts):
    rows = admin_client.get(f"{REPORT_URL}?from=2026-02&to=2026-03").context["view"].queryset
    assert sorted(row.count for row in rows) == [5, 11]
    # Nonsense is ignored, never a server error.
    assert admin_client.get(f"{REPORT_URL}?from=gestern&to=2026-99").status_code == 200


def test_report_exports_csv(admin_client, counts):
    response = admin_client.get(f"{REPORT_URL}?export=csv&from=2026-01&to=2026-01")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "downloads-per-month.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 3  # heading + two files in January
    body = {(row[0], row[4], row[5]) for row in rows[1:]}
    german, english = counts[0][1], counts[1][1]
    assert body == {("2026-01", german.filename, "7"), ("2026-01", english.filename, "3")}


def test_report_is_listed_under_reports(admin_client, counts):
    html = admin_client.get("/admin/").content.decode()
    assert REPORT_URL in html


def test_report_query_count_is_flat(admin_client, counts, demo, django_assert_max_num_queries):
    admin_client.get(REPORT_URL)
    with django_assert_max_num_queries(10_000) as few:
        admin_client.get(REPORT_URL)
    material = demo.page("de", "/materialien/alles-nur-kultur/")
    document = material.files.first().document
    for month in range(1, 13):
        MonthlyDownloadCount.objects.create(
            material=material, document=document, month=datetime.date(2025, month, 1), count=month
        )
    with django_assert_max_num_queries(len(few)):
        admin_client.get(REPORT_URL)
