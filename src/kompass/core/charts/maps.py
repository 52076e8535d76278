"""The choropleth map of districts: GeoJSON outlines, values in classes, a legend with bounds."""

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from .base import (
    INK,
    MUTED,
    NO_DATA_FILL,
    PAPER,
    Chart,
    Column,
    DataTable,
    Row,
    coord,
    decimals_of,
    el,
    hatch_pattern,
    make_chart,
    text,
    tooltip,
    value_column,
    value_formatter,
    with_unit,
)

MAP_WIDTH = 470
LEGEND_X = MAP_WIDTH + 24
# ColorBrewer YlGnBu: sequential, safe for the common colour-vision deficiencies and in greyscale.
PALETTES = {
    1: ["#41b6c4"],
    2: ["#a1dab4", "#225ea8"],
    3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
    4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
    5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
}
METHODS = ("quantile", "equal")


@dataclass(frozen=True)
class Area:
    """A district: its GeoJSON geometry (Polygon or MultiPolygon, WGS 84) or None, and its value."""

    code: str
    name: str
    geometry: dict | None
    value: Decimal | float | int | None
    note: str = ""


def class_breaks(values: Iterable, classes: int = 5, method: str = "quantile") -> list[Decimal]:
    """Class bounds, lowest first: ``k + 1`` numbers for ``k ≤ classes`` classes.

    Quantiles put about the same number of districts in each class and use real values
    as bounds; equal intervals split the range into equally wide classes. There are never
    more classes than distinct values.
    """
    if method not in METHODS:
        raise ValueError(f"Unknown classification method {method!r}")
    numbers = sorted(Decimal(str(v)) for v in values if v is not None)
    if not numbers:
        return []
    count = max(1, min(classes, len(set(numbers))))
    if count == 1:
        return [numbers[0], numbers[0]]
    if method == "equal":
        low, high = numbers[0], numbers[-1]
        step = (high - low) / count
        quantum = Decimal(1).scaleb(-(decimals_of(numbers) + 1))
        inner = [(low + step * i).quantize(quantum).normalize() for i in range(1, count)]
        candidates = [low, *inner, high]
    else:
        n = len(numbers)
        candidates = [numbers[(i * n) // count] for i in range(count)] + [numbers[-1]]
    breaks = [candidates[0]]
    for bound in candidates[1:]:
        if bound > breaks[-1]:
            breaks.append(bound)
    return breaks if len(breaks) > 1 else [breaks[0], breaks[0]]


def classify(value, breaks: Sequence[Decimal]) -> int:
    """The class of a value: from its lower bound up to under the next; the last class is closed."""
    value = Decimal(str(value))
    for index in range(len(breaks) - 2, 0, -1):
        if value >= breaks[index]:
            return index
    return 0


def class_label(index: int, breaks: Sequence[Decimal]) -> str:
    """ "12,4 to under 20,1"; the last class "20,1 to 36,8" includes its upper bound."""
    fmt = value_formatter(breaks)
    low, high = fmt(breaks[index]), fmt(breaks[index + 1])
    if low == high:
        return low
    if index == len(breaks) - 2:
        return _("%(low)s to %(high)s") % {"low": low, "high": high}
    return _("%(low)s to under %(high)s") % {"low": low, "high": high}


def _polygons(geometry: dict) -> list:
    if geometry.get("type") == "Polygon":
        return [geometry["coordinates"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def project(
    geometries: Sequence[dict], *, width: float, height: float, padding: float = 8
) -> Callable[[float, float], tuple[float, float]]:
    """Longitude/latitude → SVG coordinates inside ``width × height``, keeping proportions.

    Equirectangular with the longitudes shrunk by cos(middle latitude): for a town or a
    county indistinguishable from a proper projection, and simple enough to test.
    """
    positions = [
        p for g in geometries for polygon in _polygons(g) for ring in polygon for p in ring
    ]
    lons = [float(p[0]) for p in positions]
    lats = [float(p[1]) for p in positions]
    shrink = math.cos(math.radians((min(lats) + max(lats)) / 2))
    min_x, max_x = min(lons) * shrink, max(lons) * shrink
    min_lat, max_lat = min(lats), max(lats)
    span_x, span_y = max(max_x - min_x, 1e-9), max(max_lat - min_lat, 1e-9)
    scale = min((width - 2 * padding) / span_x, (height - 2 * padding) / span_y)
    offset_x = (width - span_x * scale) / 2
    offset_y = (height - span_y * scale) / 2

    def to_svg(lon: float, lat: float) -> tuple[float, float]:
        return offset_x + (lon * shrink - min_x) * scale, offset_y + (max_lat - lat) * scale

    return to_svg


def aspect_ratio(geometries: Sequence[dict]) -> float:
    """Height / width of the projected outlines."""
    to_svg = project(geometries, width=1000, height=1000, padding=0)
    points = [
        to_svg(p[0], p[1])
        for g in geometries
        for polygon in _polygons(g)
        for ring in polygon
        for p in ring
    ]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return max(max(ys) - min(ys), 1e-9) / max(max(xs) - min(xs), 1e-9)


def _ring_area_centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _path_and_label_point(geometry: dict, to_svg) -> tuple[str, tuple[float, float]]:
    commands, best = [], (-1.0, 0.0, 0.0)
    for polygon in _polygons(geometry):
        for ring_index, ring in enumerate(polygon):
            points = [to_svg(float(p[0]), float(p[1])) for p in ring]
            commands.append(
                "M" + " L".join(f"{coord(x)} {coord(y)}" for x, y in points[:-1]) + " Z"
            )
            if ring_index == 0:
                candidate = _ring_area_centroid(points)
                if candidate[0] > best[0]:
                    best = candidate
    return " ".join(commands), (best[1], best[2])


def choropleth(
    *,
    chart_id: str,
    title: str,
    description: str,
    unit: str,
    areas: Sequence[Area],
    category_label: str,
    classes: int = 5,
    method: str = "quantile",
) -> Chart:
    """Districts coloured by class of their value, labelled with name and value.

    Districts without a value are hatched grey ("no data"); districts without an outline
    cannot be drawn and are named in the notes and the table.
    """
    drawable = [a for a in areas if a.geometry and _polygons(a.geometry)]
    breaks = class_breaks([a.value for a in areas], classes, method)
    fmt = value_formatter(a.value for a in areas)
    palette = PALETTES[len(breaks) - 1] if breaks else []
    no_data_id = f"{chart_id}-no-data"
    has_missing_value = any(a.value is None for a in drawable)

    map_height = 320.0
    body = [el("defs", hatch_pattern(no_data_id, line="#8a96a3", background=NO_DATA_FILL, gap=7))]
    if drawable:
        geometries = [a.geometry for a in drawable]
        map_height = min(max(MAP_WIDTH * aspect_ratio(geometries), 240.0), 560.0)
        to_svg = project(geometries, width=MAP_WIDTH, height=map_height, padding=12)
        shapes, labels = [], []
        for area in drawable:
            d, (lx, ly) = _path_and_label_point(area.geometry, to_svg)
            if area.value is None:
                fill, shown = f"url(#{no_data_id})", area.note or _("no data")
            else:
                fill, shown = palette[classify(area.value, breaks)], fmt(area.value)
            shapes.append(
                el(
                    "path",
                    tooltip(
                        f"{area.name}: {with_unit(shown, unit) if area.value is not None else shown}"
                    ),
                    d=d,
                    fill=fill,
                    fill_rule="evenodd",
                    stroke=INK,
                    stroke_width=1.2,
                    stroke_linejoin="round",
                    class_="chart__area",
                    data_code=area.code,
                )
            )
            halo = {
                "stroke": PAPER,
                "stroke_width": 3,
                "paint_order": "stroke",
                "stroke_linejoin": "round",
            }
            labels.append(
                text(lx, ly - 2, area.name, size=12, anchor="middle", font_weight="600", **halo)
                + text(
                    lx,
                    ly + 13,
                    shown if area.value is not None else "—",
                    size=12,
                    anchor="middle",
                    **halo,
                )
            )
        body.append(el("g", "".join(shapes), class_="chart__areas"))
        body.append(el("g", "".join(labels), class_="chart__labels", aria_hidden="true"))
    else:
        body.append(
            text(
                MAP_WIDTH / 2,
                map_height / 2,
                _("No district outlines yet."),
                anchor="middle",
                fill=MUTED,
            )
        )

    legend_parts = [text(LEGEND_X, 28, unit or _("Value"), font_weight="600")]
    entries = [(colour, class_label(index, breaks)) for index, colour in enumerate(palette)]
    if has_missing_value:
        entries.append((f"url(#{no_data_id})", _("no data")))
    y = 48
    for fill, label in entries:
        legend_parts.append(
            el("rect", x=LEGEND_X, y=y, width=22, height=16, fill=fill, stroke=INK, stroke_width=1)
            + text(LEGEND_X + 30, y + 12.5, label)
        )
        y += 24
    method_note = _("Classes: quantiles") if method == "quantile" else _("Classes: equal intervals")
    legend_parts.append(text(LEGEND_X, y + 14, method_note, size=12, fill=MUTED))
    body.append(el("g", "".join(legend_parts), class_="chart__legend"))
    height = max(map_height, y + 30)

    without_shape = [a.name for a in areas if not _drawn(a, drawable)]
    notes = ()
    if without_shape:
        notes = (
            _("Without an outline, not on the map: %(names)s")
            % {"names": ", ".join(without_shape)},
        )
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        height=height,
        body=body,
        table=_table(title, unit, areas, drawable, breaks, category_label, fmt),
        notes=notes,
    )


def _drawn(area: Area, drawable: Sequence[Area]) -> bool:
    return any(area is other for other in drawable)


def _table(title, unit, areas, drawable, breaks, category_label, fmt) -> DataTable:
    rows = []
    for area in areas:
        notes = [area.note] if area.note else []
        if not _drawn(area, drawable):
            notes.append(_("no outline"))
        klass = class_label(classify(area.value, breaks), breaks) if area.value is not None else ""
        rows.append(Row(area.name, (fmt(area.value), klass, "; ".join(notes))))
    columns = (
        Column(category_label, numeric=False),
        value_column(_("Value"), unit),
        Column(_("Class"), numeric=False),
        Column(_("Note"), numeric=False),
    )
    return DataTable(caption=title, columns=columns, rows=tuple(rows))
