"""Word documents (python-docx), written one way for every .docx the application produces.

The rules a reader relies on hold for every document written with :class:`WordDocument`:
every table repeats its header row on each page it spans; every chart is followed by its
data table (captioned with the chart's title), also where the system cannot draw the
chart; a right-to-left language gets the marks Word needs to lay the text out.
"""

import io
import re

from django.utils.translation import gettext as _

from kompass.core.charts.rasterize import chart_png

# Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms).
RTL_LETTERS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Word's tags for the interface languages a document may be written in.
WORD_LANGUAGES = {"de": "de-DE", "en": "en-GB"}

# The language of runs without right-to-left letters: German originals and labels.
LATIN_TEXT_LANGUAGE = "de-DE"
TABLE_STYLE = "Light Grid Accent 1"

# The children that follow an element in its parent, in the order the Word schema demands
# (Word refuses files whose properties are out of order).
FOLLOWING = {
    "w:bidi": (
        "w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing w:mirrorIndents "
        "w:suppressOverlap w:jc w:textDirection w:textAlignment w:textboxTightWrap "
        "w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange"
    ),
    "w:bidiVisual": (
        "w:tblStyleRowBandSize w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd "
        "w:tblBorders w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription"
    ),
    "w:rtl": "w:cs w:em w:lang w:eastAsianLayout w:specVanish w:oMath",
    "w:lang": "w:eastAsianLayout w:specVanish w:oMath",
}


def _set(parent, tag: str, **attributes):
    """The child ``tag`` of ``parent`` (created in schema order if missing) with ``attributes``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        following = {qn(name) for name in FOLLOWING.get(tag, "").split()}
        successor = next((child for child in parent if child.tag in following), None)
        if successor is None:
            parent.append(element)
        else:
            successor.addprevious(element)
    for name, value in attributes.items():
        element.set(qn(name), value)
    return element


def _page_number_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _all_paragraphs(document):
    """Every paragraph of the body, its tables (nested too), headers and footers."""

    def walk(container):
        yield from container.paragraphs
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header):
            yield from walk(part)


class WordDocument:
    """An A4 document, by default in Liberation Sans 10 pt; ``document`` is the python-docx object.

    ``language`` is the content's language tag (``ar``, ``de-DE``); ``rtl`` says that it
    is written right to left, ``rtl_page`` that the whole page runs right to left (its
    labels too), which also puts the first column of every table on the right.
    """

    def __init__(
        self,
        *,
        title: str,
        author: str,
        subject: str = "",
        language: str = "",
        rtl: bool = False,
        rtl_page: bool = False,
        heading_colour: str = "",
        font: str = "Liberation Sans",
        font_size_pt: float = 10,
    ):
        from docx import Document
        from docx.shared import Cm, Pt, RGBColor

        self.document = Document()
        self.language, self.rtl, self.rtl_page = language, rtl, rtl_page
        properties = self.document.core_properties
        properties.title, properties.author = title, author
        if subject:
            properties.subject = subject
        if language:
            properties.language = language
        normal = self.document.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(font_size_pt)
        if heading_colour:
            for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
                self.document.styles[name].font.color.rgb = RGBColor.from_string(
                    heading_colour.lstrip("#").upper()
                )
        section = self.document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(2.2), Cm(2.0)

    def running_titles(self, *, header: str, footer: str) -> None:
        """A header line and a right-aligned footer ending in the page number, not on page 1."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        section.header.paragraphs[0].text = header
        paragraph = section.footer.paragraphs[0]
        paragraph.text = footer
        _page_number_field(paragraph)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def heading(self, text: str, level: int):
        return self.document.add_heading(text, level=level)

    def paragraph(self, text="", *, lead="", style=None, italic=False, size_pt=None):
        """A paragraph of ``text``, after ``lead`` in bold if given."""
        from docx.shared import Pt

        paragraph = self.document.add_paragraph(style=style)
        if lead:
            paragraph.add_run(str(lead)).bold = True
        if text:
            run = paragraph.add_run(str(text))
            if italic:
                run.italic = True
            if size_pt:
                run.font.size = Pt(size_pt)
        return paragraph

    def page_break(self) -> None:
        self.document.add_page_break()

    def image(self, data: bytes, *, width_cm: float) -> None:
        from docx.shared import Cm

        self.document.add_picture(io.BytesIO(data), width=Cm(width_cm))

    def table(self, header, rows, *, caption=None):
        """A captioned table whose header row Word repeats on every page it spans."""
        if caption:
            self.document.add_paragraph(str(caption), style="Caption")
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = TABLE_STYLE
        if self.rtl_page:
            _set(table._tbl.tblPr, "w:bidiVisual")
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = str(text)
        _set(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader", **{"w:val": "true"})
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = "" if text is None else str(text)
        self.document.add_paragraph()
        return table

    def chart(self, chart, *, width_cm: float) -> None:
        """The chart as a picture, then always its data table, captioned with its title.

        Where the system cannot draw the chart, a note says so and the table stands alone.
        """
        png = chart_png(chart)
        if png is not None:
            self.image(png, width_cm=width_cm)
        else:
            self.paragraph(
                _("(The chart cannot be drawn in this document; its data table follows.)"),
                italic=True,
            )
        data = chart.table
        self.table(
            [column.label for column in data.columns],
            [(row.header, *row.cells) for row in data.rows],
            caption=data.caption,
        )

    def to_bytes(self) -> bytes:
        """The finished .docx file, its language marked on every run."""
        if self.language:
            self._mark_language()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _mark_language(self) -> None:
        """Language tags on every run; for right-to-left languages also the direction.

        Word needs three things for Arabic: paragraphs with ``bidi`` (right-to-left base
        direction, mirrored indents and alignment), runs of Arabic letters with ``rtl`` and
        the complex-script language, and tables with ``bidiVisual`` (first column on the
        right, set by :meth:`table`). Runs without Arabic letters (German names, numbers)
        keep the German tag.
        """
        from docx.oxml.ns import qn

        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            run_defaults = _set(_set(defaults, "w:rPrDefault"), "w:rPr")
            if self.rtl:
                _set(
                    run_defaults,
                    "w:lang",
                    **{"w:val": LATIN_TEXT_LANGUAGE, "w:bidi": self.language},
                )
                _set(run_defaults, "w:rFonts", **{"w:cs": "Arial"})
            else:
                tag = LATIN_TEXT_LANGUAGE if self.language.startswith("de") else self.language
                _set(run_defaults, "w:lang", **{"w:val": tag})
        if not self.rtl:
            return
        # A right-to-left language with German labels (Persian) keeps a left-to-right page;
        # only its own paragraphs run right to left.
        if self.rtl_page:
            _set(self.document.styles["Normal"].element.get_or_add_pPr(), "w:bidi")
        for paragraph in _all_paragraphs(self.document):
            if self.rtl_page or RTL_LETTERS.search(paragraph.text or ""):
                _set(paragraph._p.get_or_add_pPr(), "w:bidi")
            for run in paragraph.runs:
                properties = run._r.get_or_add_rPr()
                if RTL_LETTERS.search(run.text or ""):
                    _set(properties, "w:rtl")
                    _set(properties, "w:lang", **{"w:bidi": self.language})
                else:
                    _set(properties, "w:lang", **{"w:val": LATIN_TEXT_LANGUAGE})
