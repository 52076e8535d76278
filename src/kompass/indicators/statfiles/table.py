"""The classic GENESIS/Regionaldatenbank table CSV: header block, column heads, data, footer.

GENESIS-Tabelle: 12411-03-03-4                     ← header block: code, title, depth,
regionale Tiefe: Kreise und krfr. Städte              statistic, unit, maybe "Jahr: 2016"
;;;;Insgesamt;Insgesamt;Deutsche;…                 ← 1-4 rows of column heads, first cells empty
;;;;Insgesamt;männlich;Insgesamt;…                   (spanned heads repeated or left empty)
31.12.2015;DG;Deutschland;unter 3 Jahre;2200407;…  ← data: [period;]key;name;[text;…]values
__________                                          ← footer: footnotes, licence, "Stand: …"

The columns before the values are recognised by their content, over all data rows: the
region key (``DG`` or 2, 3, 5, 7-12 digits, kept in full), the region's name, columns of
years or dates (periods) and columns of text (characteristics such as an age group; a
total such as "Insgesamt" gets the empty code). Years or dates may also stand in the column
heads or only in the header block ("Jahr: 2016").
"""

import re

from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _

from kompass.regions.keys import normalise

from .common import (
    Attribute,
    CellError,
    ParsedValue,
    ParseResult,
    Problem,
    parse_cell,
    parse_period,
)

# Region keys of the classic tables: Germany, Land (2), Regierungsbezirk (3), Kreis (5),
# Gemeindeverband (7, 9), Gemeinde (8, 10, 11) and ARS (12). Never 4 digits: that is a year.
_KEY = re.compile(r"^(DG|\d{2,3}|\d{5}|\d{7,12})$")
_PERIOD = re.compile(r"^((?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$")
_YEAR_IN_TEXT = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])")
# "Jahr: 2016", "Stichtag: 31.12.2022", "Year 2016" in the header block.
_PERIOD_LINE = re.compile(
    r"^\s*(?:jahr|berichtsjahr|stichtag|year|reference date)\s*:?\s*"
    r"(\d{1,2}\.\d{1,2}\.\d{4}|(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_UNIT_IN_LINE = re.compile(r"\(([^()]+)\)\s*$")
# Words the tables use for the total of a text characteristic (no codes in classic tables).
TOTAL_WORDS = frozenset({"insgesamt", "total", "zusammen", "gesamt", "alle"})
# Cells of a column-head row that only name units.
UNITS = frozenset(
    {
        "anzahl",
        "number",
        "prozent",
        "percent",
        "%",
        "eur",
        "euro",
        "tsd. eur",
        "1000 eur",
        "mill. eur",
        "1000",
        "tsd.",
        "qkm",
        "ha",
        "jahre",
        "personen",
    }
)
_TEXT, _DATE = "text", "period"


def _is_key(cell: str) -> bool:
    return _KEY.match(cell.strip()) is not None


def _is_text(cell: str) -> bool:
    """A cell that is neither a number, a symbol nor a period: a characteristic's text."""
    cell = cell.strip()
    if not cell or _PERIOD.match(cell):
        return False
    try:
        parse_cell(cell)
    except CellError:
        return True
    return False


def _data_start(rows, footer) -> tuple[int, int] | None:
    """(first data row, key column): a key followed by a region name, in column 0, 1 or 2."""
    for index in range(footer):
        row = rows[index]
        for column in range(min(3, len(row) - 2)):
            if (
                _is_key(row[column])
                and _is_text(row[column + 1])
                and all(_PERIOD.match(c.strip()) or _is_text(c) for c in row[:column])
            ):
                return index, column
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
    start = _data_start(rows, footer)
    if start is None:
        result.add_problem(
            Problem(None, "", _("No data rows found: no row starts with a region key (AGS/ARS)."))
        )
        return result
    first_data, key_column = start
    header_rows, block = [], []
    for row in rows[:first_data]:
        if not any(c.strip() for c in row):
            continue
        if row[0].strip() == "":
            header_rows.append(row)
        else:
            block.append(row[0].strip())
    result.title = " · ".join(block[:3])
    statistic = block[0].split(":", 1)[-1].strip() if block else ""
    data = [(i, rows[i]) for i in range(first_data, footer) if any(c.strip() for c in rows[i])]
    width = max(len(row) for _i, row in data)
    leading = _leading_columns(data, header_rows, key_column, width)
    first_value = key_column + 2 + sum(1 for column in leading if column > key_column)
    unit_row, block_unit = _unit_row(header_rows, block, first_value, width)
    heads = [row for row in header_rows if row is not unit_row]
    labels = _column_labels(heads, width, first_value)
    fallback = _period_from_block(block)
    characteristics = _characteristic_names(leading, header_rows)
    columns = []
    for column in range(first_value, width):
        label = labels[column] or _g("column %(n)s") % {"n": column + 1}
        period_text = _period_in(label)
        unit = (
            unit_row[column].strip() if unit_row is not None and column < len(unit_row) else ""
        ) or block_unit
        columns.append(
            (
                column,
                label,
                _without_period(label) or label,
                parse_period(period_text) if period_text else None,
                unit,
            )
        )
    attribute_cache: dict = {}
    for index, row in data:
        line_number = index + 1
        if len(row) <= key_column or not _is_key(row[key_column]):
            result.add_problem(
                Problem(line_number, "", _("The row does not start with a region key (AGS/ARS)."))
            )
            continue
        if len(row) < width:
            result.add_problem(
                Problem(
                    line_number,
                    "",
                    _("The row has %(found)s columns instead of %(expected)s (truncated?).")
                    % {"found": len(row), "expected": width},
                )
            )
            continue
        row_period, attributes, bad = None, [], False
        for column, kind in leading.items():
            cell = row[column].strip()
            if kind == _DATE:
                try:
                    row_period = parse_period(cell)
                except CellError as error:
                    result.add_problem(Problem(line_number, "", str(error)))
                    bad = True
                    break
            else:
                attributes.append(_attribute(attribute_cache, characteristics[column], cell))
        if bad:
            continue
        attributes = tuple(attributes)
        region_key, region_name = normalise(row[key_column]), row[key_column + 1].strip()
        for column, label, variable, column_period, unit in columns:
            period = column_period or row_period or fallback
            if period is None:
                result.add_problem(
                    Problem(line_number, label, _("No year or reference date found."))
                )
                continue
            try:
                value, flag = parse_cell(row[column])
            except CellError as error:
                result.add_problem(Problem(line_number, label, str(error)))
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
                    unit=unit,
                    attributes=attributes,
                    statistic=statistic,
                )
            )
    return result


