"""Synthetic news items for `build_bench_site` (see home/bench_site.py), in German and English.

Categories and related projects are many-to-many fields that wagtail-localize synchronises, so a translation
links the same (German) objects as its source; the listings resolve them to the reader's language.
"""

import datetime

from django.utils import timezone

from home.bulk_pages import add_children, index_pages
from news.models import NewsCategory, NewsIndexPage, NewsPage

ORDER = 30


def build(site):
    index_de, index_en = site.section(NewsIndexPage)
    rng = site.rng
    categories = list(NewsCategory.objects.filter(locale=site.de))
    projects = [de for de, _en in site.created.get("projects", [])]
    now = timezone.now()
    de_pages, en_pages, links = [], [], []
    days = 3650
    for number in range(1, site.counts.news + 1):
        # Spread evenly over ten years, newest last, so yearly archives and pages are all filled.
        date = (now - datetime.timedelta(days=days * (site.counts.news - number) / site.counts.news)).date()
        published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, rng.randrange(60))))
        title_de, title_en = site.title_pair(number)
        text_de, text_en = site.paragraph_pair(3)
        common = {"date": date, "authors": "Redaktion", "first_published_at": min(published, now)}
        de_pages.append(
            NewsPage(
                title=f"Neuigkeit: {title_de}",
                slug=site.slug("neuigkeit", number),
                teaser=text_de[:200],
                body=[("paragraph", f"<p>{text_de}</p><p>{text_de}</p>")],
                **common,
            )
        )
        en_pages.append(
            NewsPage(
                title=f"News: {title_en}",
                slug=site.slug("news", number),
                teaser=text_en[:200],
                body=[("paragraph", f"<p>{text_en}</p><p>{text_en}</p>")],
                **common,
            )
        )
        links.append(
            (
                rng.sample(categories, k=min(len(categories), rng.randrange(1, 3))),
                rng.sample(projects, k=min(len(projects), rng.randrange(0, 3))),
            )
        )
    add_children(index_de, de_pages)
    for de, en in zip(de_pages, en_pages, strict=True):
        en.translation_key = de.translation_key
    add_children(index_en, en_pages)
    category_through = NewsPage.categories.through
    project_through = NewsPage.related_projects.through
    category_rows, project_rows = [], []
    for de, en, (chosen_categories, chosen_projects) in zip(de_pages, en_pages, links, strict=True):
        for page in (de, en):
            category_rows += [
                category_through(newspage_id=page.pk, newscategory_id=c.pk) for c in chosen_categories
            ]
            project_rows += [
                project_through(newspage_id=page.pk, projectpage_id=p.pk) for p in chosen_projects
            ]
    category_through.objects.bulk_create(category_rows, batch_size=5000)
    project_through.objects.bulk_create(project_rows, batch_size=5000)
    site.created["news"] = list(zip(de_pages, en_pages, strict=True))
    site.log(f"{len(de_pages)} news items in each language")
    if site.index:
        index_pages(de_pages + en_pages)
