"""Searching a snippet listing in the admin finds the snippet (and never answers with an error page)."""

import pytest
from django.urls import reverse


@pytest.mark.parametrize(
    ("model_path", "query", "expected"),
    [
        ("projects.models.Theme", "Wohnen", "Wohnen"),
        ("projects.models.Funder", "AMIF", "AMIF"),
        ("news.models.NewsCategory", "Projekt", "Projekt"),
        ("downloads.models.MaterialTopic", "Thema", None),
    ],
)
def test_snippet_listing_search(admin_client, demo, model_path, query, expected):
    from django.utils.module_loading import import_string

    model = import_string(model_path)
    url = reverse(model.snippet_viewset.get_url_name("list"))
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    if expected:
        assert expected in response.content.decode()
