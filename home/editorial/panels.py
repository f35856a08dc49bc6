"""Dashboard panels of the editorial workflow: my drafts, what is scheduled in the next 14 days, the next call
deadlines. "Awaiting my review" is Wagtail's own panel (WorkflowObjectsToModeratePanel) and stays as it is."""

import datetime
import logging
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import DraftStateMixin, Page, Revision, WorkflowState, get_default_page_content_type

logger = logging.getLogger(__name__)

SCHEDULE_DAYS = 14
DRAFTS_LIMIT = 10


class MyDraftsPanel(Component):
    """Pages the user owns or last edited that have changes nobody has published or submitted yet."""

    name = "editorial_my_drafts"
    template_name = "home/editorial/panels/my_drafts.html"
    order = 230

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        in_moderation = (
            WorkflowState.objects.active()
            .filter(base_content_type_id=get_default_page_content_type().pk)
            .values_list("object_id", flat=True)
        )
        pages = (
            Page.objects.filter(Q(owner=user) | Q(latest_revision__user=user), has_unpublished_changes=True)
            .exclude(pk__in=[int(pk) for pk in in_moderation])
            .select_related("locale")
            .order_by("-latest_revision_created_at", "-pk")[:DRAFTS_LIMIT]
        )
        return {"pages": pages, "request": request}


@dataclass
class ScheduledItem:
    when: datetime.datetime
    action: str
    obj: object


class UpcomingScheduledPanel(Component):
    """Approved publications and expiries of pages and draft-state snippets in the next 14 days, soonest first.

    `manage.py publish_scheduled` (cron, see README) carries them out."""

    name = "editorial_upcoming_scheduled"
    template_name = "home/editorial/panels/upcoming_scheduled.html"
    order = 240

    def get_context_data(self, parent_context):
        now = timezone.now()
        until = now + datetime.timedelta(days=SCHEDULE_DAYS)
        items = [
            ScheduledItem(revision.approved_go_live_at, _("Publication"), revision.content_object)
            for revision in Revision.objects.filter(approved_go_live_at__range=(now, until))
            .prefetch_related("content_object")
            .order_by("approved_go_live_at")
            if revision.content_object is not None
        ]
        items += [
            ScheduledItem(page.expire_at, _("Expiry"), page)
            for page in Page.objects.live().filter(expire_at__range=(now, until)).select_related("locale")
        ]
        items += [
            ScheduledItem(obj.expire_at, _("Expiry"), obj)
            for model in _draft_state_snippet_models()
            for obj in model.objects.filter(live=True, expire_at__range=(now, until))
        ]
        items.sort(key=lambda item: item.when)
        return {"items": items, "days": SCHEDULE_DAYS, "request": parent_context["request"]}


def _draft_state_snippet_models():
    from wagtail.snippets.models import get_snippet_models

    return [model for model in get_snippet_models() if issubclass(model, DraftStateMixin)]


class CallDeadlinesPanel(Component):
    """The next deadlines of calls for proposals (from projects.models.call.upcoming_deadlines)."""

    name = "editorial_call_deadlines"
    template_name = "home/editorial/panels/call_deadlines.html"
    order = 245

    def get_context_data(self, parent_context):
        return {"deadlines": upcoming_call_deadlines(), "request": parent_context["request"]}


def upcoming_call_deadlines(limit: int = 5) -> list:
    """The calls app's next deadlines, or none while that app does not provide them."""
    try:
        from projects.models.call import upcoming_deadlines
    except ImportError:
        return []
    try:
        return list(upcoming_deadlines(limit=limit))
    except AttributeError:
        logger.warning("projects.models.call.upcoming_deadlines returned unexpected objects", exc_info=True)
        return []
