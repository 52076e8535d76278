"""The GENESIS flat file (ffcsv): one value per row (current header) or one row with several
value columns named ``CODE__Label__Unit`` (older header, before 2025; German or English).

Current:  statistics_code;…;time;1_variable_code;1_variable_label;1_variable_attribute_code;
          1_variable_attribute_label;…;value;value_unit;value_variable_code;value_variable_label[;value_q]
Older:    Statistik_Code;…;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;
          1_Auspraegung_Label;…;BEV036__Bevoelkerung_in_Hauptwohnsitzhaushalten__1000
Older English downloads repeat ``n_variable_code`` for the attribute code columns:
          …;1_variable_code;1_variable_label;1_variable_code;1_variable_code;…;ERW065__Employees…__number

One attribute is the region: its variable code is a regional classification (``DINSG``,
``DLAND``, ``REGBEZ``, ``KREISE``, ``GEMEIN``, ``GEMVB``, …; Zensus 2022: ``GEO`` + level +
number, e.g. ``GEODL1``, ``GEOBL1``, ``GEOGM4``) and its attribute code the full key. Every
other attribute keeps its code; an empty code is a total, whatever the label says.
"""

import re

from django.utils.translation import gettext_lazy as _

from kompass.regions.keys import GERMANY, normalise

from .common import (
    DASH,
    Attribute,
    CellError,
    ParsedValue,
    ParseResult,
    Problem,
    parse_cell,
    parse_period,
)

# Regional classifications of GENESIS-Online and the Regionaldatenbank (``DLANDU``: Länder in
# the environmental accounts). The Zensus database names its levels GEO + two letters + number.
REGIONAL_VARIABLES = frozenset({"DINSG", "DLAND", "DLANDU", "REGBEZ", "KREISE", "GEMEIN", "GEMVB"})
_ZENSUS_REGIONAL = re.compile(r"^GEO[A-Z]{2}\d$")
# value_q: e = final; other codes qualify the number.
FINAL = "e"
QUALITY_FLAGS = {"()": "limited", "p": "provisional", "r": "corrected", "s": "estimated"}
# Labels of the time column that only English downloads use.
_ENGLISH_TIME_LABELS = frozenset(
    {"year", "reference date", "month", "quarter", "half-year", "semester", "years"}
)
_SPACES = re.compile(r"\s+")


def is_regional(code: str) -> bool:
    return code in REGIONAL_VARIABLES or _ZENSUS_REGIONAL.match(code) is not None


def read_flat_file(rows: list[list[str]]) -> ParseResult:
    header = [cell.strip() for cell in rows[0]]
    header[0] = header[0].lstrip("\ufeff")
    lowered = [cell.lower() for cell in header]
    if lowered[0] == "statistics_code":
        layout = _layout(lowered, "statistics_code", "time", "variable")
        return _read(rows, header, layout, "ffcsv" if "value" in lowered else "ffcsv-older")
    return _read(rows, header, _layout(lowered, "statistik_code", "zeit", "merkmal"), "ffcsv-older")


def _layout(lowered, statistic, time, attribute_word):
    """Where each part of a row is: attributes as (code, label, attribute code, attribute label)."""
    attributes = []
    n = 1
    while f"{n}_{attribute_word}_code" in lowered:
        # The first column of the group; older English headers repeat its name three times.
        base = lowered.index(f"{n}_{attribute_word}_code")
        attributes.append((base, base + 1, base + 2, base + 3))
        n += 1
    if "value" in lowered:
        optional = {
            name: lowered.index(name) if name in lowered else None
            for name in ("value_unit", "value_variable_code", "value_variable_label", "value_q")
        }
        values = [
            {
                "value": lowered.index("value"),
                "unit": optional["value_unit"],
                "code": optional["value_variable_code"],
                "label": optional["value_variable_label"],
                "quality": optional["value_q"],
            }
        ]
    else:
        values = []
        for index, name in enumerate(lowered):
            if "__" not in name:
                continue
            code = name.partition("__")[0].strip()
            if name.endswith("__q") and values and values[-1]["code"] == code:
                # ``UNT002__Unternehmen_(EU)__q``: the quality codes of the value column before
                values[-1]["quality"] = index
                continue
            values.append({"value": index, "fixed": None, "code": code, "quality": None})
    return {
        "statistic": lowered.index(statistic),
        "time": lowered.index(time) if time in lowered else None,
        "time_label": lowered.index(f"{time}_label") if f"{time}_label" in lowered else None,
        "attributes": attributes,
        "values": values,
    }


def _value_column_name(name: str) -> tuple[str, str, str]:
    """``BEV036__Bevoelkerung_in_Hauptwohnsitzhaushalten__1000`` → (code, label, unit).

    Labels may contain underscores of their own (``SUB003_______Guetersubventionen__jew._ME``).
    """
    name = name.strip()
    code, _sep, rest = name.partition("__")
    label, _sep, unit = rest.rpartition("__")
    if not _sep:
        label, unit = rest, ""
    return (
        code.strip(),
        _SPACES.sub(" ", label.replace("_", " ")).strip(),
        unit.replace("_", " ").strip(),
    )


