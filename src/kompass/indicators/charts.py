"""From an indicator's values to its charts: time series, districts (bars and map), groups.

The functions take values and districts already loaded, so a page draws any number of
charts without further queries. Values for the whole municipality have neither district
nor group; district charts use values without group, group charts values without district.

A value without a number (withheld, not published, …) is a gap with its reason, never a
zero; a value flagged "nothing there" is a true zero and is drawn as one, with its note.
The time series can carry comparison lines of other regions (the Land, Germany, the county):
drawn beside the municipality's own line when the unit is a share or a rate, listed in the
data table only when the values are counts, which differ by the size of the region.
"""

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import cycle

from django.utils import formats
from django.utils.translation import gettext as _

from kompass.core.charts import (
    Area,
    Bar,
    Chart,
    Point,
    Reference,
    Series,
    bar_chart,
    choropleth,
    format_value,
    grouped_bar_chart,
    line_chart,
)
from kompass.regions.keys import RegionLevel, level_of

from .models import ComparisonValue, Direction, Indicator, IndicatorValue, ValueFlag
from .status import number_of

PROVISIONAL_FLAGS = {ValueFlag.PROVISIONAL, ValueFlag.ESTIMATED}

# Parts of a unit that make it a share or a rate: values of regions of any size then compare
# directly. Counts (persons, cases, "Anzahl") and amounts do not.
RATE_MARKERS = ("%", "‰", "/", " je ", " pro ", " per ", "quote", "rate", "anteil", "index")

# Comparison lines are dashed, each differently, so they differ from the municipality's own
# solid line (and from each other) without colour; markers differ as well.
COMPARISON_DASHES = ("9 4", "2 3", "12 3 2 3", "5 5")

# The nearest region first: county, Regierungsbezirk, Land, Germany.
_LEVEL_ORDER = {
    RegionLevel.GEMEINDE: 0,
    RegionLevel.GEMEINDEVERBAND: 1,
    RegionLevel.KREIS: 2,
    RegionLevel.REGBEZ: 3,
    RegionLevel.LAND: 4,
    RegionLevel.COUNTRY: 5,
}


def _note(value: IndicatorValue | ComparisonValue) -> str:
    return value.get_flag_display() if value.flag else ""


def _point(year: int, value: IndicatorValue | ComparisonValue) -> Point:
    """A value as a point: no number (whatever the flag) is a gap, never a zero."""
    number = number_of(value)
    return Point(
        year,
        number,
        note=_note(value),
        provisional=value.flag in PROVISIONAL_FLAGS and number is not None,
    )


def is_rate_unit(unit: str) -> bool:
    """Whether values in ``unit`` are shares or rates (comparable across regions of any size)."""
    text = f" {(unit or '').strip().lower()} "
    return any(marker in text for marker in RATE_MARKERS)


@dataclass
class ComparisonRegion:
    """The comparison values of one region for an indicator (all groups), newest name kept."""

    indicator: Indicator
    region_key: str
    region_name: str
    values: list[ComparisonValue] = field(default_factory=list)

    def __str__(self):
        return _("Comparison values of %(region)s") % {"region": self.region_name}

    @property
    def totals(self) -> list[ComparisonValue]:
        return [v for v in self.values if not v.group]


def comparison_regions(indicator, comparisons: Iterable[ComparisonValue]) -> list[ComparisonRegion]:
    """The comparison values by region, the nearest region first (county before Land before
    Germany), each region's values by year."""
    regions: dict[str, ComparisonRegion] = {}
    for value in sorted(
        comparisons, key=lambda v: (v.year, v.reference_date or datetime.date.min, v.pk or 0)
    ):
        region = regions.setdefault(
            value.region_key, ComparisonRegion(indicator, value.region_key, value.region_name)
        )
        region.values.append(value)
        region.region_name = value.region_name or region.region_name or value.region_key
    return sorted(
        regions.values(),
        key=lambda r: (_LEVEL_ORDER.get(level_of(r.region_key), 9), r.region_key),
    )


def whole_municipality(values: Iterable[IndicatorValue]) -> list[IndicatorValue]:
    return [v for v in values if v.district_id is None and not v.group]


