"""The Word toolkit: header rows repeat, every chart brings its data table, right to left."""

import pytest
from django.utils import translation
from django.utils.translation import gettext as _
from docx.oxml.ns import qn

from kompass.core.charts import Bar, bar_chart, rasterize
from kompass.core.word import WordDocument

from .docx_reading import chart_blocks, chart_cells, header_rows_repeat, open_docx


@pytest.fixture(autouse=True)
def german():
    with translation.override("de"):
        yield


def chart():
    return bar_chart(
        chart_id="b",
        title="Teilnehmende je Stadtteil",
        description="d",
        unit="Personen",
        category_label="Stadtteil",
        bars=[Bar("Nord", 12), Bar("Süd", None, note="geheim")],
    )


def test_a_table_repeats_its_header_row_and_keeps_its_cells():
    w = WordDocument(title="T", author="A")
    w.table(["Jahr", "Wert"], [(2024, 1), (2025, None)], caption="Werte")
    document = open_docx(w.to_bytes())
    (table,) = document.tables
    assert header_rows_repeat(table)
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Jahr", "Wert"],
        ["2024", "1"],
        ["2025", ""],
    ]
    assert [p.text for p in document.paragraphs if p.style.name == "Caption"] == ["Werte"]


@pytest.mark.skipif(not rasterize.available(), reason="librsvg not installed")
def test_a_chart_is_an_image_followed_by_its_captioned_data_table():
    w = WordDocument(title="T", author="A")
    w.chart(chart(), width_cm=12)
    document = open_docx(w.to_bytes())
    assert len(document.inline_shapes) == 1
    assert chart_blocks(document) == [("Teilnehmende je Stadtteil", chart_cells(chart()))]
    assert header_rows_repeat(document.tables[0])


def test_without_librsvg_the_data_table_stands_in_for_the_chart(monkeypatch):
    monkeypatch.setattr(rasterize, "svg_to_png", lambda svg, width, height: None)
    w = WordDocument(title="T", author="A")
    w.chart(chart(), width_cm=12)
    document = open_docx(w.to_bytes())
    assert len(document.inline_shapes) == 0
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == [
        _("(The chart cannot be drawn in this document; its data table follows.)"),
        "Teilnehmende je Stadtteil",
    ]
    (table,) = document.tables
    assert [[c.text for c in row.cells] for row in table.rows] == chart_cells(chart())


def test_right_to_left_page_marks_paragraphs_runs_and_tables():
    w = WordDocument(title="T", author="A", language="ar", rtl=True, rtl_page=True)
    w.paragraph("خطة الاندماج")
    w.paragraph("Musterstadt 2025")
    w.table(["السنة", "Wert"], [("2025", "1")])
    document = open_docx(w.to_bytes())
    arabic, german = document.paragraphs[:2]
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    assert german._p.pPr.find(qn("w:bidi")) is not None  # the whole page runs right to left
    assert arabic.runs[0]._r.rPr.find(qn("w:rtl")) is not None
    assert german.runs[0]._r.rPr.find(qn("w:rtl")) is None
    assert german.runs[0]._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "de-DE"
    assert document.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is not None
    assert document.core_properties.language == "ar"


def test_right_to_left_text_on_a_left_to_right_page_runs_right_to_left_alone():
    w = WordDocument(title="T", author="A", language="fa", rtl=True, rtl_page=False)
    w.paragraph("برنامه ادغام")
    w.paragraph("Musterstadt")
    w.table(["Jahr"], [("2025",)])
    document = open_docx(w.to_bytes())
    persian, german = document.paragraphs[:2]
    assert persian._p.pPr.find(qn("w:bidi")) is not None
    assert german._p.pPr is None or german._p.pPr.find(qn("w:bidi")) is None
    assert document.tables[0]._tbl.tblPr.find(qn("w:bidiVisual")) is None


def test_left_to_right_document_has_no_direction_marks():
    w = WordDocument(title="T", author="A", language="de")
    w.paragraph("Integrationskonzept")
    w.table(["Jahr"], [("2025",)])
    xml = open_docx(w.to_bytes()).element.xml
    assert "<w:bidi/>" not in xml and "<w:bidiVisual/>" not in xml and "<w:rtl/>" not in xml


def test_the_body_font_is_liberation_sans_unless_a_document_asks_for_another():
    default = open_docx(WordDocument(title="T", author="A").to_bytes()).styles["Normal"].font
    assert (default.name, default.size.pt) == ("Liberation Sans", 10)
    w = WordDocument(title="T", author="A", font="Arial", font_size_pt=11)
    chosen = open_docx(w.to_bytes()).styles["Normal"].font
    assert (chosen.name, chosen.size.pt) == ("Arial", 11)
