"""What every chart shares: the result objects, SVG writing, number formatting, scales, legends."""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from kompass.core.templatetags.kompass import number

WIDTH = 720
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
FONT_SIZE = 13
INK = "#1b1f24"
MUTED = "#4a5563"  # 7.5:1 on white
GRID = "#dde3ea"
AXIS = "#6b7785"
PAPER = "#ffffff"
NO_DATA_FILL = "#eceff2"

# (colour, light tint for patterns, marker shape). Blue, orange, purple, green: told apart
# by people with the common colour-vision deficiencies, each ≥ 4.5:1 on white, and every
# series has its own marker shape or pattern as well.
SERIES_STYLES = [
    ("#1d4f91", "#d6e2f3", "circle"),
    ("#a14d00", "#f9e0c7", "square"),
    ("#5e3c99", "#e4dcf1", "triangle"),
    ("#1e6b35", "#d9efdf", "diamond"),
]


@dataclass(frozen=True)
class Column:
    label: str
    numeric: bool = True


@dataclass(frozen=True)
class Row:
    header: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class DataTable:
    """The numbers behind a chart. The first column holds the row headers."""

    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def body_rows(self):
        """Each row as its header and (cell, numeric) pairs, for templates."""
        for row in self.rows:
            yield (
                row.header,
                [
                    (cell, column.numeric)
                    for cell, column in zip(row.cells, self.columns[1:], strict=True)
                ],
            )


@dataclass(frozen=True)
class Chart:
    """A rendered chart: SVG markup (safe), its data table, and notes to show beside it."""

    chart_id: str
    title: str
    svg: SafeString
    table: DataTable
    notes: tuple[str, ...] = ()

    def __str__(self):
        return self.svg


def esc(text) -> str:
    return str(escape(str(text)))


def coord(value: float) -> str:
    """A coordinate for SVG: always a dot as decimal separator, whatever the language."""
    text = f"{value:.1f}"
    return "0" if text == "-0.0" else text.removesuffix(".0")


def el(tag: str, content: str | None = None, **attributes) -> str:
    """One SVG element; attribute names use ``_`` for ``-``; ``None`` values are left out."""
    parts = [tag]
    for name, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, float):
            value = coord(value)
        parts.append(f'{name.rstrip("_").replace("_", "-")}="{esc(value)}"')
    opening = " ".join(parts)
    if content is None:
        return f"<{opening}/>"
    return f"<{opening}>{content}</{tag}>"


def text(x: float, y: float, content: str, *, size=FONT_SIZE, fill=INK, anchor="start", **extra):
    return el(
        "text",
        esc(content),
        x=float(x),
        y=float(y),
        font_size=size,
        fill=fill,
        text_anchor=anchor if anchor != "start" else None,
        **extra,
    )


def tooltip(content: str) -> str:
    return el("title", esc(content))


def format_value(value, decimals=None) -> str:
    """A number in the active language's format (``12,5`` in German); ``—`` for no value."""
    if isinstance(value, float):
        value = Decimal(str(value))
    return number(value, decimals)


def value_formatter(values: Iterable):
    """Format every number of one chart with the same decimal places (``24,0`` beside ``20,5``)."""
    places = decimals_of(list(values))
    return lambda value: format_value(value, places if value is not None else None)


def with_unit(value: str, unit: str) -> str:
    return f"{value} {unit}" if unit else value


def value_column(label: str, unit: str) -> Column:
    """A numeric table column named with its unit in brackets: ``Wert (%)``."""
    return Column(with_unit(label, f"({unit})" if unit else ""))


def to_float(value) -> float | None:
    return None if value is None else float(value)


def decimals_of(values: Sequence) -> int:
    """How many decimal places the given numbers need (at most 3)."""
    places = 0
    for value in values:
        if value is None:
            continue
        exponent = Decimal(str(value)).normalize().as_tuple().exponent
        if isinstance(exponent, int):
            places = max(places, -exponent)
    return min(places, 3)


