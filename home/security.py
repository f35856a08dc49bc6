"""Security headers: a strict Content-Security-Policy for the public site, a looser one the Wagtail admin needs,
and a Permissions-Policy that switches off browser features the site never uses."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseBadRequest
from django.template import loader

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "browsing-topics",
    )
)


class SiteCSPMiddleware(CSPMiddleware):
    """The public policy comes from CONTENT_SECURITY_POLICY; admin URLs get ADMIN_CONTENT_SECURITY_POLICY.

    The admin's editors (Draftail, StreamField, previews) use inline styles and scripts, the public site does not.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


# SQLite reports a mistake in a query ("no such column") as an OperationalError too; only these mean the
# database cannot be used right now. (On PostgreSQL an OperationalError is a connection or server problem.)
SQLITE_UNAVAILABLE = ("database is locked", "unable to open database", "disk i/o error", "readonly database")


def database_unavailable(error) -> bool:
    """Is `error` the database being out of reach (503), rather than a bug (500, logged)?"""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    if connection.vendor == "sqlite":
        return any(text in str(error).lower() for text in SQLITE_UNAVAILABLE)
    return True


class DatabaseUnavailableMiddleware:
    """When the database is unreachable, answer 503 with a static page (no database needed) instead of a 500.

    Connections are re-established by Django on the next request (CONN_HEALTH_CHECKS), so the site recovers
    by itself once the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except (OperationalError, InterfaceError) as error:
            if not database_unavailable(error):
                raise
            return self.unavailable(request)

    def process_exception(self, request, exception):
        if database_unavailable(exception):
            return self.unavailable(request)
        return None

    @staticmethod
    def unavailable(request):
        language = getattr(request, "LANGUAGE_CODE", None) or request.path_info.strip("/")[:2]
        html = loader.get_template("503.html").render({"LANGUAGE_CODE": "en" if language == "en" else "de"})
        response = HttpResponse(html, status=503)
        response["Retry-After"] = "60"
        response["Cache-Control"] = "no-store"
        return response


class RejectBadInputMiddleware:
    """400 for requests no page can answer sensibly: NUL bytes (PostgreSQL refuses them in text and would turn
    them into a 500) or absurdly long query strings."""

    MAX_QUERY_STRING = 4096

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if (
            len(query) > self.MAX_QUERY_STRING
            or "\x00" in request.path
            or "%00" in query
            or any("\x00" in value for values in request.GET.lists() for value in values[1])
        ):
            return HttpResponseBadRequest("Bad request", content_type="text/plain; charset=utf-8")
        return self.get_response(request)
