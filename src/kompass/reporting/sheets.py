"""The Excel round trip of a unit's report: export, fill in offline, upload, preview, confirm.

The workbook has two sheets, measures and indicators, with German headings (in the
language of the person exporting), hidden and protected ID and version columns, a choice
list for the state and the value notes, and only the cells to fill in unlocked.

Reading it back never writes: it returns a ``SheetPlan`` (per row: field, old → new) or
the problems, each naming sheet, row and column ("Maßnahmen, Zeile 7, Spalte E: „halb“ ist
keine Zahl."). A row whose object changed since the export (its version differs) is a
conflict; nothing is written while there is one. Confirming applies the plan through the
same service as the unit form, all or nothing.
"""

import datetime
import io
import zipfile
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.utils import translation
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kompass.core.tabular import column_letter
from kompass.indicators.models import ValueFlag
from kompass.indicators.statfiles.common import CellError, parse_number
from kompass.measures.models import MeasureStatus

from . import services
from .forms import line_label
from .selectors import unit_form_data

LANGUAGES = ("de", "en")


def _measure_headers(year):
    return {
        "id": _("ID"),
        "lock": _("Version"),
        "title": _("Measure"),
        "status": _("State"),
        "progress": _("Progress (%)"),
        "note": _("Comment"),
        "planned": _("Planned %(year)s (EUR)") % {"year": year},
    }


def _spend_header(year, line) -> str:
    return _("Spent %(year)s: %(source)s (EUR)") % {"year": year, "source": line_label(line)}


def _indicator_headers(year):
    return {
        "id": _("ID"),
        "lock": _("Version"),
        "title": _("Indicator"),
        "unit": _("Unit"),
        "target": _("Target"),
        "previous": _("Value %(year)s") % {"year": year - 1},
        "value": _("Value %(year)s") % {"year": year},
        "flag": _("Note"),
        "source": _("Source"),
    }


def _sheet_titles():
    return _("Measures"), _("Indicators")


def file_name(cycle, unit) -> str:
    return f"{slugify(cycle.title)}-{slugify(unit.short_name or unit.name)}.xlsx"


# -- export ----------------------------------------------------------------------