def district_years(values: Iterable[IndicatorValue]) -> list[int]:
    """The years with at least one district value (without group), oldest first."""
    return sorted({v.year for v in values if v.district_id is not None and not v.group})


def group_years(values: Iterable[IndicatorValue]) -> list[int]:
    return sorted({v.year for v in values if v.district_id is None and v.group})


def _last_per_key(values, key):
    """Of several values for the same key (e.g. two reference dates in a year), the last wins."""
    found = {}
    for value in sorted(
        values, key=lambda v: (v.year, v.reference_date or datetime.date.min, v.pk or 0)
    ):
        found[key(value)] = value
    return found


def _year_position(day: datetime.date) -> float:
    start = datetime.date(day.year, 1, 1)
    days = (datetime.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days


def _direction_sentence(indicator: Indicator) -> str:
    if indicator.direction == Direction.HIGHER_IS_BETTER:
        return _("For this indicator, higher values are better.")
    if indicator.direction == Direction.LOWER_IS_BETTER:
        return _("For this indicator, lower values are better.")
    return _("This indicator is descriptive and does not rate.")


def time_series_chart(
    indicator: Indicator,
    values: Sequence[IndicatorValue],
    *,
    chart_id: str,
    comparisons: Sequence[ComparisonValue] = (),
) -> Chart | None:
    """The yearly values for the whole municipality with baseline and target, and a line per
    comparison region (totals only); None without values of the municipality's own."""
    by_year = _last_per_key(whole_municipality(values), key=lambda v: v.year)
    if not by_year:
        return None
    points = [_point(year, v) for year, v in sorted(by_year.items())]
    baseline = target = None
    sentences = []
    known = [p for p in points if p.value is not None]
    if known:
        sentences.append(
            _("From %(first)s (%(first_year)s) to %(last)s (%(last_year)s) %(unit)s.")
            % {
                "first": format_value(known[0].value),
                "first_year": known[0].year,
                "last": format_value(known[-1].value),
                "last_year": known[-1].year,
                "unit": indicator.unit,
            }
        )
    gaps = [p for p in points if p.value is None and (not known or p.year > known[-1].year)]
    if gaps:
        sentences.append(
            _("No value for %(years)s.") % {"years": ", ".join(str(p.year) for p in gaps)}
        )
    if indicator.baseline_value is not None and indicator.baseline_year:
        baseline = Reference(
            indicator.baseline_year, indicator.baseline_value, str(indicator.baseline_year)
        )
        sentences.append(
            _("Baseline %(year)s: %(value)s.")
            % {"year": indicator.baseline_year, "value": format_value(indicator.baseline_value)}
        )
    if indicator.has_target:
        when = formats.date_format(indicator.target_date, "SHORT_DATE_FORMAT")
        target = Reference(_year_position(indicator.target_date), indicator.target_value, when)
        sentences.append(
            _("Target by %(date)s: %(value)s.")
            % {"date": when, "value": format_value(indicator.target_value)}
        )
    sentences.append(_direction_sentence(indicator))
    series = [Series(_("whole municipality"), points)]
    notes = []
    regions = [r for r in comparison_regions(indicator, comparisons) if r.totals]
    if regions:
        drawn = is_rate_unit(indicator.unit)
        for region, dash in zip(regions, cycle(COMPARISON_DASHES)):
            region_points = [
                _point(year, v)
                for year, v in sorted(_last_per_key(region.totals, key=lambda v: v.year).items())
            ]
            series.append(Series(region.region_name, region_points, dash=dash, in_chart=drawn))
        sentences.append(_comparison_sentence(series, known, drawn))
        if not drawn:
            notes.append(_counts_note(indicator, regions))
            sentences.append(notes[-1])
    return line_chart(
        chart_id=chart_id,
        title=_("%(name)s: time series") % {"name": indicator.name},
        description=" ".join(sentences),
        unit=indicator.unit,
        series=series,
        baseline=baseline,
        target=target,
        notes=notes,
    )


def _names(regions) -> str:
    return ", ".join(r.region_name for r in regions)


def _counts_note(indicator, regions) -> str:
    return _(
        "The values of %(regions)s are counts of larger regions: as “%(unit)s” they are not "
        "comparable with the municipality's own values and are listed in the data table only."
    ) % {"regions": _names(regions), "unit": indicator.unit}


def _comparison_sentence(series: list[Series], known: list[Point], drawn: bool) -> str:
    """Which comparison lines there are, and their values in the municipality's latest year."""
    comparisons = series[1:]
    names = ", ".join(s.label for s in comparisons)
    sentence = (
        _("Comparison lines: %(regions)s.") % {"regions": names}
        if drawn
        else _("Comparison values in the data table: %(regions)s.") % {"regions": names}
    )
    if not known:
        return sentence
    year = known[-1].year
    found = []
    for s in comparisons:
        point = next((p for p in s.points if p.year == year and p.value is not None), None)
        if point is not None:
            found.append(f"{s.label} {format_value(point.value)}")
    if found:
        sentence += " " + _("For comparison in %(year)s: %(values)s.") % {
            "year": year,
            "values": "; ".join(found),
        }
    return sentence


def _district_values(values, year):
    return _last_per_key(
        [v for v in values if v.year == year and v.district_id is not None and not v.group],
        key=lambda v: v.district_id,
    )


def _district_description(indicator, year, found, districts) -> str:
    known = sorted(
        (
            (number_of(v), d.name)
            for d in districts
            if (v := found.get(d.pk)) and number_of(v) is not None
        ),
        key=lambda pair: pair[0],
    )
    parts = []
    if known:
        parts.append(
            _("In %(year)s from %(low)s (%(low_name)s) to %(high)s (%(high_name)s) %(unit)s.")
            % {
                "year": year,
                "low": format_value(known[0][0]),
                "low_name": known[0][1],
                "high": format_value(known[-1][0]),
                "high_name": known[-1][1],
                "unit": indicator.unit,
            }
        )
    missing = len(districts) - len(known)
    if missing:
        parts.append(_("Districts without a value: %(count)s.") % {"count": missing})
    parts.append(_direction_sentence(indicator))
    return " ".join(parts)


def parse_shape(text: str) -> dict | None:
    """The stored outline as a geometry, or None when there is none (or it cannot be read)."""
    if not text:
        return None
    try:
        geometry = json.loads(text)
    except ValueError:
        return None
    return (
        geometry
        if isinstance(geometry, dict) and geometry.get("type") in {"Polygon", "MultiPolygon"}
        else None
    )


def district_map(indicator, values, districts, year: int, *, chart_id: str) -> Chart:
    """The districts coloured by the indicator's value in ``year`` (choropleth)."""
    found = _district_values(values, year)
    areas = [
        Area(
            code=d.code,
            name=d.name,
            geometry=parse_shape(d.geojson),
            value=number_of(found[d.pk]) if d.pk in found else None,
            note=_note(found[d.pk]) if d.pk in found else _("no value"),
        )
        for d in districts
    ]
    description = _district_description(indicator, year, found, districts)
    description += " " + _("Darker areas stand for higher values.")
    return choropleth(
        chart_id=chart_id,
        title=_("%(name)s by district, %(year)s") % {"name": indicator.name, "year": year},
        description=description,
        unit=indicator.unit,
        areas=areas,
        category_label=_("District"),
    )


def district_bars(indicator, values, districts, year: int, *, chart_id: str) -> Chart:
    """One bar per district for ``year``; districts without a value keep their row."""
    found = _district_values(values, year)
    bars = [
        Bar(
            d.name,
            number_of(found[d.pk]) if d.pk in found else None,
            _note(found[d.pk]) if d.pk in found else _("no value"),
        )
        for d in districts
    ]
    return bar_chart(
        chart_id=chart_id,
        title=_("%(name)s by district, %(year)s") % {"name": indicator.name, "year": year},
        description=_district_description(indicator, year, found, districts),
        unit=indicator.unit,
        category_label=_("District"),
        bars=bars,
    )


def split_group_dimension(labels: Sequence[str]) -> tuple[str, list[str]]:
    """ "Altersgruppe: unter 6", "Altersgruppe: 6 bis unter 18" → ("Altersgruppe", ["unter 6", ...])."""
    prefixes = {label.partition(": ")[0] for label in labels if ": " in label}
    if len(prefixes) == 1 and all(": " in label for label in labels):
        return prefixes.pop(), [label.partition(": ")[2] for label in labels]
    return _("Group"), list(labels)


def group_chart(indicator, values, *, chart_id: str) -> Chart | None:
    """The groups (e.g. age bands) in the latest year, beside the earliest year with groups.

    Groups keep the order in which they were entered, which is the natural order of age bands.
    """
    grouped = [v for v in values if v.district_id is None and v.group]
    years = group_years(grouped)
    if not years:
        return None
    order = [v.group for v in sorted(grouped, key=lambda v: v.pk or 0)]
    labels = list(dict.fromkeys(order))
    dimension, short_labels = split_group_dimension(labels)
    shown_years = [years[0], years[-1]] if len(years) > 1 else [years[-1]]
    by_key = _last_per_key(grouped, key=lambda v: (v.year, v.group))
    series = [
        (
            str(year),
            [number_of(by_key[(year, g)]) if (year, g) in by_key else None for g in labels],
        )
        for year in shown_years
    ]
    latest = dict(zip(short_labels, series[-1][1], strict=True))
    largest = max(((v, k) for k, v in latest.items() if v is not None), default=None)
    description = _("%(name)s by %(dimension)s in %(years)s.") % {
        "name": indicator.name,
        "dimension": dimension,
        "years": (
            _("%(first)s and %(last)s") % {"first": shown_years[0], "last": shown_years[1]}
            if len(shown_years) > 1
            else shown_years[0]
        ),
    }
    if largest:
        description += " " + _("Largest group in %(year)s: %(group)s with %(value)s %(unit)s.") % {
            "year": shown_years[-1],
            "group": largest[1],
            "value": format_value(largest[0]),
            "unit": indicator.unit,
        }
    title = _("%(name)s by %(dimension)s") % {"name": indicator.name, "dimension": dimension}
    if len(series) == 1:
        return bar_chart(
            chart_id=chart_id,
            title=f"{title}, {shown_years[0]}",
            description=description,
            unit=indicator.unit,
            category_label=dimension,
            bars=[
                Bar(label, value) for label, value in zip(short_labels, series[0][1], strict=True)
            ],
        )
    return grouped_bar_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        unit=indicator.unit,
        category_label=dimension,
        categories=short_labels,
        series=series,
    )


