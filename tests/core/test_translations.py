"""The German catalogue is complete: no empty or fuzzy entries, and the compiled file matches."""

import re
from pathlib import Path

from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "src" / "kompass" / "locale" / "de" / "LC_MESSAGES"


def test_german_catalogue_has_no_untranslated_or_fuzzy_entries():
    text = (LOCALE / "django.po").read_text(encoding="utf-8")
    entries = text.split("\n\n")[1:]  # the first entry is the header
    empty = [
        e
        for e in entries
        if re.search(r'^msgstr(\[\d\])? ""\n(?!")', e + "\n", re.M) and not e.startswith("#~")
    ]
    assert empty == []
    assert "#, fuzzy" not in text


def test_compiled_catalogue_is_used():
    with translation.override("de"):
        assert (
            translation.gettext("Fields of action, goals and measures")
            == "Handlungsfelder, Ziele und Maßnahmen"
        )
        assert (
            translation.pgettext("role", "Responsible unit")
            == "Verantwortliche Stelle (Fachbereich)"
        )
