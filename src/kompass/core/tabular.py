"""Read the spreadsheets people bring (CSV or XLSX with a header row) into rows of cells.

Pure: no database. Every row keeps its row number in the file (the header is row 1 unless
blank lines precede it) so that every message can name row and column. Cells come back
as text, except XLSX numbers and dates, which keep their type: a German "1.234,5" typed
as text and a real number cell are both understood by the callers' cell parsers.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from kompass.indicators.statfiles.common import ParseProblem
from kompass.indicators.statfiles.detect import decode

MAX_BYTES = 200 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"

Cell = str | Decimal | datetime.date | datetime.datetime | None


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
    problems: list[ParseProblem] = field(default_factory=list)
    encoding: str = ""
    sheet: str = ""

    def column(self, name: str) -> int | None:
        """Index of a column by its header, ignoring case and surrounding spaces."""
        wanted = name.strip().casefold()
        for index, header in enumerate(self.header):
            if header.strip().casefold() == wanted:
                return index
        return None


def read_table(data: bytes, filename: str = "") -> Table:
    """A CSV (UTF-8 or Latin-1; ``;``, ``,`` or tab separated) or the first sheet of an XLSX."""
    if len(data) > MAX_BYTES:
        return _failed(_("The file is larger than 200 MB."))
    if not data.strip():
        return _failed(_("The file is empty."))
    if data.startswith(XLSX_MAGIC) or filename.lower().endswith((".xlsx", ".xlsm")):
        return _read_xlsx(data)
    if filename.lower().endswith((".xls", ".ods")) or b"\x00" in data[:4096]:
        return _failed(_("Please save the file as CSV or as Excel workbook (.xlsx)."))
    return _read_csv(data)


def _failed(message) -> Table:
    return Table(problems=[ParseProblem(None, "", message)])


def _read_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    separator = max(";,\t", key=first.count)
    if first.count(separator) == 0:
        separator = ";"
    rows = csv.reader(io.StringIO(text), delimiter=separator, quotechar='"')
    table = Table(encoding=encoding)
    try:
        _fill(table, enumerate(([cell.strip() for cell in row] for row in rows), start=1))
    except csv.Error as error:
        table.problems.append(
            ParseProblem(None, "", _("The file cannot be read as CSV: %(e)s") % {"e": error})
        )
    return table


def _read_xlsx(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return _failed(_("The Excel file is damaged or not an .xlsx workbook."))
    try:
        sheet = workbook.worksheets[0]
        table = Table(encoding="xlsx", sheet=sheet.title)
        _fill(table, _xlsx_rows(sheet))
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
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float) and value.is_integer():
        return Decimal(int(value))
    if isinstance(value, float):
        # repr gives the shortest text that round-trips: 0.1 stays 0.1, not 0.1000000000000000055.
        return Decimal(repr(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    return str(value).strip()


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _heading(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime.datetime):
        cell = cell.date()
    if isinstance(cell, datetime.date):
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
            table.header = [_heading(cell) for cell in cells]
            header_seen = True
            continue
        table.rows.append(TableRow(number, cells))
    if not header_seen:
        table.problems.append(ParseProblem(None, "", _("The file is empty.")))
        return
    seen = set()
    for index, name in enumerate(table.header):
        letter = column_letter(index)
        if not name:
            table.header[index] = _("Column %(letter)s") % {"letter": letter}
        elif name.casefold() in seen:
            table.problems.append(
                ParseProblem(1, name, _("The column heading appears twice; please rename one."))
            )
        seen.add(name.casefold())
    if not table.rows:
        table.problems.append(ParseProblem(None, "", _("The file has a header but no rows.")))


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how spreadsheet users name columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
