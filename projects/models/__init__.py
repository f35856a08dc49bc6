"""Projects app models, one module per concept: taxonomy snippets, projects, calls for proposals."""

from .call import CallDeadline, CallForProposalsPage, CallIndexPage, upcoming_deadlines
from .project import ProjectIndexPage, ProjectPage
from .taxonomy import Funder, Theme

__all__ = [
    "CallDeadline",
    "CallForProposalsPage",
    "CallIndexPage",
    "Funder",
    "ProjectIndexPage",
    "ProjectPage",
    "Theme",
    "upcoming_deadlines",
]
