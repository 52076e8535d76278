"""The spreadsheet round trip for translation agencies: export one language, upload it filled in.

The sheet lists one German text per row: a hidden technical key (``measures.measure.12.title``),
the object and field for people, the German text, the translation to fill in, its state and,
for outdated translations, the German text they were made from. Only the translation column
is unlocked. Every cell goes through ``core.tabular.write_cell``: a value beginning with
= + - or @ is never a formula.

Reading it back goes through the product's one table reader (``kompass.core.tabular``) and
writes nothing while a single row is wrong; every problem names sheet, row and column. A
row whose German text differs from today's is refused (the German changed since the
export). Empty translation cells are skipped: an upload never deletes a translation. The
result is a ``core.imports`` plan: changes as rows, problems as ``Problem``.
"""

import io
import re
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kompass.core import imports
from kompass.core.languages import LANGUAGES
from kompass.core.tabular import cell_text, column_letter, read_table, write_cell, xlsx_text

from .models import TranslationState
from .registry import entry_for_label
from .selectors import OPEN_STATES, version_objects, version_text_entries
from .services import MAX_TEXT, translations_save

HEADER_LANGUAGES = ("de", "en")
KEY_PATTERN = re.compile(r"^([a-z_]+)\.([a-z_]+)\.(\d+)\.([a-z_]+)$")
_LANGUAGE_CODE = re.compile(r"\(([a-z]{2})\)\s*$")


def _headers(language) -> dict:
    return {
        "key": _("Key"),
        "object": _("Object"),
        "field": _("Field"),
        "german": _("German"),
        "translation": _("Translation %(language)s (%(code)s)")
        % {"language": language.label, "code": language.code},
        "state": _("State"),
        "previous": _("German text of the previous translation"),
    }


def _translation_prefix() -> str:
    return str(_("Translation %(language)s (%(code)s)") % {"language": "", "code": ""}).split()[0]


def file_name(version, language: str, *, only_open: bool) -> str:
    suffix = "-offen" if only_open else ""
    title = slugify(version.concept.title)[:60]
    return f"{title}-fassung-{version.number}-{language}{suffix}.xlsx"


# -- export ----------------------------------------------------------------------------


