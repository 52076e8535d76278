"""The concept document as Word (python-docx): the same chapters and tables as the PDF.

Charts are embedded as PNG rendered from the same SVG (``reporting.rasterize``); where
the system cannot render SVG, the chart's data table stands in its place. Narrative
sections are converted from their (sanitised) markup to Word paragraphs, lists and quotes.
"""

import io
import re
from html.parser import HTMLParser

from django.template.defaultfilters import date as date_filter
from django.utils import translation
from django.utils.translation import gettext as _

from kompass.core.charts import format_value
from kompass.core.templatetags.kompass import euro, number
from kompass.reporting import rasterize

from .content import ConceptDocument, layout_language
from .render import HEX_COLOUR, headings, ui_language

PNG_WIDTH = 1200
# Letters of right-to-left scripts (Hebrew, Arabic and their presentation forms).
RTL_LETTERS = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def _rgb(colour: str):
    from docx.shared import RGBColor

    colour = colour if HEX_COLOUR.match(colour or "") else "#1d4f91"
    return RGBColor.from_string(colour[1:].upper())


def _png(chart) -> bytes | None:
    match = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', str(chart.svg))
    if not match:
        return None
    width, height = float(match.group(1)), float(match.group(2))
    scale = PNG_WIDTH / width
    return rasterize.svg_to_png(str(chart.svg), PNG_WIDTH, round(height * scale))


