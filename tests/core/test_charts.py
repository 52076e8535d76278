"""The SVG charts: well-formed, accessible, honest about gaps, escaped, in the reader's number format.

Texts new with the charts are compared through gettext, so the tests hold before and after
their German translations arrive.
"""

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext as _

from kompass.core.charts import (
    Area,
    Bar,
    Point,
    Reference,
    Series,
    bar_chart,
    choropleth,
    class_breaks,
    classify,
    grouped_bar_chart,
    line_chart,
    nice_scale,
    project,
)

SVG = "{http://www.w3.org/2000/svg}"
NASTY = 'Süd <Viertel> & "Co"'


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


def parse(chart):
    root = ET.fromstring(str(chart.svg))
    assert root.tag == f"{SVG}svg"
    return root


def with_class(root, css_class, tag="*"):
    return [e for e in root.iter() if css_class in (e.get("class") or "").split()]


def square(lon, lat, size=0.01):
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def series(*values, provisional=()):
    return Series(
        "Gesamt",
        [
            Point(2018 + i, v, note="" if v is not None else "geheim", provisional=i in provisional)
            for i, v in enumerate(values)
        ],
    )


# -- what every chart owes its readers --------------------------------------------------


def all_charts():
    return [
        line_chart(
            chart_id="linie", title=NASTY, description="d", unit="%", series=[series(1, 2, 3)]
        ),
        bar_chart(
            chart_id="balken",
            title=NASTY,
            description="d",
            unit="%",
            category_label="Stadtteil",
            bars=[Bar("A", 1)],
        ),
        grouped_bar_chart(
            chart_id="gruppen",
            title=NASTY,
            description="d",
            unit="Personen",
            category_label="Altersgruppe",
            categories=["unter 6"],
            series=[("2020", [1]), ("2024", [2])],
        ),
        choropleth(
            chart_id="karte",
            title=NASTY,
            description="d",
            unit="%",
            category_label="Stadtteil",
            areas=[Area("01", "A", square(8.6, 50.0), 1)],
        ),
    ]


@pytest.mark.parametrize("index", range(4))
def test_every_chart_is_a_named_described_scalable_image(index):
    chart = all_charts()[index]
    root = parse(chart)
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert root.get("aria-labelledby") == title.get("id") == f"{chart.chart_id}-title"
    assert root.get("aria-describedby") == desc.get("id")
    assert title.text == NASTY  # escaped in the markup, intact for the reader
    assert "style=" not in chart.svg and "<style" not in chart.svg
    assert chart.table.caption == NASTY and chart.table.rows


def test_ids_inside_a_chart_start_with_its_id_so_that_two_charts_can_share_a_page():
    for chart in all_charts():
        ids = [e.get("id") for e in parse(chart).iter() if e.get("id")]
        assert all(i.startswith(chart.chart_id) for i in ids)


# -- the line chart ------------------------------------------------------------------------


def test_line_chart_has_a_point_per_value_and_breaks_the_line_at_a_missing_value():
    chart = line_chart(
        chart_id="z",
        title="t",
        description="d",
        unit="%",
        series=[series(7.4, 7.9, None, 8.2, 7.6)],
    )
    root = parse(chart)
    assert len(with_class(root, "chart__point")) == 4
    assert len(with_class(root, "chart__line")) == 2  # 2018–2019 and 2021–2022
    gaps = with_class(root, "chart__gap")
    assert len(gaps) == 1
    assert gaps[0].find(f"{SVG}title").text == "2020: geheim"
    # the table keeps the year, without a number, with the reason
    rows = {row.header: row.cells for row in chart.table.rows}
    assert rows["2020"] == ("—", "geheim")
    assert rows["2018"][0] == "7,4"


