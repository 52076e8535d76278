"""The council submission as Word (``core.word``) and PDF (WeasyPrint from an HTML template).

Both follow the order of a German Beschlussvorlage: Betreff, Beschlussvorschlag,
Sachverhalt und Begründung, Finanzielle Auswirkungen, Anlagen.
"""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kompass.core.word import WORD_LANGUAGES, WordDocument

from .submission import Section, Submission

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


def _docx_section(w: WordDocument, section: Section, level: int) -> None:
    if section.heading:
        w.heading(section.heading, level=level)
    for text in section.paragraphs:
        w.paragraph(text)
    for text in section.bullets:
        w.paragraph(text, style="List Bullet")
    for table in section.tables:
        w.table(table.header, table.rows, caption=table.caption)


def submission_docx(submission: Submission) -> bytes:
    """The submission as a .docx file that opens in Word and LibreOffice."""
    h = headings()
    w = WordDocument(
        title=submission.title,
        author=submission.municipality_name,
        language=WORD_LANGUAGES.get(get_language(), get_language()),
        font="Arial",
        font_size_pt=11,
    )
    w.paragraph("\n" + h["kind"], lead=submission.municipality_name)
    w.paragraph(date_format(submission.prepared_on, "SHORT_DATE_FORMAT"), lead=f"{h['date']}: ")
    w.paragraph(submission.body_name or "—", lead=f"{h['body']}: ")
    w.paragraph(h["draft_note"], italic=True)
    w.heading(h["subject"], level=1)
    w.paragraph(submission.title)
    w.heading(h["decision"], level=1)
    for paragraph in submission.decision.splitlines():
        if paragraph.strip():
            w.paragraph(paragraph.strip())
    w.heading(h["facts"], level=1)
    for section in submission.sections:
        _docx_section(w, section, level=2)
    w.heading(h["finance"], level=1)
    _docx_section(w, submission.finance, level=2)
    w.heading(h["attachments"], level=1)
    for number, attachment in enumerate(submission.attachments, start=1):
        w.paragraph(f"{number}. {attachment}")
    return w.to_bytes()


# -- PDF --------------------------------------------------------------------------------


def submission_html(submission: Submission) -> str:
    return render_to_string("bodies/submission_document.html", {"s": submission, "h": headings()})


def submission_pdf(submission: Submission) -> bytes:
    """The submission as PDF (A4), rendered by WeasyPrint from the HTML template."""
    from weasyprint import CSS, HTML

    return HTML(string=submission_html(submission)).write_pdf(
        stylesheets=[CSS(filename=str(PDF_STYLESHEET))]
    )
