"""URL map: admin, documents, images, sitemap and robots.txt outside the language prefix; pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from home import views as home_views
from home.serving import serve_page
from home.sitemap import MultilingualSitemap
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "images/<str:signature>/<int:image_id>/<str:filter_spec>/",
        ServeView.as_view(),
        name="wagtailimages_serve",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    from django.views.static import serve as serve_file

    urlpatterns.append(
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_file, {"document_root": settings.MEDIA_ROOT}
        )
    )

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # Wagtail's front-end URLs, with its page view swapped for one that keeps the site and home page in the cache.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, serve_page, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
