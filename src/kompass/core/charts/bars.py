"""Horizontal bar charts: one value per category, or several series per category (structure)."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import cycle

from django.utils.translation import gettext as _

from .base import (
    AXIS,
    GRID,
    MUTED,
    SERIES_STYLES,
    WIDTH,
    Chart,
    Column,
    DataTable,
    Row,
    el,
    format_value,
    hatch_pattern,
    legend,
    make_chart,
    nice_scale,
    shorten,
    text,
    text_width,
    to_float,
    tooltip,
    value_column,
    value_formatter,
    with_unit,
)

VALUE_ROOM = 76
MAX_LABEL_SHARE = 0.4


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | float | int | None
    note: str = ""


@dataclass
class _Frame:
    """The value axis shared by both bar charts: labels left, bars, room for value labels right."""

    labels: Sequence[str]
    values: Sequence[float]
    top: float
    bottom: float

    def __post_init__(self):
        widest = max((text_width(label) for label in self.labels), default=0)
        self.label_width = min(widest, WIDTH * MAX_LABEL_SHARE)
        self.left = 12 + self.label_width + 10
        self.right = WIDTH - VALUE_ROOM
        low = min([0.0, *self.values])
        high = max([0.0, *self.values])
        self.low, self.high, self.ticks, self.decimals = nice_scale(low, high or 1.0)

    def x(self, value: float) -> float:
        return self.left + (value - self.low) / (self.high - self.low) * (self.right - self.left)

    def axis(self, unit: str) -> str:
        parts = [text(12, self.top - 14, unit, fill=MUTED, class_="chart__unit")]
        for tick in self.ticks:
            x = self.x(tick)
            parts.append(
                el("line", x1=x, y1=self.top, x2=x, y2=self.bottom, stroke=GRID, stroke_width=1)
            )
            parts.append(
                text(
                    x,
                    self.bottom + 18,
                    format_value(tick, self.decimals),
                    fill=MUTED,
                    anchor="middle",
                )
            )
        zero = self.x(0.0)
        parts.append(
            el("line", x1=zero, y1=self.top, x2=zero, y2=self.bottom, stroke=AXIS, stroke_width=1.5)
        )
        return "".join(parts)

    def label(self, y: float, content: str) -> str:
        return text(
            12 + self.label_width,
            y,
            shorten(content, self.label_width, 13, glyph=0.56, minimum=3),
            anchor="end",
        )

    def bar(
        self, y: float, height: float, value: float, *, fill, stroke, caption: str, size=13
    ) -> str:
        x0, x1 = sorted((self.x(0.0), self.x(value)))
        label_x, anchor = (x1 + 5, "start") if value >= 0 else (x0 - 5, "end")
        return el(
            "rect",
            x=x0,
            y=y,
            width=max(x1 - x0, 1.0),
            height=height,
            fill=fill,
            stroke=stroke,
            stroke_width=1,
        ) + text(label_x, y + height / 2 + size * 0.35, caption, size=size, anchor=anchor)


def bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    category_label: str,
    bars: Sequence[Bar],
) -> Chart:
    """One horizontal bar per category with its value written at the end of the bar."""
    row, bar_height, top = 30, 20, 44
    bottom = top + row * len(bars)
    frame = _Frame(
        [b.label for b in bars],
        [to_float(b.value) for b in bars if b.value is not None],
        top,
        bottom,
    )
    colour = SERIES_STYLES[0][0]
    fmt = value_formatter(b.value for b in bars)
    body = [frame.axis(unit)]
    for index, item in enumerate(bars):
        y = top + index * row + (row - bar_height) / 2
        shown = with_unit(fmt(item.value), unit) if item.value is not None else ""
        content = tooltip(f"{item.label}: {', '.join(filter(None, [shown, item.note]))}")
        content += frame.label(y + bar_height / 2 + 4.5, item.label)
        if item.value is None:
            content += text(
                frame.x(0.0) + 6,
                y + bar_height / 2 + 4.5,
                item.note or _("no value"),
                fill=MUTED,
                font_style="italic",
            )
        else:
            content += frame.bar(
                y,
                bar_height,
                float(item.value),
                fill=colour,
                stroke=colour,
                caption=fmt(item.value),
            )
        body.append(el("g", content, class_="chart__bar"))
    has_notes = any(b.note for b in bars)
    columns = [Column(category_label, numeric=False), value_column(_("Value"), unit)]
    if has_notes:
        columns.append(Column(_("Note"), numeric=False))
    rows = [Row(b.label, (fmt(b.value), b.note) if has_notes else (fmt(b.value),)) for b in bars]
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        height=bottom + 32,
        body=body,
        table=DataTable(caption=title, columns=tuple(columns), rows=tuple(rows)),
    )


def grouped_bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    category_label: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence]],
) -> Chart:
    """Several series per category (e.g. age bands in two years): solid, hatched, ... bars.

    Series differ by pattern and colour, and every bar carries its value.
    """
    bar_height, gap = 15, 3
    row = len(series) * (bar_height + gap) + 14
    styles = list(zip(series, cycle(SERIES_STYLES)))
    fills, defs, legend_items = [], [], []
    for index, ((label, _values), (colour, tint, _shape)) in enumerate(styles):
        if index == 0:
            fill = colour
        else:
            pattern_id = f"{chart_id}-pattern-{index}"
            defs.append(
                hatch_pattern(
                    pattern_id, line=colour, background=tint, angle=45 + 45 * (index % 2), gap=6
                )
            )
            fill = f"url(#{pattern_id})"
        fills.append((fill, colour))
        legend_items.append(
            (
                el(
                    "rect",
                    x=-7,
                    y=-6,
                    width=14,
                    height=12,
                    fill=fill,
                    stroke=colour,
                    stroke_width=1,
                ),
                label,
            )
        )
    legend_svg, legend_height = legend(legend_items, x=12, y=16, width=WIDTH - 24)
    top = 16 + legend_height + 30
    bottom = top + row * len(categories)
    values = [to_float(v) for _label, vs in series for v in vs if v is not None]
    fmt = value_formatter(v for _label, vs in series for v in vs)
    frame = _Frame(list(categories), values, top, bottom)
    body = [el("defs", "".join(defs)) if defs else "", legend_svg, frame.axis(unit)]
    for c_index, category in enumerate(categories):
        y0 = top + c_index * row + 7
        content = frame.label(y0 + (row - 14) / 2 + 4.5, category)
        for s_index, ((label, vs), (fill, colour)) in enumerate(zip(series, fills, strict=True)):
            value = vs[c_index]
            y = y0 + s_index * (bar_height + gap)
            shown = fmt(value)
            content += el(
                "g",
                tooltip(
                    f"{category}, {label}: {with_unit(shown, unit) if value is not None else _('no value')}"
                )
                + (
                    frame.bar(
                        y,
                        bar_height,
                        float(value),
                        fill=fill,
                        stroke=colour,
                        caption=shown,
                        size=12,
                    )
                    if value is not None
                    else text(frame.x(0.0) + 6, y + bar_height - 3, "—", size=12, fill=MUTED)
                ),
                class_="chart__bar",
            )
        body.append(el("g", content, class_="chart__group"))
    columns = [Column(category_label, numeric=False)]
    columns += [value_column(label, unit) for label, _vs in series]
    rows = [
        Row(category, tuple(fmt(vs[i]) for _label, vs in series))
        for i, category in enumerate(categories)
    ]
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        height=bottom + 32,
        body=body,
        table=DataTable(caption=title, columns=tuple(columns), rows=tuple(rows)),
    )
