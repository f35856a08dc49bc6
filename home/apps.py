from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site")

    def ready(self):
        from home.page_cache import connect_invalidation_signals

        connect_invalidation_signals()

        # Editorial workflow and roles: attach new locale trees and snippet models to the roles and workflow.
        from home.editorial import signals

        signals.connect(self)
