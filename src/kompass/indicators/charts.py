"""From an indicator's values to its charts: time series, districts (bars and map), groups.

The functions take values and districts already loaded, so a page draws any number of
charts without further queries. Values for the whole municipality have neither district
nor group; district charts use values without group, group charts values without district.
"""

import datetime
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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

from .models import Direction, Indicator, IndicatorValue, ValueFlag

PROVISIONAL_FLAGS = {ValueFlag.PROVISIONAL, ValueFlag.ESTIMATED}


def _note(value: IndicatorValue) -> str:
    return value.get_flag_display() if value.flag else ""


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
    indicator: Indicator, values: Sequence[IndicatorValue], *, chart_id: str
) -> Chart | None:
    """The yearly values for the whole municipality with baseline and target; None without values."""
    by_year = _last_per_key(whole_municipality(values), key=lambda v: v.year)
    if not by_year:
        return None
    points = [
        Point(
            year,
            v.value,
            note=_note(v),
            provisional=v.flag in PROVISIONAL_FLAGS and v.value is not None,
        )
        for year, v in sorted(by_year.items())
    ]
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
    return line_chart(
        chart_id=chart_id,
        title=_("%(name)s: time series") % {"name": indicator.name},
        description=" ".join(sentences),
        unit=indicator.unit,
        series=[Series(_("whole municipality"), points)],
        baseline=baseline,
        target=target,
    )


def _district_values(values, year):
    return _last_per_key(
        [v for v in values if v.year == year and v.district_id is not None and not v.group],
        key=lambda v: v.district_id,
    )


def _district_description(indicator, year, found, districts) -> str:
    known = sorted(
        ((v.value, d.name) for d in districts if (v := found.get(d.pk)) and v.value is not None),
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
            value=found[d.pk].value if d.pk in found else None,
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
            found[d.pk].value if d.pk in found else None,
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
        (str(year), [by_key[(year, g)].value if (year, g) in by_key else None for g in labels])
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


def indicator_figures(indicator, values, districts, *, year=None) -> IndicatorFigures:
    """The charts for ``indicator``; district charts for ``year`` if it has district values,
    else for the latest year that has."""
    years = district_years(values)
    figures = IndicatorFigures(
        indicator=indicator,
        time_series=time_series_chart(indicator, values, chart_id=chart_id("zeitreihe", indicator)),
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
