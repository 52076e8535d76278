"""The progress report as a Word document (python-docx): the chapters of the PDF, editable.

Charts are embedded as PNG images rendered from the same SVG (``rasterize``); where the
system cannot render SVG, the chart's data table stands in its place with a note saying so.
"""

import io
import re

from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _

from kompass.core.templatetags.kompass import euro

from . import rasterize

PNG_WIDTH = 1440


def _png(chart) -> bytes | None:
    match = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', str(chart.svg))
    if not match:
        return None
    width, height = float(match.group(1)), float(match.group(2))
    scale = PNG_WIDTH / width
    return rasterize.svg_to_png(str(chart.svg), PNG_WIDTH, round(height * scale))


def _table(document, header, rows, *, caption=None, widths=None):
    if caption:
        paragraph = document.add_paragraph(caption)
        paragraph.style = document.styles["Caption"]
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = str(text)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = "" if text is None else str(text)
    return table


def _chart(document, chart, *, width_cm=16):
    from docx.shared import Cm

    png = _png(chart)
    if png is not None:
        document.add_picture(io.BytesIO(png), width=Cm(width_cm))
        return
    note = document.add_paragraph().add_run(
        _("(The chart cannot be drawn in this document; its data table follows.)")
    )
    note.italic = True
    table = chart.table
    _table(
        document,
        [c.label for c in table.columns],
        [(row.header, *row.cells) for row in table.rows],
        caption=table.caption,
    )


def _status(paragraph, label, reason):
    run = paragraph.add_run(f"{label}. ")
    run.bold = True
    paragraph.add_run(reason)


def render_docx(report) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = f"{report.title} – {report.municipality}"
    document.core_properties.author = report.municipality
    style = document.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)

    document.add_paragraph(report.municipality)
    document.add_heading(report.title, level=0)
    document.add_paragraph(report.subtitle)
    document.add_paragraph(_("Status as of") + ": " + date_filter(report.closed_on, "DATE_FORMAT"))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    document.add_heading(_("Summary"), level=1)
    _table(document, [_("Key figure"), _("Number")], report.key_figures)
    for paragraph in report.summary_paragraphs or [
        _("The coordination has not written a summary for this cycle.")
    ]:
        document.add_paragraph(paragraph)

    document.add_heading(_("Status at a glance"), level=1)
    _table(
        document,
        [_("Level"), *(label for _code, label, _count in report.mix[0]["cells"]), _("Total")],
        [(row["label"], *(c for _code, _l, c in row["cells"]), row["total"]) for row in report.mix],
        caption=_("Status mix"),
    )
    _chart(document, report.mix_chart, width_cm=13)
    _table(
        document,
        [_("Field of action"), _("Status"), _("Reason")],
        [
            (f"{f.number}. {f.data['name']}", f.data["status_label"], f.data["reason"])
            for f in report.fields
        ],
        caption=_("Status of the fields of action"),
    )

    for field in report.fields:
        document.add_heading(f"{field.number}. {field.data['name']}", level=1)
        _status(document.add_paragraph(), field.data["status_label"], field.data["reason"])
        if field.data["description"]:
            document.add_paragraph(field.data["description"])
        document.add_heading(_("Goals and indicators"), level=2)
        for goal in field.goals:
            document.add_heading(f"{goal.data['level_label']}: {goal.data['title']}", level=3)
            _status(document.add_paragraph(), goal.data["status_label"], goal.data["reason"])
            for indicator in goal.indicators:
                _indicator(document, indicator)
        for indicator in field.context_indicators:
            _indicator(document, indicator)
        document.add_heading(_("Measures of this field"), level=2)
        _table(
            document,
            [_("Measure"), _("Responsible"), _("State"), _("Progress"), _("Status")],
            [
                (m["title"], m["unit"], m["state_label"], f"{m['progress']} %", m["status_label"])
                for m in field.measures
            ],
        )

    document.add_heading(_("Measures: state and budget"), level=1)
    _table(
        document,
        [
            _("Measure"),
            _("State"),
            _("Progress"),
            _("Planned in total"),
            _("Spent in total"),
            _("Status"),
        ],
        [
            (
                m["title"],
                m["state_label"],
                f"{m['progress']} %",
                euro(m["planned"]),
                euro(m["spent"]),
                m["status_label"],
            )
            for m in report.measures
        ],
    )

    document.add_heading(_("Budget"), level=1)
    if report.budget_chart:
        _chart(document, report.budget_chart)
    _table(
        document,
        [_("Year"), _("planned"), _("spent")],
        [(y, euro(p), euro(s) if y <= report.year else "—") for y, p, s in report.budget_years],
        caption=_("Budget per year"),
    )
    _table(
        document,
        [_("Funding source"), _("planned"), _("spent")],
        [(label, euro(p), euro(s)) for label, p, s in report.budget_sources],
        caption=_("Budget per funding source"),
    )

    document.add_heading(_("Changes since the previous report"), level=1)
    changes = report.changes
    if not changes:
        document.add_paragraph(
            _("This is the first report of the concept; there is nothing to compare with.")
        )
    else:
        _table(
            document,
            [_("Measure"), _("Responsible")],
            [(m["title"], m["unit"]) for m in changes["new"]] or [(_("none"), "")],
            caption=_("New measures"),
        )
        _table(
            document,
            [_("Measure"), _("Responsible")],
            [(m["title"], m["unit"]) for m in changes["finished"]] or [(_("none"), "")],
            caption=_("Measures completed since then"),
        )
        _table(
            document,
            [_("Measure"), _("before"), _("now"), _("Reason")],
            [(c["title"], c["old"], c["new"], c["reason"]) for c in changes["status"]]
            or [(_("none"), "", "", "")],
            caption=_("Measures whose status changed"),
        )
        _table(
            document,
            [_("Indicator"), _("before"), _("now"), _("Reason")],
            [(c["title"], c["old"], c["new"], c["reason"]) for c in changes["indicators"]]
            or [(_("none"), "", "", "")],
            caption=_("Indicators whose status changed"),
        )

    document.add_heading(_("Evaluations"), level=1)
    for e in report.evaluations:
        document.add_heading(e["title"], level=2)
        _table(
            document,
            [_("Measure"), e["measure_title"]],
            [
                (_("Method"), e["method_label"]),
                (
                    _("Period"),
                    f"{date_filter(e['start'], 'SHORT_DATE_FORMAT')}–"
                    f"{date_filter(e['end'], 'SHORT_DATE_FORMAT')}",
                ),
                (_("Goal achievement"), e["achievement_label"]),
                (_("Recommendation"), e["recommendation_label"]),
            ],
        )
        document.add_paragraph(e["result"])
    if not report.evaluations:
        document.add_paragraph(_("No evaluation covers the reporting year."))

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _indicator(document, indicator):
    document.add_heading(indicator.name, level=4)
    _status(document.add_paragraph(), indicator.status_label, indicator.reason)
    if indicator.chart:
        _chart(document, indicator.chart, width_cm=14)
