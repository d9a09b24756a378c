"""Django settings, read from the environment (docs/settings.md lists each one)."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from pressroom.core.database import database_from_url
from pressroom.core.env import envbool, envint, envlist, envpath, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = envpath("PRESSROOM_VAR_DIR", BASE_DIR / "var")

DEBUG = envbool("PRESSROOM_DEBUG", False)
# A fixed development key is only acceptable while DEBUG is on or for local use;
# deployment.md says to set PRESSROOM_SECRET_KEY.
SECRET_KEY = envstr("PRESSROOM_SECRET_KEY", "pressroom-insecure-local-key-change-me")
ALLOWED_HOSTS = envlist("PRESSROOM_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("PRESSROOM_CSRF_TRUSTED_ORIGINS", [])

DATABASES = {
    "default": database_from_url(envstr("DATABASE_URL", ""), VAR_DIR / "pressroom.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

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
    "pressroom.search",
    "pressroom.api",
    "pressroom.website",
    "pressroom.stats",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

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
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
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
MEDIA_URL = "/media/"
MEDIA_ROOT = envpath("PRESSROOM_MEDIA_ROOT", VAR_DIR / "media")

SITE_NAME = envstr("PRESSROOM_SITE_NAME", "pressroom")
SITE_URL = envstr("PRESSROOM_SITE_URL", "http://127.0.0.1:8000")
PAGE_SIZE = envint("PRESSROOM_PAGE_SIZE", 20)

SESSION_COOKIE_SECURE = envbool("PRESSROOM_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("PRESSROOM_LOG_LEVEL", "WARNING")},
}
