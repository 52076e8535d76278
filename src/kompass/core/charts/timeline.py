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

from django.utils import timezone
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
    el,
    hatch_pattern,
    legend,
    make_chart,
    marker,
    shorten,
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


def _diamond(x: float, y: float, *, reached: bool, size=7.0) -> str:
    """A milestone: filled when reached, hollow when ahead; ``size`` from centre to tip."""
    fill = INK if reached else PAPER
    return marker("diamond", x, y, size=size / 1.25, fill=fill, stroke=INK, stroke_width=1.8)


def _bar_style(state: str, pattern_id: str) -> dict:
    if state == "done":
        return {"fill": BLUE, "stroke": BLUE}
    if state == "in_progress":
        return {"fill": f"url(#{pattern_id})", "stroke": BLUE}
    if state == "skipped":
        return {"fill": PAPER, "stroke": AXIS, "stroke_dasharray": "4 3"}
    return {"fill": PAPER, "stroke": BLUE}


@dataclass
class _Layout:
    """Where things go: dates across from ``first`` to ``last``, a row per step below ``top``."""

    first: datetime.date
    last: datetime.date
    label_width: float
    band_top: float
    rows: int

    def __post_init__(self):
        self.left, self.right = 12 + self.label_width + 12, WIDTH - 16
        self.axis_y = self.band_top + 22  # phase names above, month labels below this line
        self.top = self.axis_y + 22
        self.bottom = self.top + ROW * self.rows

    def x(self, day: datetime.date) -> float:
        span = max((self.last - self.first).days, 1)
        return self.left + (day - self.first).days / span * (self.right - self.left)


def _on_own_row(milestone: TimelineMarker, bars: Sequence[TimelineBar]) -> bool:
    return milestone.row is None or not 0 <= milestone.row < len(bars)


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
        first = last = today or timezone.localdate()
        notes.append(_("No planned dates yet."))
    has_loose_markers = any(_on_own_row(m, bars) for m in markers)
    row_labels = [b.label for b in bars] + ([_("Milestones")] if has_loose_markers else [])
    widest = max((text_width(label, 12) for label in row_labels), default=0)
    shows_today = today is not None and first <= today <= last
    legend_svg, legend_height = legend(
        _legend_items(pattern_id, shows_today), x=12, y=16, width=WIDTH - 24
    )
    layout = _Layout(
        first=first,
        last=last,
        label_width=min(widest, WIDTH * MAX_LABEL_SHARE),
        band_top=16 + legend_height + 8,
        rows=len(row_labels),
    )
    body = [
        el("defs", hatch_pattern(pattern_id, line=BLUE, background=BLUE_TINT, angle=45, gap=6)),
        legend_svg,
        *_bands(bands, layout),
        *_month_axis(layout),
        *(_step(bar, index, layout, pattern_id) for index, bar in enumerate(bars)),
    ]
    if has_loose_markers:
        y = layout.top + len(bars) * ROW
        body.append(
            text(12 + layout.label_width, y + ROW / 2 + 4, _("Milestones"), size=12, anchor="end")
        )
    body += [_milestone(milestone, bars, layout) for milestone in markers]
    if shows_today:
        body.append(_today(today, layout))
    elif today:
        notes.append(
            _("Today (%(date)s) lies outside the time shown.") % {"date": short_date(today)}
        )
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        height=layout.bottom + 28,
        body=body,
        table=_table(title, bands, bars, markers),
        notes=notes,
    )


def _legend_items(pattern_id: str, shows_today: bool) -> list[tuple[str, str]]:
    items = [
        (el("rect", x=-8, y=-6, width=16, height=12, **_bar_style(state, pattern_id)), label)
        for state, label in (
            ("done", _("done")),
            ("in_progress", _("in progress")),
            ("open", _("open")),
        )
    ]
    items += [
        (_diamond(0, 0, reached=True, size=6), _("milestone reached")),
        (_diamond(0, 0, reached=False, size=6), _("milestone ahead")),
    ]
    if shows_today:
        line = el("line", x1=0, y1=-7, x2=0, y2=7, stroke=ORANGE, stroke_width=2.5)
        items.append((line, _("today")))
    return items


