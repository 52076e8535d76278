"""The concept document as Word: every chart with its data table, repeating header rows."""

import pytest
from docx.oxml.ns import qn

from kompass.core.charts import rasterize
from kompass.documents.content import build_document
from kompass.documents.docx_builder import render_docx

from ..core.docx_reading import chart_blocks, chart_cells, header_rows_repeat, open_docx
from .test_languages import _translate, _version


@pytest.fixture
def version(db):
    return _version("wortstadt", indicators_per_field=2)


def _charts(doc):
    entries = [*doc.context_indicators, *(e for s in doc.fields for e in s.indicators)]
    return [e.chart for e in entries if e.chart]


@pytest.mark.skipif(not rasterize.available(), reason="librsvg not installed")
def test_every_chart_image_is_followed_by_its_data_table(version):
    doc = build_document(version)
    document = open_docx(render_docx(doc))
    charts = _charts(doc)
    assert charts  # the generated concept has indicator values
    assert chart_blocks(document) == [(c.table.caption, chart_cells(c)) for c in charts]


def test_every_table_repeats_its_header_row(version):
    document = open_docx(render_docx(build_document(version)))
    assert len(document.tables) >= 5
    assert all(header_rows_repeat(table) for table in document.tables)


def test_arabic_document_keeps_bidi_on_paragraphs_and_every_table(version):
    _translate(version)
    document = open_docx(render_docx(build_document(version, language="ar")))
    normal = document.styles["Normal"].element.pPr
    assert normal.find(qn("w:bidi")) is not None
    assert all(p._p.pPr.find(qn("w:bidi")) is not None for p in document.paragraphs)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    assert all(header_rows_repeat(table) for table in document.tables)
