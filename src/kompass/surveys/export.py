"""Survey responses as CSV and XLSX: one row per response, one column per question."""

import csv
import io

from django.http import HttpResponse
from django.utils import translation
from openpyxl import Workbook
from openpyxl.styles import Font

from kompass.core.tabular import csv_text, write_row

from .selectors import export_table

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filename(survey, extension: str) -> str:
    return f"umfrage-{survey.pk}-antworten.{extension}"


def _table(survey):
    with translation.override("de"):  # German headers, whatever the interface language
        return export_table(survey)


def csv_response(survey) -> HttpResponse:
    """Semicolon-separated UTF-8 with BOM and German dates: what Excel in Germany opens."""
    headers, rows = _table(survey)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(
            [
                value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else csv_text(value)
                for value in row
            ]
        )
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "csv")}"'
    return response


def xlsx_response(survey) -> HttpResponse:
    headers, rows = _table(survey)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Antworten"
    write_row(sheet, 1, headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        write_row(sheet, number, row)
    for cell in sheet["B"][1:]:
        cell.number_format = "DD.MM.YYYY"
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{_filename(survey, "xlsx")}"'
    return response
