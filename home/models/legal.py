"""Legal and trust pages every site needs: imprint, privacy policy and accessibility statement with feedback."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .base import BasePage

LEGAL_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class LegalPage(BasePage):
    """A page of running text (privacy policy, terms). The imprint and the accessibility statement extend it."""

    body = RichTextField(_("body"), blank=True, features=LEGAL_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/legal_page.html"

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")


class ImprintPage(LegalPage):
    """Impressum (§ 5 DDG, § 18 MStV): name, address and responsible person come from the site settings."""

    max_count_per_parent = 1
    template = "home/imprint_page.html"

    class Meta:
        verbose_name = _("imprint")


class AccessibilityStatementPage(LegalPage):
    """Erklärung zur Barrierefreiheit (BITV 2.0): status, known barriers, feedback form, conciliation procedure."""

    class Conformance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    conformance = models.CharField(
        _("conformance status"), max_length=10, choices=Conformance.choices, default=Conformance.PARTIAL
    )
    statement_date = models.DateField(_("statement prepared on"), null=True, blank=True)
    known_barriers = RichTextField(_("known barriers"), blank=True, features=LEGAL_FEATURES)
    conciliation_url = models.URLField(
        _("conciliation procedure"),
        default="https://www.schlichtungsstelle-bgg.de/",
        help_text=_("Link to the conciliation body (Schlichtungsstelle nach § 16 BGG or the Land's body)."),
    )
    feedback_email = models.EmailField(
        _("feedback recipient"),
        blank=True,
        help_text=_("Defaults to the email address in the site settings."),
    )

    content_panels = [
        *LegalPage.content_panels,
        FieldPanel("conformance"),
        FieldPanel("statement_date"),
        FieldPanel("known_barriers"),
        FieldPanel("conciliation_url"),
        FieldPanel("feedback_email"),
    ]
    max_count_per_parent = 1
    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")

    def serve(self, request, *args, **kwargs):
        from home.feedback import FeedbackForm, accept_feedback

        form = FeedbackForm(request.POST or None)
        if request.method == "POST":
            response = accept_feedback(self, request, form)
            if response is not None:
                return response
        self.feedback_form = form
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from home.feedback import FeedbackForm

        context = super().get_context(request, *args, **kwargs)
        context["feedback_form"] = getattr(self, "feedback_form", None) or FeedbackForm()
        context["feedback_sent"] = request.GET.get("sent") == "1"
        return context


class AccessibilityFeedback(models.Model):
    """A barrier reported through the accessibility statement's form. Stores what the reader typed, no IP."""

    page = models.ForeignKey(AccessibilityStatementPage, on_delete=models.CASCADE, related_name="feedback")
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email"), blank=True)
    page_url = models.CharField(_("page with the barrier"), max_length=500, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d} {self.message[:40]}"
