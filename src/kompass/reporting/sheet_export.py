"""The unit's report as an Excel workbook to fill in offline (the way back: ``sheet_import``).

Two sheets, measures and indicators, with headings in the language of the person
exporting, hidden and protected ID and version columns, a choice list for the state and
the value notes, and only the cells to fill in unlocked. Every cell goes through
``core.tabular.write_cell``: a comment beginning with ``=`` stays text, never a formula.
"""

import io
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kompass.core.tabular import column_letter, write_row
from kompass.indicators.models import ValueFlag
from kompass.measures.models import MeasureStatus

from . import services
from .forms import line_label
from .selectors import unit_form_data


def measure_headers(year):
    return {
        "id": _("ID"),
        "lock": _("Version"),
        "title": _("Measure"),
        "status": _("State"),
        "progress": _("Progress (%)"),
        "note": _("Comment"),
        "planned": _("Planned %(year)s (EUR)") % {"year": year},
    }


def spend_header(year, line) -> str:
    return _("Spent %(year)s: %(source)s (EUR)") % {"year": year, "source": line_label(line)}


def indicator_headers(year):
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


def sheet_titles():
    return _("Measures"), _("Indicators")


def file_name(cycle, unit) -> str:
    return f"{slugify(cycle.title)}-{slugify(unit.short_name or unit.name)}.xlsx"


def export_unit(cycle, unit) -> bytes:
    """The unit's measures and indicators as an XLSX workbook to fill in."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    data = unit_form_data(cycle, unit)
    year = cycle.reporting_year
    workbook = Workbook()
    measures_sheet = workbook.active
    measures_title, indicators_title = sheet_titles()
    measures_sheet.title = measures_title
    indicators_sheet = workbook.create_sheet(indicators_title)
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="EEF1F4")
    unlocked = Protection(locked=False)
    wrap = Alignment(wrap_text=True, vertical="top")

    # Measures
    spend_lines = spend_columns(data)
    headers = list(measure_headers(year).values()) + [
        spend_header(year, line) for line in spend_lines.values()
    ]
    write_row(measures_sheet, 1, headers)
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
        planned = sum(
            (line.planned_amount or Decimal("0") for line in lines.values()), Decimal("0")
        )
        write_row(
            measures_sheet,
            row_number,
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
            ],
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
    write_row(indicators_sheet, 1, list(indicator_headers(year).values()))
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
            target = f"{number_text(indicator.target_value)} ({indicator.target_date:%Y})"
        write_row(
            indicators_sheet,
            row_number,
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
            ],
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


def number_text(value) -> str:
    value = Decimal(value).normalize()
    exponent = value.as_tuple().exponent
    return number_format(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def spend_columns(data) -> dict:
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
