"""Sending a wagtail-localize translation into the editorial workflow.

wagtail-localize's translation editor replaces the page edit view and offers only "Publish", which translators
may not do. This view saves the current translation as a draft revision and starts the page's workflow, so the
moderators review it like any other change. It is offered in the page's "more" menu of the page explorer.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.widgets import Button
from wagtail.models import Page
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


def can_submit(page: Page, user) -> bool:
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_edit()
        and not permissions.can_publish()
        and page.get_workflow() is not None
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
