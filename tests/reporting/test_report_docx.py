"""The progress report as Word: every chart with its data table, repeating header rows."""

import pytest

from kompass.core.charts import rasterize
from kompass.reporting import report
from kompass.reporting.report_docx import render_docx

from ..core.docx_reading import chart_blocks, chart_cells, header_rows_repeat, open_docx
from .test_report import closed_cycle  # noqa: F401 – the fixture


@pytest.fixture
def built(closed_cycle):  # noqa: F811
    return report.build_report(closed_cycle, closed_cycle.snapshot.data)


def _charts(built):
    indicators = [
        i
        for field in built.fields
        for i in [*(i for goal in field.goals for i in goal.indicators), *field.context_indicators]
    ]
    charts = [built.mix_chart, *(i.chart for i in indicators if i.chart), built.budget_chart]
    return [c for c in charts if c]


@pytest.mark.skipif(not rasterize.available(), reason="librsvg not installed")
def test_every_chart_image_is_followed_by_its_data_table(built):
    document = open_docx(render_docx(built))
    charts = _charts(built)
    assert len(charts) >= 3  # the status mix, indicators, the budget
    assert chart_blocks(document) == [(c.table.caption, chart_cells(c)) for c in charts]


def test_every_table_repeats_its_header_row(built):
    document = open_docx(render_docx(built))
    assert len(document.tables) >= 8
    assert all(header_rows_repeat(table) for table in document.tables)
