"""The GENESIS flat file (ffcsv): one value per row (current English header) or one row with
several value columns (older German header, before 2025)."""

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

REGIONAL_VARIABLES = {"DLAND", "REGBEZ", "KREISE", "GEMEIN", "DINSG", "GEMVB"}
QUALITY_FLAGS = {"()": "limited", "p": "provisional", "r": "corrected", "s": "estimated"}


def _is_regional(code: str) -> bool:
    return code in REGIONAL_VARIABLES or code.startswith("GEOG")


def read_flat_file(rows: list[list[str]]) -> ParseResult:
    header = [cell.strip() for cell in rows[0]]
    header[0] = header[0].lstrip("\ufeff")
    lowered = [cell.lower() for cell in header]
    if lowered[0] == "statistics_code":
        return _read(rows, header, _layout_current(lowered), "ffcsv")
    return _read(rows, header, _layout_older(header), "ffcsv-older")


def _layout_current(header):
    attributes = []
    n = 1
    while f"{n}_variable_code" in header:
        base = header.index(f"{n}_variable_code")
        attributes.append((base, base + 1, base + 2, base + 3))
        n += 1
    value_columns = (
        [
            {
                "value": header.index("value"),
                "unit": header.index("value_unit") if "value_unit" in header else None,
                "code": header.index("value_variable_code")
                if "value_variable_code" in header
                else None,
                "label": header.index("value_variable_label")
                if "value_variable_label" in header
                else None,
                "quality": header.index("value_q") if "value_q" in header else None,
            }
        ]
        if "value" in header
        else []
    )
    return {
        "statistic": header.index("statistics_code"),
        "time": header.index("time") if "time" in header else None,
        "attributes": attributes,
        "values": value_columns,
    }


def _layout_older(header):
    lowered = [cell.lower() for cell in header]
    attributes = []
    n = 1
    while f"{n}_merkmal_code" in lowered:
        base = lowered.index(f"{n}_merkmal_code")
        attributes.append((base, base + 1, base + 2, base + 3))
        n += 1
    value_columns = []
    for index, name in enumerate(header):
        if "__" in name:
            code, _sep, rest = name.partition("__")
            label, _sep, unit = rest.rpartition("__")
            value_columns.append(
                {
                    "value": index,
                    "fixed": (code, (label or rest).replace("_", " "), unit.replace("_", " ")),
                }
            )
    return {
        "statistic": lowered.index("statistik_code"),
        "time": lowered.index("zeit") if "zeit" in lowered else None,
        "attributes": attributes,
        "values": value_columns,
    }


def _read(rows, header, layout, format_name) -> ParseResult:
    result = ParseResult(format=format_name, encoding="")
    if layout["time"] is None or not layout["values"]:
        result.problems.append(
            Problem(1, "", _("The header lacks the time or value columns of a GENESIS flat file."))
        )
        return result
    width = len(header)
    for line_number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            result.problems.append(
                Problem(
                    line_number,
                    "",
                    _(
                        "The row has %(found)s columns instead of %(expected)s (truncated or wrong separator?)."
                    )
                    % {"found": len(row), "expected": width},
                )
            )
            continue
        _read_row(result, header, layout, line_number, row)
    return result


def _read_row(result, header, layout, line_number, row):
    time_column = header[layout["time"]]
    try:
        year, reference_date = parse_period(row[layout["time"]])
    except CellError as error:
        result.problems.append(Problem(line_number, time_column, str(error)))
        return
    region_key = region_name = ""
    attributes = []
    for code_i, label_i, attr_code_i, attr_label_i in layout["attributes"]:
        variable_code = row[code_i].strip()
        if _is_regional(variable_code):
            region_key = region_ags(row[attr_code_i]) or "DG"
            region_name = row[attr_label_i].strip()
        elif variable_code:
            attributes.append(
                (
                    row[label_i].strip(),
                    re.sub(r"\s+", " ", row[attr_label_i]).strip() or "Insgesamt",
                )
            )
    if not region_key:
        result.problems.append(Problem(line_number, "", _("The row names no region (AGS/ARS).")))
        return
    for column in layout["values"]:
        if "fixed" in column:
            code, label, unit = column["fixed"]
            quality = ""
        else:
            code = row[column["code"]].strip() if column["code"] is not None else ""
            label = row[column["label"]].strip() if column["label"] is not None else ""
            unit = row[column["unit"]].strip() if column["unit"] is not None else ""
            quality = row[column["quality"]].strip() if column["quality"] is not None else ""
        try:
            value, flag = parse_cell(row[column["value"]])
        except CellError as error:
            result.problems.append(Problem(line_number, header[column["value"]], str(error)))
            continue
        flag = flag or QUALITY_FLAGS.get(quality, "")
        result.values.append(
            ParsedValue(
                row=line_number,
                region_key=region_key,
                region_name=region_name,
                year=year,
                reference_date=reference_date,
                variable=f"{code} {label}".strip(),
                value=value,
                flag=flag,
                unit=unit,
                attributes=tuple(attributes),
                statistic=row[layout["statistic"]].strip(),
            )
        )
