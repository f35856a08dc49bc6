"""RSS and Atom feeds of new calls for proposals, one per language (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from projects.models.call import CallForProposalsPage


class NewCallsFeed(Feed):
    """The 20 most recently published calls of one call index."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("New calls for proposals – %(site)s") % {"site": self.index_page.get_site().site_name}

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return _("Calls for proposals as they are published, with their deadlines.")

    def feed_url(self):
        return self.link() + self.index_page.reverse_subpage(self.url_name)

    url_name = "rss"

    def items(self):
        return (
            CallForProposalsPage.objects.child_of(self.index_page)
            .live()
            .order_by("-first_published_at", "-pk")
            .prefetch_related("deadlines")
            .defer_streamfields()[:20]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        from projects.deadlines import format_deadline

        parts = [item.teaser] if item.teaser else []
        for row in item.sorted_deadlines():
            parts.append(f"{row.label}: {format_deadline(row.deadline)}".lstrip(": "))
        return " · ".join(parts)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class NewCallsAtomFeed(NewCallsFeed):
    feed_type = Atom1Feed
    url_name = "atom"

    def subtitle(self):
        return self.description()