def test_a_skipped_year_breaks_the_line_but_a_biennial_rhythm_does_not():
    annual = line_chart(
        chart_id="a",
        title="t",
        description="d",
        unit="",
        series=[Series("s", [Point(2018, 1), Point(2019, 2), Point(2021, 3), Point(2022, 4)])],
    )
    biennial = line_chart(
        chart_id="b",
        title="t",
        description="d",
        unit="",
        series=[Series("s", [Point(2018, 1), Point(2020, 2), Point(2022, 3)])],
    )
    assert len(with_class(parse(annual), "chart__line")) == 2
    assert len(with_class(parse(biennial), "chart__line")) == 1


def test_provisional_values_have_hollow_markers():
    root = parse(
        line_chart(
            chart_id="z",
            title="t",
            description="d",
            unit="%",
            series=[series(1, 2, 3, provisional={2})],
        )
    )
    provisional = with_class(root, "chart__point--provisional")
    assert len(provisional) == 1
    assert provisional[0][1].get("fill") == "#ffffff"
    solid = [p for p in with_class(root, "chart__point") if p not in provisional]
    assert all(p[1].get("fill") != "#ffffff" for p in solid)


def test_baseline_and_target_are_drawn_and_listed_in_the_table():
    chart = line_chart(
        chart_id="z",
        title="t",
        description="d",
        unit="%",
        series=[series(7.4, 7.1, 6.8)],
        baseline=Reference(2019, Decimal("7.1"), "2019"),
        target=Reference(2030.58, Decimal("5"), "31.07.2030"),
    )
    root = parse(chart)
    assert len(with_class(root, "chart__reference")) == 2
    assert len(with_class(root, "chart__target-path")) == 1
    rows = {row.header: row.cells for row in chart.table.rows}
    assert rows["Ausgangswert (2019)"] == ("7,1",)
    assert rows["Zielwert (31.07.2030)"] == ("5,0",)
    assert "Zielwert: 5,0" in "".join(root.itertext())


def test_numbers_follow_the_language():
    def table():
        return (
            line_chart(chart_id="z", title="t", description="d", unit="", series=[series(1234.5)])
            .table.rows[0]
            .cells
        )

    assert table() == ("1.234,5",)
    with translation.override("en"):
        assert table() == ("1,234.5",)


# -- bar charts ------------------------------------------------------------------------------


def test_dashed_series_differ_without_colour_in_line_and_legend():
    other = Series("Hessen", [Point(2018, 5), Point(2019, 6)], dash="9 4")
    root = parse(
        line_chart(
            chart_id="v",
            title="t",
            description="d",
            unit="%",
            series=[series(1, 2), other],
        )
    )
    lines = with_class(root, "chart__line")
    assert [line.get("stroke-dasharray") for line in lines] == [None, "9 4"]
    # the legend shows the dash pattern beside the name
    dashed = [e for e in root.iter(f"{SVG}line") if e.get("stroke-dasharray") == "9 4"]
    assert len(dashed) == 1
    # two series: a gap mark names its series
    root = parse(
        line_chart(
            chart_id="w",
            title="t",
            description="d",
            unit="%",
            series=[series(1, 2), Series("Hessen", [Point(2018, None, note="geheim")])],
        )
    )
    assert with_class(root, "chart__gap")[0].find(f"{SVG}title").text == "Hessen 2018: geheim"


def test_a_series_for_the_table_only_shapes_neither_axes_nor_legend():
    counts = Series("Hessen", [Point(2018, 6_300_000), Point(2019, None, note="geheim")])
    chart = line_chart(
        chart_id="c",
        title="t",
        description="d",
        unit="Personen",
        series=[series(1, 2), Series(counts.label, counts.points, in_chart=False)],
        notes=["Nur in der Tabelle."],
    )
    root = parse(chart)
    assert len(with_class(root, "chart__series")) == 1
    texts = [e.text for e in root.iter(f"{SVG}text")]
    assert "Hessen" not in texts
    assert not any("6.300.000" in (t or "") for t in texts)  # the axis stays the municipality's
    assert [c.label for c in chart.table.columns] == [
        _("Year"),
        "Gesamt (Personen)",
        "Hessen (Personen)",
        _("Note"),
    ]
    rows = dict(chart.table.body_rows())
    assert [cell for cell, _numeric in rows["2018"]] == ["1", "6.300.000", ""]
    assert [cell for cell, _numeric in rows["2019"]] == ["2", "—", "Hessen: geheim"]
    assert chart.notes == ("Nur in der Tabelle.",)


