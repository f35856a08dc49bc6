"""Moderation emails: Wagtail's own notifiers, with the reviewer's comment added to the approval mail.

Wagtail already tells the moderators group when something is submitted (task_state_submitted), and the author
when it is approved or rejected (workflow_state_approved / _rejected), each in the recipient's admin language
(UserProfile.preferred_language) with links built from WAGTAILADMIN_BASE_URL. Our template overrides in
home/templates/wagtailadmin/notifications/ add the admin link and the comment to the approval mail.
"""

from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import workflow_approved

# Wagtail registers its approval notifier under this id; registering ours first under the same id and sender makes
# Django skip Wagtail's (home's ready() runs before wagtail.admin's), so the author gets one mail, ours.
APPROVAL_DISPATCH_UID = "workflow_state_approved_email_notification"


class ApprovalEmailNotifier(WorkflowStateApprovalEmailNotifier):
    """The author's approval mail, with the comment left by "Approve with comment"."""

    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        task_state = workflow_state.current_task_state
        context["comment"] = task_state.specific.get_comment() if task_state else ""
        return context


approval_email_notifier = ApprovalEmailNotifier()


def connect() -> None:
    workflow_approved.connect(
        approval_email_notifier, sender=WorkflowState, dispatch_uid=APPROVAL_DISPATCH_UID
    )
