"""The line chart of a time series, with baseline, target and honest gaps."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import cycle

from django.utils.translation import gettext as _

from .base import (
    AXIS,
    GRID,
    INK,
    MUTED,
    PAPER,
    SERIES_STYLES,
    WIDTH,
    Chart,
    Column,
    DataTable,
    Row,
    coord,
    el,
    format_value,
    legend,
    make_chart,
    marker,
    nice_scale,
    text,
    text_width,
    to_float,
    tooltip,
    value_column,
    value_formatter,
    with_unit,
)

HEIGHT = 340


@dataclass(frozen=True)
class Point:
    """One year of a series. ``value`` None is a gap; ``note`` says why (e.g. "secret")."""

    year: int
    value: Decimal | float | int | None
    note: str = ""
    provisional: bool = False


@dataclass(frozen=True)
class Series:
    """A labelled run of points. ``dash`` draws its line dashed (an SVG ``stroke-dasharray``),
    so that lines differ by more than colour and marker; a series with ``in_chart`` False is
    listed in the data table only (e.g. values on a scale the chart cannot share)."""

    label: str
    points: Sequence[Point]
    dash: str | None = None
    in_chart: bool = True


@dataclass(frozen=True)
class Reference:
    """A baseline or target: ``position`` in years (2030.58 is 31 July 2030), ``when`` for people."""

    position: float
    value: Decimal | float | int
    when: str


def _segments(points: Sequence[Point]) -> list[list[Point]]:
    """Runs of points to join with a line.

    A line breaks at a point without value and where a period is skipped: the usual
    distance between a series' periods is its smallest step (2 for a biennial series).
    """
    years = sorted({p.year for p in points})
    step = min((b - a for a, b in zip(years, years[1:], strict=False)), default=1)
    segments, current = [], []
    for point in sorted(points, key=lambda p: p.year):
        if point.value is None or (current and point.year - current[-1].year > step):
            if current:
                segments.append(current)
            current = [] if point.value is None else [point]
        else:
            current.append(point)
    if current:
        segments.append(current)
    return segments


def _point_text(point: Point, unit: str, fmt) -> str:
    shown = with_unit(fmt(point.value), unit) if point.value is not None else ""
    return ", ".join(filter(None, [shown, point.note]))


@dataclass(frozen=True)
class _Plot:
    """The plot area: years across from ``first`` to ``last``, values up from ``low``."""

    left: float
    right: float
    top: float
    bottom: float
    first: float
    last: float
    low: float
    high: float

    def x(self, position: float) -> float:
        return self.left + (position - self.first) / (self.last - self.first) * (
            self.right - self.left
        )

    def y(self, value: float) -> float:
        return self.bottom - (value - self.low) / (self.high - self.low) * (self.bottom - self.top)


def line_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    series: Sequence[Series],
    baseline: Reference | None = None,
    target: Reference | None = None,
    notes: Sequence[str] = (),
) -> Chart:
    """A time series per year; hollow markers for provisional values, none for missing ones.

    The dashed line from baseline to target is the path the indicator status is measured
    against; without a baseline only the target point is drawn. Series that are not
    ``in_chart`` neither shape the axes nor appear in the legend: they are table columns.
    """
    table_series = series
    series = [s for s in series if s.in_chart]
    points = [p for s in series for p in s.points]
    references = [r for r in (baseline, target) if r is not None]
    values = [to_float(p.value) for p in points if p.value is not None]
    values += [float(r.value) for r in references]
    positions = [p.year for p in points] + [r.position for r in references]
    fmt = value_formatter([p.value for p in points] + [r.value for r in references])
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if low >= 0 and low <= high * 0.5:
        low = 0.0
    y_low, y_high, ticks, tick_decimals = nice_scale(low, high)
    legend_svg, legend_height = legend(
        _legend_items(series, baseline, target), x=12, y=16, width=WIDTH - 24
    )
    tick_labels = [format_value(t, tick_decimals) for t in ticks]
    plot = _Plot(
        left=16 + max(text_width(label) for label in tick_labels),
        right=WIDTH - 24,
        top=16 + legend_height + 26,
        bottom=HEIGHT - 36,
        first=min(positions, default=2000) - 0.5,
        last=max(positions, default=2001) + 0.5,
        low=y_low,
        high=y_high,
    )
    body = [legend_svg, text(12, plot.top - 16, unit, fill=MUTED, class_="chart__unit")]
    body += _axes(plot, ticks, tick_labels)
    if baseline and target:
        body.append(
            el(
                "line",
                x1=plot.x(baseline.position),
                y1=plot.y(float(baseline.value)),
                x2=plot.x(target.position),
                y2=plot.y(float(target.value)),
                stroke=INK,
                stroke_width=1.5,
                stroke_dasharray="4 3",
                class_="chart__target-path",
            )
        )
    labelled = len(series) > 1
    for s, (colour, _tint, shape) in zip(series, cycle(SERIES_STYLES)):
        body.append(_series_svg(s, colour, shape, plot, unit, fmt, labelled=labelled))
    body += _references(baseline, target, plot, unit, fmt)
    table_fmt = value_formatter(
        [p.value for s in table_series for p in s.points] + [r.value for r in references]
    )
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        height=HEIGHT,
        body=body,
        table=_table(title, unit, table_series, baseline, target, table_fmt),
        notes=notes,
    )


def _legend_items(series, baseline, target) -> list[tuple[str, str]]:
    """A line with its marker per series; then provisional, baseline, target, gap if shown."""
    items = [
        (
            el(
                "line",
                x1=-10,
                y1=0,
                x2=10,
                y2=0,
                stroke=colour,
                stroke_width=2.5,
                stroke_dasharray=s.dash,
            )
            + marker(shape, 0, 0, size=4.5, fill=colour, stroke=colour),
            s.label,
        )
        for s, (colour, _tint, shape) in zip(series, cycle(SERIES_STYLES))
    ]
    points = [p for s in series for p in s.points]
    if any(p.provisional and p.value is not None for p in points):
        symbol = marker("circle", 0, 0, size=4.5, fill=PAPER, stroke=INK, stroke_width=2)
        items.append((symbol, _("provisional")))
    if baseline:
        symbol = marker("square", 0, 0, size=6, fill="none", stroke=INK, stroke_width=2)
        items.append((symbol, _("Baseline")))
    if target:
        dashes = el(
            "line", x1=-8, y1=0, x2=8, y2=0, stroke=INK, stroke_width=1.5, stroke_dasharray="4 3"
        )
        items.append((dashes + marker("diamond", 0, 0, size=5, fill=INK, stroke=INK), _("Target")))
    if any(p.value is None for p in points):
        symbol = marker("diamond", 0, 0, size=4, fill=PAPER, stroke=MUTED, stroke_width=1.5)
        items.append((symbol, _("no value (reason in the table)")))
    return items


def _axes(plot: _Plot, ticks, tick_labels) -> list[str]:
    """Grid lines with value labels; the year axis labelling every 1st, 2nd or 5th year."""
    parts = []
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = plot.y(tick)
        parts.append(
            el("line", x1=plot.left, y1=y, x2=plot.right, y2=y, stroke=GRID, stroke_width=1)
        )
        parts.append(text(plot.left - 6, y + 4.5, label, fill=MUTED, anchor="end"))
    bottom = plot.bottom
    parts.append(
        el("line", x1=plot.left, y1=bottom, x2=plot.right, y2=bottom, stroke=AXIS, stroke_width=1)
    )
    years = list(range(int(plot.first + 0.5), int(plot.last - 0.5) + 1))
    every = 1 if len(years) <= 12 else 2 if len(years) <= 24 else 5
    for year in years[::every]:
        x = plot.x(year)
        parts.append(el("line", x1=x, y1=bottom, x2=x, y2=bottom + 5, stroke=AXIS, stroke_width=1))
        parts.append(text(x, bottom + 20, str(year), fill=MUTED, anchor="middle"))
    return parts


def _series_svg(
    s: Series, colour: str, shape: str, plot: _Plot, unit: str, fmt, *, labelled=False
) -> str:
    """A series: lines through its runs of points, a marker per value, a gap mark per missing one
    (named with the series when the chart has several)."""
    group = []
    for segment in _segments(s.points):
        if len(segment) > 1:
            d = " ".join(
                f"{'M' if i == 0 else 'L'}{coord(plot.x(p.year))} {coord(plot.y(float(p.value)))}"
                for i, p in enumerate(segment)
            )
            group.append(
                el(
                    "path",
                    d=d,
                    fill="none",
                    stroke=colour,
                    stroke_width=2.5,
                    stroke_dasharray=s.dash,
                    class_="chart__line",
                )
            )
    for p in s.points:
        x = plot.x(p.year)
        if p.value is None:
            group.append(
                el(
                    "g",
                    tooltip(
                        f"{s.label + ' ' if labelled else ''}{p.year}: {p.note or _('no value')}"
                    )
                    + marker("diamond", x, plot.bottom - 8, size=4, fill=PAPER, stroke=MUTED),
                    class_="chart__gap",
                )
            )
            continue
        group.append(
            el(
                "g",
                tooltip(f"{s.label} {p.year}: {_point_text(p, unit, fmt)}")
                + marker(
                    shape,
                    x,
                    plot.y(float(p.value)),
                    size=4.5,
                    fill=PAPER if p.provisional else colour,
                    stroke=colour,
                    stroke_width=2 if p.provisional else 1.5,
                ),
                class_="chart__point chart__point--provisional"
                if p.provisional
                else "chart__point",
            )
        )
    return el("g", "".join(group), class_="chart__series")


def _references(baseline, target, plot: _Plot, unit: str, fmt) -> list[str]:
    """Baseline and target as marks with their values; the target also labelled in the chart."""
    parts = []
    for reference, label, mark in (
        (baseline, _("Baseline"), ("square", "none", 6)),
        (target, _("Target"), ("diamond", INK, 5.5)),
    ):
        if reference is None:
            continue
        x, y = plot.x(reference.position), plot.y(float(reference.value))
        shown = fmt(reference.value)
        parts.append(
            el(
                "g",
                tooltip(f"{label} ({reference.when}): {with_unit(shown, unit)}")
                + marker(mark[0], x, y, size=mark[2], fill=mark[1], stroke=INK, stroke_width=2),
                class_="chart__reference",
            )
        )
        if reference is target:
            caption = f"{label}: {shown}"
            on_left = x + 10 + text_width(caption) > WIDTH - 4
            parts.append(
                text(
                    x - 10 if on_left else x + 10,
                    y - 10,
                    caption,
                    anchor="end" if on_left else "start",
                    stroke=PAPER,
                    stroke_width=3,
                    paint_order="stroke",
                    font_weight="600",
                )
            )
    return parts


def _table(title, unit, series, baseline, target, fmt) -> DataTable:
    years = sorted({p.year for s in series for p in s.points})
    by_year = [{p.year: p for p in s.points} for s in series]
    has_notes = any(p.note for s in series for p in s.points)
    columns = [Column(_("Year"), numeric=False)]
    columns += [value_column(s.label, unit) for s in series]
    if has_notes:
        columns.append(Column(_("Note"), numeric=False))
    rows = []
    for year in years:
        points = [lookup.get(year) for lookup in by_year]
        cells = [fmt(p.value) if p else "—" for p in points]
        if has_notes:
            notes = [
                (f"{s.label}: {p.note}" if len(series) > 1 else p.note)
                for s, p in zip(series, points, strict=True)
                if p and p.note
            ]
            cells.append("; ".join(notes))
        rows.append(Row(str(year), tuple(cells)))
    for reference, label in ((baseline, _("Baseline")), (target, _("Target"))):
        if reference is None:
            continue
        cells = [fmt(reference.value)] + ["" for _s in series[1:]]
        if has_notes:
            cells.append("")
        rows.append(Row(f"{label} ({reference.when})", tuple(cells)))
    return DataTable(caption=title, columns=tuple(columns), rows=tuple(rows))
