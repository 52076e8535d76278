"""Reading a table with a header row from a CSV or XLSX file: no database, no Django models.

``read_table(data, filename)`` returns the header, the rows (dicts keyed by the header,
with the row number a spreadsheet program shows) and the problems found. It is the
common reader for every import of tabular lists (actors, offers, ...).

CSV: UTF-8 (with or without BOM) or, failing that, Windows-1252/Latin-1; ``;``, ``,`` or
tab as separator, detected from the header line. XLSX: the first worksheet, read-only,
formulas are not evaluated (their last stored result is used).
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MAX_ROWS = 10_000
SEPARATORS = (";", ",", "\t")
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file: the row (None for the whole file), the column and why."""

    row: int | None
    column: str
    message: str


@dataclass
class Row:
    number: int
    values: dict[str, str] = field(default_factory=dict)

    def get(self, column: str) -> str:
        return self.values.get(column, "")


@dataclass
class Table:
    header: list[str]
    rows: list[Row]
    problems: list[Problem]
    format: str = ""
    encoding: str = ""
    header_row: int = 1

    def __iter__(self):  # allows ``header, rows, problems = read_table(...)``
        return iter((self.header, self.rows, self.problems))


def read_table(data: bytes, filename: str) -> Table:
    """Read a CSV or XLSX file into a header and rows; problems instead of exceptions."""
    name = (filename or "").lower()
    if not data.strip():
        return Table([], [], [Problem(None, "", _("The file is empty."))])
    if name.endswith(".xls") or data.startswith(OLE_MAGIC):
        return _refuse(
            _("Old Excel files (.xls) cannot be read. Please save the file as .xlsx or CSV.")
        )
    if name.endswith((".xlsx", ".xlsm")) or data.startswith(XLSX_MAGIC):
        if not data.startswith(XLSX_MAGIC):
            return _refuse(_("The file is not a valid Excel file (.xlsx)."))
        return _read_xlsx(data)
    if name.endswith((".csv", ".txt", ".tsv")):
        return _read_csv(data)
    return _refuse(_("Wrong file type: please upload a CSV file (.csv) or an Excel file (.xlsx)."))


def _refuse(message) -> Table:
    return Table([], [], [Problem(None, "", message)])


def _decode(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def _separator(text: str) -> str:
    """The separator that splits the header line into the most columns (``;`` on a tie)."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    best, best_count = ";", 0
    for separator in SEPARATORS:
        count = len(next(csv.reader([first_line], delimiter=separator), []))
        if count > best_count:
            best, best_count = separator, count
    return best


def _read_csv(data: bytes) -> Table:
    if b"\x00" in data[:4096]:
        return _refuse(_("The file is not a text file; please upload CSV or XLSX."))
    text, encoding = _decode(data)
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        records = ((number, record) for number, record in enumerate(reader, start=1))
        table = _build(records)
    except csv.Error as error:
        return _refuse(_("The CSV file cannot be read: %(error)s") % {"error": error})
    table.format = f"CSV ({'Tab' if separator == chr(9) else separator})"
    table.encoding = encoding
    return table


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # imported here: only needed for Excel files

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return _refuse(_("The file is not a valid Excel file (.xlsx)."))
    except Exception:  # openpyxl raises many kinds of errors on damaged files
        return _refuse(_("The Excel file cannot be read; it may be damaged."))
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            return _refuse(_("The Excel file has no worksheet."))
        records = (
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        table = _build(records)
    except Exception:
        return _refuse(_("The Excel file cannot be read; it may be damaged."))
    finally:
        workbook.close()
    table.format = "XLSX"
    return table


def _build(records) -> Table:
    """Header from the first non-empty record; one Row per further non-empty record."""
    problems: list[Problem] = []
    header: list[str] = []
    rows: list[Row] = []
    columns: list[tuple[int, str]] = []
    header_row = 1
    for number, record in records:
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        if not header:
            header, header_row = cells, number
            while header and not header[-1]:
                header.pop()
            seen = set()
            for index, name in enumerate(header):
                if not name:
                    problems.append(
                        Problem(number, "", _("Column %(n)s has no heading.") % {"n": index + 1})
                    )
                elif name.casefold() in seen:
                    problems.append(Problem(number, name, _("The column heading appears twice.")))
                else:
                    seen.add(name.casefold())
                    columns.append((index, name))
            continue
        if len(rows) >= MAX_ROWS:
            problems.append(
                Problem(number, "", _("The file has more than %(max)s rows.") % {"max": MAX_ROWS})
            )
            break
        extra = [c for c in cells[len(header) :] if c]
        if extra:
            problems.append(
                Problem(number, "", _("The row has more cells than the header row has columns."))
            )
        values = {name: cells[index] if index < len(cells) else "" for index, name in columns}
        rows.append(Row(number, values))
    if not header:
        problems.append(Problem(None, "", _("The file is empty.")))
    elif not rows and not problems:
        problems.append(Problem(None, "", _("The file has a header row but no data rows.")))
    return Table([name for _i, name in columns], rows, problems, header_row=header_row)
