"""The classic GENESIS/Regionaldatenbank table CSV: header block, column headers, data, footer.

GENESIS-Tabelle: 12411-03-03-4          ← header block (title, depth, statistic, unit)
...
;;;Insgesamt;Ausländer                  ← 1-4 column-header rows, first cells empty
31.12.2022;06411;  Darmstadt;162000;40000   ← data: [date or year;]key;name;values
__________                              ← footer: footnotes, copyright, "Stand: ..."
"""

import re

from django.utils.translation import gettext_lazy as _

from .common import (
    CellError,
    ParsedValue,
    ParseResult,
    Problem,
    parse_cell,
    parse_period,
    region_ags,
)

_KEY = re.compile(r"^(\d{2,12}|DG)$")
_PERIOD = re.compile(r"^(\d{4}|\d{1,2}\.\d{1,2}\.\d{4})$")
_PERIOD_IN_TEXT = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4}|(?<!\d)(?:19|20)\d{2}(?!\d))")


def _key_column(row: list[str]) -> int | None:
    cells = [c.strip() for c in row]
    if cells and _KEY.match(cells[0]) and len(cells) > 2:
        return 0
    if len(cells) > 3 and _PERIOD.match(cells[0]) and _KEY.match(cells[1]):
        return 1
    return None


def read_table_file(rows: list[list[str]]) -> ParseResult:
    result = ParseResult(format="table", encoding="")
    footer = next(
        (i for i, row in enumerate(rows) if row and row[0].strip().startswith("___")), len(rows)
    )
    result.footnotes = [
        row[0].strip()
        for row in rows[footer + 1 :]
        if row and row[0].strip() and not row[0].startswith("Stand:")
    ]
    first_data = next((i for i in range(footer) if _key_column(rows[i]) is not None), None)
    if first_data is None:
        result.problems.append(
            Problem(None, "", _("No data rows found: no row starts with a region key (AGS/ARS)."))
        )
        return result
    key_column = _key_column(rows[first_data])
    header_rows, block = [], []
    for row in rows[:first_data]:
        if not any(c.strip() for c in row):
            continue
        if row[0].strip() == "":
            header_rows.append(row)
        else:
            block.append(row[0].strip())
    result.title = " · ".join(block[:3])
    width = max(len(row) for row in rows[first_data:footer] or [rows[first_data]])
    labels = _column_labels(header_rows, width)
    fallback_text = _period_from_header(block)
    fallback_period = parse_period(fallback_text) if fallback_text else None
    statistic = block[0].split(":", 1)[-1].strip() if block else ""
    # Per value column, once: its label, the variable it holds and a period named in the header.
    columns = []
    for column in range(key_column + 2, width):
        label = labels[column] or str(_("column %(n)s") % {"n": column + 1})
        period_text = _period_in(label)
        columns.append(
            (
                column,
                label,
                _without_period(label) or label,
                parse_period(period_text) if period_text else None,
            )
        )
    for index in range(first_data, footer):
        row, line_number = rows[index], index + 1
        if not any(c.strip() for c in row):
            continue
        if _key_column(row) != key_column:
            result.problems.append(
                Problem(line_number, "", _("The row does not start with a region key (AGS/ARS)."))
            )
            continue
        if len(row) < width:
            result.problems.append(
                Problem(
                    line_number,
                    "",
                    _("The row has %(found)s columns instead of %(expected)s (truncated?).")
                    % {"found": len(row), "expected": width},
                )
            )
            continue
        row_period = None
        if key_column == 1:
            try:
                row_period = parse_period(row[0])
            except CellError as error:
                result.problems.append(Problem(line_number, "", str(error)))
                continue
        region_key, region_name = region_ags(row[key_column]), row[key_column + 1].strip()
        for column, label, variable, column_period in columns:
            period = column_period or row_period or fallback_period
            if period is None:
                result.problems.append(
                    Problem(line_number, label, _("No year or reference date found."))
                )
                continue
            try:
                value, flag = parse_cell(row[column])
            except CellError as error:
                result.problems.append(Problem(line_number, label, str(error)))
                continue
            result.values.append(
                ParsedValue(
                    row=line_number,
                    region_key=region_key,
                    region_name=region_name,
                    year=period[0],
                    reference_date=period[1],
                    variable=variable,
                    value=value,
                    flag=flag,
                    statistic=statistic,
                )
            )
    return result


def _column_labels(header_rows, width) -> list[str]:
    """One label per column from all header rows; spanned header cells are filled to the right."""
    parts = [[] for _ in range(width)]
    for row in header_rows:
        current = ""
        for column in range(width):
            cell = row[column].strip() if column < len(row) else ""
            if cell:
                current = cell
            if current and column >= 1:
                parts[column].append(current)
    return [" | ".join(dict.fromkeys(p)) for p in parts]


def _period_in(text: str) -> str | None:
    matches = _PERIOD_IN_TEXT.findall(text)
    return matches[-1] if matches else None


def _without_period(label: str) -> str:
    cleaned = " | ".join(part for part in label.split(" | ") if not _PERIOD.match(part.strip()))
    return cleaned.strip()


def _period_from_header(block: list[str]) -> str | None:
    for line in block:
        if "stichtag" in line.lower() or "jahr" in line.lower():
            found = _period_in(line)
            if found:
                return found
    return None
