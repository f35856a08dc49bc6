"""Projects app models, one module per concept: taxonomy snippets, projects, calls for proposals."""

from .call import CallForProposalsPage, CallIndexPage
from .project import ProjectIndexPage, ProjectPage
from .taxonomy import Funder, Theme

__all__ = ["CallForProposalsPage", "CallIndexPage", "Funder", "ProjectIndexPage", "ProjectPage", "Theme"]
