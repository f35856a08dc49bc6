"""Build the large synthetic site `make bench` measures, on top of the demo content (see home/bench_site.py)."""

import importlib
import time

from django.apps import apps
from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.models import Page

from home.bench_site import BenchCounts, BenchSite, already_built
from home.bulk_pages import tree_problems
from home.page_cache import bump_generation


def bench_modules():
    """Each local app's `bench` module, in the order its `ORDER` says (projects before the news that link them)."""
    modules = []
    for app_config in apps.get_app_configs():
        if not str(app_config.path).startswith(str(settings.BASE_DIR)):
            continue
        try:
            modules.append(importlib.import_module(f"{app_config.name}.bench"))
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.bench":
                raise
    return sorted(modules, key=lambda module: module.ORDER)


class Command(BaseCommand):
    help = (
        "Add thousands of synthetic projects, partners, news items, calls and materials in German and English "
        "(bulk inserts, a few minutes). Needs the demo content; refuses to run twice on one database."
    )

    def add_arguments(self, parser):
        defaults = BenchCounts()
        for name in ("projects", "partners", "news", "calls", "materials"):
            parser.add_argument(f"--{name}", type=int, default=getattr(defaults, name))
        parser.add_argument(
            "--skip-index", action="store_true", help="Do not add the pages to the search index."
        )
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        if already_built():
            raise CommandError(
                "This database already has the bench site (pages with slugs 'bench-…'): nothing done."
            )
        if not Page.objects.filter(depth=2, locale__language_code="de").exists():
            raise CommandError("Load the demo content first: manage.py load_demo_content")
        counts = BenchCounts(
            **{name: options[name] for name in ("projects", "partners", "news", "calls", "materials")}
        )
        site = BenchSite(
            counts=counts, seed=options["seed"], index=not options["skip_index"], stdout=self.stdout
        )
        started = time.monotonic()
        with transaction.atomic():
            for module in bench_modules():
                self.stdout.write(f"{module.__name__}:")
                module_started = time.monotonic()
                module.build(site)
                self.stdout.write(f"  ({time.monotonic() - module_started:.0f} s)")
            problems = {name: ids[:10] for name, ids in tree_problems().items() if ids}
            if problems:
                raise CommandError(f"The page tree is inconsistent ({problems}): rolled back.")
        if connection.vendor == "postgresql":
            # Fresh statistics: right after a bulk load the planner still thinks the tables are tiny and picks
            # plans that take seconds on 50,000 pages (autovacuum would catch up only minutes later). VACUUM
            # too, as autovacuum would on a live site: until the visibility map is set, PostgreSQL cannot read
            # the page table from an index alone, and search's statement took 48 ms instead of 25 (session 10).
            # Inside a transaction (the tests) VACUUM cannot run, so there it is ANALYZE alone.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        bump_generation()  # cached pages would not show the new content
        self.stdout.write(
            self.style.SUCCESS(
                f"Bench site ready in {time.monotonic() - started:.0f} s; page tree consistent."
            )
        )
