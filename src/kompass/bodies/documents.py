"""The council submission as Word (python-docx) and PDF (WeasyPrint from an HTML template).

Both follow the order of a German Beschlussvorlage: Betreff, Beschlussvorschlag,
Sachverhalt und Begründung, Finanzielle Auswirkungen, Anlagen.
"""

import io
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .submission import Section, Submission, Table

PDF_STYLESHEET = Path(__file__).parent / "static_documents" / "submission.css"


def headings() -> dict:
    return {
        "kind": _("Draft council submission"),
        "subject": _("Subject"),
        "decision": _("Proposed decision"),
        "facts": _("Facts and reasons"),
        "finance": _("Financial implications"),
        "attachments": _("Annexes"),
        "body": _("For decision by"),
        "date": _("Date"),
        "draft_note": _(
            "Draft generated from the data of the Integrationskompass; please check and "
            "complete before submitting."
        ),
    }


# -- Word -------------------------------------------------------------------------------


def _docx_table(document, table: Table):
    from docx.shared import Pt

    caption = document.add_paragraph(table.caption)
    caption.runs[0].bold = True
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    for cell, label in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9.5)
    document.add_paragraph()


def _docx_section(document, section: Section, level: int):
    if section.heading:
        document.add_heading(section.heading, level=level)
    for text in section.paragraphs:
        document.add_paragraph(text)
    for text in section.bullets:
        document.add_paragraph(text, style="List Bullet")
    for table in section.tables:
        _docx_table(document, table)


def submission_docx(submission: Submission) -> bytes:
    """The submission as a .docx file that opens in Word and LibreOffice."""
    from docx import Document
    from docx.shared import Cm, Pt

    h = headings()
    document = Document()
    for part in document.sections:
        part.left_margin = part.right_margin = Cm(2.5)
        part.top_margin = part.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    document.core_properties.title = submission.title
    document.core_properties.author = submission.municipality_name

    head = document.add_paragraph()
    head.add_run(submission.municipality_name).bold = True
    head.add_run("\n" + h["kind"])
    meta = document.add_table(rows=2, cols=2)
    meta.style = "Table Grid"
    meta.cell(0, 0).text = h["date"]
    meta.cell(0, 1).text = date_format(submission.prepared_on, "SHORT_DATE_FORMAT")
    meta.cell(1, 0).text = h["body"]
    meta.cell(1, 1).text = submission.body_name or "—"
    note = document.add_paragraph(h["draft_note"])
    note.runs[0].italic = True

    document.add_heading(h["subject"], level=1)
    document.add_paragraph(submission.title)
    document.add_heading(h["decision"], level=1)
    for paragraph in submission.decision.splitlines():
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())
    document.add_heading(h["facts"], level=1)
    for section in submission.sections:
        _docx_section(document, section, level=2)
    document.add_heading(h["finance"], level=1)
    _docx_section(document, submission.finance, level=2)
    document.add_heading(h["attachments"], level=1)
    for number, attachment in enumerate(submission.attachments, start=1):
        document.add_paragraph(f"{number}. {attachment}")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


# -- PDF --------------------------------------------------------------------------------


def submission_html(submission: Submission) -> str:
    return render_to_string("bodies/submission_document.html", {"s": submission, "h": headings()})


def submission_pdf(submission: Submission) -> bytes:
    """The submission as PDF (A4), rendered by WeasyPrint from the HTML template."""
    from weasyprint import CSS, HTML

    return HTML(string=submission_html(submission)).write_pdf(
        stylesheets=[CSS(filename=str(PDF_STYLESHEET))]
    )
