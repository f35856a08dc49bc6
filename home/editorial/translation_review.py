"""Sending a wagtail-localize translation into the editorial workflow.

wagtail-localize's translation editor replaces the page edit view and offers only "Publish", which translators
may not do. This view saves the current translation as a draft revision and starts the page's workflow, so the
moderators review it like any other change. It is offered in the page's "more" menu of the page explorer.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Length, Substr
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import Button
from wagtail.models import Page, WorkflowPage
from wagtail_localize.models import Translation


def synced_translation(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target is this page, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source")
        .first()
    )


SYNCED = "_review_has_synced_translation"
HAS_WORKFLOW = "_review_has_workflow"


def with_review_state(pages):
    """`pages` with each row's answers to `can_submit`'s two questions that cost queries (four for
    `get_workflow`, one for `synced_translation`): SYNCED, is it the target of an enabled translation, and
    HAS_WORKFLOW, does it or an ancestor (a path prefix) have an active workflow. The explorer's rows carry them,
    so the button costs no query per row."""
    translations = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id"), enabled=True
    )
    workflows = (
        WorkflowPage.objects.filter(workflow__active=True, page__depth__lte=OuterRef("depth"))
        .alias(row_path_prefix=Substr(OuterRef("path"), 1, Length("page__path")))
        .filter(row_path_prefix=F("page__path"))
    )
    return pages.annotate(**{SYNCED: Exists(translations), HAS_WORKFLOW: Exists(workflows)})


def can_submit(page: Page, user) -> bool:
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return False
    if hasattr(page, SYNCED):
        # workflow_in_progress reads the workflow states the explorer prefetches.
        return getattr(page, SYNCED) and getattr(page, HAS_WORKFLOW) and not page.workflow_in_progress
    return (
        page.get_workflow() is not None
        and not page.workflow_in_progress
        and synced_translation(page) is not None
    )


def submit_translation_for_review(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = synced_translation(page)
    workflow = page.get_workflow()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if translation is None or workflow is None:
        messages.error(request, _("This page is not a translation that can be sent for review."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already awaiting review."))
        return redirect(edit_url)
    if request.method == "POST":
        # The translated strings live in wagtail-localize until saved: write them into a draft revision first.
        translation.save_target(user=request.user, publish=False)
        page.refresh_from_db()
        workflow.start(page, request.user)
        messages.success(
            request,
            _("'%(title)s' has been submitted to %(workflow)s.")
            % {"title": page.get_admin_display_title(), "workflow": workflow.name},
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "home/editorial/submit_translation.html",
        {"page": page, "workflow": workflow, "edit_url": edit_url},
    )


def listing_buttons(page, user, next_url=None):
    if page.depth > 1 and can_submit(page, user):
        yield Button(
            gettext_lazy("Submit translation for review"),
            reverse("editorial_submit_translation", args=[page.pk]),
            icon_name="resubmit",
            priority=15,
        )
