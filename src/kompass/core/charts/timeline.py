"""A timeline (Gantt chart) of a process: phases as bands, steps as bars, milestones as diamonds,
and a line for today.

A step's state shows as fill *and* pattern (solid = done, hatched = in progress, outline =
open, dashed outline = not needed), milestones as filled (reached) or hollow diamonds, so
nothing depends on colour alone; the data table lists every phase, step and milestone
with its dates and state.
"""

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.dateformat import format as date_format_pattern
from django.utils.formats import date_format
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
    hatch_pattern,
    legend,
    svg_document,
    text,
    text_width,
    tooltip,
)

BLUE, BLUE_TINT = SERIES_STYLES[0][0], SERIES_STYLES[0][1]
ORANGE, ORANGE_TINT = SERIES_STYLES[1][0], SERIES_STYLES[1][1]
BAND_FILLS = ("#f3f6f9", "#e8edf2")
ROW, BAR = 26, 14
MAX_LABEL_SHARE = 0.36


@dataclass(frozen=True)
class TimelineBand:
    """A phase: a stretch of time drawn as a background band with its name on top."""

    label: str
    start: datetime.date | None
    end: datetime.date | None


@dataclass(frozen=True)
class TimelineBar:
    """A step. ``state`` is one of done, in_progress, open, skipped; ``state_label`` says it."""

    label: str
    start: datetime.date | None
    end: datetime.date | None
    state: str
    state_label: str
    group: str = ""
    current: bool = False


@dataclass(frozen=True)
class TimelineMarker:
    """A milestone, on the row of bar ``row`` (an index into the bars) or on its own row."""

    label: str
    date: datetime.date
    reached: bool
    row: int | None = None


def short_date(day: datetime.date | None) -> str:
    return date_format(day, "SHORT_DATE_FORMAT") if day else "—"


