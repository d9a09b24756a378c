"""Django settings, read from the environment (docs/settings.md lists each one)."""

from __future__ import annotations

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from pressroom.core.database import database_from_url
from pressroom.core.env import envbool, envint, envlist, envpath, envstr
from pressroom.core.routers import replica_databases

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = envpath("PRESSROOM_VAR_DIR", BASE_DIR / "var")

DEBUG = envbool("PRESSROOM_DEBUG", False)
# A fixed development key is only acceptable while DEBUG is on or for local use;
# deployment.md says to set PRESSROOM_SECRET_KEY; core/checks.py refuses to go without it
# behind HTTPS or under a public host name.
INSECURE_SECRET_KEY = "pressroom-insecure-local-key-change-me"
SECRET_KEY = envstr("PRESSROOM_SECRET_KEY", INSECURE_SECRET_KEY)
ALLOWED_HOSTS = envlist("PRESSROOM_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("PRESSROOM_CSRF_TRUSTED_ORIGINS", [])

DATABASES = {
    "default": database_from_url(envstr("DATABASE_URL", ""), VAR_DIR / "pressroom.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Read replicas (docs/deployment.md): reads go to a replica, writes to the primary.
DATABASE_REPLICA_URLS = envlist("DATABASE_REPLICA_URLS", [])
if DATABASE_REPLICA_URLS:
    DATABASES.update(replica_databases(DATABASE_REPLICA_URLS, VAR_DIR / "pressroom.sqlite3"))
    DATABASE_ROUTERS = ["pressroom.core.routers.ReplicaRouter"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "pressroom.core",
    "pressroom.people",
    "pressroom.taxonomy",
    "pressroom.events",
    "pressroom.ingest",
    "pressroom.exporters",
    "pressroom.search",
    "pressroom.api",
    # The API docs page uses ninja's bundled Swagger assets, never a CDN.
    "ninja",
    "pressroom.website",
    "pressroom.stats",
    "pressroom.desk",
    # Above every app whose rows they write: backup and restore, the demo archive.
    "pressroom.backup",
    "pressroom.demo",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "pressroom.core.middleware.SecurityHeadersMiddleware",
    "pressroom.core.middleware.RefuseTraceMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "pressroom.website.display.vary_on_display",
    "django.middleware.common.CommonMiddleware",
    # Before ConditionalGet: a HEAD under /api/v1/ is answered as a GET, ETag included.
    "pressroom.api.middleware.ApiAnswersMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "pressroom.api.middleware.ApiCorsMiddleware",
    "pressroom.core.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

if DATABASE_REPLICA_URLS:
    # Requests that may write, and the desk's, read their own writes from the primary.
    MIDDLEWARE.insert(0, "pressroom.core.routers.PrimaryForWritersMiddleware")

# Counters every worker shares: the API's rate limit. The database's own table
# (`pressroom migrate` makes it) unless PRESSROOM_REDIS_URL names a Redis server.
REDIS_URL = envstr("PRESSROOM_REDIS_URL", "")
ROOT_URLCONF = "pressroom.urls"
WSGI_APPLICATION = "pressroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                # The site's frame: navigation, language links, display mode.
                "pressroom.website.context_processors.frame",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]
LOCALE_PATHS = [BASE_DIR / "pressroom" / "locale"]
# Event dates and times are Moscow wall-clock, as printed on the pages.
TIME_ZONE = envstr("PRESSROOM_TIME_ZONE", "Europe/Moscow")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = envpath("PRESSROOM_STATIC_ROOT", VAR_DIR / "static")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "pressroom.core.storage.StaticStorage"},
}
# Serve app static files straight from their folders too, so a fresh checkout works
# before `collectstatic`; collected, hashed files take precedence.
WHITENOISE_USE_FINDERS = True
MEDIA_URL = "/media/"
MEDIA_ROOT = envpath("PRESSROOM_MEDIA_ROOT", VAR_DIR / "media")

SITE_NAME = envstr("PRESSROOM_SITE_NAME", "pressroom")
SITE_URL = envstr("PRESSROOM_SITE_URL", "http://127.0.0.1:8000")
PAGE_SIZE = envint("PRESSROOM_PAGE_SIZE", 20)
# Public pages kept rendered in memory, keyed by the data version (0: off; docs/website.md).
PAGE_CACHE_SECONDS = envint("PRESSROOM_PAGE_CACHE_SECONDS", 60)
# Figures counted from the archive, keyed by the data version: an entry of an older
# version is never read again, and expires after this (docs/stats.md).
STATS_CACHE_SECONDS = envint("PRESSROOM_STATS_CACHE_SECONDS", 24 * 3600)
# Keys are hashes (pressroom/core/cache.py): any backend serves (docs/deployment.md#caches).
CACHES = {
    # Anything else of Django's and the libraries'.
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pressroom-pages",
        "TIMEOUT": PAGE_CACHE_SECONDS,
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
    "stats": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pressroom-stats",
        "TIMEOUT": STATS_CACHE_SECONDS,
    },
    # The API's rate limit and the desk's lockout counts, shared by every worker.
    "limits": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "pressroom_limits",
        }
    ),
}

