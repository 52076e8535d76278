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
    # the public site (not its settings page, form and model labels, which staff read)
    "public/views.py",
    "public/concept.py",
    "public/progress.py",
    "public/selectors.py",
    "public/templates/public/start.html",
    "public/templates/public/progress.html",
    "public/templates/public/accessibility.html",
    "public/templates/public/_concept_top.html",
    "core/templates/core/public_base.html",
    "core/templates/core/_public_header.html",
    "core/templates/core/_public_footer.html",
    "core/templates/core/_chart.html",
    "core/charts/base.py",
    "core/charts/bars.py",
    "core/charts/lines.py",
    "core/languages.py",
    "monitoring/status.py",
    "concepts/verdicts.py",
    "indicators/status.py",
    "measures/status.py",
    "monitoring/templates/monitoring/_status_badge.html",
    "indicators/charts.py",
    # the concept document
    "documents/templates/documents/document.html",
    "documents/templates/documents/_indicator.html",
    "documents/templates/documents/_chart.html",
    "documents/templates/documents/_narrative.html",
    "documents/content.py",
    "documents/render.py",
    "documents/docx_builder.py",
    "core/word.py",
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


def is_translated(entry: str) -> bool:
    """Whether an entry has a translation (a msgstr or a plural form that is not empty)."""
    return bool(re.search(r'^msgstr(\[\d\])? "(?!")', entry, re.M)) or bool(
        re.search(r'^msgstr(\[\d\])? ""\n"', entry, re.M)
    )


def unfuzzy(entry: str) -> str:
    """A fuzzy entry (msgmerge's guess) as an untranslated one: the guess is usually wrong."""
    if not re.search(r"^#, .*fuzzy", entry, re.M):
        return entry
    lines = []
    for line in entry.splitlines():
        if line.startswith("#| "):
            continue
        if line.startswith("#, "):
            flags = [f.strip() for f in line[3:].split(",") if f.strip() != "fuzzy"]
            if flags:
                lines.append("#, " + ", ".join(flags))
            continue
        if line.startswith("msgstr"):
            break
        lines.append(line)
    forms = re.findall(r"^msgstr\[(\d)\]", entry, re.M)
    lines += [f'msgstr[{n}] ""' for n in forms] if forms else ['msgstr ""']
    return "\n".join(lines)


def prune(text: str) -> str:
    """Keep the header, the entries referenced from a public source (which must be
    translated) and any other entry that has been translated (a label the document shows)."""
    header, *rest = entries(text)
    header = re.sub(r"^#, fuzzy\n", "", header, flags=re.M)  # the header is filled in
    rest = [unfuzzy(e) for e in rest if not is_obsolete(e)]
    kept = [e for e in rest if is_translated(e) or any(is_public(r) for r in references(e))]
    return "\n\n".join([header, *kept]) + "\n"


def catalogue_path(language: str) -> Path:
    return PACKAGE / "locale" / language / "LC_MESSAGES" / "django.po"