def _bands(bands: Sequence[TimelineBand], layout: _Layout) -> list[str]:
    """Phases: bands across the whole height, named above the month axis."""
    parts = []
    for index, band in enumerate(bands):
        if not (band.start and band.end):
            continue
        x0, x1 = layout.x(band.start), layout.x(band.end + datetime.timedelta(days=1))
        parts.append(
            el(
                "g",
                tooltip(f"{band.label}: {short_date(band.start)} – {short_date(band.end)}")
                + el(
                    "rect",
                    x=x0,
                    y=layout.band_top,
                    width=max(x1 - x0, 1.0),
                    height=layout.bottom - layout.band_top,
                    fill=BAND_FILLS[index % 2],
                    stroke=GRID,
                    stroke_width=1,
                )
                + text(x0 + 4, layout.band_top + 15, shorten(band.label, x1 - x0 - 8, 12), size=12),
                class_="chart__band",
            )
        )
    return parts


def _month_axis(layout: _Layout) -> list[str]:
    """A grid line per labelled month; no label is cut off at the right edge."""
    parts = []
    ticks, step = _month_ticks(layout.first, layout.last)
    axis_y, bottom = layout.axis_y, layout.bottom
    for tick in ticks:
        tx = layout.x(tick)
        parts.append(el("line", x1=tx, y1=axis_y, x2=tx, y2=bottom, stroke=GRID, stroke_width=1))
        label = date_format_pattern(tick, "Y" if step == 12 else "M y")
        if tx + 3 + text_width(label, 11) <= WIDTH - 2:
            parts.append(text(tx + 3, axis_y + 15, label, size=11, fill=MUTED))
    parts.append(
        el(
            "line",
            x1=layout.left,
            y1=axis_y,
            x2=layout.right,
            y2=axis_y,
            stroke=AXIS,
            stroke_width=1,
        )
    )
    return parts


def _step(bar: TimelineBar, index: int, layout: _Layout, pattern_id: str) -> str:
    """A step's row: its label, and its bar styled by state (or "no dates")."""
    y = layout.top + index * ROW
    parts = []
    if bar.current:
        parts.append(el("rect", x=4, y=y + 1, width=WIDTH - 8, height=ROW - 2, fill=ORANGE_TINT))
    parts.append(
        text(
            12 + layout.label_width,
            y + ROW / 2 + 4,
            shorten(bar.label, layout.label_width, 12),
            size=12,
            anchor="end",
            font_weight="bold" if bar.current else None,
        )
    )
    period = f"{short_date(bar.start)} – {short_date(bar.end)}"
    parts.append(tooltip(f"{bar.label}: {period}, {bar.state_label}"))
    if bar.start and bar.end:
        x0, x1 = layout.x(bar.start), layout.x(bar.end + datetime.timedelta(days=1))
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
                layout.left + 4,
                y + ROW / 2 + 4,
                _("no dates"),
                size=11,
                fill=MUTED,
                font_style="italic",
            )
        )
    return el("g", "".join(parts), class_=f"chart__step chart__step--{bar.state}")


def _milestone(milestone: TimelineMarker, bars: Sequence[TimelineBar], layout: _Layout) -> str:
    """A diamond on its step's row, or on the milestones' own row."""
    row = len(bars) if _on_own_row(milestone, bars) else milestone.row
    y = layout.top + row * ROW + ROW / 2
    state = _("reached") if milestone.reached else _("ahead")
    return el(
        "g",
        tooltip(f"{milestone.label}: {short_date(milestone.date)}, {state}")
        + _diamond(layout.x(milestone.date), y, reached=milestone.reached),
        class_="chart__milestone",
    )


def _today(today: datetime.date, layout: _Layout) -> str:
    """A dashed line at today's date, labelled below the rows."""
    tx = layout.x(today)
    near_end = tx > layout.right - 60
    return el(
        "g",
        el(
            "line",
            x1=tx,
            y1=layout.band_top - 4,
            x2=tx,
            y2=layout.bottom,
            stroke=ORANGE,
            stroke_width=2.5,
            stroke_dasharray="6 3",
        )
        + text(
            tx - 4 if near_end else tx + 4,
            layout.bottom + 16,
            _("today") + f" {short_date(today)}",
            size=12,
            fill=ORANGE,
            anchor="end" if near_end else "start",
        ),
        class_="chart__today",
    )


def _table(title, bands, bars, markers) -> DataTable:
    """Every phase, step and milestone with its phase, dates and state."""
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
        dates = (short_date(bar.start), short_date(bar.end))
        rows.append(Row(bar.label, (_("Step"), bar.group, *dates, state)))
    for milestone in markers:
        group = "" if _on_own_row(milestone, bars) else bars[milestone.row].group
        state = _("reached") if milestone.reached else _("ahead")
        rows.append(
            Row(milestone.label, (_("Milestone"), group, short_date(milestone.date), "", state))
        )
    return DataTable(caption=title, columns=columns, rows=tuple(rows))
