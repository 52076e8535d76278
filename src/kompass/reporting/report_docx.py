"""The progress report as a Word document (``core.word``): the chapters of the PDF, editable."""

from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _

from kompass.core.templatetags.kompass import euro
from kompass.core.word import WordDocument


def render_docx(report) -> bytes:
    """The report as Word file: cover, summary, status, fields, measures, budget, changes."""
    w = WordDocument(title=f"{report.title} – {report.municipality}", author=report.municipality)
    w.paragraph(report.municipality)
    w.heading(report.title, level=0)
    w.paragraph(report.subtitle)
    w.paragraph(_("Status as of") + ": " + date_filter(report.closed_on, "DATE_FORMAT"))
    w.page_break()
    _summary(w, report)
    for field in report.fields:
        _field(w, field)
    _measures(w, report)
    _budget(w, report)
    _changes(w, report.changes)
    _evaluations(w, report.evaluations)
    return w.to_bytes()


def _status(w: WordDocument, label, reason) -> None:
    w.paragraph(reason, lead=f"{label}. ")


def _indicator(w: WordDocument, indicator) -> None:
    w.heading(indicator.name, level=4)
    _status(w, indicator.status_label, indicator.reason)
    if indicator.chart:
        w.chart(indicator.chart, width_cm=14)


def _summary(w: WordDocument, report) -> None:
    """Key figures, the coordination's summary, the status mix and each field's status."""
    w.heading(_("Summary"), level=1)
    w.table([_("Key figure"), _("Number")], report.key_figures)
    for paragraph in report.summary_paragraphs or [
        _("The coordination has not written a summary for this cycle.")
    ]:
        w.paragraph(paragraph)
    w.heading(_("Status at a glance"), level=1)
    w.table(
        [_("Level"), *(label for _code, label, _count in report.mix[0]["cells"]), _("Total")],
        [(row["label"], *(c for _code, _l, c in row["cells"]), row["total"]) for row in report.mix],
        caption=_("Status mix"),
    )
    w.chart(report.mix_chart, width_cm=13)
    w.table(
        [_("Field of action"), _("Status"), _("Reason")],
        [
            (f"{f.number}. {f.data['name']}", f.data["status_label"], f.data["reason"])
            for f in report.fields
        ],
        caption=_("Status of the fields of action"),
    )


def _field(w: WordDocument, field) -> None:
    """A field of action: its status, goals with their indicators, its measures."""
    w.heading(f"{field.number}. {field.data['name']}", level=1)
    _status(w, field.data["status_label"], field.data["reason"])
    if field.data["description"]:
        w.paragraph(field.data["description"])
    w.heading(_("Goals and indicators"), level=2)
    for goal in field.goals:
        w.heading(f"{goal.data['level_label']}: {goal.data['title']}", level=3)
        _status(w, goal.data["status_label"], goal.data["reason"])
        for indicator in goal.indicators:
            _indicator(w, indicator)
    for indicator in field.context_indicators:
        _indicator(w, indicator)
    w.heading(_("Measures of this field"), level=2)
    w.table(
        [_("Measure"), _("Responsible"), _("State"), _("Progress"), _("Status")],
        [
            (m["title"], m["unit"], m["state_label"], f"{m['progress']} %", m["status_label"])
            for m in field.measures
        ],
    )


def _measures(w: WordDocument, report) -> None:
    w.heading(_("Measures: state and budget"), level=1)
    header = (_("Measure"), _("State"), _("Progress"), _("Planned in total"), _("Spent in total"))
    w.table(
        [*header, _("Status")],
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


def _budget(w: WordDocument, report) -> None:
    w.heading(_("Budget"), level=1)
    if report.budget_chart:
        w.chart(report.budget_chart, width_cm=16)
    w.table(
        [_("Year"), _("planned"), _("spent")],
        [(y, euro(p), euro(s) if y <= report.year else "—") for y, p, s in report.budget_years],
        caption=_("Budget per year"),
    )
    w.table(
        [_("Funding source"), _("planned"), _("spent")],
        [(label, euro(p), euro(s)) for label, p, s in report.budget_sources],
        caption=_("Budget per funding source"),
    )


def _changes(w: WordDocument, changes) -> None:
    """What changed since the previous report: new, completed, status changes."""
    w.heading(_("Changes since the previous report"), level=1)
    if not changes:
        w.paragraph(_("This is the first report of the concept; there is nothing to compare with."))
        return
    for key, caption in (
        ("new", _("New measures")),
        ("finished", _("Measures completed since then")),
    ):
        w.table(
            [_("Measure"), _("Responsible")],
            [(m["title"], m["unit"]) for m in changes[key]] or [(_("none"), "")],
            caption=caption,
        )
    for key, label, caption in (
        ("status", _("Measure"), _("Measures whose status changed")),
        ("indicators", _("Indicator"), _("Indicators whose status changed")),
    ):
        w.table(
            [label, _("before"), _("now"), _("Reason")],
            [(c["title"], c["old"], c["new"], c["reason"]) for c in changes[key]]
            or [(_("none"), "", "", "")],
            caption=caption,
        )


def _evaluations(w: WordDocument, evaluations) -> None:
    w.heading(_("Evaluations"), level=1)
    for e in evaluations:
        w.heading(e["title"], level=2)
        w.table(
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
        w.paragraph(e["result"])
    if not evaluations:
        w.paragraph(_("No evaluation covers the reporting year."))
