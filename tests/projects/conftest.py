"""Fixtures for the projects feature: the demo's project index and a factory for extra projects."""

import datetime
from decimal import Decimal

import pytest

from projects.models import PartnerRole, ProjectFunding, ProjectPage, ProjectPartner, ProjectTheme


@pytest.fixture
def project_index(demo):
    return demo.page("de", "/projekte/")


@pytest.fixture
def make_project(demo, project_index):
    """Create a live German project below the demo index: make_project("slug", partners=[("icei", "lead")], ...)."""
    from projects.models import Funder, Theme

    def make(
        slug,
        start=datetime.date(2024, 1, 1),
        end=datetime.date(2026, 12, 31),
        partners=(),
        funders=(),
        themes=(),
        **fields,
    ):
        page = ProjectPage(
            title=fields.pop("title", slug.replace("-", " ").title()),
            slug=slug,
            start_date=start,
            end_date=end,
            partner_rows=[
                ProjectPartner(partner=demo.page("de", f"/partner/{partner}/"), role=role)
                for partner, role in partners
            ],
            funding_sources=[
                ProjectFunding(
                    funder=Funder.objects.get(locale__language_code="de", short_name=short), amount=amount
                )
                for short, amount in funders
            ],
            theme_rows=[
                ProjectTheme(theme=Theme.objects.get(locale__language_code="de", slug=theme))
                for theme in themes
            ],
            **fields,
        )
        project_index.add_child(instance=page)
        return page

    return make


ROLE = PartnerRole
MONEY = Decimal
