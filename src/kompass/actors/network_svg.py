"""The actor network as a server-rendered SVG: a force-directed layout with a fixed seed.

The layout is a small Fruchterman–Reingold in pure Python (networkx's own spring layout
needs numpy), so the same network always gets the same picture. Actors without any
relation are not thrown to the margins by the forces: they stand in a row of their own
below the graph. Labels are placed beside their node where they overlap least.
Shapes and colours tell the kinds of actors apart; the edge width shows the strength.
"""

import hashlib
import math
import random
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext as _

from kompass.core.charts.base import (
    FONT_SIZE,
    MUTED,
    Chart,
    Column,
    DataTable,
    Row,
    coord,
    el,
    esc,
    format_value,
    make_chart,
    text,
    text_width,
)

from .models import ActorType
from .network import Network

WIDTH = 960
GRAPH_HEIGHT = 620
MARGIN_X = 100  # room for labels at the sides
MARGIN_Y = 36
LABEL_SIZE = 12
LABEL_CHARS = 30
ISOLATED_CELL = 230
EDGE_COLOUR = "#8b96a2"  # 3:1 on white
EDGE_WIDTH = {1: 1.2, 2: 2.8, 3: 4.8}


@dataclass(frozen=True)
class ActorGroup:
    key: str
    label: str
    colour: str  # ≥ 4.5:1 on white
    sides: int  # 0 = circle
    rotation: float  # degrees
    types: frozenset


def actor_groups() -> list[ActorGroup]:
    """Seven groups of actor types, each with its own colour and shape (legend order)."""
    t = ActorType
    return [
        ActorGroup(
            "migrant",
            _("Migrant organisations and advisory councils"),
            "#1d4f91",
            0,
            0,
            frozenset({t.MIGRANT_ORGANISATION, t.ADVISORY_COUNCIL}),
        ),
        ActorGroup(
            "welfare",
            _("Welfare associations and counselling"),
            "#a14d00",
            4,
            45,
            frozenset({t.WELFARE_ASSOCIATION, t.COUNSELLING}),
        ),
        ActorGroup(
            "education",
            _("Schools, daycare and education"),
            "#5e3c99",
            3,
            -90,
            frozenset({t.SCHOOL, t.DAYCARE, t.UNIVERSITY, t.EDUCATION_PROVIDER}),
        ),
        ActorGroup(
            "religion",
            _("Religious communities"),
            "#1e6b35",
            4,
            0,
            frozenset({t.RELIGIOUS_COMMUNITY}),
        ),
        ActorGroup(
            "work",
            _("Work and economy"),
            "#9b1c4a",
            6,
            0,
            frozenset({t.COMPANY, t.CHAMBER, t.JOB_CENTRE}),
        ),
        ActorGroup(
            "civil", _("Clubs and initiatives"), "#00707a", 3, 90, frozenset({t.CLUB, t.INITIATIVE})
        ),
        ActorGroup(
            "public",
            _("Public bodies and others"),
            "#4a5563",
            5,
            -90,
            frozenset({t.POLICE, t.PUBLIC_AUTHORITY, t.OTHER}),
        ),
    ]


def group_of(actor_type: str, groups: list[ActorGroup]) -> ActorGroup:
    return next((g for g in groups if actor_type in g.types), groups[-1])


def shape(group: ActorGroup, x: float, y: float, r: float, **extra) -> str:
    """The group's symbol: a circle or a regular polygon of about the circle's area."""
    common = {"fill": group.colour, "stroke": "#ffffff", "stroke_width": 1.5, **extra}
    if not group.sides:
        return el("circle", cx=x, cy=y, r=r, **common)
    r = r * {3: 1.35, 4: 1.2, 5: 1.12, 6: 1.08}[group.sides]
    points = " ".join(
        f"{coord(x + r * math.cos(math.radians(group.rotation + i * 360 / group.sides)))},"
        f"{coord(y + r * math.sin(math.radians(group.rotation + i * 360 / group.sides)))}"
        for i in range(group.sides)
    )
    return el("polygon", points=points, **common)


# -- Layout ---------------------------------------------------------------------------


def spring_layout(nodes, edges, *, seed=7, iterations=250) -> dict:
    """Positions in [0, 1]² for connected nodes (Fruchterman–Reingold, fixed seed).

    ``edges`` are (a, b, strength); stronger relations pull a little harder. A weak pull to
    the centre keeps separate groups of actors in view.
    """
    nodes = sorted(nodes)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.5, 0.5)}
    rng = random.Random(seed)
    pos = {n: [rng.random(), rng.random()] for n in nodes}
    k = math.sqrt(1.0 / len(nodes))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _step in range(iterations):
        disp = {n: [0.0, 0.0] for n in nodes}
        for i, a in enumerate(nodes):
            ax, ay = pos[a]
            for b in nodes[i + 1 :]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                dist2 = max(dx * dx + dy * dy, 1e-6)
                force = k * k / dist2  # (k² / d) along the unit vector (dx, dy) / d
                disp[a][0] += dx * force
                disp[a][1] += dy * force
                disp[b][0] -= dx * force
                disp[b][1] -= dy * force
        for a, b, strength in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            force = dist / k * (0.7 + 0.15 * strength)  # (d² / k) along the unit vector
            disp[a][0] -= dx * force
            disp[a][1] -= dy * force
            disp[b][0] += dx * force
            disp[b][1] += dy * force
        for n in nodes:
            disp[n][0] -= (pos[n][0] - 0.5) * 0.6
            disp[n][1] -= (pos[n][1] - 0.5) * 0.6
            length = max(math.hypot(*disp[n]), 1e-9)
            step = min(length, temperature)
            pos[n][0] += disp[n][0] / length * step
            pos[n][1] += disp[n][1] / length * step
        temperature -= cooling
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in pos.items()}


