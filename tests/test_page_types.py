"""home.page_types.of_its_type names a listing's page type for PostgreSQL's planner; it must never change which
pages a listing holds."""

from home.models import AccessibilityStatementPage, ImprintPage, LegalPage
from home.page_types import of_its_type
from projects.models import CallForProposalsPage


def test_a_listing_keeps_pages_of_subclasses(demo):
    """The demo's imprint and accessibility statement are LegalPage subclasses: a LegalPage listing keeps them."""
    listed = set(of_its_type(LegalPage.objects.all()).values_list("pk", flat=True))
    expected = set(LegalPage.objects.values_list("pk", flat=True))
    assert listed == expected
    assert ImprintPage.objects.filter(pk__in=listed).exists()
    assert AccessibilityStatementPage.objects.filter(pk__in=listed).exists()


def test_a_listing_of_one_type_keeps_every_page_of_it(demo):
    all_calls = CallForProposalsPage.objects.live().order_by("pk")
    assert list(of_its_type(all_calls)) == list(all_calls)
    assert all_calls.exists()