def test_bar_chart_draws_a_bar_per_value_and_names_the_missing_one():
    chart = bar_chart(
        chart_id="b",
        title="t",
        description="d",
        unit="%",
        category_label="Stadtteil",
        bars=[Bar("Altstadt", 25.1), Bar(NASTY, None, "geheim"), Bar("Eichenau", 11.8)],
    )
    root = parse(chart)
    assert len(root.findall(f".//{SVG}rect")) == 2
    texts = list(root.itertext())
    assert "25,1" in texts and "11,8" in texts and "geheim" in texts
    assert NASTY in texts
    assert [row.header for row in chart.table.rows] == ["Altstadt", NASTY, "Eichenau"]
    assert chart.table.rows[1].cells == ("—", "geheim")


def test_negative_values_grow_to_the_left_of_zero():
    root = parse(
        bar_chart(
            chart_id="b",
            title="t",
            description="d",
            unit="",
            category_label="c",
            bars=[Bar("plus", 5), Bar("minus", -5)],
        )
    )
    plus, minus = root.findall(f".//{SVG}rect")
    assert float(minus.get("x")) + float(minus.get("width")) == pytest.approx(
        float(plus.get("x")), abs=0.2
    )


def test_grouped_bars_one_per_series_and_category_told_apart_by_pattern():
    chart = grouped_bar_chart(
        chart_id="g",
        title="t",
        description="d",
        unit="Personen",
        category_label="Altersgruppe",
        categories=["unter 6", "6 bis unter 18", "65 und älter"],
        series=[("2020", [2560, 5210, 9360]), ("2024", [2700, None, 9600])],
    )
    root = parse(chart)
    bars = [r for g in with_class(root, "chart__bar") for r in g.iter(f"{SVG}rect")]
    assert len(bars) == 5
    fills = {r.get("fill") for r in bars}
    assert "url(#g-pattern-1)" in fills and len(fills) == 2
    assert root.find(f".//{SVG}pattern").get("id") == "g-pattern-1"
    assert chart.table.rows[1].cells == ("5.210", "—")
    assert [c.label for c in chart.table.columns] == [
        "Altersgruppe",
        "2020 (Personen)",
        "2024 (Personen)",
    ]


# -- the choropleth map ------------------------------------------------------------------------


def test_map_has_a_path_with_title_per_outlined_district_inside_the_view_box():
    areas = [
        Area("01", NASTY, square(8.60, 50.05), 3.2),
        Area("02", "Nord", square(8.61, 50.05), 7.5),
        Area("03", "Ost", square(8.60, 50.06), None, "geheim"),
        Area("04", "Ohne Umriss", None, 9.9),
        Area(
            "05",
            "Zweiteilig",
            {
                "type": "MultiPolygon",
                "coordinates": [
                    square(8.61, 50.06)["coordinates"],
                    square(8.63, 50.07)["coordinates"],
                ],
            },
            12,
        ),
    ]
    chart = choropleth(
        chart_id="m", title="t", description="d", unit="%", areas=areas, category_label="Stadtteil"
    )
    root = parse(chart)
    paths = with_class(root, "chart__area")
    assert len(paths) == 4
    assert paths[0].find(f"{SVG}title").text == f"{NASTY}: 3,2 %"
    _x, _y, width, height = (float(n) for n in root.get("viewBox").split())
    for path in paths:
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        xs, ys = numbers[0::2], numbers[1::2]
        assert all(0 <= x <= width for x in xs) and all(0 <= y <= height for y in ys)
    # the district without value is hatched and the legend says so
    missing = next(p for p in paths if p.get("data-code") == "03")
    assert missing.get("fill") == "url(#m-no-data)"
    assert _("no data") in list(root.itertext())
    # the district without outline is named beside the map and in the table
    assert "Ohne Umriss" in chart.notes[0]
    rows = {row.header: row.cells for row in chart.table.rows}
    assert rows["Ohne Umriss"] == (
        "9,9",
        _("%(low)s to %(high)s") % {"low": "9,9", "high": "12,0"},  # the last class
        _("no outline"),
    )
    assert rows["Ost"] == ("—", "", "geheim")