# `pressroom serve` (docs/deployment.md): its address, workers and threads per worker.
SERVE_BIND = envstr("PRESSROOM_BIND", "127.0.0.1:8000")
SERVE_WORKERS = envint("PRESSROOM_WORKERS", os.cpu_count() or 2)
SERVE_THREADS = envint("PRESSROOM_THREADS", 4)

# Behind a TLS-terminating proxy (docs/deployment.md): secure cookies, HSTS, redirects.
BEHIND_HTTPS = envbool("PRESSROOM_HTTPS", False)
SESSION_COOKIE_SECURE = BEHIND_HTTPS
CSRF_COOKIE_SECURE = BEHIND_HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_HTTPS else None
SECURE_HSTS_SECONDS = envint("PRESSROOM_HSTS_SECONDS", 31536000 if BEHIND_HTTPS else 0)
SECURE_SSL_REDIRECT = BEHIND_HTTPS and envbool("PRESSROOM_SSL_REDIRECT", True)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PRESSROOM_CSP = envstr(
    "PRESSROOM_CSP",
    "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
    "form-action 'self'",
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "pressroom.core.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": envstr("PRESSROOM_LOG_FORMAT", "text"),
        }
    },
    "root": {"handlers": ["console"], "level": envstr("PRESSROOM_LOG_LEVEL", "WARNING")},
}

# -- the editors' desk (docs/desk.md) -------------------------------------------------

# django-axes checks every login first; a locked-out username and address pair is refused
# before the password is even compared.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("PRESSROOM_LOGIN_FAILURE_LIMIT", 10)
AXES_COOLOFF_TIME = envint("PRESSROOM_LOGIN_LOCKOUT_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = envint("PRESSROOM_SESSION_SECONDS", 8 * 3600)
DESK_MAX_UPLOAD_BYTES = envint("PRESSROOM_DESK_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
DESK_MAX_IMAGE_PIXELS = envint("PRESSROOM_DESK_MAX_IMAGE_PIXELS", 50_000_000)

# Requests per client to /api/v1/ (docs/api.md): "<count>/<s|min|hour|day>".
PRESSROOM_API_RATE = envstr("PRESSROOM_API_RATE", "600/min")
# Addresses or networks of our own proxies: a request from one of them is from the
# client it names in X-Forwarded-For (core/clients.py), for the API limit and the lockout.
PRESSROOM_TRUSTED_PROXIES = envlist("PRESSROOM_TRUSTED_PROXIES", [])
AXES_CLIENT_IP_CALLABLE = "pressroom.core.clients.client_address"

# -- pressroom serve (docs/deployment.md) ---------------------------------------------

# "-" for standard output, a file to append to, or "off".
SERVE_ACCESS_LOG = envstr("PRESSROOM_ACCESS_LOG", "-")
# How long a client may take to send a request's headers.
SERVE_HEADER_SECONDS = envint("PRESSROOM_HEADER_TIMEOUT", 10)
# Connections each worker holds open at once.
SERVE_CONNECTIONS = envint("PRESSROOM_MAX_CONNECTIONS", 2048)
