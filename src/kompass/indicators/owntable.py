"""Tables from the municipality's own offices (registration office, youth office, school
office …): CSV or XLSX with any column headings, assigned by the user column by column.

Two layouts: *one row per value* (columns for year, value and optionally district,
group and indicator) and *years as columns* (a row per district or group, a column per
year – the usual Excel sheet). Region cells name a district by code or name, or the
whole municipality by its name, its AGS/ARS or a word like "Gesamt".
"""

import datetime
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from kompass.analysis.models import District
from kompass.core.tabular import Cell, Table, cell_text, column_letter
from kompass.tenancy.models import Municipality

from .models import Indicator
from .statfiles.common import CellError, Problem, parse_cell, parse_period, region_ags

LONG, WIDE = "long", "wide"
TOTAL_WORDS = {"", "gesamt", "insgesamt", "summe", "total", "stadt gesamt", "gesamtstadt", "alle"}


@dataclass
class ColumnMapping:
    """Which column means what; columns are 0-based indexes into the table's header."""

    layout: str = LONG
    indicator: int | None = None  # one indicator receives all values ...
    indicator_column: int | None = None  # ... or a column names it per row
    region_column: int | None = None  # None: every value is for the whole municipality
    year_column: int | None = None
    value_column: int | None = None
    year_columns: list[int] = field(default_factory=list)
    group_column: int | None = None

    def as_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "ColumnMapping":
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        return cls(**known)


@dataclass(slots=True)
class TableValue:
    row: int
    column: str
    indicator: Indicator
    district: District | None
    region: str
    group: str
    year: int
    reference_date: datetime.date | None
    value: Decimal | None
    flag: str


def guess_mapping(table: Table) -> ColumnMapping:
    """A first proposal from the column headings; the user checks and corrects it."""
    mapping = ColumnMapping()
    year_columns = [i for i, name in enumerate(table.header) if _period(name) is not None]
    if len(year_columns) >= 2:
        mapping.layout, mapping.year_columns = WIDE, year_columns

    def find(*words):
        for index, name in enumerate(table.header):
            if index in year_columns:
                continue
            if any(word in name.casefold() for word in words):
                return index
        return None

    mapping.region_column = find(
        "stadtteil", "sozialraum", "bezirk", "ortsteil", "quartier", "gebiet", "region", "district"
    )
    mapping.indicator_column = find("indikator", "indicator", "kennzahl", "merkmal")
    mapping.group_column = find("gruppe", "group", "geschlecht", "alter", "ausprägung")
    if mapping.layout == LONG:
        mapping.year_column = find("jahr", "year", "stichtag", "datum", "zeit")
        mapping.value_column = find("wert", "value", "anzahl", "quote", "anteil", "betrag")
    return mapping


def _period(text: str):
    try:
        return parse_period(text)
    except CellError:
        return None


class RegionResolver:
    """Region cell → district, whole municipality, another municipality or unknown."""

    def __init__(self, municipality: Municipality, districts):
        self.municipality = municipality
        self.own = {
            key
            for key in (municipality.ags, region_ags(municipality.ars) if municipality.ars else "")
            if key
        } | {municipality.name.casefold()}
        self.by_key = {}
        for district in districts:
            self.by_key[district.code.casefold()] = district
            self.by_key[district.name.casefold()] = district
            if district.code.isdigit():
                self.by_key[str(int(district.code))] = district
        self.others = set(
            Municipality.objects.exclude(pk=municipality.pk)
            .exclude(ags="")
            .values_list("ags", flat=True)
        )

    def resolve(self, cell: Cell) -> tuple[str, District | None]:
        """("own", None), ("district", d), ("other", None) or ("unknown", None)."""
        text = cell_text(cell).casefold()
        if text in TOTAL_WORDS or text in self.own or region_ags(text) in self.own:
            return "own", None
        district = self.by_key.get(text)
        if district is not None:
            return "district", district
        if text.isdigit() and str(int(text)) in self.by_key:
            return "district", self.by_key[str(int(text))]
        if region_ags(text) in self.others:
            return "other", None
        return "unknown", None


def _value(cell: Cell) -> tuple[Decimal | None, str]:
    if isinstance(cell, Decimal):
        return cell, ""
    if isinstance(cell, datetime.date):
        raise CellError(_("A date is not a value."))
    return parse_cell(cell)


