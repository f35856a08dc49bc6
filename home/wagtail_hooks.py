"""Admin hooks of the home app; each concern keeps its hooks in its own package."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import two_factor_hooks  # noqa: F401
from home.editorial import hooks as editorial_hooks  # noqa: F401
from home.models import AccessibilityFeedback
from home.translations import hooks as translation_hooks  # noqa: F401


class AccessibilityFeedbackViewSet(SnippetViewSet):
    """Barriers reported by readers; editors read them here (the form also mails the contact)."""

    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Accessibility feedback")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["created_at", "page_url", "message", "language"]
    list_filter = ["language"]


register_snippet(AccessibilityFeedbackViewSet)
