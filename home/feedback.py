"""The accessibility feedback form: validation, spam defences (honeypot, rate limit) and the notification mail."""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.http import HttpResponseRedirect
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MAX_SUBMISSIONS_PER_HOUR = 5


class FeedbackForm(forms.Form):
    name = forms.CharField(label=_("Your name (optional)"), max_length=120, required=False)
    email = forms.EmailField(label=_("Your email address (optional, for a reply)"), required=False)
    page_url = forms.CharField(label=_("Which page is it about? (optional)"), max_length=500, required=False)
    message = forms.CharField(
        label=_("Describe the barrier"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6})
    )
    # Honeypot: hidden from people (and from screen readers), filled in by bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def full_clean(self):
        super().full_clean()
        # Screen readers read a field's error with the field: link each invalid input to its message.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-describedby"] = f"{self[name].auto_id}-error"

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


def _rate_key(request) -> str:
    # Only a short-lived hash in the cache, never the address itself in the database.
    address = request.META.get("REMOTE_ADDR", "")
    return "feedback-rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def accept_feedback(page, request, form):
    """Store and mail valid feedback and redirect (so reloading does not resend); None to re-render the form."""
    from home.models import AccessibilityFeedback, SiteSettings

    key = _rate_key(request)
    if cache.get(key, 0) >= MAX_SUBMISSIONS_PER_HOUR:
        form.add_error(None, _("You have sent several reports in a short time. Please try again in an hour."))
        return None
    if not form.is_valid():
        return None
    cache.set(key, cache.get(key, 0) + 1, 3600)
    data = form.cleaned_data
    feedback = AccessibilityFeedback.objects.create(
        page=page,
        name=data["name"],
        email=data["email"],
        page_url=data["page_url"],
        message=data["message"],
        language=get_language(),
    )
    recipient = page.feedback_email or SiteSettings.for_request(request).email
    if recipient:
        # Plain text only; the subject is ours and user input never reaches a header (no header injection).
        body = "\n".join(
            [
                f"Seite / page: {feedback.page_url or '-'}",
                f"Name: {feedback.name or '-'}",
                f"E-Mail: {feedback.email or '-'}",
                f"Sprache / language: {feedback.language}",
                "",
                feedback.message,
            ]
        )
        send_mail("Barriere gemeldet / Accessibility feedback", body, None, [recipient])
    return HttpResponseRedirect(f"{page.get_url(request)}?sent=1#feedback")