def export_unit(cycle, unit) -> bytes:
    """The unit's measures and indicators as an XLSX workbook to fill in."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    data = unit_form_data(cycle, unit)
    year = cycle.reporting_year
    workbook = Workbook()
    measures_sheet = workbook.active
    measures_title, indicators_title = _sheet_titles()
    measures_sheet.title = measures_title
    indicators_sheet = workbook.create_sheet(indicators_title)
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="EEF1F4")
    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="top")

    # Measures
    spend_lines = _spend_columns(data)
    headers = list(_measure_headers(year).values()) + [
        _spend_header(year, line) for line in spend_lines.values()
    ]
    measures_sheet.append(headers)
    states = DataValidation(
        type="list",
        formula1='"' + ",".join(str(label) for _v, label in MeasureStatus.choices) + '"',
        allow_blank=False,
        showErrorMessage=True,
        error=_("Please choose a state from the list."),
    )
    percent = DataValidation(
        type="whole",
        operator="between",
        formula1="0",
        formula2="100",
        showErrorMessage=True,
        error=_("Enter a whole number from 0 to 100."),
    )
    measures_sheet.add_data_validation(states)
    measures_sheet.add_data_validation(percent)
    for row_number, measure in enumerate(data.measures, start=2):
        lines = {
            (line.funding_source, line.funding_programme): line
            for line in data.lines.get(measure.pk, [])
        }
        planned = sum((line.planned_amount for line in lines.values()), Decimal("0"))
        measures_sheet.append(
            [
                measure.pk,
                measure.lock_version,
                measure.title,
                str(MeasureStatus(measure.status).label),
                measure.progress,
                measure.status_note,
                float(planned) if lines else None,
                *[
                    float(lines[key].spent_amount)
                    if key in lines and lines[key].spent_amount is not None
                    else None
                    for key in spend_lines
                ],
            ]
        )
        for column in (4, 5, 6):
            measures_sheet.cell(row_number, column).protection = unlocked
        for offset, key in enumerate(spend_lines, start=8):
            cell = measures_sheet.cell(row_number, offset)
            if key in lines:
                cell.protection = unlocked
                cell.number_format = "#,##0.00"
            else:
                cell.fill = grey
        measures_sheet.cell(row_number, 3).alignment = wrap
        measures_sheet.cell(row_number, 6).alignment = wrap
        measures_sheet.cell(row_number, 7).number_format = "#,##0.00"
        states.add(f"D{row_number}")
        percent.add(f"E{row_number}")
    widths = [8, 8, 50, 16, 14, 40, 16] + [22] * len(spend_lines)
    _finish(measures_sheet, widths, bold, grey, locked_columns=(3, 7))

    # Indicators
    indicators_sheet.append(list(_indicator_headers(year).values()))
    flags = DataValidation(
        type="list",
        formula1='"' + ",".join(str(label) for value, label in ValueFlag.choices if value) + '"',
        allow_blank=True,
        showErrorMessage=True,
        error=_("Please choose a note from the list or leave the cell empty."),
    )
    indicators_sheet.add_data_validation(flags)
    for row_number, indicator in enumerate(data.indicators, start=2):
        value = data.values.get(indicator.pk)
        previous = data.previous_values.get(indicator.pk)
        target = ""
        if indicator.has_target:
            target = f"{_number(indicator.target_value)} ({indicator.target_date:%Y})"
        indicators_sheet.append(
            [
                indicator.pk,
                services.indicator_lock_token(indicator, value),
                indicator.name,
                indicator.unit,
                target,
                float(previous.value) if previous and previous.value is not None else None,
                float(value.value) if value and value.value is not None else None,
                str(ValueFlag(value.flag).label) if value and value.flag else None,
                value.source if value else indicator.data_source,
            ]
        )
        for column in (7, 8, 9):
            indicators_sheet.cell(row_number, column).protection = unlocked
        indicators_sheet.cell(row_number, 3).alignment = wrap
        flags.add(f"H{row_number}")
    _finish(
        indicators_sheet,
        [8, 8, 50, 12, 16, 14, 14, 22, 40],
        bold,
        grey,
        locked_columns=(3, 4, 5, 6),
    )

    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _number(value) -> str:
    value = Decimal(value).normalize()
    exponent = value.as_tuple().exponent
    return number_format(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def _spend_columns(data) -> dict:
    """One spending column per funding source and programme used in the reporting year."""
    keys = {}
    for lines in data.lines.values():
        for line in lines:
            keys.setdefault((line.funding_source, line.funding_programme), line)
    return dict(sorted(keys.items()))


def _finish(sheet, widths, bold, grey, *, locked_columns):
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[column_letter(index - 1)].width = width
    for cell in sheet[1]:
        cell.font = bold
    for column in locked_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.fill = grey
    # ID and version are for the import only: hidden, and like every locked cell protected.
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].hidden = True
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


# -- import ----------------------------------------------------------------------


@dataclass
class RowChange:
    kind: str  # "measure" or "indicator"
    object_id: int
    row: int
    title: str
    lock: str
    changes: list = field(default_factory=list)  # [label, old, new]
    payload: dict = field(default_factory=dict)


@dataclass
class SheetPlan:
    year: int
    rows: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.rows)

    def as_json(self) -> dict:
        return {
            "year": self.year,
            "rows": [asdict(r) for r in self.rows],
            "unchanged": self.unchanged,
        }

    @classmethod
    def from_json(cls, data) -> "SheetPlan":
        return cls(
            year=data["year"],
            rows=[RowChange(**r) for r in data.get("rows", [])],
            unchanged=data.get("unchanged", 0),
        )


def _labels(choices_class, *, with_blank=False) -> dict[str, str]:
    """Label (in every UI language) or code → code, compared case-insensitively."""
    found = {}
    for language in LANGUAGES:
        with translation.override(language):
            for value, label in choices_class.choices:
                if value or with_blank:
                    found[str(label).strip().casefold()] = value
    for value in choices_class.values:
        if value:
            found[value.casefold()] = value
    return found


class _Reader:
    def __init__(self, sheet_title, header_cells):
        self.sheet = sheet_title
        self.columns = {}
        for index, name in enumerate(header_cells):
            if name not in (None, ""):
                self.columns[str(name).strip().casefold()] = index
        self.problems = []

    def index(self, header) -> int | None:
        return self.columns.get(str(header).strip().casefold())

    def problem(self, row, index, message):
        self.problems.append(
            _("%(sheet)s, row %(row)s, column %(column)s: %(message)s")
            % {
                "sheet": self.sheet,
                "row": row,
                "column": column_letter(index) if index is not None else "–",
                "message": message,
            }
        )

    def missing(self, header):
        self.problems.append(
            _("%(sheet)s: the column “%(column)s” is missing. Please use the exported file.")
            % {"sheet": self.sheet, "column": header}
        )


def _cell(cells, index):
    if index is None or index >= len(cells):
        return None
    value = cells[index]
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(_("“%(text)s” is not a number.") % {"text": value})
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, datetime.date):
        raise CellError(_("“%(text)s” is not a number.") % {"text": value})
    return parse_number(str(value))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _show(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, Decimal):
        return _number(value)
    return str(value)


def _integer(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_unit_sheet(content: bytes, *, cycle, unit) -> SheetPlan:
    """Read an uploaded workbook into a plan of changes, or its problems. Writes nothing."""
    from openpyxl import load_workbook

    plan = SheetPlan(year=cycle.reporting_year)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        plan.problems.append(_("The Excel file is damaged or not an .xlsx workbook."))
        return plan
    try:
        sheets = _find_sheets(workbook)
        if sheets is None:
            plan.problems.append(
                _("The workbook needs the sheets “%(measures)s” and “%(indicators)s”.")
                % dict(zip(("measures", "indicators"), _sheet_titles(), strict=True))
            )
            return plan
        data = unit_form_data(cycle, unit)
        _read_measures(sheets[0], data, plan)
        _read_indicators(sheets[1], data, plan)
    finally:
        workbook.close()
    if plan.problems:
        plan.rows = []
    return plan


def _find_sheets(workbook):
    titles = {}
    for language in LANGUAGES:
        with translation.override(language):
            measures, indicators = _sheet_titles()
            titles[measures.casefold()] = 0
            titles[indicators.casefold()] = 1
    found = {}
    for sheet in workbook.worksheets:
        position = titles.get(sheet.title.strip().casefold())
        if position is not None:
            found.setdefault(position, sheet)
    if len(found) == 2:
        return found[0], found[1]
    return None


def _rows(sheet):
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, ())
    for number, cells in enumerate(rows, start=2):
        if any(c not in (None, "") for c in cells):
            yield number, list(cells)
    return header


def _header(sheet):
    for cells in sheet.iter_rows(min_row=1, max_row=1, values_only=True):
        return list(cells)
    return []


def _read_measures(sheet, data, plan):
    year = plan.year
    reader = _Reader(sheet.title, _header(sheet))
    headers = _measure_headers(year)
    index = {key: reader.index(label) for key, label in headers.items() if key != "planned"}
    for key, position in index.items():
        if position is None:
            reader.missing(headers[key])
    spend = {}
    for key, line in _spend_columns(data).items():
        spend[key] = reader.index(_spend_header(year, line))
    if reader.problems:
        plan.problems += reader.problems
        return
    measures = {m.pk: m for m in data.measures}
    states = _labels(MeasureStatus)
    seen = set()
    for number, cells in _rows(sheet):
        measure_id = _integer(_cell(cells, index["id"]))
        measure = measures.get(measure_id)
        if measure is None or measure_id in seen:
            reader.problem(
                number, index["id"], _("The row is not one of this unit's measures (ID changed?).")
            )
            continue
        seen.add(measure_id)
        raw_state = _text(_cell(cells, index["status"]))
        status = states.get(raw_state.casefold())
        if status is None:
            reader.problem(
                number,
                index["status"],
                _("“%(text)s” is not a state; please choose one from the list.")
                % {"text": raw_state},
            )
        progress = None
        try:
            raw = _decimal(_cell(cells, index["progress"]))
            if raw is None or raw != raw.to_integral_value() or not 0 <= raw <= 100:
                reader.problem(number, index["progress"], _("Enter a whole number from 0 to 100."))
            else:
                progress = int(raw)
        except CellError as error:
            reader.problem(number, index["progress"], str(error))
        if status == MeasureStatus.DONE and progress is not None and progress < 100:
            reader.problem(
                number, index["progress"], _("A completed measure has a progress of 100 %.")
            )
        note = _text(_cell(cells, index["note"]))
        lines = {
            (line.funding_source, line.funding_programme): line
            for line in data.lines.get(measure.pk, [])
        }
        spent = {}
        for key, position in spend.items():
            if position is None:
                continue
            try:
                amount = _decimal(_cell(cells, position))
            except CellError as error:
                reader.problem(number, position, str(error))
                continue
            if key not in lines:
                if amount is not None:
                    reader.problem(
                        number,
                        position,
                        _("This measure has no budget line of this funding in %(year)s.")
                        % {"year": year},
                    )
                continue
            if amount is not None and amount < 0:
                reader.problem(number, position, _("The amount must not be negative."))
                continue
            spent[lines[key]] = amount
        if reader.problems:
            continue
        changes = []
        if status != measure.status:
            changes.append(
                [
                    headers["status"],
                    str(MeasureStatus(measure.status).label),
                    str(MeasureStatus(status).label),
                ]
            )
        if progress != measure.progress:
            changes.append([headers["progress"], str(measure.progress), str(progress)])
        if note != measure.status_note:
            changes.append([headers["note"], _show(measure.status_note), _show(note)])
        for line, amount in spent.items():
            if amount != line.spent_amount:
                changes.append([_spend_header(year, line), _show(line.spent_amount), _show(amount)])
        if not changes:
            plan.unchanged += 1
            continue
        plan.rows.append(
            RowChange(
                kind="measure",
                object_id=measure.pk,
                row=number,
                title=measure.title,
                lock=_text(_cell(cells, index["lock"])),
                changes=changes,
                payload={
                    "status": status,
                    "progress": progress,
                    "note": note,
                    "spent": {
                        str(line.pk): None if amount is None else str(amount)
                        for line, amount in spent.items()
                    },
                },
            )
        )
    plan.problems += reader.problems


def _read_indicators(sheet, data, plan):
    year = plan.year
    reader = _Reader(sheet.title, _header(sheet))
    headers = _indicator_headers(year)
    index = {key: reader.index(headers[key]) for key in ("id", "lock", "value", "flag", "source")}
    for key, position in index.items():
        if position is None:
            reader.missing(headers[key])
    if reader.problems:
        plan.problems += reader.problems
        return
    indicators = {i.pk: i for i in data.indicators}
    flags = _labels(ValueFlag)
    seen = set()
    for number, cells in _rows(sheet):
        indicator_id = _integer(_cell(cells, index["id"]))
        indicator = indicators.get(indicator_id)
        if indicator is None or indicator_id in seen:
            reader.problem(
                number,
                index["id"],
                _("The row is not one of this unit's indicators (ID changed?)."),
            )
            continue
        seen.add(indicator_id)
        value = None
        try:
            value = _decimal(_cell(cells, index["value"]))
        except CellError as error:
            reader.problem(number, index["value"], str(error))
        raw_flag = _text(_cell(cells, index["flag"]))
        flag = flags.get(raw_flag.casefold(), None) if raw_flag else ""
        if flag is None:
            reader.problem(
                number,
                index["flag"],
                _("“%(text)s” is not a note; please choose one from the list.")
                % {"text": raw_flag},
            )
            continue
        if flag in ValueFlag.without_value() and value is not None:
            reader.problem(
                number,
                index["value"],
                _("A value marked as '%(flag)s' must stay empty.")
                % {"flag": ValueFlag(flag).label},
            )
        elif value is None and flag and flag not in ValueFlag.without_value():
            reader.problem(number, index["value"], _("Enter a value or choose why there is none."))
        source = _text(_cell(cells, index["source"]))
        if reader.problems:
            continue
        current = data.values.get(indicator.pk)
        old_value = current.value if current else None
        old_flag = current.flag if current else ""
        old_source = current.source if current else indicator.data_source
        changes = []
        if value != old_value:
            changes.append([headers["value"], _show(old_value), _show(value)])
        if flag != old_flag:
            changes.append(
                [
                    headers["flag"],
                    _show(ValueFlag(old_flag).label if old_flag else ""),
                    _show(ValueFlag(flag).label if flag else ""),
                ]
            )
        if source != old_source and (current is not None or value is not None or flag):
            changes.append([headers["source"], _show(old_source), _show(source)])
        if not changes:
            plan.unchanged += 1
            continue
        plan.rows.append(
            RowChange(
                kind="indicator",
                object_id=indicator.pk,
                row=number,
                title=indicator.name,
                lock=_text(_cell(cells, index["lock"])),
                changes=changes,
                payload={
                    "value": None if value is None else str(value),
                    "flag": flag,
                    "source": source,
                },
            )
        )
    plan.problems += reader.problems


def find_conflicts(plan: SheetPlan, *, cycle, unit) -> list[RowChange]:
    """The plan's rows whose object changed since the export (two queries)."""
    data = unit_form_data(cycle, unit)
    measures = {m.pk: m for m in data.measures}
    indicators = {i.pk: i for i in data.indicators}
    conflicts = []
    for row in plan.rows:
        if row.kind == "measure":
            measure = measures.get(row.object_id)
            current = str(measure.lock_version) if measure else None
        else:
            indicator = indicators.get(row.object_id)
            current = (
                services.indicator_lock_token(indicator, data.values.get(indicator.pk))
                if indicator
                else None
            )
        if current != row.lock:
            conflicts.append(row)
    return conflicts


def apply_plan(plan: SheetPlan, *, cycle, unit, acting_user) -> int:
    """Write the plan through the unit form's service: all or nothing, conflicts refused."""
    measures, indicators = [], []
    for row in plan.rows:
        payload = row.payload
        if row.kind == "measure":
            measures.append(
                services.MeasureReport(
                    measure_id=row.object_id,
                    lock_version=_integer(row.lock) if _integer(row.lock) is not None else -1,
                    status=payload["status"],
                    progress=payload["progress"],
                    note=payload["note"],
                    spent={
                        int(line_id): None if amount is None else Decimal(amount)
                        for line_id, amount in payload["spent"].items()
                    },
                )
            )
        else:
            indicators.append(
                services.IndicatorReport(
                    indicator_id=row.object_id,
                    lock_token=row.lock,
                    value=None if payload["value"] is None else Decimal(payload["value"]),
                    flag=payload["flag"],
                    source=payload["source"],
                )
            )
    return services.unit_report_save(
        cycle=cycle, unit=unit, measures=measures, indicators=indicators, acting_user=acting_user
    )
