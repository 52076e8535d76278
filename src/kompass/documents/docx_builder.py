"""The concept document as Word: the same chapters and tables as the PDF (``core.word``).

Narrative sections are converted from their (sanitised) markup to Word paragraphs, lists
and quotes.
"""

from html.parser import HTMLParser

from django.template.defaultfilters import date as date_filter
from django.utils import translation
from django.utils.translation import gettext as _

from kompass.core.charts import format_value
from kompass.core.templatetags.kompass import number
from kompass.core.word import WordDocument

from .content import ConceptDocument, layout_language
from .render import css_context, headings, ui_language


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


def _narrative(w: WordDocument, section):
    """The chapter's own text; a chapter nobody wrote prints no placeholder."""
    if section is not None:
        parser = _HtmlToDocx(w.document)
        parser.feed(str(section.html))
        parser.close()


def _dated(value, when, formatted=number) -> str:
    return "—" if value is None else f"{formatted(value)} ({when})"


def _indicator(w: WordDocument, entry):
    i = entry.indicator
    w.heading(f"{i.name}" + (f" ({i.unit})" if i.unit else ""), level=4)
    facts = [
        (_("Baseline"), _dated(i.baseline_value, i.baseline_year)),
        (_("Target"), _dated(i.target_value, date_filter(i.target_date, "SHORT_DATE_FORMAT"))),
        (
            _("Latest value"),
            _dated(
                entry.latest_value,
                ", ".join(filter(None, [str(entry.latest_year), entry.latest_note])),
                format_value,
            ),
        ),
        (_("Direction"), i.get_direction_display()),
    ]
    w.paragraph(" · ".join(f"{label}: {value}" for label, value in facts))
    if entry.chart:
        w.chart(entry.chart, width_cm=12)
    if i.data_source:
        w.paragraph(_("Source") + f": {i.data_source}", style="Caption")


def render_docx(doc: ConceptDocument) -> bytes:
    """The document as Word file, headings and labels in the document's interface language."""
    with translation.override(ui_language(doc)):
        return _render_docx(doc)


def _render_docx(doc: ConceptDocument) -> bytes:
    w = WordDocument(
        title=doc.title,
        author=doc.municipality.name,
        subject=doc.kind_label,
        language=doc.language.html_lang,
        rtl=doc.language.rtl,
        rtl_page=layout_language(doc.language).rtl,
        heading_colour=css_context(doc)["colour"],
    )
    _cover(w, doc)
    w.running_titles(header=doc.title, footer=f"{doc.municipality.name} – " + _("Page") + " ")
    titles = headings(doc)
    w.heading(titles["preface"], level=1)
    _narrative(w, doc.narratives.get("preface"))
    w.heading(f"1 {titles['understanding']}", level=1)
    _narrative(w, doc.narratives.get("understanding"))
    w.heading(f"2 {titles['situation']}", level=1)
    _narrative(w, doc.narratives.get("situation"))
    _situation(w, doc)
    w.heading(f"3 {titles['participation']}", level=1)
    _narrative(w, doc.narratives.get("participation"))
    _participation(w, doc)
    _vision(w, doc)
    w.heading("5 " + _("Fields of action, goals and measures"), level=1)
    _narrative(w, doc.narratives.get("fields"))
    _fields(w, doc)
    w.heading(f"6 {titles['evaluation']}", level=1)
    _narrative(w, doc.narratives.get("evaluation"))
    w.heading(_("How the status is determined"), level=2)
    for title, text in doc.status_rules:
        w.paragraph(text, lead=f"{title}: ")
    w.heading(f"7 {titles['networks']}", level=1)
    _narrative(w, doc.narratives.get("networks"))
    _networks(w, doc)
    _appendix(w, doc, titles)
    return w.to_bytes()


def _cover(w: WordDocument, doc: ConceptDocument) -> None:
    """Logo, municipality, kind, title, subtitle and the version's state; then a page break."""
    if doc.logo_data_uri:
        import base64

        w.image(base64.b64decode(doc.logo_data_uri.split(",", 1)[1]), width_cm=4)
    w.paragraph(doc.municipality.name.upper(), size_pt=14)
    w.paragraph(doc.kind_label)
    w.heading(doc.title, level=0)
    if doc.subtitle:
        w.paragraph(doc.subtitle, size_pt=14)
    facts = [(_("Version"), f"{doc.version.number} ({doc.version.get_status_display()})")]
    if doc.version.period_label:
        facts.append((_("Period"), doc.version.period_label))
    if doc.version.adopted_on:
        facts.append((_("Adopted on"), date_filter(doc.version.adopted_on, "DATE_FORMAT")))
        if doc.version.adopting_resolution:
            facts.append((_("Resolution"), doc.version.adopting_resolution))
    else:
        facts.append((_("State"), _("Draft – not yet adopted")))
    for label, value in facts:
        w.paragraph(value, lead=f"{label}: ")
    w.page_break()