def _repeat_header(row) -> None:
    """Mark a table row as header row: Word repeats it on every page the table spans."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _table(document, header, rows, *, caption=None):
    if caption:
        document.add_paragraph(str(caption), style="Caption")
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = str(text)
    _repeat_header(table.rows[0])
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = "" if text is None else str(text)
    document.add_paragraph()
    return table


def _chart(document, chart, *, width_cm=15):
    from docx.shared import Cm

    png = _png(chart)
    if png is not None:
        document.add_picture(io.BytesIO(png), width=Cm(width_cm))
    else:
        document.add_paragraph().add_run(
            _("(The chart cannot be drawn in this document; its data table follows.)")
        ).italic = True
    table = chart.table
    _table(
        document,
        [c.label for c in table.columns],
        [(row.header, *row.cells) for row in table.rows],
        caption=table.caption,
    )


class _HtmlToDocx(HTMLParser):
    """Sanitised narrative markup (p, h3, h4, lists, strong, em, a, blockquote) to Word."""

    def __init__(self, document):
        super().__init__(convert_charrefs=True)
        self.document = document
        self.paragraph = None
        self.lists: list[str] = []
        self.bold = self.italic = False
        self.quote = False
        self.href = None

    def _new(self, style=None):
        self.paragraph = self.document.add_paragraph(style=style)

    def handle_starttag(self, tag, attrs):
        if tag in ("p",):
            self._new("Quote" if self.quote else None)
        elif tag in ("h3", "h4"):
            self.paragraph = self.document.add_heading(level=3 if tag == "h3" else 4)
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self._new("List Number" if self.lists and self.lists[-1] == "ol" else "List Bullet")
        elif tag == "blockquote":
            self.quote = True
        elif tag == "strong":
            self.bold = True
        elif tag == "em":
            self.italic = True
        elif tag == "a":
            self.href = dict(attrs).get("href")
        elif tag == "br" and self.paragraph is not None:
            self.paragraph.add_run().add_break()

    def handle_endtag(self, tag):
        if tag in ("p", "h3", "h4", "li"):
            self.paragraph = None
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "blockquote":
            self.quote = False
        elif tag == "strong":
            self.bold = False
        elif tag == "em":
            self.italic = False
        elif tag == "a":
            if self.href and self.paragraph is not None:
                self.paragraph.add_run(f" ({self.href})")
            self.href = None

    def handle_data(self, data):
        if not data.strip() and self.paragraph is None:
            return
        if self.paragraph is None:
            self._new("Quote" if self.quote else None)
        run = self.paragraph.add_run(data)
        run.bold = self.bold or None
        run.italic = self.italic or None


def _narrative(document, section, placeholder=None):
    if section is not None:
        parser = _HtmlToDocx(document)
        parser.feed(str(section.html))
        parser.close()
    elif placeholder:
        document.add_paragraph().add_run(placeholder).italic = True


def _page_number_field(paragraph):
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


def _indicator(document, entry):
    i = entry.indicator
    document.add_heading(f"{i.name}" + (f" ({i.unit})" if i.unit else ""), level=4)
    facts = [
        (
            _("Baseline"),
            f"{number(i.baseline_value)} ({i.baseline_year})"
            if i.baseline_value is not None
            else "—",
        ),
        (
            _("Target"),
            f"{number(i.target_value)} ({date_filter(i.target_date, 'SHORT_DATE_FORMAT')})"
            if i.target_value is not None
            else "—",
        ),
        (
            _("Latest value"),
            f"{format_value(entry.latest_value)} ({entry.latest_year})"
            if entry.latest_value is not None
            else "—",
        ),
        (_("Direction"), i.get_direction_display()),
    ]
    document.add_paragraph(" · ".join(f"{label}: {value}" for label, value in facts))
    if entry.chart:
        _chart(document, entry.chart, width_cm=12)
    if i.data_source:
        document.add_paragraph(_("Source") + f": {i.data_source}", style="Caption")


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


def _all_tables(document):
    def walk(container):
        for table in container.tables:
            yield table
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(document)


def _mark_language(document, language) -> None:
    """Language tags on every run; for right-to-left languages also the direction.

    Word needs three things for Arabic: paragraphs with ``bidi`` (right-to-left base
    direction, mirrored indents and alignment), runs of Arabic letters with ``rtl`` and
    the complex-script language, and tables with ``bidiVisual`` (first column on the
    right). Runs without Arabic letters (German names, numbers) keep the German tag.
    """
    from docx.oxml.ns import qn

    tag = language.html_lang if not language.html_lang.startswith("de") else "de-DE"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = _set(_set(defaults, "w:rPrDefault"), "w:rPr")
        if language.rtl:
            _set(run_defaults, "w:lang", **{"w:val": "de-DE", "w:bidi": language.html_lang})
            _set(run_defaults, "w:rFonts", **{"w:cs": "Arial"})
        else:
            _set(run_defaults, "w:lang", **{"w:val": tag})
    if not language.rtl:
        return
    # A right-to-left language with German labels (Persian) keeps a left-to-right page;
    # only its own paragraphs run right to left.
    whole_page = layout_language(language).rtl
    if whole_page:
        _set(document.styles["Normal"].element.get_or_add_pPr(), "w:bidi")
    for paragraph in _all_paragraphs(document):
        if whole_page or RTL_LETTERS.search(paragraph.text or ""):
            _set(paragraph._p.get_or_add_pPr(), "w:bidi")
        for run in paragraph.runs:
            properties = run._r.get_or_add_rPr()
            if RTL_LETTERS.search(run.text or ""):
                _set(properties, "w:rtl")
                _set(properties, "w:lang", **{"w:bidi": language.html_lang})
            else:
                _set(properties, "w:lang", **{"w:val": "de-DE"})
    if whole_page:
        for table in _all_tables(document):
            _set(table._tbl.tblPr, "w:bidiVisual")


def render_docx(doc: ConceptDocument) -> bytes:
    """The document as Word file, headings and labels in the document's interface language."""
    with translation.override(ui_language(doc)):
        return _render_docx(doc)


