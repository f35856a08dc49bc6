"""An index on wagtailcore_page.url_path: home/routing.py finds every level of a URL in one query by url_path,
which Wagtail itself never filters on and so does not index. Without it each page view read every page row
(15–20 ms per request on the 53,000-page bench site, `make bench`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_easy_read_sign_language"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS gemeinsam_page_url_path ON wagtailcore_page (url_path)",
            reverse_sql="DROP INDEX IF EXISTS gemeinsam_page_url_path",
        ),
    ]