def _month_ticks(first: datetime.date, last: datetime.date) -> tuple[list[datetime.date], int]:
    """The first days of months to label, every 1, 2, 3, 6 or 12 months (at most ten ticks)."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in (1, 2, 3, 6, 12) if months / s <= 10), 12 * (months // 120 + 1))
    ticks, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        if (month - 1) % step == 0 or step == 1:
            ticks.append(datetime.date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return [t for t in ticks if first <= t <= last], step


def _shorten(label: str, width: float, size: float) -> str:
    if text_width(label, size) <= width:
        return label
    keep = max(2, int(width / (size * 0.58)) - 1)
    return label[:keep].rstrip() + "…"


def _diamond(x: float, y: float, *, reached: bool, size=7.0) -> str:
    points = f"{coord(x)},{coord(y - size)} {coord(x + size)},{coord(y)} {coord(x)},{coord(y + size)} {coord(x - size)},{coord(y)}"
    return el(
        "polygon",
        points=points,
        fill=INK if reached else PAPER,
        stroke=INK,
        stroke_width=1.8,
    )


def _bar_style(state: str, pattern_id: str) -> dict:
    if state == "done":
        return {"fill": BLUE, "stroke": BLUE}
    if state == "in_progress":
        return {"fill": f"url(#{pattern_id})", "stroke": BLUE}
    if state == "skipped":
        return {"fill": PAPER, "stroke": AXIS, "stroke_dasharray": "4 3"}
    return {"fill": PAPER, "stroke": BLUE}


def timeline_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    bands: Sequence[TimelineBand],
    bars: Sequence[TimelineBar],
    markers: Sequence[TimelineMarker] = (),
    today: datetime.date | None = None,
) -> Chart:
    """Phases, steps and milestones along a date axis, with today's date as a line."""
    pattern_id = f"{chart_id}-in-progress"
    dates = [d for b in bands for d in (b.start, b.end) if d]
    dates += [d for b in bars for d in (b.start, b.end) if d]
    dates += [m.date for m in markers]
    notes = []
    if dates:
        first = min(dates) - datetime.timedelta(days=7)
        last = max(dates) + datetime.timedelta(days=7)
    else:
        first = last = today or datetime.date.today()
        notes.append(_("No planned dates yet."))
    span = max((last - first).days, 1)

    loose_markers = [m for m in markers if m.row is None or not 0 <= m.row < len(bars)]
    row_labels = [b.label for b in bars] + ([_("Milestones")] if loose_markers else [])
    widest = max((text_width(label, 12) for label in row_labels), default=0)
    label_width = min(widest, WIDTH * MAX_LABEL_SHARE)
    left, right = 12 + label_width + 12, WIDTH - 16

    def x(day: datetime.date) -> float:
        return left + (day - first).days / span * (right - left)

    legend_items = [
        (el("rect", x=-8, y=-6, width=16, height=12, fill=BLUE, stroke=BLUE), _("done")),
        (
            el("rect", x=-8, y=-6, width=16, height=12, fill=f"url(#{pattern_id})", stroke=BLUE),
            _("in progress"),
        ),
        (el("rect", x=-8, y=-6, width=16, height=12, fill=PAPER, stroke=BLUE), _("open")),
        (_diamond(0, 0, reached=True, size=6), _("milestone reached")),
        (_diamond(0, 0, reached=False, size=6), _("milestone ahead")),
    ]
    if today and first <= today <= last:
        legend_items.append(
            (
                el("line", x1=0, y1=-7, x2=0, y2=7, stroke=ORANGE, stroke_width=2.5),
                _("today"),
            )
        )
    legend_svg, legend_height = legend(legend_items, x=12, y=16, width=WIDTH - 24)
    band_top = 16 + legend_height + 8
    axis_y = band_top + 22  # phase names above, month labels below this line
    top = axis_y + 22
    bottom = top + ROW * len(row_labels)

    body = [
        el(
            "defs",
            hatch_pattern(pattern_id, line=BLUE, background=BLUE_TINT, angle=45, gap=6),
        ),
        legend_svg,
    ]
    # phases: bands across the whole height, named above the month axis
    for index, band in enumerate(bands):
        if not (band.start and band.end):
            continue
        x0, x1 = x(band.start), x(band.end + datetime.timedelta(days=1))
        body.append(
            el(
                "g",
                tooltip(f"{band.label}: {short_date(band.start)} – {short_date(band.end)}")
                + el(
                    "rect",
                    x=x0,
                    y=band_top,
                    width=max(x1 - x0, 1.0),
                    height=bottom - band_top,
                    fill=BAND_FILLS[index % 2],
                    stroke=GRID,
                    stroke_width=1,
                )
                + text(x0 + 4, band_top + 15, _shorten(band.label, x1 - x0 - 8, 12), size=12),
                class_="chart__band",
            )
        )
    # month axis
    ticks, step = _month_ticks(first, last)
    for tick in ticks:
        tx = x(tick)
        body.append(el("line", x1=tx, y1=axis_y, x2=tx, y2=bottom, stroke=GRID, stroke_width=1))
        label = date_format_pattern(tick, "Y" if step == 12 else "M y")
        if tx + 3 + text_width(label, 11) <= WIDTH - 2:  # no label cut off at the edge
            body.append(text(tx + 3, axis_y + 15, label, size=11, fill=MUTED))
    body.append(el("line", x1=left, y1=axis_y, x2=right, y2=axis_y, stroke=AXIS, stroke_width=1))

    # steps
    for index, bar in enumerate(bars):
        y = top + index * ROW
        parts = []
        if bar.current:
            parts.append(
                el("rect", x=4, y=y + 1, width=WIDTH - 8, height=ROW - 2, fill=ORANGE_TINT)
            )
        parts.append(
            text(
                12 + label_width,
                y + ROW / 2 + 4,
                _shorten(bar.label, label_width, 12),
                size=12,
                anchor="end",
                font_weight="bold" if bar.current else None,
            )
        )
        period = f"{short_date(bar.start)} – {short_date(bar.end)}"
        parts.append(tooltip(f"{bar.label}: {period}, {bar.state_label}"))
        if bar.start and bar.end:
            x0, x1 = x(bar.start), x(bar.end + datetime.timedelta(days=1))
            parts.append(
                el(
                    "rect",
                    x=x0,
                    y=y + (ROW - BAR) / 2,
                    width=max(x1 - x0, 2.0),
                    height=BAR,
                    stroke_width=1.5,
                    **_bar_style(bar.state, pattern_id),
                )
            )
        else:
            parts.append(
                text(
                    left + 4,
                    y + ROW / 2 + 4,
                    _("no dates"),
                    size=11,
                    fill=MUTED,
                    font_style="italic",
                )
            )
        body.append(el("g", "".join(parts), class_=f"chart__step chart__step--{bar.state}"))
    if loose_markers:
        y = top + len(bars) * ROW
        body.append(text(12 + label_width, y + ROW / 2 + 4, _("Milestones"), size=12, anchor="end"))
    # milestones
    for marker in markers:
        in_row = marker.row is not None and 0 <= marker.row < len(bars)
        row = marker.row if in_row else len(bars)
        my = top + row * ROW + ROW / 2
        state = _("reached") if marker.reached else _("ahead")
        body.append(
            el(
                "g",
                tooltip(f"{marker.label}: {short_date(marker.date)}, {state}")
                + _diamond(x(marker.date), my, reached=marker.reached),
                class_="chart__milestone",
            )
        )
    # today
    if today and first <= today <= last:
        tx = x(today)
        body.append(
            el(
                "g",
                el(
                    "line",
                    x1=tx,
                    y1=band_top - 4,
                    x2=tx,
                    y2=bottom,
                    stroke=ORANGE,
                    stroke_width=2.5,
                    stroke_dasharray="6 3",
                )
                + text(
                    tx - 4 if tx > right - 60 else tx + 4,
                    bottom + 16,
                    _("today") + f" {short_date(today)}",
                    size=12,
                    fill=ORANGE,
                    anchor="end" if tx > right - 60 else "start",
                ),
                class_="chart__today",
            )
        )
    elif today:
        notes.append(
            _("Today (%(date)s) lies outside the time shown.") % {"date": short_date(today)}
        )

    columns = (
        Column(_("Entry"), numeric=False),
        Column(_("Kind"), numeric=False),
        Column(_("Phase"), numeric=False),
        Column(_("Start or date"), numeric=False),
        Column(_("End"), numeric=False),
        Column(_("State"), numeric=False),
    )
    rows = [
        Row(band.label, (_("Phase"), "", short_date(band.start), short_date(band.end), ""))
        for band in bands
    ]
    for bar in bars:
        state = bar.state_label + (" (" + _("current step") + ")" if bar.current else "")
        rows.append(
            Row(
                bar.label, (_("Step"), bar.group, short_date(bar.start), short_date(bar.end), state)
            )
        )
    for marker in markers:
        group = (
            bars[marker.row].group if marker.row is not None and 0 <= marker.row < len(bars) else ""
        )
        rows.append(
            Row(
                marker.label,
                (
                    _("Milestone"),
                    group,
                    short_date(marker.date),
                    "",
                    _("reached") if marker.reached else _("ahead"),
                ),
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
            height=bottom + 28,
            body="".join(body),
        ),
        table=DataTable(caption=title, columns=columns, rows=tuple(rows)),
        notes=tuple(notes),
    )