def chart_id(prefix: str, indicator: Indicator) -> str:
    """A page-unique id for a chart of an indicator (SVG ids must not repeat on a page)."""
    return f"chart-{prefix}-{indicator.pk}"


@dataclass
class IndicatorFigures:
    """All charts of one indicator that its values allow; the district ones for one year."""

    indicator: Indicator
    time_series: Chart | None = None
    groups: Chart | None = None
    district_years: list[int] = field(default_factory=list)
    district_year: int | None = None
    district_bars: Chart | None = None
    district_map: Chart | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.time_series or self.groups or self.district_bars)


def indicator_figures(
    indicator, values, districts, *, year=None, comparisons=()
) -> IndicatorFigures:
    """The charts for ``indicator``; district charts for ``year`` if it has district values,
    else for the latest year that has. ``comparisons`` (values of other regions) become
    comparison lines of the time series."""
    years = district_years(values)
    figures = IndicatorFigures(
        indicator=indicator,
        time_series=time_series_chart(
            indicator,
            values,
            chart_id=chart_id("zeitreihe", indicator),
            comparisons=comparisons,
        ),
        groups=group_chart(indicator, values, chart_id=chart_id("gruppen", indicator)),
        district_years=years,
    )
    if years:
        shown = year if year in years else years[-1]
        figures.district_year = shown
        figures.district_bars = district_bars(
            indicator, values, districts, shown, chart_id=chart_id("stadtteile", indicator)
        )
        if any(parse_shape(d.geojson) for d in districts):
            figures.district_map = district_map(
                indicator, values, districts, shown, chart_id=chart_id("karte", indicator)
            )
    return figures