def _render_docx(doc: ConceptDocument) -> bytes:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    colour = _rgb(doc.brand_colour)
    titles = headings(doc)
    missing = _("This section has not been written yet.")
    document = Document()
    document.core_properties.title = doc.title
    document.core_properties.author = doc.municipality.name
    document.core_properties.subject = doc.kind_label
    document.core_properties.language = doc.language.html_lang
    normal = document.styles["Normal"]
    normal.font.name = "Liberation Sans"
    normal.font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        document.styles[name].font.color.rgb = colour
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.0)
    section.different_first_page_header_footer = True

    # cover
    if doc.logo_data_uri:
        import base64

        data = base64.b64decode(doc.logo_data_uri.split(",", 1)[1])
        document.add_picture(io.BytesIO(data), width=Cm(4))
    document.add_paragraph(doc.municipality.name.upper()).runs[0].font.size = Pt(14)
    document.add_paragraph(doc.kind_label)
    document.add_heading(doc.title, level=0)
    if doc.subtitle:
        document.add_paragraph(doc.subtitle).runs[0].font.size = Pt(14)
    facts = [(_("Version"), f"{doc.version.number} ({doc.version.get_status_display()})")]
    if doc.version.adopted_on:
        facts.append((_("Adopted on"), date_filter(doc.version.adopted_on, "DATE_FORMAT")))
        if doc.version.adopting_resolution:
            facts.append((_("Resolution"), doc.version.adopting_resolution))
    else:
        facts.append((_("State"), _("Draft – not yet adopted")))
    for label, value in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(str(value))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    header = section.header.paragraphs[0]
    header.text = doc.title
    footer = section.footer.paragraphs[0]
    footer.text = f"{doc.municipality.name} – " + _("Page") + " "
    _page_number_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    document.add_heading(titles["preface"], level=1)
    _narrative(document, doc.narratives.get("preface"), missing)
    document.add_heading(f"1 {titles['understanding']}", level=1)
    _narrative(document, doc.narratives.get("understanding"), missing)

    document.add_heading(f"2 {titles['situation']}", level=1)
    _narrative(document, doc.narratives.get("situation"))
    document.add_heading("2.1 " + _("Population and districts"), level=2)
    if doc.districts:
        _table(
            document,
            [_("Code"), _("District"), _("Residents"), _("Share")],
            [
                (
                    d.code,
                    d.name,
                    number(d.population) if d.population else "—",
                    f"{number(share, 1)} %" if share is not None else "—",
                )
                for d, share in doc.districts
            ]
            + [("", _("Total"), number(doc.district_total), "")],
            caption=_("Residents by district"),
        )
    if doc.context_indicators:
        document.add_heading("2.2 " + _("Key figures"), level=2)
        for entry in doc.context_indicators:
            _indicator(document, entry)
    document.add_heading("2.3 " + _("Strengths, weaknesses, opportunities and risks"), level=2)
    for label, items in doc.findings:
        document.add_heading(label, level=4)
        for item in items:
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(item.title).bold = True
            if item.description:
                paragraph.add_run(f" – {item.description}")
    document.add_heading("2.4 " + _("Offers and actors"), level=2)
    if doc.actor_counts:
        _table(document, [_("Type"), _("Number")], doc.actor_counts, caption=_("Actors by type"))
    if doc.gap_rows:
        _table(
            document,
            [_("Field of action"), _("Offers"), _("Districts without an offer")],
            [(name, total, ", ".join(missing_d)) for name, total, missing_d in doc.gap_rows],
            caption=_("Gaps in the offers: districts without an offer per field of action"),
        )

    document.add_heading(f"3 {titles['participation']}", level=1)
    _narrative(document, doc.narratives.get("participation"), missing)
    if doc.participation:
        p = doc.participation
        _table(
            document,
            [_("Date"), _("Event"), _("Format"), _("Participants"), _("Level of participation")],
            [
                (
                    date_filter(e.starts_at, "SHORT_DATE_FORMAT"),
                    e.title,
                    e.format.name,
                    e.participant_count if e.participant_count is not None else "—",
                    e.get_level_display() or "—",
                )
                for e in p.events
            ],
            caption=_("Participation events"),
        )
        if p.reach:
            _table(
                document,
                [_("Target group"), _("People reached")],
                p.reach,
                caption=_("People reached by target group (all events)"),
            )
        if p.contributions:
            _table(
                document,
                [_("Decision"), _("Contributions")],
                p.outcomes,
                caption=_("Decisions on the contributions"),
            )

    document.add_heading("4 " + _("Vision and guidelines"), level=1)
    if doc.vision:
        document.add_heading(doc.vision.title or _("Vision"), level=2)
        for text in filter(None, doc.vision.text.split("\n\n")):
            document.add_paragraph(text.strip(), style="Quote")
        for text in filter(None, doc.vision.local_narrative.split("\n\n")):
            document.add_paragraph(text.strip())
    if doc.guidelines:
        document.add_heading(_("Guidelines"), level=2)
        for guideline in doc.guidelines:
            paragraph = document.add_paragraph(style="List Number")
            paragraph.add_run(guideline.title).bold = True
            if guideline.text:
                paragraph.add_run(f" – {guideline.text}")

    document.add_heading("5 " + _("Fields of action, goals and measures"), level=1)
    _narrative(document, doc.narratives.get("fields"))
    _table(
        document,
        [_("Field of action"), _("Goals"), _("Indicators"), _("Measures"), _("Planned budget")],
        [
            (
                f"5.{s.number} {s.field.name}",
                len(s.goals),
                len(s.indicators),
                len(s.measures),
                euro(s.planned),
            )
            for s in doc.fields
        ],
        caption=_("Overview of the fields of action"),
    )
    for s in doc.fields:
        document.add_page_break()
        document.add_heading(f"5.{s.number} {s.field.name}", level=2)
        if s.field.description:
            document.add_paragraph(s.field.description)
        document.add_heading(_("Goals"), level=3)
        for g in s.goals:
            paragraph = document.add_paragraph(style="List Bullet" if g.depth else None)
            paragraph.paragraph_format.left_indent = Cm(0.8 * g.depth)
            paragraph.add_run(f"{g.level_label}: ").italic = True
            paragraph.add_run(g.goal.title).bold = True
            if g.goal.description:
                paragraph.add_run(f" – {g.goal.description}")
        if s.indicators:
            document.add_heading(_("Indicators"), level=3)
            for entry in s.indicators:
                _indicator(document, entry)
        document.add_heading(_("Measures"), level=3)
        _table(
            document,
            [_("No."), _("Measure"), _("Responsible"), _("Period"), _("Budget")],
            [
                (
                    row.number,
                    row.measure.title,
                    row.measure.responsible_unit.name if row.measure.responsible_unit else "—",
                    row.years,
                    euro(row.planned),
                )
                for row in s.measures
            ]
            + [("", _("Total"), "", "", euro(s.planned))],
            caption=_("Measures: %(name)s") % {"name": s.field.name},
        )

    document.add_heading(f"6 {titles['evaluation']}", level=1)
    _narrative(document, doc.narratives.get("evaluation"), missing)
    document.add_heading(_("How the status is determined"), level=2)
    for title, text in doc.status_rules:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{title}: ").bold = True
        paragraph.add_run(text)

    document.add_heading(f"7 {titles['networks']}", level=1)
    _narrative(document, doc.narratives.get("networks"))
    if doc.central_actors:
        _table(
            document,
            [_("Actor"), _("Type"), _("Direct partners"), _("Bridging role (betweenness)")],
            [
                (m.actor.name, m.actor.get_actor_type_display(), m.degree, f"{m.betweenness:.2f}")
                for m in doc.central_actors
            ],
            caption=_("The most connected actors"),
        )

    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_heading(_("Appendix"), level=1)
    document.add_heading("A " + _("Indicator definitions"), level=2)
    _table(
        document,
        [_("Indicator"), _("Definition"), _("Unit"), _("Source")],
        [
            (e.indicator.name, e.indicator.definition, e.indicator.unit, e.indicator.data_source)
            for e in doc.indicators
        ],
        caption=_("Definitions of all indicators"),
    )
    document.add_heading(f"B {titles['glossary']}", level=2)
    _narrative(document, doc.narratives.get("glossary"), missing)
    document.add_heading(f"C {titles['sources']}", level=2)
    _narrative(document, doc.narratives.get("sources"), missing)
    _mark_language(document, doc.language)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
