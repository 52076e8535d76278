"""Reading a filled-in unit workbook back (``sheet_export`` wrote it): plan, preview, apply.

Reading never writes: it returns a ``SheetPlan`` (per row: field, old → new) or the
problems, each naming sheet, row and column. A row whose object changed since the export
(its version differs) is a conflict; nothing is written while there is one. Confirming
applies the plan through the same service as the unit form, all or nothing, and marks the
upload applied in the same transaction.
"""

import datetime
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from kompass.core import imports
from kompass.core.tabular import column_letter
from kompass.indicators.forms import value_for_flag
from kompass.indicators.models import ValueFlag
from kompass.indicators.statfiles.common import CellError, parse_number
from kompass.measures.models import MeasureStatus

from . import services
from .models import SheetStatus, SheetUpload
from .selectors import unit_form_data
from .sheet_export import (
    indicator_headers,
    measure_headers,
    number_text,
    sheet_titles,
    spend_columns,
    spend_header,
)

LANGUAGES = ("de", "en")


@dataclass
class RowChange:
    kind: str  # "measure" or "indicator"
    object_id: int
    row: int
    title: str
    lock: str
    changes: list = field(default_factory=list)  # [label, old, new]
    payload: dict = field(default_factory=dict)
    action: str = imports.UPDATE  # only changed rows are kept; unchanged ones are counted


@dataclass
class SheetPlan(imports.ImportPlan):
    row_type = RowChange

    rows: list[RowChange] = field(default_factory=list)
    year: int = 0


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
        column = column_letter(index) if index is not None else ""
        self.problems.append(imports.Problem(row, column, message, sheet=self.sheet))

    def missing(self, header):
        message = _(
            "%(sheet)s: the column “%(column)s” is missing. Please use the exported file."
        ) % {"sheet": self.sheet, "column": header}
        self.problems.append(imports.Problem(1, header, message, sheet=self.sheet))


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
        return number_text(value)
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
        plan.problems.append(
            imports.Problem(None, "", _("The Excel file is damaged or not an .xlsx workbook."))
        )
        return plan
    try:
        sheets = _find_sheets(workbook)
        if sheets is None:
            message = _(
                "The workbook needs the sheets “%(measures)s” and “%(indicators)s”."
            ) % dict(zip(("measures", "indicators"), sheet_titles(), strict=True))
            plan.problems.append(imports.Problem(None, "", message))
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
            measures, indicators = sheet_titles()
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
    headers = measure_headers(year)
    index = {key: reader.index(label) for key, label in headers.items() if key != "planned"}
    for key, position in index.items():
        if position is None:
            reader.missing(headers[key])
    spend = {}
    for key, line in spend_columns(data).items():
        spend[key] = reader.index(spend_header(year, line))
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
                changes.append([spend_header(year, line), _show(line.spent_amount), _show(amount)])
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
    headers = indicator_headers(year)
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
        if flag == ValueFlag.NOTHING:  # a true zero: an empty cell becomes 0, others are refused
            try:
                value = value_for_flag(value, flag)
            except ValidationError as error:
                reader.problem(number, index["value"], " ".join(error.messages))
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


@transaction.atomic
def sheet_upload_apply(*, sheet_upload: SheetUpload, acting_user) -> int:
    """Write a pending upload's plan through the unit form's service and mark the upload
    applied: all or nothing, conflicts refused (``services.ReportConflict``)."""
    sheet_upload = _pending(sheet_upload)
    plan = SheetPlan.from_json(sheet_upload.plan)
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
    count = services.unit_report_save(
        cycle=sheet_upload.cycle,
        unit=sheet_upload.unit,
        measures=measures,
        indicators=indicators,
        acting_user=acting_user,
    )
    sheet_upload.status = SheetStatus.APPLIED
    sheet_upload.save(update_fields=["status"])
    return count


@transaction.atomic
def sheet_upload_discard(*, sheet_upload: SheetUpload, acting_user) -> None:
    """Drop a pending upload: nothing of it is written."""
    sheet_upload = _pending(sheet_upload)
    sheet_upload.status = SheetStatus.DISCARDED
    sheet_upload.save(update_fields=["status"])


def _pending(sheet_upload: SheetUpload) -> SheetUpload:
    """The upload, locked for this transaction; only a pending upload may be applied or dropped."""
    sheet_upload = (
        SheetUpload.objects.select_for_update()
        .select_related("cycle", "unit")
        .get(pk=sheet_upload.pk)
    )
    if sheet_upload.status != SheetStatus.PENDING:
        raise ValueError("This upload has already been applied or discarded.")
    return sheet_upload


def sheet_upload_create(
    *, cycle, unit, file_name: str, plan: SheetPlan, acting_user
) -> SheetUpload:
    """Keep a checked, problem-free plan until the person confirms or discards it."""
    if not plan.is_acceptable:
        raise ValueError("A plan with problems is not kept.")
    return SheetUpload.objects.create(
        cycle=cycle,
        unit=unit,
        municipality=cycle.municipality,
        file_name=file_name[:255],
        plan=plan.as_json(),
        uploaded_by=acting_user,
    )