def nice_scale(low: float, high: float, count: int = 5) -> tuple[float, float, list[float], int]:
    """Round axis bounds and about ``count`` ticks at 1, 2, 2.5 or 5 × 10ⁿ; plus tick decimals."""
    if low == high:
        spread = abs(low) * 0.1 or 1.0
        low, high = low - spread, high + spread
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if raw <= m * magnitude * 1.0000001)
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    decimals = max(0, decimals_of([round(step, 10)]))
    ticks = [round(start + i * step, decimals + 2) for i in range(round((end - start) / step) + 1)]
    return start, end, ticks, decimals


def text_width(content: str, size=FONT_SIZE) -> float:
    """A rough width of a text line: enough to place labels without measuring fonts."""
    return len(content) * size * 0.6


def shorten(label: str, width: float, size: float, *, glyph=0.58, minimum=2) -> str:
    """``label`` cut with an ellipsis to fit ``width`` (``glyph``: a letter's share of ``size``)."""
    if text_width(label, size) <= width:
        return label
    keep = max(minimum, int(width / (size * glyph)) - 1)
    return label[:keep].rstrip() + "…"


def marker(shape: str, x: float, y: float, *, size=5.0, fill, stroke, stroke_width=1.5) -> str:
    common = {"fill": fill, "stroke": stroke, "stroke_width": stroke_width}
    if shape == "square":
        return el("rect", x=x - size, y=y - size, width=size * 2, height=size * 2, **common)
    if shape == "triangle":
        points = f"{coord(x)},{coord(y - size * 1.2)} {coord(x + size * 1.1)},{coord(y + size * 0.8)} {coord(x - size * 1.1)},{coord(y + size * 0.8)}"
        return el("polygon", points=points, **common)
    if shape == "diamond":
        s = size * 1.25
        points = f"{coord(x)},{coord(y - s)} {coord(x + s)},{coord(y)} {coord(x)},{coord(y + s)} {coord(x - s)},{coord(y)}"
        return el("polygon", points=points, **common)
    return el("circle", cx=x, cy=y, r=size, **common)


def hatch_pattern(pattern_id: str, *, line: str, background: str, angle=45, gap=6) -> str:
    return el(
        "pattern",
        el("rect", width=gap, height=gap, fill=background)
        + el("line", x1=0, y1=0, x2=0, y2=gap, stroke=line, stroke_width=2.5),
        id=pattern_id,
        patternUnits="userSpaceOnUse",
        width=gap,
        height=gap,
        patternTransform=f"rotate({angle})",
    )


def legend(
    items: Sequence[tuple[str, str]], *, x: float, y: float, width: float
) -> tuple[str, float]:
    """Legend entries (symbol markup drawn at 0,0 — label) in rows; returns markup and height."""
    parts, cursor_x, cursor_y, row_height = [], x, y, 22
    for symbol, label in items:
        needed = 24 + text_width(label) + 18
        if cursor_x > x and cursor_x + needed > x + width:
            cursor_x, cursor_y = x, cursor_y + row_height
        parts.append(
            el("g", symbol, transform=f"translate({coord(cursor_x + 8)},{coord(cursor_y)})")
            + text(cursor_x + 22, cursor_y + 4.5, label, fill=INK)
        )
        cursor_x += needed
    return "".join(parts), (cursor_y - y) + row_height


def make_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    height,
    body: Sequence[str],
    table,
    notes=(),
    width=WIDTH,
) -> Chart:
    """The chart (full width unless ``width`` says) with its SVG document, data table and notes."""
    return Chart(
        chart_id=chart_id,
        title=title,
        svg=svg_document(
            chart_id=chart_id,
            title=title,
            description=description,
            width=width,
            height=height,
            body="".join(body),
        ),
        table=table,
        notes=tuple(notes),
    )


def svg_document(
    *, chart_id: str, title: str, description: str, width, height, body: str
) -> SafeString:
    """The outer ``<svg>``: an image named by its title and described by its description."""
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    # Safe: every text and attribute value went through esc() in el() and text().
    return mark_safe(  # noqa: S308
        el(
            "svg",
            el("title", esc(title), id=title_id) + el("desc", esc(description), id=desc_id) + body,
            xmlns="http://www.w3.org/2000/svg",
            viewBox=f"0 0 {coord(width)} {coord(height)}",
            role="img",
            aria_labelledby=title_id,
            aria_describedby=desc_id,
            class_="chart__svg",
            font_family=FONT,
            id=chart_id,
        )
    )