def cached_layout(nodes, edges) -> dict:
    """The spring layout, computed once per distinct network (it takes a moment for 60 actors)."""
    signature = repr((sorted(nodes), sorted(edges))).encode()
    key = "kompass:network-layout:" + hashlib.sha256(signature).hexdigest()
    layout = cache.get(key)
    if layout is None:
        layout = spring_layout(nodes, edges)
        cache.set(key, layout, 60 * 60 * 24 * 7)
    return layout


# -- Labels -----------------------------------------------------------------------------


def short_label(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip(" ,.-") + "…"


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def place_labels(nodes, *, width, height):
    """For (x, y, r, label) tuples: (x, y, anchor) of each label, overlapping as little as possible."""
    boxes = [(x - r, y - r, x + r, y + r) for x, y, r, _label in nodes]
    placed = []
    result = []
    for x, y, r, label in nodes:
        w = text_width(label, LABEL_SIZE) * 0.95
        candidates = [
            (x, y + r + LABEL_SIZE + 1, "middle"),
            (x, y - r - 5, "middle"),
            (x + r + 4, y + LABEL_SIZE / 2 - 1, "start"),
            (x - r - 4, y + LABEL_SIZE / 2 - 1, "end"),
        ]
        best, best_cost = None, None
        for lx, ly, anchor in candidates:
            left = {"middle": lx - w / 2, "start": lx, "end": lx - w}[anchor]
            box = (left, ly - LABEL_SIZE + 1, left + w, ly + 3)
            cost = sum(_overlap(box, other) for other in placed + boxes)
            cost += 1000 * (max(0, -box[0]) + max(0, box[2] - width) + max(0, -box[1]))
            cost += 1000 * max(0, box[3] - height)
            if best_cost is None or cost < best_cost - 0.01:
                best, best_cost = (lx, ly, anchor, box), cost
            if cost == 0:
                break
        placed.append(best[3])
        result.append(best[:3])
    return result


# -- Drawing ----------------------------------------------------------------------------


def network_chart(network: Network, *, chart_id="network") -> Chart:
    """The network graph with a legend, and the table of actors and their relations."""
    groups = actor_groups()
    graph = network.graph
    connected = [a for a in network.actors if graph.degree(a.pk) > 0]
    isolated = [a for a in network.actors if graph.degree(a.pk) == 0]
    edges = [(a, b, d["strength"]) for a, b, d in graph.edges(data=True)]
    layout = cached_layout([a.pk for a in connected], edges)
    max_degree = max((graph.degree(a.pk) for a in connected), default=1)
    central = {m.actor.pk for m in network.most_central}

    def radius(actor):
        return 6 + 6 * math.sqrt(graph.degree(actor.pk) / max_degree)

    # more actors get more height, so that labels keep their distance
    graph_height = min(GRAPH_HEIGHT + 5 * max(0, len(connected) - 30), 860) if connected else 0
    inner_w, inner_h = WIDTH - 2 * MARGIN_X, graph_height - 2 * MARGIN_Y
    xy = {pk: (MARGIN_X + x * inner_w, MARGIN_Y + y * inner_h) for pk, (x, y) in layout.items()}
    parts = []

    # edges first, the strongest on top
    for a, b, strength in sorted(edges, key=lambda e: e[2]):
        (x1, y1), (x2, y2) = xy[a], xy[b]
        parts.append(
            el(
                "line",
                x1=x1,
                y1=y1,
                x2=x2,
                y2=y2,
                stroke=EDGE_COLOUR,
                stroke_width=EDGE_WIDTH.get(strength, 1.2),
                stroke_linecap="round",
            )
        )

    # isolated actors in rows below the graph
    per_row = max(1, int((WIDTH - 40) // ISOLATED_CELL))
    iso_top = graph_height + (34 if isolated else 0)
    for index, actor in enumerate(isolated):
        row, column = divmod(index, per_row)
        xy[actor.pk] = (20 + 10 + column * ISOLATED_CELL, iso_top + 22 + row * 30)
    iso_height = (34 + 30 * math.ceil(len(isolated) / per_row) + 8) if isolated else 0
    if isolated:
        parts.append(
            el(
                "line",
                x1=20.0,
                y1=float(graph_height + 8),
                x2=float(WIDTH - 20),
                y2=float(graph_height + 8),
                stroke="#c5ccd4",
                stroke_dasharray="4 4",
            )
        )
        parts.append(
            text(
                20,
                graph_height + 28,
                _("Actors without any relation in this survey"),
                fill=MUTED,
                font_weight="bold",
            )
        )

    # nodes
    node_specs = []
    for actor in connected:
        x, y = xy[actor.pk]
        node_specs.append((actor, x, y, radius(actor)))
    for actor in isolated:
        x, y = xy[actor.pk]
        node_specs.append((actor, x, y, 6.0))
    labels = place_labels(
        [(x, y, r, short_label(a.name)) for a, x, y, r in node_specs[: len(connected)]],
        width=WIDTH,
        height=graph_height,
    )
    labels += [(x + 10, y + 4.5, "start") for _a, x, y, _r in node_specs[len(connected) :]]
    for (actor, x, y, r), (lx, ly, anchor) in zip(node_specs, labels, strict=True):
        group = group_of(actor.actor_type, groups)
        degree = graph.degree(actor.pk)
        hint = _("%(name)s (%(type)s): relations with %(count)s actors") % {
            "name": actor.name,
            "type": actor.get_actor_type_display(),
            "count": degree,
        }
        parts.append(
            el(
                "g",
                el("title", esc(hint))
                + shape(group, x, y, r)
                + text(
                    lx,
                    ly,
                    short_label(actor.name),
                    size=LABEL_SIZE,
                    anchor=anchor,
                    font_weight="bold" if actor.pk in central else None,
                    paint_order="stroke",
                    stroke="#ffffff",
                    stroke_width=3,
                    stroke_linejoin="round",
                ),
                class_="network-node",
                data_actor=actor.pk,
            )
        )

    # legend: the groups present, then the edge widths
    present = {group_of(a.actor_type, groups).key for a in network.actors}
    legend_top = graph_height + iso_height + 16
    legend_parts, cursor_x, cursor_y = [], 20.0, legend_top + 14
    items = [(g, g.label) for g in groups if g.key in present]
    for group, label in items:
        needed = 26 + text_width(label, FONT_SIZE) * 0.92 + 22
        if cursor_x > 20 and cursor_x + needed > WIDTH - 20:
            cursor_x, cursor_y = 20.0, cursor_y + 24
        legend_parts.append(shape(group, cursor_x + 8, cursor_y, 7))
        legend_parts.append(text(cursor_x + 22, cursor_y + 4.5, label))
        cursor_x += needed
    cursor_x, cursor_y = 20.0, cursor_y + 28
    widths = ((1, _("weak relation")), (2, _("medium relation")), (3, _("strong relation")))
    for strength, label in widths:
        legend_parts.append(
            el(
                "line",
                x1=cursor_x,
                y1=cursor_y,
                x2=cursor_x + 30,
                y2=cursor_y,
                stroke=EDGE_COLOUR,
                stroke_width=EDGE_WIDTH[strength],
                stroke_linecap="round",
            )
        )
        legend_parts.append(text(cursor_x + 38, cursor_y + 4.5, label))
        cursor_x += 38 + text_width(label, FONT_SIZE) + 24
    legend_parts.append(
        text(
            cursor_x + 10,
            cursor_y + 4.5,
            _("Larger symbol: more relations. Bold: most central."),
            fill=MUTED,
        )
    )
    parts.extend(legend_parts)
    height = cursor_y + 20

    title = _("Network of actors")
    if network.survey is not None:
        title = _("Network of actors: %(survey)s") % {"survey": network.survey.title}
    description = _(
        "%(actors)s actors, %(edges)s connections between them, %(isolated)s without any relation."
    ) % {
        "actors": len(network.actors),
        "edges": network.edge_count,
        "isolated": len(isolated),
    }
    return make_chart(
        chart_id=chart_id,
        title=title,
        description=description,
        width=WIDTH,
        height=height,
        body=parts,
        table=_table(network, groups),
        notes=(description,),
    )


def _table(network: Network, groups) -> DataTable:
    names = {a.pk: a.name for a in network.actors}
    rows = []
    for m in sorted(network.metrics, key=lambda m: m.actor.name.casefold()):
        neighbours = sorted(
            (names[n] for n in network.graph.neighbors(m.actor.pk)), key=str.casefold
        )
        rows.append(
            Row(
                m.actor.name,
                (
                    group_of(m.actor.actor_type, groups).label,
                    format_value(m.degree),
                    ", ".join(neighbours) or "—",
                ),
            )
        )
    return DataTable(
        caption=_("Actors and the actors they have relations with"),
        columns=(
            Column(_("Actor"), numeric=False),
            Column(_("Group"), numeric=False),
            Column(_("Relations")),
            Column(_("Related actors"), numeric=False),
        ),
        rows=tuple(rows),
    )
