"""Shared fixtures: the demo site is loaded once per test database, and each test runs in a rolled-back
transaction on top of it, so tests see the same German/English tree a newcomer sees after `make run`."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

DEMO_LOAD_OUTPUT = io.StringIO()


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database, always: pytest-django's own fixture creates only the databases that collected tests
    mark for access, and browser tests reach the database through the live server thread without such a mark,
    so `pytest tests/browser` alone would otherwise serve (and change) the development database."""
    from django.test.utils import setup_databases, teardown_databases

    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose, interactive=False, keepdb=keepdb, aliases={"default"}
        )
        call_command("load_demo_content", stdout=DEMO_LOAD_OUTPUT)
    yield
    if not keepdb:
        with django_db_blocker.unblock():
            try:
                teardown_databases(config, verbosity=request.config.option.verbose)
            except Exception as error:  # noqa: BLE001
                # As pytest-django does: a server thread still connected must not fail a green run; CI drops the
                # database itself afterwards.
                request.node.warn(pytest.PytestWarning(f"Could not drop the test database: {error!r}"))


@pytest.fixture
def demo_load_output(django_db_setup) -> str:
    """What `load_demo_content` printed when it built the test database."""
    return DEMO_LOAD_OUTPUT.getvalue()


@pytest.fixture(autouse=True)
def _clear_cache():
    from home.page_cache import forget_kept_in_process

    cache.clear()
    forget_kept_in_process()  # kept per process, keyed by the generation, which a rolled-back test does not bump
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """Access to the demo tree: `demo.page('de', '/projekte/')` returns the live page at that path."""
    from tests.helpers import DemoSite

    return DemoSite()
