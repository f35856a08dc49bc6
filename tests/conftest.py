"""Shared fixtures: the demo site is loaded once per test database, and each test runs in a rolled-back
transaction on top of it, so tests see the same German/English tree a newcomer sees after `make run`."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

DEMO_LOAD_OUTPUT = io.StringIO()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=DEMO_LOAD_OUTPUT)


@pytest.fixture
def demo_load_output(django_db_setup) -> str:
    """What `load_demo_content` printed when it built the test database."""
    return DEMO_LOAD_OUTPUT.getvalue()


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """Access to the demo tree: `demo.page('de', '/projekte/')` returns the live page at that path."""
    from tests.helpers import DemoSite

    return DemoSite()