def _year(cell: Cell) -> tuple[int, datetime.date | None]:
    if isinstance(cell, datetime.datetime):
        cell = cell.date()
    if isinstance(cell, datetime.date):
        return cell.year, cell
    text = cell_text(cell)
    year, reference_date = parse_period(text)
    if not 1900 <= year <= 2100:
        raise CellError(_("“%(text)s” is not a plausible year.") % {"text": text})
    return year, reference_date


def _empty(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _group(cell: Cell) -> str:
    text = cell_text(cell)
    return "" if text.casefold() in TOTAL_WORDS else text[:120]


def read_values(
    table: Table,
    mapping: ColumnMapping,
    *,
    municipality: Municipality,
    indicators,
    districts,
    skipped: list | None = None,
) -> tuple[list[TableValue], list[Problem]]:
    """Every value the assignment finds in the table, or problems naming row and column.

    ``skipped`` collects (row, region, reason) for rows that are fine but not for this
    municipality or empty.
    """
    values, problems = [], []
    skipped = skipped if skipped is not None else []
    header = table.header
    resolver = RegionResolver(municipality, districts)
    by_pk = {indicator.pk: indicator for indicator in indicators}
    by_name = {}
    for indicator in indicators:
        by_name[indicator.name.casefold()] = indicator
        for code in (indicator.catalogue_code, getattr(indicator.catalogue_entry, "code", "")):
            if code:
                by_name[code.casefold()] = indicator
    single = by_pk.get(mapping.indicator) if mapping.indicator is not None else None

    def name(index):
        if index < len(header) and header[index]:
            return f"{column_letter(index)} ({header[index]})"
        return column_letter(index)

    if mapping.layout == WIDE:
        periods = {}
        for index in mapping.year_columns:
            period = _period(header[index]) if index < len(header) else None
            if period is None:
                problems.append(Problem(1, name(index), _("The heading is not a year or date.")))
            else:
                periods[index] = period
        cells = [(index, *periods[index]) for index in mapping.year_columns if index in periods]
    value_columns = (
        [index for index, _year, _date in cells]
        if mapping.layout == WIDE
        else [mapping.value_column]
    )
    for row in table.rows:
        if all(_empty(row.get(index)) for index in value_columns):
            # Footnotes, sources and spacer rows under the table carry no values.
            skipped.append((row.number, cell_text(row.cells[0]), _("row without values")))
            continue
        indicator = single
        if mapping.indicator_column is not None:
            text = cell_text(row.get(mapping.indicator_column))
            indicator = by_name.get(text.casefold())
            if indicator is None:
                problems.append(
                    Problem(
                        row.number,
                        name(mapping.indicator_column),
                        _("“%(text)s” is no indicator of this concept version (name or code).")
                        % {"text": text[:80]},
                    )
                )
                continue
        district, region = None, ""
        if mapping.region_column is not None:
            cell = row.get(mapping.region_column)
            region = cell_text(cell)
            kind, district = resolver.resolve(cell)
            if kind == "other":
                skipped.append((row.number, region, _("another region")))
                continue
            if kind == "unknown":
                problems.append(
                    Problem(
                        row.number,
                        name(mapping.region_column),
                        _("“%(text)s” is neither a district (code or name) nor the municipality.")
                        % {"text": region[:80]},
                    )
                )
                continue
        group = _group(row.get(mapping.group_column)) if mapping.group_column is not None else ""
        if mapping.layout == WIDE:
            targets = [(index, year, date) for index, year, date in cells]
        else:
            try:
                year, date = _year(row.get(mapping.year_column))
            except CellError as error:
                problems.append(Problem(row.number, name(mapping.year_column), str(error)))
                continue
            targets = [(mapping.value_column, year, date)]
        for index, year, date in targets:
            cell = row.get(index)
            if _empty(cell):
                skipped.append(
                    (row.number, region, _("empty cell in column %(c)s") % {"c": name(index)})
                )
                continue
            try:
                value, flag = _value(cell)
            except CellError as error:
                problems.append(Problem(row.number, name(index), str(error)))
                continue
            values.append(
                TableValue(
                    row.number,
                    name(index),
                    indicator,
                    district,
                    region,
                    group,
                    year,
                    date,
                    value,
                    flag,
                )
            )
    return values, problems
