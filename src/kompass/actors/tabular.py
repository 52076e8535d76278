"""Tables of actors and offers: the shared reader (``core.tabular``) with text cells by heading.

``read_table(data, filename)`` returns the header, the rows (dicts keyed by the heading,
with the row number a spreadsheet program shows) and the problems found. Lists of
actors and offers need every column named and no cells beyond the header; they are
short registers, so more than ``MAX_ROWS`` rows are refused.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from kompass.core import tabular
from kompass.core.imports import Problem

MAX_ROWS = 10_000

__all__ = ["MAX_ROWS", "Problem", "Row", "Table", "read_table"]


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
    sheet = tabular.read_table(data, filename)
    problems = list(sheet.problems)
    columns = []
    for index, name in enumerate(sheet.header):
        if not name:
            problems.append(
                Problem(sheet.header_row, "", _("Column %(n)s has no heading.") % {"n": index + 1})
            )
        elif name not in (heading for _i, heading in columns):
            columns.append((index, name))
    rows = []
    for row in sheet.rows:
        if len(rows) >= MAX_ROWS:
            problems.append(
                Problem(
                    row.number, "", _("The file has more than %(max)s rows.") % {"max": MAX_ROWS}
                )
            )
            break
        if any(
            tabular.cell_text(cell, iso=True).strip() for cell in row.cells[len(sheet.header) :]
        ):
            problems.append(
                Problem(
                    row.number, "", _("The row has more cells than the header row has columns.")
                )
            )
        rows.append(
            Row(
                row.number,
                {
                    name: tabular.cell_text(row.get(index), iso=True).strip()
                    for index, name in columns
                },
            )
        )
    return Table(
        [name for _i, name in columns],
        rows,
        problems,
        format=sheet.format,
        encoding=sheet.encoding,
        header_row=sheet.header_row,
    )
