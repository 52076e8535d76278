"""Read the spreadsheets people bring (CSV or XLSX with a header row) into rows of cells.

The one reader behind every import of tables (own statistics tables, actors, offers, …).
Pure: no database. Every row keeps the row number a spreadsheet program shows, so that
every message can name row and column. CSV cells come back as text; XLSX cells keep
their type (numbers as Decimal, dates, booleans), so a German "1.234,5" typed as text and
a real number cell are both understood by the callers' cell parsers.

CSV: UTF-8 (with or without BOM) or, failing that, Windows-1252/Latin-1; ``;``, ``,`` or
tab as separator, whichever splits the header line into the most columns. XLSX: the
first worksheet, read-only; formulas give their last stored result.

Writing: every XLSX export puts its cells through ``write_cell``, so that text a person
typed (``=HYPERLINK(…)``) is shown as text and never runs as a formula.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from .imports import Problem

MAX_BYTES = 200 * 1024 * 1024
SEPARATORS = (";", ",", "\t")
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
# Text a spreadsheet would take for a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NOT_IN_XLSX = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # control characters

Cell = str | Decimal | bool | datetime.date | datetime.datetime | None


@dataclass
class TableRow:
    number: int
    cells: list[Cell]

    def get(self, index: int) -> Cell:
        return self.cells[index] if index < len(self.cells) else None


@dataclass
class Table:
    header: list[str] = field(default_factory=list)
    rows: list[TableRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    format: str = ""
    encoding: str = ""
    sheet: str = ""
    header_row: int = 1

    def label(self, index: int) -> str:
        """How to name a column in messages and choices: its heading or "Column C"."""
        heading = self.header[index] if index < len(self.header) else ""
        return heading or str(_("Column %(letter)s") % {"letter": column_letter(index)})


def read_table(data: bytes, filename: str = "") -> Table:
    """A CSV or the first sheet of an XLSX; problems instead of exceptions."""
    name = (filename or "").lower()
    if len(data) > MAX_BYTES:
        return _refuse(_("The file is larger than 200 MB."))
    if not data.strip():
        return _refuse(_("The file is empty."))
    if name.endswith(".xls") or data.startswith(OLE_MAGIC):
        return _refuse(
            _("Old Excel files (.xls) cannot be read. Please save the file as .xlsx or CSV.")
        )
    if name.endswith((".xlsx", ".xlsm")) or data.startswith(XLSX_MAGIC):
        if not data.startswith(XLSX_MAGIC):
            return _refuse(_("The file is not a valid Excel file (.xlsx)."))
        return _read_xlsx(data)
    if name and not name.endswith(TEXT_SUFFIXES):
        return _refuse(
            _("Wrong file type: please upload a CSV file (.csv) or an Excel file (.xlsx).")
        )
    if b"\x00" in data[:4096]:
        return _refuse(_("The file is not a text file; please upload CSV or XLSX."))
    return _read_csv(data)


def _refuse(message) -> Table:
    return Table(problems=[Problem(None, "", message)])


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
    text, encoding = _decode(data)
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    table = Table(encoding=encoding, format=f"CSV ({'Tab' if separator == chr(9) else separator})")
    try:
        _fill(table, ((n, [c.strip() for c in row]) for n, row in enumerate(reader, start=1)))
    except csv.Error as error:
        return _refuse(_("The CSV file cannot be read: %(error)s") % {"error": error})
    return table


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook  # only needed for Excel files

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds of errors on damaged files
        return _refuse(_("The file is not a valid Excel file (.xlsx)."))
    try:
        if not workbook.worksheets:
            return _refuse(_("The Excel file has no worksheet."))
        sheet = workbook.worksheets[0]
        table = Table(format="XLSX", sheet=sheet.title)
        _fill(table, _xlsx_rows(sheet))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        return _refuse(_("The Excel file cannot be read; it may be damaged."))
    finally:
        workbook.close()
    return table


def _xlsx_rows(sheet):
    """(row number, cells): the sheet's own row numbers, also where rows are missing."""
    expected = 1
    for row in sheet.iter_rows():
        number = next((c.row for c in row if getattr(c, "row", None)), expected)
        expected = number + 1
        yield number, [_xlsx_cell(cell.value) for cell in row]


def _xlsx_cell(value) -> Cell:
    if value is None or isinstance(value, bool | Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float) and value.is_integer():
        return Decimal(int(value))
    if isinstance(value, float):
        # repr gives the shortest text that round-trips: 0.1 stays 0.1, not 0.1000000000000000055.
        return Decimal(repr(value))
    if isinstance(value, datetime.datetime):
        return value.date() if value.time() == datetime.time(0, 0) else value
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, datetime.time):
        return value.isoformat()
    return str(value).strip()


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def heading(cell: Cell) -> str:
    """A header cell as text (a year typed as number stays "2024", a date "31.12.2024")."""
    if cell is None:
        return ""
    if isinstance(cell, datetime.datetime):
        cell = cell.date()
    if isinstance(cell, datetime.date):
        return f"{cell:%d.%m.%Y}"
    return str(cell).strip()


def cell_text(cell: Cell, *, iso: bool = False) -> str:
    """A cell as text: for a form field to parse (``iso``: dates as 2024-12-31, booleans as
    true/false) or for a person to read (31.12.2024). Whole numbers lose their ".0"."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, Decimal):
        return str(int(cell)) if cell == cell.to_integral_value() else str(cell)
    if isinstance(cell, datetime.datetime | datetime.date):
        if iso:
            return (
                cell.isoformat(sep=" ") if isinstance(cell, datetime.datetime) else cell.isoformat()
            )
        return f"{cell:%d.%m.%Y}"
    return str(cell).strip()


def _fill(table: Table, rows) -> None:
    header_seen = False
    for number, cells in rows:
        if all(_blank(cell) for cell in cells):
            continue
        while cells and _blank(cells[-1]):
            cells.pop()
        if not header_seen:
            table.header = [heading(cell) for cell in cells]
            table.header_row = number
            header_seen = True
            continue
        table.rows.append(TableRow(number, cells))
    if not header_seen:
        table.problems.append(Problem(None, "", _("The file is empty.")))
        return
    seen = set()
    for name in table.header:
        if name and name.casefold() in seen:
            table.problems.append(
                Problem(
                    table.header_row,
                    name,
                    _("The column heading appears twice; please rename one."),
                )
            )
        seen.add(name.casefold())
    if not table.rows:
        table.problems.append(Problem(None, "", _("The file has a header row but no data rows.")))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how spreadsheet users name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def xlsx_text(text: str) -> str:
    """Text without the control characters an XLSX cell cannot hold."""
    return _NOT_IN_XLSX.sub("", text)


def write_cell(cell, value) -> None:
    """Put ``value`` into an openpyxl cell; text stays text, never a formula or a guess."""
    if not isinstance(value, str):
        cell.value = value
        return
    value = xlsx_text(value)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def csv_text(value):
    """``value`` for a CSV cell: text a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_row(sheet, row: int, values) -> None:
    """Write ``values`` into ``row`` of ``sheet`` from column A on, each through ``write_cell``."""
    for column, value in enumerate(values, start=1):
        write_cell(sheet.cell(row, column), value)
