"""Forms of the translation workflow: adding a language, one page of the editor, an upload."""

import re
from dataclasses import dataclass, field

from django import forms
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

from kompass.concepts.compare import word_diff
from kompass.core.languages import TRANSLATION_LANGUAGES
from kompass.core.sanitize import clean_rich_text
from kompass.core.uploads import MB, WORKBOOK_TYPES, UploadField

from .models import TranslationState

_HEADING = re.compile(r"<(/?)h([1-4])\b", re.IGNORECASE)


class LanguageAddForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"))

    def __init__(self, *args, taken=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (lang.code, f"{lang.label} – {lang.native}")
            for lang in TRANSLATION_LANGUAGES
            if lang.code not in taken
        ]


class SheetUploadForm(forms.Form):
    file = UploadField(
        types=WORKBOOK_TYPES,
        max_bytes=10 * MB,
        label=gettext_lazy("Filled-in spreadsheet (.xlsx)"),
    )


def _lines(text: str, width: int = 70) -> int:
    """About how many lines of a text field ``text`` fills."""
    return sum(len(line) // width + 1 for line in (text or "").split("\n"))


def _normalise(text: str) -> str:
    return (text or "").replace("\r\n", "\n").strip()


def _plain(entry, text: str) -> str:
    return strip_tags(text) if entry.rich else text


@dataclass
class EditorRow:
    """One text on a page of the editor: the German text, the translation being written."""

    entry: object  # selectors.TextEntry
    text: str  # what the textarea shows
    shown_german: str  # the German text the translator sees (sent back to detect changes)
    shown_translation: str  # the stored translation the page started from
    still_fits: bool = False
    errors: list = field(default_factory=list)
    conflict: tuple | None = None  # word differences: German as shown → German now

    @property
    def name(self) -> str:
        return self.entry.key.replace(".", "-")

    @property
    def german_html(self):
        """A chapter's German rich text for display: its headings one level below the entry's."""

        html = clean_rich_text(self.entry.german)
        html = _HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 2}", html)
        return mark_safe(html)  # noqa: S308 – sanitised just above

    @property
    def is_outdated(self) -> bool:
        return self.entry.state == TranslationState.OUTDATED

    @property
    def outdated_diff(self):
        """German then (when translated) and now, words marked, for an outdated translation."""
        if not self.is_outdated:
            return None
        then = self.entry.translation.source_text
        return word_diff(_plain(self.entry, then), _plain(self.entry, self.entry.german))

    @property
    def textarea_rows(self) -> int:
        """Room for the longer of German and translation (Leichte Sprache runs longer)."""
        if self.entry.max_length and not self.entry.rich:
            return max(2, min(6, len(self.text) // 70 + 1))
        longest = max(_lines(self.entry.german), _lines(self.text))
        return max(12 if self.entry.rich else 4, min(30, longest + 1))


class TranslationPage:
    """The texts of one page of the editor, from the database or as the translator sent them."""

    def __init__(self, rows, unknown=0):
        self.rows = rows
        self.unknown = unknown  # texts sent back that no longer exist or have no German

    @classmethod
    def from_entries(cls, entries):
        rows = []
        for entry in entries:
            stored = entry.translation.text if entry.translation else ""
            rows.append(EditorRow(entry, stored, entry.german, stored))
        return cls(rows)

    @classmethod
    def from_post(cls, data, entries_by_key):
        rows, unknown = [], 0
        for key in data.getlist("key"):
            entry = entries_by_key.get(key)
            if entry is None:
                unknown += 1
                continue
            name = key.replace(".", "-")
            rows.append(
                EditorRow(
                    entry,
                    text=data.get(f"text-{name}", ""),
                    shown_german=data.get(f"german-{name}", ""),
                    shown_translation=data.get(f"was-{name}", ""),
                    still_fits=bool(data.get(f"fits-{name}")),
                )
            )
        return cls(rows, unknown)

    def changes(self) -> list:
        """What to save: changed texts, and unchanged ones confirmed as still fitting."""
        changes = []
        for row in self.rows:
            text, was = _normalise(row.text), _normalise(row.shown_translation)
            german = row.shown_german
            if _normalise(german) == _normalise(row.entry.german):
                german = row.entry.german  # browsers send line breaks as CR LF
            if text != was or (row.still_fits and text):
                changes.append((row.entry.obj, row.entry.field, text, german, was))
        return changes

    def refuse(self, error_dict) -> None:
        """Put the service's refusals at their texts; show the new German where it changed."""
        for row in self.rows:
            messages = error_dict.get(row.entry.key)
            if not messages:
                continue
            row.errors = [m for error in messages for m in error.messages]
            if _normalise(row.shown_german) != _normalise(row.entry.german):
                row.conflict = word_diff(
                    _plain(row.entry, row.shown_german), _plain(row.entry, row.entry.german)
                )
                # the next save is made against the German text now shown
                row.shown_german = row.entry.german
