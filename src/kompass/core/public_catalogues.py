"""The Turkish, Arabic and Ukrainian catalogues cover what the public reads, nothing more.

The staff interface speaks German and English. The public site and the concept document
are also offered in further languages; their headings, labels and buttons come from these
catalogues, which ``make messages`` prunes to the entries used by the files listed here.
Anything else falls back to German (Django's fallback to ``LANGUAGE_CODE``).
"""

import re
from pathlib import Path

PUBLIC_LANGUAGES = ("tr", "ar", "uk")

# Paths relative to the package: a file, or a folder ending in "/".
PUBLIC_SOURCES = (
    "public/",
    "core/templates/core/public_base.html",
    "core/templates/core/_public_header.html",
    "core/templates/core/_public_footer.html",
    "core/templates/core/_chart.html",
    "monitoring/status.py",
    "monitoring/templates/monitoring/_status_badge.html",
    "indicators/charts.py",
    "measures/models.py",  # the states of measures on the progress page
    "indicators/models.py",  # the notes of values (provisional, secret, ...)
    "core/charts/",
    "core/languages.py",
    "documents/templates/documents/document.html",
    "documents/templates/documents/_indicator.html",
    "documents/templates/documents/_chart.html",
    "documents/templates/documents/_narrative.html",
    "documents/content.py",
    "documents/render.py",
    "documents/docx_builder.py",
)

PACKAGE = Path(__file__).resolve().parents[1]
REFERENCE = re.compile(r"(\S+):\d+")


def is_public(path: str) -> bool:
    return any(
        path.startswith(source) if source.endswith("/") else path == source
        for source in PUBLIC_SOURCES
    )


def entries(text: str) -> list[str]:
    """The entries of a .po text (the header first), split at blank lines."""
    return [entry for entry in text.strip("\n").split("\n\n") if entry.strip()]


def references(entry: str) -> list[str]:
    return [
        match.group(1)
        for line in entry.splitlines()
        if line.startswith("#: ")
        for match in REFERENCE.finditer(line[3:])
    ]


def is_obsolete(entry: str) -> bool:
    return all(line.startswith("#~") or not line for line in entry.splitlines() if line.strip())


def prune(text: str) -> str:
    """Keep the header and the entries referenced from a public source."""
    header, *rest = entries(text)
    kept = [e for e in rest if not is_obsolete(e) and any(is_public(r) for r in references(e))]
    return "\n\n".join([header, *kept]) + "\n"


def catalogue_path(language: str) -> Path:
    return PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"
