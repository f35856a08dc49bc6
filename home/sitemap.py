"""sitemap.xml covering every language, each URL with its hreflang alternates."""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home_tree = Q()
        for home in homes:
            in_a_home_tree |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_home_tree)
            .select_related("locale")
            .order_by("path")
            .only("url_path", "path", "depth", "translation_key", "locale", "last_published_at")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for item in pages:
            versions[item.translation_key].append(item)
        urls = []
        for item in pages:
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at,
                    "alternates": [
                        {
                            "lang_code": other.locale.language_code,
                            "location": other.get_full_url(self.request),
                        }
                        for other in versions[item.translation_key]
                    ],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
