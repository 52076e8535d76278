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


def test_no_translation_call_inside_an_f_string():
    """makemessages cannot read ``f"{_('…')}"``: such texts would stay English for ever."""
    import re
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "src" / "kompass"
    pattern = re.compile(r"""f["'][^"'\n]*\{_\(""")
    offenders = [
        f"{path.relative_to(source)}:{number}"
        for path in source.rglob("*.py")
        if "migrations" not in path.parts
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_public_catalogues_translate_every_public_string():
    """Turkish, Arabic and Ukrainian cover what the public reads (the public site and the
    concept document), without guesses, and carry nothing untranslated besides."""
    from kompass.core.public_catalogues import (
        PUBLIC_LANGUAGES,
        catalogue_path,
        entries,
        is_public,
        is_translated,
        references,
    )

    german = entries(catalogue_path("de").read_text(encoding="utf-8"))[1:]
    public_ids = {
        re.search(r'^msgid "(.*)"', e, re.M).group(1)
        for e in german
        if any(is_public(r) for r in references(e))
    }
    assert len(public_ids) > 200
    for language in PUBLIC_LANGUAGES:
        text = catalogue_path(language).read_text(encoding="utf-8")
        assert "#, fuzzy" not in text, language
        catalogue = entries(text)[1:]
        untranslated = [e for e in catalogue if not is_translated(e)]
        assert untranslated == [], language
        present = {re.search(r'^msgid "(.*)"', e, re.M).group(1) for e in catalogue}
        assert public_ids - present == set(), language


def test_public_catalogues_are_compiled_and_used():
    with translation.override("ar"):
        assert translation.gettext("Fields of action") == "مجالات العمل"
    with translation.override("tr"):
        assert translation.gettext("Fields of action") != "Fields of action"
    with translation.override("uk"):
        assert translation.gettext("Fields of action") != "Fields of action"
        # anything outside the public strings falls back to German, not English
        assert translation.gettext("Statistics import") == "Statistikimport"