def _situation(w: WordDocument, doc: ConceptDocument) -> None:
    """Chapter 2: population, key figures, SWOT findings, offers and actors."""
    w.heading("2.1 " + _("Population and districts"), level=2)
    if doc.districts:
        w.table(
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
        w.heading("2.2 " + _("Key figures"), level=2)
        for entry in doc.context_indicators:
            _indicator(w, entry)
    w.heading("2.3 " + _("Strengths, weaknesses, opportunities and risks"), level=2)
    for label, items in doc.findings:
        w.heading(label, level=4)
        for item in items:
            description = f" – {item.description}" if item.description else ""
            w.paragraph(description, lead=item.title, style="List Bullet")
    w.heading("2.4 " + _("Offers and actors"), level=2)
    if doc.actor_counts:
        w.table([_("Type"), _("Number")], doc.actor_counts, caption=_("Actors by type"))
    if doc.gap_rows:
        w.table(
            [_("Field of action"), _("Offers"), _("Districts without an offer")],
            [(name, total, ", ".join(missing)) for name, total, missing in doc.gap_rows],
            caption=_("Gaps in the offers: districts without an offer per field of action"),
        )


def _participation(w: WordDocument, doc: ConceptDocument) -> None:
    """Chapter 3's tables: events, people reached, decisions on the contributions."""
    p = doc.participation
    if not p:
        return
    w.table(
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
        w.table(
            [_("Target group"), _("People reached")],
            p.reach,
            caption=_("People reached by target group (all events)"),
        )
    if p.contributions:
        w.table(
            [_("Decision"), _("Contributions")],
            p.outcomes,
            caption=_("Decisions on the contributions"),
        )


def _vision(w: WordDocument, doc: ConceptDocument) -> None:
    """Chapter 4: the vision as quotes with its local narrative, the numbered guidelines."""
    w.heading("4 " + _("Vision and guidelines"), level=1)
    if doc.vision:
        w.heading(doc.vision.title or _("Vision"), level=2)
        for text in filter(None, doc.vision.text.split("\n\n")):
            w.paragraph(text.strip(), style="Quote")
        for text in filter(None, doc.vision.local_narrative.split("\n\n")):
            w.paragraph(text.strip())
    if doc.guidelines:
        w.heading(_("Guidelines"), level=2)
        for guideline in doc.guidelines:
            text = f" – {guideline.text}" if guideline.text else ""
            w.paragraph(text, lead=guideline.title, style="List Number")


def _fields(w: WordDocument, doc: ConceptDocument) -> None:
    """Chapter 5: the overview table, then each field on a new page."""
    w.table(
        [_("Field of action"), _("Goals"), _("Indicators"), _("Measures"), _("Planned budget")],
        [
            (
                f"5.{s.number} {s.field.name}",
                len(s.goals),
                len(s.indicators),
                len(s.measures),
                s.planned.text,
            )
            for s in doc.fields
        ],
        caption=_("Overview of the fields of action"),
    )
    for s in doc.fields:
        w.page_break()
        w.heading(f"5.{s.number} {s.field.name}", level=2)
        if s.field.description:
            w.paragraph(s.field.description)
        _goals(w, s.goals)
        if s.indicators:
            w.heading(_("Indicators"), level=3)
            for entry in s.indicators:
                _indicator(w, entry)
        w.heading(_("Measures"), level=3)
        w.table(
            [_("No."), _("Measure"), _("Responsible"), _("Period"), _("Budget")],
            [
                (
                    row.number,
                    row.measure.title,
                    row.measure.responsible_unit.name if row.measure.responsible_unit else "—",
                    row.years,
                    row.planned.row_text,
                )
                for row in s.measures
            ]
            + [("", _("Total"), "", "", s.planned.text)],
            caption=_("Measures: %(name)s") % {"name": s.field.name},
        )


def _goals(w: WordDocument, goals) -> None:
    """The goals of a field, indented by their depth in the goal tree."""
    from docx.shared import Cm

    w.heading(_("Goals"), level=3)
    for g in goals:
        paragraph = w.paragraph(style="List Bullet" if g.depth else None)
        paragraph.paragraph_format.left_indent = Cm(0.8 * g.depth)
        paragraph.add_run(f"{g.level_label}: ").italic = True
        paragraph.add_run(g.goal.title).bold = True
        if g.goal.description:
            paragraph.add_run(f" – {g.goal.description}")


def _networks(w: WordDocument, doc: ConceptDocument) -> None:
    if doc.central_actors:
        w.table(
            [_("Actor"), _("Type"), _("Direct partners"), _("Bridging role (betweenness)")],
            [
                (m.actor.name, m.actor.get_actor_type_display(), m.degree, f"{m.betweenness:.2f}")
                for m in doc.central_actors
            ],
            caption=_("The most connected actors"),
        )


def _appendix(w: WordDocument, doc: ConceptDocument, titles: dict) -> None:
    """A new section: indicator definitions, glossary, sources."""
    from docx.enum.section import WD_SECTION

    w.document.add_section(WD_SECTION.NEW_PAGE)
    w.heading(_("Appendix"), level=1)
    w.heading("A " + _("Indicator definitions"), level=2)
    w.table(
        [_("Indicator"), _("Definition"), _("Unit"), _("Source")],
        [
            (e.indicator.name, e.indicator.definition, e.indicator.unit, e.indicator.data_source)
            for e in doc.indicators
        ],
        caption=_("Definitions of all indicators"),
    )
    w.heading(f"B {titles['glossary']}", level=2)
    _narrative(w, doc.narratives.get("glossary"))
    w.heading(f"C {titles['sources']}", level=2)
    _narrative(w, doc.narratives.get("sources"))
