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
    marker,
    nice_scale,
    svg_document,
    text,
    text_width,
    to_float,
    tooltip,
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
    label: str
    points: Sequence[Point]


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


def line_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    series: Sequence[Series],
    baseline: Reference | None = None,
    target: Reference | None = None,
) -> Chart:
    """A time series per year; hollow markers for provisional values, none for missing ones.

    The dashed line from baseline to target is the path the indicator status is measured
    against; without a baseline only the target point is drawn.
    """
    values = [to_float(p.value) for s in series for p in s.points if p.value is not None]
    values += [float(r.value) for r in (baseline, target) if r is not None]
    positions = [p.year for s in series for p in s.points]
    positions += [r.position for r in (baseline, target) if r is not None]
    fmt = value_formatter(
        [p.value for s in series for p in s.points] + [r.value for r in (baseline, target) if r]
    )
    low, high = (min(values), max(values)) if values else (0.0, 1.0)
    if low >= 0 and low <= high * 0.5:
        low = 0.0
    y_low, y_high, ticks, tick_decimals = nice_scale(low, high)
    first = min(positions, default=2000) - 0.5
    last = max(positions, default=2001) + 0.5

    has_provisional = any(p.provisional and p.value is not None for s in series for p in s.points)
    has_gap = any(p.value is None for s in series for p in s.points)
    legend_items = [
        (
            el("line", x1=-8, y1=0, x2=8, y2=0, stroke=colour, stroke_width=2.5)
            + marker(shape, 0, 0, size=4.5, fill=colour, stroke=colour),
            s.label,
        )
        for s, (colour, _tint, shape) in zip(series, cycle(SERIES_STYLES))
    ]
    if has_provisional:
        legend_items.append(
            (
                marker("circle", 0, 0, size=4.5, fill=PAPER, stroke=INK, stroke_width=2),
                _("provisional"),
            )
        )
    if baseline:
        legend_items.append(
            (marker("square", 0, 0, size=6, fill="none", stroke=INK, stroke_width=2), _("Baseline"))
        )
    if target:
        legend_items.append(
            (
                el(
                    "line",
                    x1=-8,
                    y1=0,
                    x2=8,
                    y2=0,
                    stroke=INK,
                    stroke_width=1.5,
                    stroke_dasharray="4 3",
                )
                + marker("diamond", 0, 0, size=5, fill=INK, stroke=INK),
                _("Target"),
            )
        )
    if has_gap:
        legend_items.append(
            (
                marker("diamond", 0, 0, size=4, fill=PAPER, stroke=MUTED, stroke_width=1.5),
                _("no value (reason in the table)"),
            )
        )
    legend_svg, legend_height = legend(legend_items, x=12, y=16, width=WIDTH - 24)

    tick_labels = [format_value(t, tick_decimals) for t in ticks]
    left = 16 + max(text_width(label) for label in tick_labels)
    right = WIDTH - 24
    top = 16 + legend_height + 26
    bottom = HEIGHT - 36

    def x_of(position: float) -> float:
        return left + (position - first) / (last - first) * (right - left)

    def y_of(value: float) -> float:
        return bottom - (value - y_low) / (y_high - y_low) * (bottom - top)

    body = [legend_svg, text(12, top - 16, unit, fill=MUTED, class_="chart__unit")]
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        body.append(el("line", x1=left, y1=y, x2=right, y2=y, stroke=GRID, stroke_width=1))
        body.append(text(left - 6, y + 4.5, label, fill=MUTED, anchor="end"))
    body.append(el("line", x1=left, y1=bottom, x2=right, y2=bottom, stroke=AXIS, stroke_width=1))
    years = list(range(int(first + 0.5), int(last - 0.5) + 1))
    every = 1 if len(years) <= 12 else 2 if len(years) <= 24 else 5
    for year in years[::every]:
        x = x_of(year)
        body.append(el("line", x1=x, y1=bottom, x2=x, y2=bottom + 5, stroke=AXIS, stroke_width=1))
        body.append(text(x, bottom + 20, str(year), fill=MUTED, anchor="middle"))

    if baseline and target:
        body.append(
            el(
                "line",
                x1=x_of(baseline.position),
                y1=y_of(float(baseline.value)),
                x2=x_of(target.position),
                y2=y_of(float(target.value)),
                stroke=INK,
                stroke_width=1.5,
                stroke_dasharray="4 3",
                class_="chart__target-path",
            )
        )
    for s, (colour, _tint, shape) in zip(series, cycle(SERIES_STYLES)):
        group = []
        for segment in _segments(s.points):
            if len(segment) > 1:
                d = " ".join(
                    f"{'M' if i == 0 else 'L'}{coord(x_of(p.year))} {coord(y_of(float(p.value)))}"
                    for i, p in enumerate(segment)
                )
                group.append(
                    el(
                        "path",
                        d=d,
                        fill="none",
                        stroke=colour,
                        stroke_width=2.5,
                        class_="chart__line",
                    )
                )
        for p in s.points:
            x = x_of(p.year)
            if p.value is None:
                group.append(
                    el(
                        "g",
                        tooltip(f"{p.year}: {p.note or _('no value')}")
                        + marker("diamond", x, bottom - 8, size=4, fill=PAPER, stroke=MUTED),
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
                        y_of(float(p.value)),
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
        body.append(el("g", "".join(group), class_="chart__series"))
    for reference, label, mark in (
        (baseline, _("Baseline"), ("square", "none", 6)),
        (target, _("Target"), ("diamond", INK, 5.5)),
    ):
        if reference is None:
            continue
        x, y = x_of(reference.position), y_of(float(reference.value))
        shown = fmt(reference.value)
        body.append(
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
            body.append(
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

    return Chart(
        chart_id=chart_id,
        title=title,
        svg=svg_document(
            chart_id=chart_id,
            title=title,
            description=description,
            width=WIDTH,
            height=HEIGHT,
            body="".join(body),
        ),
        table=_table(title, unit, series, baseline, target, fmt),
    )


def _table(title, unit, series, baseline, target, fmt) -> DataTable:
    years = sorted({p.year for s in series for p in s.points})
    by_year = [{p.year: p for p in s.points} for s in series]
    has_notes = any(p.note for s in series for p in s.points)
    columns = [Column(_("Year"), numeric=False)]
    columns += [Column(with_unit(s.label, f"({unit})" if unit else "")) for s in series]
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