def _read(rows, header, layout, format_name) -> ParseResult:
    result = ParseResult(format=format_name, encoding="")
    if layout["time"] is None or not layout["values"]:
        result.add_problem(
            Problem(1, "", _("The header lacks the time or value columns of a GENESIS flat file."))
        )
        return result
    for column in layout["values"]:
        if "fixed" in column:
            column["fixed"] = _value_column_name(header[column["value"]])
    width = len(header)
    # Periods, regions and characteristics repeat on many rows: each is read once, and rows
    # with the same characteristics share one tuple of them.
    caches = _Caches()
    for line_number, row in enumerate(rows[1:], start=2):
        if len(row) != width:
            if not any(cell.strip() for cell in row):
                continue
            result.add_problem(
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
        context = _context(header, layout, row, caches)
        if isinstance(context, Problem):
            result.add_problem(Problem(line_number, context.column, context.message))
            continue
        _read_values(result, header, layout, line_number, row, context)
    result.language = _language(rows, layout, result)
    return result


def _language(rows, layout, result) -> str:
    """ "en" when the download's labels are English (the header's names are English in both)."""
    if layout["time_label"] is not None:
        for row in rows[1:3]:
            if len(row) > layout["time_label"]:
                label = row[layout["time_label"]].strip().lower()
                return "en" if label in _ENGLISH_TIME_LABELS else "de"
    totals = {a.label for v in result.values[:1000] for a in v.attributes if a.is_total}
    return "en" if "Total" in totals else "de"


class _Caches:
    __slots__ = ("periods", "regions", "attributes", "tuples")

    def __init__(self):
        self.periods, self.regions, self.attributes, self.tuples = {}, {}, {}, {}


def _context(header, layout, row, caches):
    """(year, reference date, region key, region name, attributes) of a row, or a Problem."""
    time_column = layout["time"]
    period = caches.periods.get(row[time_column])
    if period is None:
        try:
            period = caches.periods[row[time_column]] = parse_period(row[time_column])
        except CellError as error:
            return Problem(None, header[time_column], str(error))
    region = None
    attributes = []
    for code_i, label_i, attr_code_i, attr_label_i in layout["attributes"]:
        cells = (row[code_i], row[label_i], row[attr_code_i], row[attr_label_i])
        known = caches.attributes.get(cells)
        if known is None:
            known = caches.attributes[cells] = _attribute(*cells)
        if known == ():
            continue
        if region is None and known[0] == _REGION:
            region = known
            continue
        attributes.append(known)
    if region is None:
        return Problem(None, "", _("The row names no region (no regional characteristic)."))
    attributes = tuple(attributes)
    attributes = caches.tuples.setdefault(attributes, attributes)
    return period[0], period[1], region[1], region[2], attributes


_REGION = object()


def _attribute(variable_code, variable_label, code, label):
    """An Attribute, ``(_REGION, key, name)`` for the region, or () for an empty group."""
    variable_code = variable_code.strip()
    if not variable_code:
        return ()
    if is_regional(variable_code):
        return (_REGION, normalise(code) or GERMANY, label.strip())
    return Attribute(
        variable_code, variable_label.strip(), code.strip(), _SPACES.sub(" ", label).strip()
    )


def _read_values(result, header, layout, line_number, row, context):
    year, reference_date, region_key, region_name, attributes = context
    statistic = row[layout["statistic"]].strip()
    for column in layout["values"]:
        if column.get("fixed"):
            if not row[column["value"]].strip():
                continue  # older layout: no value of this variable for this combination
            code, label, unit = column["fixed"]
            quality = row[column["quality"]].strip() if column["quality"] is not None else ""
        else:
            code = row[column["code"]].strip() if column["code"] is not None else ""
            label = row[column["label"]].strip() if column["label"] is not None else ""
            unit = row[column["unit"]].strip() if column["unit"] is not None else ""
            quality = row[column["quality"]].strip() if column["quality"] is not None else ""
        cell = row[column["value"]]
        dash = False
        if cell.strip() == DASH:
            if quality == FINAL:
                value, flag = parse_cell(cell)  # a final "-": 0 with flag "nothing"
            else:
                # No number published, or a true zero? Left to the person importing.
                value, flag, dash = None, "", True
        else:
            try:
                value, flag = parse_cell(cell)
            except CellError as error:
                result.add_problem(Problem(line_number, header[column["value"]], str(error)))
                continue
            flag = flag or QUALITY_FLAGS.get(quality, "")
        result.values.append(
            ParsedValue(
                row=line_number,
                region_key=region_key,
                region_name=region_name,
                year=year,
                reference_date=reference_date,
                variable=label or code,
                value=value,
                flag=flag,
                unit=unit,
                attributes=attributes,
                statistic=statistic,
                variable_code=code,
                dash=dash,
            )
        )
