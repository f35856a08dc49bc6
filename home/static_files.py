"""Static files as whitenoise serves them, with each file's URL looked up once per process."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class KeptURLStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Whitenoise's compressed, hashed files. The manifest of hashed names is read once when the process starts,
    so a file's URL cannot change while it runs; looking it up and quoting it again took 50-100 µs for each
    `{% static %}` (four or more on every page, make bench)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept_urls = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        try:
            return self._kept_urls[name]
        except KeyError:
            url = self._kept_urls[name] = super().url(name)
            return url