def export_language(version, language: str, *, only_open: bool) -> bytes:
    """The version's German texts with their ``language`` translations as an XLSX workbook."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection

    target = LANGUAGES[language]
    entries = version_text_entries(version, language)
    if only_open:
        entries = [e for e in entries if e.state in OPEN_STATES]
    headers = _headers(target)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(_("Translations"))[:31]
    sheet.append([str(h) for h in headers.values()])
    wrap = Alignment(wrap_text=True, vertical="top")
    wrap_target = Alignment(wrap_text=True, vertical="top", readingOrder=2 if target.rtl else 1)
    grey = PatternFill("solid", fgColor="EEF1F4")
    unlocked = Protection(locked=False)
    states = dict(TranslationState.choices)
    for number, entry in enumerate(entries, start=2):
        previous = entry.translation.source_text if entry.state == "outdated" else ""
        values = [
            entry.key,
            entry.object_label,
            entry.label,
            entry.german,
            entry.translation.text if entry.translation else "",
            str(states[entry.state]),
            previous,
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column)
            write_cell(cell, value)
            cell.alignment = wrap_target if column == 5 else wrap
            if column != 5:
                cell.fill = grey
        sheet.cell(number, 5).protection = unlocked
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEFG", (30, 32, 16, 60, 60, 12, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    # the key is for the upload only: hidden, and like every cell but the translation locked
    sheet.column_dimensions["A"].hidden = True
    sheet.freeze_panes = "B2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    sheet.protection.autoFilter = False
    sheet.auto_filter.ref = f"A1:G{max(len(entries) + 1, 2)}"
    _notes(workbook.create_sheet(str(_("Notes"))[:31]), version, target, only_open)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _notes(sheet, version, target, only_open) -> None:
    lines = [
        str(version),
        _("Language: %(language)s (%(code)s)") % {"language": target.label, "code": target.code},
        _("Only the texts still to be translated or checked.")
        if only_open
        else _("All texts of the version."),
        "",
        _("Please write the translations into the column “%(column)s” only.")
        % {"column": _headers(target)["translation"]},
        _(
            "Do not change the German text or the hidden key column: the upload compares "
            "them with the texts in the Integrationskompass."
        ),
        _(
            "If the German text has changed since the export, the upload refuses the whole "
            "file; please export again."
        ),
        _("Empty translation cells are skipped: an upload never deletes a translation."),
        _(
            "Chapter texts contain simple HTML tags (<p>, <ul>, <li>, <strong> …): keep the "
            "tags and translate the text between them."
        ),
    ]
    for line in lines:
        sheet.append([str(line)])
    sheet.column_dimensions["A"].width = 110


# -- import ----------------------------------------------------------------------------


@dataclass
class PlannedChange:
    """One translation an uploaded sheet sets, as the preview shows it."""

    key: str
    row: int
    text: str
    german: str  # the German text the sheet was made for (checked again when saving)
    object_label: str = ""
    field_label: str = ""
    old: str = ""  # the translation stored now, "" if none
    action: str = imports.UPDATE


@dataclass
class SheetResult(imports.ImportPlan):
    """What a sheet sets: its changes as rows; rows without a translation are skipped."""

    row_type = PlannedChange

    rows: list[PlannedChange] = field(default_factory=list)
    saved: int = 0
    sheet: str = ""
    column: int | None = None  # the translation column, for messages


def _known_headers(language) -> dict[str, str]:
    """Heading (casefolded, in German and English) → column name."""
    found = {}
    for ui in HEADER_LANGUAGES:
        with translation.override(ui):
            for name, heading in _headers(language).items():
                if name != "translation":
                    found[str(heading).casefold()] = name
    return found


def _translation_column(header, language) -> tuple[int | None, str | None]:
    """The index of the translation column and the language code its heading names."""
    prefixes = set()
    for ui in HEADER_LANGUAGES:
        with translation.override(ui):
            prefixes.add(_translation_prefix().casefold())
    for index, heading in enumerate(header):
        if heading.casefold().startswith(tuple(prefixes)):
            match = _LANGUAGE_CODE.search(heading)
            return index, match.group(1) if match else None
    return None, None


def _text(value) -> str:
    return cell_text(value).replace("\r\n", "\n").strip()


class _Problems:
    def __init__(self, sheet):
        self.sheet = sheet
        self.items = []

    def add(self, row, index, message):
        column = column_letter(index) if index is not None else ""
        self.items.append(imports.Problem(row, column, message, sheet=self.sheet))


def read_language_sheet(*, version, language: str, data: bytes, filename: str) -> SheetResult:
    """Read a filled-in sheet into the translations it would set, or its problems. Writes
    nothing."""
    result = SheetResult()
    table = read_table(data, filename)
    result.sheet = table.sheet or str(_("Sheet"))
    problems = _Problems(result.sheet)
    if table.problems:
        result.problems = [replace(p, sheet=result.sheet) for p in table.problems]
        return result
    columns = {}
    known = _known_headers(LANGUAGES[language])
    for index, heading in enumerate(table.header):
        name = known.get(heading.casefold())
        if name:
            columns.setdefault(name, index)
    columns["translation"], code = _translation_column(table.header, language)
    headers = _headers(LANGUAGES[language])
    for name in ("key", "german", "translation"):
        if columns.get(name) is None:
            message = _(
                "%(sheet)s: the column “%(column)s” is missing. Please use the exported file."
            ) % {"sheet": table.sheet, "column": headers[name]}
            result.problems.append(imports.Problem(1, str(headers[name]), message))
    if code and code != language:
        other = LANGUAGES.get(code)
        result.problems.append(
            imports.Problem(
                1,
                column_letter(columns["translation"]),
                _(
                    "%(sheet)s: this sheet holds translations into %(other)s, not into "
                    "%(language)s. Please upload it on the page of that language."
                )
                % {
                    "sheet": table.sheet,
                    "other": other.label if other else code,
                    "language": LANGUAGES[language].label,
                },
            )
        )
    if result.problems:
        return result
    result.column = columns["translation"]
    _read_rows(table, columns, version, language, problems, result)
    if problems.items:
        result.problems = problems.items
        result.rows = []
    return result


def save_language_sheet(*, version, language: str, plan: SheetResult, acting_user) -> SheetResult:
    """Save what a sheet sets (``read_language_sheet``): all or nothing. A German text that
    changed after the sheet was read refuses the whole sheet."""
    entries = {e.key: e for e in version_text_entries(version, language)}
    problems = _Problems(plan.sheet)
    changes = []
    for change in plan.rows:
        entry = entries.get(change.key)
        if entry is None:
            problems.add(change.row, None, _("The German text has been deleted since the export."))
            continue
        changes.append((entry.obj, entry.field, change.text, change.german))
    if not problems.items:
        try:
            plan.saved = translations_save(
                version=version, language=language, changes=changes, acting_user=acting_user
            )
        except ValidationError as error:
            rows_of = {change.key: change.row for change in plan.rows}
            for key, errors in getattr(error, "error_dict", {None: [error]}).items():
                for message in errors:
                    problems.add(rows_of.get(key), plan.column, " ".join(message.messages))
    if problems.items:
        plan.problems, plan.saved = problems.items, 0
    return plan


def import_language(*, version, language: str, data: bytes, filename: str, acting_user):
    """Read a filled-in sheet and save its translations at once: all or nothing."""
    plan = read_language_sheet(version=version, language=language, data=data, filename=filename)
    if plan.problems:
        return plan
    return save_language_sheet(
        version=version, language=language, plan=plan, acting_user=acting_user
    )


def _read_rows(table, columns, version, language, problems, result):
    objects = version_objects(version)
    entries = {e.key: e for e in version_text_entries(version, language, objects=objects)}
    version_keys = {f"{obj._meta.label_lower}.{obj.pk}" for obj in objects}
    rows_of = {}
    key_col, german_col, text_col = columns["key"], columns["german"], columns["translation"]
    for row in table.rows:
        key = _text(row.get(key_col))
        text = _text(row.get(text_col))
        if not key:
            if text:
                problems.add(
                    row.number, key_col, _("The key is missing; please use the exported file.")
                )
            else:
                result.skipped += 1
            continue
        match = KEY_PATTERN.match(key)
        spec = entry_for_label(f"{match.group(1)}.{match.group(2)}") if match else None
        if spec is None or match.group(4) not in spec.fields:
            problems.add(row.number, key_col, _("Unknown key “%(key)s”.") % {"key": key})
            continue
        if key in rows_of:
            problems.add(
                row.number,
                key_col,
                _("The key “%(key)s” appears twice (also in row %(row)s).")
                % {"key": key, "row": rows_of[key]},
            )
            continue
        rows_of[key] = row.number
        entry = entries.get(key)
        if entry is None:
            if key.rsplit(".", 1)[0] in version_keys:
                problems.add(
                    row.number,
                    german_col,
                    _("The German text has been deleted since the export."),
                )
            else:
                problems.add(
                    row.number,
                    key_col,
                    _(
                        "The key “%(key)s” does not belong to this version of the concept "
                        "(another version or municipality, or the object has been deleted)."
                    )
                    % {"key": key},
                )
            continue
        if not text:
            result.skipped += 1
            continue
        if _text(row.get(german_col)) != xlsx_text(_text(entry.german)):
            problems.add(
                row.number,
                german_col,
                _(
                    "The German text has changed since the export; please export again. "
                    "Today it reads: “%(german)s”"
                )
                % {"german": _short(entry.german)},
            )
            continue
        limit = entry.max_length or MAX_TEXT
        if len(text) > limit:
            problems.add(
                row.number,
                text_col,
                _(
                    "The translation is too long: %(length)s characters, at most %(max)s are "
                    "possible."
                )
                % {"length": len(text), "max": limit},
            )
            continue
        if entry.translation is not None and entry.translation.text == text:
            result.unchanged += 1
            continue
        result.rows.append(
            PlannedChange(
                key=key,
                row=row.number,
                text=text,
                german=entry.german,
                object_label=entry.object_label,
                field_label=entry.label,
                old=entry.translation.text if entry.translation else "",
                action=imports.UPDATE if entry.translation else imports.CREATE,
            )
        )


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
