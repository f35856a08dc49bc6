"""Site-wide views outside the page tree: robots.txt, favicon and the error pages."""

import sys

from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    return HttpResponsePermanentRedirect(static("gemeinsam/img/favicon.svg"))


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors and no database: the error may be the database itself.
    from home.security import DatabaseUnavailableMiddleware, database_unavailable

    if database_unavailable(sys.exc_info()[1]):
        # The database went away inside a middleware (session, user, second factor), where Django turns the
        # exception into this view before DatabaseUnavailableMiddleware could see it: same answer as there.
        return DatabaseUnavailableMiddleware.unavailable(request)
    template = loader.get_template("500.html")
    return HttpResponse(
        template.render({"LANGUAGE_CODE": getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)}),
        status=500,
    )
