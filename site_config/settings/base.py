"""Settings shared by every environment, configured from environment variables.

Environment: DATABASE_URL (default: SQLite under var/), REDIS_URL (optional shared cache), SECRET_KEY,
ALLOWED_HOSTS, MEDIA_ROOT (or MEDIA_STORAGE_BACKEND + MEDIA_STORAGE_OPTIONS), STATIC_ROOT, WAGTAILADMIN_BASE_URL, EMAIL_URL-style settings (EMAIL_HOST, ...),
DEEPL_API_KEY (machine translation).
"""

import json
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def media_storage_from_environment() -> dict:
    """Where uploaded images and documents live: MEDIA_ROOT on this machine unless MEDIA_STORAGE_BACKEND names
    another Django storage, e.g. S3-compatible object storage shared by several app servers (django-storages, the
    `s3` extra: `storages.backends.s3.S3Storage`), with its options as JSON in MEDIA_STORAGE_OPTIONS."""
    backend = os.environ.get("MEDIA_STORAGE_BACKEND", "").strip()
    if not backend:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    try:
        options = json.loads(os.environ.get("MEDIA_STORAGE_OPTIONS") or "{}")
    except json.JSONDecodeError as error:
        raise ImproperlyConfigured(f"MEDIA_STORAGE_OPTIONS is not valid JSON: {error}") from None
    if not isinstance(options, dict):
        raise ImproperlyConfigured(
            'MEDIA_STORAGE_OPTIONS must be a JSON object, e.g. {"bucket_name": "media"}'
        )
    return {"BACKEND": backend, "OPTIONS": options}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps first so their templates and static files win over the defaults.
    "home",
    "projects",
    "news",
    "downloads",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail_modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.security.DatabaseUnavailableMiddleware",
    "home.security.RejectBadInputMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Second factor for staff (home/two_factor.py): who has an authenticator enters a code before the admin opens.
    "django_otp.middleware.OTPMiddleware",
    "home.two_factor.StaffTwoFactorMiddleware",
    # After sessions, locale and CSRF so a cached page is replayed through them; before the views.
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.security.SiteCSPMiddleware",
    "home.security.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site_config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "site_config.wsgi.application"

# SQLite under var/ is the embedded default so a newcomer needs nothing installed; DATABASE_URL switches to
# PostgreSQL (postgres://user@host:port/name).
if not os.environ.get("DATABASE_URL"):
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if IS_POSTGRES:
    # PostgreSQL's JIT compiler spent about a second compiling each listing query on the large bench site
    # (`make bench`) and saved nothing on queries this short; a server-wide setting wins if the DBA sets one here.
    # random_page_cost: PostgreSQL's default (4) prices an index probe for a spinning disk; with the tables in
    # memory or on SSD it chose to scan 580 page ids in order over looking up a project's 3 partners (0.47 against
    # 0.06 ms), and similar plans on the home page and the filtered project index (make bench, under wrk: home
    # +9 %, filtered index +13 %). 1.1 is the usual value for SSDs; DB_RANDOM_PAGE_COST="" keeps the server's.
    server_settings = "-c jit=off"
    if random_page_cost := os.environ.get("DB_RANDOM_PAGE_COST", "1.1"):
        server_settings += f" -c random_page_cost={float(random_page_cost)}"
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", server_settings)
    # Parameters bound by the server let psycopg prepare a query after its fifth run on a connection, so PostgreSQL
    # plans it once instead of on every request (make bench: a third of the SQL time of a project page). Behind a
    # PgBouncer older than 1.21 in transaction mode prepared statements break: set DB_SERVER_SIDE_BINDING=0.
    if os.environ.get("DB_SERVER_SIDE_BINDING", "1") == "1":
        DATABASES["default"]["OPTIONS"].update(server_side_binding=True, prepare_threshold=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache, except that an unreachable Redis counts as an empty cache (home/cache.py).
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "gemeinsam"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the default; both are prefixed in URLs (/de/..., /en/...).
LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": media_storage_from_environment(),
    "staticfiles": {"BACKEND": "home.static_files.KeptURLStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

# Wagtail
WAGTAIL_SITE_NAME = "Gemeinsam"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Images need a description: it is their alt text (issue 10).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.AltTextRequiredImageForm"
# Search (issue 9): on SQLite Wagtail's FTS5 backend with prefix matching (no stemming). On PostgreSQL one
# backend per language with its own stemming config, each indexing only its own locale's objects (there is one
# index entry per object); "default" is German, also indexes objects without a locale and serves the admin.
# See search/backends/.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.sqlite"}}
if IS_POSTGRES:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.postgres",
            "SEARCH_CONFIG": "german",
            "LANGUAGE": "de",
            "INDEX_UNLOCALISED": True,
        },
        "english": {"BACKEND": "search.backends.postgres", "SEARCH_CONFIG": "english", "LANGUAGE": "en"},
    }
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar requests to another host from the admin (GDPR)
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# wagtail-localize: translations must not publish themselves; they go through review.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

# Email
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Gemeinsam <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Page cache (home/page_cache.py): anonymous pages for PAGE_CACHE_SECONDS, invalidated on every publish.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_BROWSER_SECONDS = 60
PAGE_CACHE_STALE_SECONDS = 60

# A caching proxy in front (nginx, Varnish; deploy/nginx.conf): Wagtail purges the changed page and its listings in
# every language by HTTP PURGE to FRONTEND_CACHE_PURGE_URL (e.g. http://127.0.0.1:8080).
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

# Serve uploaded media from Django (only for `make serve` on a laptop; in production nginx serves var/media).
SERVE_MEDIA = env_bool("SERVE_MEDIA")

# Security ------------------------------------------------------------------------------------------------------
# Strict policy for the public site: everything from our own host, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# The Wagtail admin needs inline styles and scripts (Draftail, StreamField, previews) and blob: images.
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it with SAMEORIGIN for their iframe.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Admin login throttling (django-axes): 5 failures per username and address lock for an hour.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_locked_out.html"

# Optional second factor for staff (django-otp, home/two_factor.py): set up under Account → Two-factor
# authentication. STAFF_REQUIRE_2FA=1 sends every admin user without an authenticator to the setup page first.
STAFF_REQUIRE_2FA = env_bool("STAFF_REQUIRE_2FA")
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Uploads: images by size and pixel count (decompression bombs are refused before decoding); no SVG images.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("IMAGE_MAX_UPLOAD_MB", "15")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000  # large StreamField pages post many fields

# Labels used in templates for the languages, translated.
LANGUAGE_LABELS = {"de": _("German"), "en": _("English")}

# Downloads (issue 6): uploaded documents are checked for type, size and content (downloads/forms.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "downloads.forms.CheckedDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv", "zip"]
DOWNLOADS_MAX_UPLOAD_SIZE = int(os.environ.get("DOWNLOADS_MAX_UPLOAD_SIZE", 20 * 1000 * 1000))  # bytes

# Translation: the default rich text features plus "lang" (mark a passage as another language; see
# home/translations/rich_text.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "h4",
                "bold",
                "italic",
                "ol",
                "ul",
                "hr",
                "link",
                "document-link",
                "image",
                "embed",
                "lang",
            ]
        },
    }
}
