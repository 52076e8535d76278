"""Settings for Integrationskompass, configured by environment variables.

Every setting that differs between the demo, CI and production comes from the
environment through the small typed helpers below (the healthchecks habit).
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent


def envstr(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def envbool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)
# Production must set SECRET_KEY: wsgi.py refuses to serve without it (except the demo).
SECRET_KEY = envstr("SECRET_KEY") or "insecure-local-key-for-demo-debug-and-tests"
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_NAME = envstr("SITE_NAME", "Integrationskompass")

# OParl: the server reads papers of council information systems at user-given addresses
# (bodies/oparl.py). Only these hosts if set (empty: any public host); private, loopback and
# link-local addresses only if explicitly allowed (tests).
OPARL_ALLOWED_HOSTS = envlist("OPARL_ALLOWED_HOSTS")
OPARL_ALLOW_PRIVATE_ADDRESSES = envbool("OPARL_ALLOW_PRIVATE_ADDRESSES", False)
OPARL_TIMEOUT = envint("OPARL_TIMEOUT", 5)
# The address of the installation, for links in e-mails sent without a request (reminders).
KOMPASS_BASE_URL = envstr("BASE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "kompass.core",
    "kompass.regions",
    "kompass.tenancy",
    "kompass.administration",
    "kompass.analysis",
    "kompass.concepts",
    "kompass.measures",
    "kompass.indicators",
    "kompass.statservice",
    "kompass.actors",
    "kompass.bodies",
    "kompass.monitoring",
    "kompass.reporting",
    "kompass.demo",
    "kompass.process",
    "kompass.surveys",
    "kompass.participation",
    "kompass.documents",
    "kompass.translations",
    "kompass.public",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kompass.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "kompass.core.middleware.ContentSecurityPolicyMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "kompass.urls"
WSGI_APPLICATION = "kompass.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kompass.tenancy.context_processors.site",
            ],
            "builtins": ["django.templatetags.i18n", "django.templatetags.l10n"],
        },
    }
]

DATA_DIR = Path(envstr("KOMPASS_DATA_DIR", str(PROJECT_DIR / "var")))
DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", f"sqlite:///{DATA_DIR / 'kompass.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {})
    # WAL and a busy timeout let the web process and the task worker share the file.
    DATABASES["default"]["OPTIONS"].update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
    DATABASES["default"]["TEST"] = {"NAME": envstr("SQLITE_TEST_NAME") or None}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(PROJECT_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
_node_htmx = PROJECT_DIR / "node_modules" / "htmx.org" / "dist"
if _node_htmx.is_dir():
    STATICFILES_DIRS.append(("vendor/htmx", _node_htmx))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "integrationskompass@localhost")

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "WARNING")},
}

USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["kompass.formats"]

# The cache carries the progress of background work between processes (core/progress.py):
# a file cache works for one server without further services.
CACHES = {
    "default": {
        "BACKEND": envstr("CACHE_BACKEND", "django.core.cache.backends.filebased.FileBasedCache"),
        "LOCATION": envstr("CACHE_LOCATION", str(DATA_DIR / "cache")),
    }
}

# Background tasks (large imports, document generation, reminders): stored in the database
# and run by `manage.py db_worker` (started by `make run`). Tests run them immediately.
TASKS = {
    "default": {
        "BACKEND": envstr("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}
# Statistics files from this size on are read, checked and imported by the background worker.
KOMPASS_IMPORT_BACKGROUND_BYTES = envint("IMPORT_BACKGROUND_BYTES", 2 * 1024 * 1024)

# Public surveys: at most this many submissions per client (identified only by a salted hash
# of its address, kept in the cache for the window, never stored) and per survey in a window.
KOMPASS_SURVEY_RATE_WINDOW = envint("SURVEY_RATE_WINDOW", 600)
KOMPASS_SURVEY_RATE_PER_CLIENT = envint("SURVEY_RATE_PER_CLIENT", 10)
KOMPASS_SURVEY_RATE_PER_SURVEY = envint("SURVEY_RATE_PER_SURVEY", 500)
# Behind a reverse proxy: the request header that carries the client address, e.g.
# HTTP_X_FORWARDED_FOR (its first entry is used); empty: REMOTE_ADDR.
KOMPASS_CLIENT_ADDRESS_HEADER = envstr("CLIENT_ADDRESS_HEADER")

# --- Statistics web services (kompass.statservice) -----------------------------------------
# The GENESIS REST interfaces (version 2020) the coordinators fetch tables from.
KOMPASS_STATSERVICE_URLS = {
    "genesis": envstr("GENESIS_URL", "https://www-genesis.destatis.de/genesisWS/rest/2020/"),
    "regio": envstr(
        "REGIONALSTATISTIK_URL", "https://www.regionalstatistik.de/genesisws/rest/2020/"
    ),
    "zensus": envstr("ZENSUS_URL", "https://ergebnisse.zensus2022.de/api/rest/2020/"),
}
# Seconds to wait for a connection and for each answer; large tables are prepared by the
# service as a job, which is polled every JOB_POLL seconds for at most JOB_WAIT seconds.
KOMPASS_STATSERVICE_TIMEOUT = envint("STATSERVICE_TIMEOUT", 120)
KOMPASS_STATSERVICE_JOB_POLL = envint("STATSERVICE_JOB_POLL", 15)
KOMPASS_STATSERVICE_JOB_WAIT = envint("STATSERVICE_JOB_WAIT", 30 * 60)
# Key(s) that encrypt the stored passwords and tokens (Fernet keys, comma-separated: the first
# encrypts, all decrypt, for rotation). Unset: derived from SECRET_KEY – then changing
# SECRET_KEY makes the stored access data unreadable and they must be entered again.
KOMPASS_CREDENTIALS_KEY = envstr("KOMPASS_CREDENTIALS_KEY")
