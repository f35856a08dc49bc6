"""Projects app models, one module per concept: taxonomy snippets, projects, programmes, partners, calls."""

from .call import CallDeadline, CallForProposalsPage, CallIndexPage, upcoming_deadlines
from .partner import OrganisationType, PartnerIndexPage, PartnerOrganisationPage
from .programme import (
    FederalState,
    ProgrammeDistrict,
    ProgrammeIndexPage,
    ProgrammePage,
    ProgrammePartner,
    ProgrammePhase,
)
from .project import (
    PartnerRole,
    ProjectFunding,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    ProjectTheme,
)
from .taxonomy import Funder, Theme

__all__ = [
    "CallDeadline",
    "CallForProposalsPage",
    "CallIndexPage",
    "FederalState",
    "Funder",
    "OrganisationType",
    "PartnerIndexPage",
    "PartnerOrganisationPage",
    "PartnerRole",
    "ProgrammeDistrict",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "ProgrammePartner",
    "ProgrammePhase",
    "ProjectFunding",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
    "ProjectTheme",
    "Theme",
    "upcoming_deadlines",
]