def test_projection_fits_the_outlines_into_the_box_keeping_proportions():
    # 0.1° of longitude at 50° north is about as long as 0.064° of latitude
    geometry = {
        "type": "Polygon",
        "coordinates": [[[8.6, 50.0], [8.7, 50.0], [8.7, 50.0643], [8.6, 50.0643], [8.6, 50.0]]],
    }
    to_svg = project([geometry], width=400, height=400, padding=0)
    corners = [to_svg(*p) for p in geometry["coordinates"][0]]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    assert min(xs) >= 0 and max(xs) <= 400 and min(ys) >= 0 and max(ys) <= 400
    assert max(xs) - min(xs) == pytest.approx(max(ys) - min(ys), rel=0.01)
    # north is up
    assert to_svg(8.6, 50.0643)[1] < to_svg(8.6, 50.0)[1]


def test_map_without_any_outline_says_so():
    chart = choropleth(
        chart_id="m",
        title="t",
        description="d",
        unit="%",
        category_label="Stadtteil",
        areas=[Area("01", "A", None, 1)],
    )
    assert _("No district outlines yet.") in list(parse(chart).itertext())


# -- classes ---------------------------------------------------------------------------------------


def test_quantile_breaks_are_data_values_with_about_equal_counts():
    values = [6.1, 15.8, 17.9, 18.6, 20.5, 24.0]
    breaks = class_breaks(values, 3)
    assert breaks == [Decimal("6.1"), Decimal("17.9"), Decimal("20.5"), Decimal("24.0")]
    assert [classify(v, breaks) for v in values] == [0, 0, 1, 1, 2, 2]


def test_equal_interval_breaks_split_the_range_evenly():
    breaks = class_breaks([0, 1, 3, 5, 7, 10], 5, "equal")
    assert breaks == [0, 2, 4, 6, 8, 10]
    assert classify(10, breaks) == 4  # the last class includes its upper bound
    assert classify(2, breaks) == 1  # a bound belongs to the class above it


def test_never_more_classes_than_distinct_values():
    assert class_breaks([5, 5, 5]) == [5, 5]
    assert len(class_breaks([1, 1, 2, 2, 3])) == 3
    assert class_breaks([None, None]) == []


def test_nice_scale_rounds_to_readable_steps():
    assert nice_scale(0, 9.3)[2] == [0, 2, 4, 6, 8, 10]
    low, high, ticks, decimals = nice_scale(5.0, 8.2)
    assert (low, high, ticks, decimals) == (5.0, 9.0, [5, 6, 7, 8, 9], 0)
    assert nice_scale(0.12, 0.31)[2:] == ([0.1, 0.15, 0.2, 0.25, 0.3, 0.35], 2)


def test_labels_too_wide_are_cut_with_an_ellipsis_and_value_columns_name_their_unit():
    from kompass.core.charts.base import shorten, value_column

    assert shorten("Integrationskonzept", 200, 12) == "Integrationskonzept"
    assert shorten("Integrationskonzept", 60, 12) == "Integra…"
    assert shorten("Integrationskonzept", 10, 13) == "In…"
    assert shorten("Integrationskonzept", 10, 13, glyph=0.56, minimum=3) == "Int…"
    assert value_column("Wert", "%").label == "Wert (%)"
    assert value_column("Wert", "").label == "Wert"