def _leading_columns(data, header_rows, key_column, width) -> dict[int, str]:
    """Columns before the key and between the region name and the values: period or text.

    Decided by each column's content over all data rows (and, after the name, by its empty
    head), never by one cell.
    """
    leading = {}
    for column in range(key_column):
        cells = [row[column].strip() for _i, row in data if len(row) > column]
        filled = [c for c in cells if c]
        leading[column] = _DATE if filled and all(_PERIOD.match(c) for c in filled) else _TEXT
    for column in range(key_column + 2, width - 1):
        cells = [row[column].strip() for _i, row in data if len(row) > column]
        filled = [c for c in cells if c]
        if not filled:
            break
        head_empty = not any(column < len(r) and r[column].strip() for r in header_rows)
        if head_empty and all(_PERIOD.match(c) for c in filled):
            leading[column] = _DATE
        elif sum(1 for c in filled if _is_text(c)) * 2 > len(filled):
            leading[column] = _TEXT
        else:
            break
    return leading


def _characteristic_names(leading, header_rows) -> dict[int, str]:
    """The heading of each text column, or "Merkmal n" where the table gives none."""
    names, n = {}, 0
    for column, kind in leading.items():
        if kind != _TEXT:
            continue
        n += 1
        heads = [r[column].strip() for r in header_rows if column < len(r) and r[column].strip()]
        # Not translated: the name is part of the series' identity.
        names[column] = " | ".join(dict.fromkeys(heads)) or f"Merkmal {n}"
    return names


def _attribute(cache, name, text) -> Attribute:
    attribute = cache.get((name, text))
    if attribute is None:
        code = "" if text.lower() in TOTAL_WORDS else text
        attribute = cache[(name, text)] = Attribute(name, name, code, text)
    return attribute


def _unit_row(header_rows, block, first_value, width):
    """The column-head row that only names units (e.g. "Anzahl"), and the header block's unit."""
    block_unit = ""
    for line in block[1:]:
        match = _UNIT_IN_LINE.search(line)
        if match and not _YEAR_IN_TEXT.search(match.group(1)) and not match.group(1).isdigit():
            block_unit = match.group(1).strip()
    known = UNITS | {block_unit.lower()} - {""}
    for row in reversed(header_rows):
        cells = [c.strip().lower() for c in row[first_value:width] if c.strip()]
        if cells and all(c in known for c in cells):
            return row, block_unit
    return None, block_unit


def _column_labels(header_rows, width, first_value) -> list[str]:
    """One label per value column from all head rows.

    GENESIS repeats a spanning head in every column it spans; an empty cell is filled from
    its left neighbour only when both columns share every head above it (a span the file
    did not repeat), never across the border of a span above.
    """
    parts = [[] for _ in range(width)]
    for row in header_rows:
        above = [tuple(p) for p in parts]
        current = ""
        for column in range(first_value, width):
            cell = row[column].strip() if column < len(row) else ""
            if cell:
                current = cell
            elif column == first_value or above[column] != above[column - 1]:
                current = ""
            if current:
                parts[column].append(current)
    return [" | ".join(dict.fromkeys(p)) for p in parts]


def _period_in(label: str) -> str | None:
    """A column's period: a head cell that is a year or date, not a year inside a text such as
    "pädagogisches Personal (ab 2011)"."""
    for part in reversed(label.split(" | ")):
        if _PERIOD.match(part.strip()):
            return part.strip()
    return None


def _without_period(label: str) -> str:
    cleaned = " | ".join(part for part in label.split(" | ") if not _PERIOD.match(part.strip()))
    return cleaned.strip()


def _period_from_block(block: list[str]):
    for line in block:
        if _PERIOD.match(line):  # a line of its own: "30.06.2015"
            return parse_period(line)
        match = _PERIOD_LINE.match(line)
        if match:
            return parse_period(match.group(1))
    return None
