"""The draft press release (Pressemitteilung) on a concept version, as text and as Word.

Every sentence is written from the data of the summary (``summary.py``): who adopted what
and when, with which votes, how many people took part and how many of their contributions
were taken up, the fields of action and a few measures. What the data cannot say – the
mayor's words, the press contact's name – stays in square brackets for the press office.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from kompass.core.templatetags.kompass import euro
from kompass.core.word import WORD_LANGUAGES, WordDocument
from kompass.tenancy.models import MunicipalityKind

from .summary import Summary, shorten

# Fields of action named in the text; more are summed up as "and N more".
NAMED_FIELDS = 8
EXAMPLE_MEASURES = 3
# Word's tags for the interface languages (spell checks, screen readers).


@dataclass
class PressRelease:
    label: str
    headline: str
    subheadline: str
    dateline: str
    lead: str
    paragraphs: list[str]
    quote: str
    reading: str
    contact_heading: str
    contact: list[str]
    about_heading: str
    about: str
    language: str = "de"

    def as_text(self) -> str:
        """The press release as plain text, for copying into an e-mail or the press portal."""
        blocks = [
            "\n".join([self.label.upper(), self.headline, self.subheadline]),
            f"{self.dateline} – {self.lead}",
            *self.paragraphs,
            self.quote,
            self.reading,
            "\n".join([self.contact_heading, *self.contact]),
            "\n".join([self.about_heading, self.about]),
        ]
        return "\n\n".join(blocks) + "\n"


def _join(names: list[str]) -> str:
    """“A, B and C”."""
    if len(names) <= 1:
        return "".join(names)
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


def _counts(summary: Summary) -> dict:
    return {
        "fields": ngettext(
            "%(count)s field of action", "%(count)s fields of action", len(summary.fields)
        )
        % {"count": len(summary.fields)},
        "goals": ngettext("%(count)s goal", "%(count)s goals", summary.goal_total)
        % {"count": summary.goal_total},
        "measures": ngettext("%(count)s measure", "%(count)s measures", summary.measure_total)
        % {"count": summary.measure_total},
    }


def _citation(summary: Summary) -> str:
    adoption = summary.adoption
    if adoption is not None:
        return ", ".join(p for p in (adoption.body, adoption.reference) if p)
    return summary.adopting_resolution


def _lead(summary: Summary, counts: dict) -> str:
    title = summary.title
    if summary.is_adopted and summary.adopted_on:
        date = date_format(summary.adopted_on, "DATE_FORMAT")
        citation = _citation(summary)
    else:
        date = _("[date of the resolution]")
        citation = _("[body, resolution number, votes]")
    adoption = summary.adoption
    if adoption is not None and adoption.has_votes:
        first = _(
            "On %(date)s, the concept “%(title)s” was adopted with %(yes)s votes in favour, "
            "%(no)s against and %(abstain)s abstentions (%(citation)s)."
        ) % {
            "date": date,
            "title": title,
            "yes": adoption.votes_yes,
            "no": adoption.votes_no,
            "abstain": adoption.votes_abstain,
            "citation": citation,
        }
    elif citation:
        first = _("On %(date)s, the concept “%(title)s” was adopted (%(citation)s).") % {
            "date": date,
            "title": title,
            "citation": citation,
        }
    else:
        first = _("On %(date)s, the concept “%(title)s” was adopted.") % {
            "date": date,
            "title": title,
        }
    values = {"municipality": summary.municipality.name, "period": summary.period, **counts}
    if summary.period and summary.period_is_range:
        second = (
            _(
                "It sets out how %(municipality)s wants to shape living together in diversity in "
                "the years %(period)s, and comprises %(fields)s, %(goals)s and %(measures)s."
            )
            % values
        )
    elif summary.period:
        second = (
            _(
                "It sets out how %(municipality)s wants to shape living together in diversity "
                "(%(period)s), and comprises %(fields)s, %(goals)s and %(measures)s."
            )
            % values
        )
    else:
        second = (
            _(
                "It sets out how %(municipality)s wants to shape living together in diversity, "
                "and comprises %(fields)s, %(goals)s and %(measures)s."
            )
            % values
        )
    return f"{first} {second}"


def _participation(summary: Summary) -> str:
    figures = summary.participation
    if figures is None:
        return ""
    sentences = [
        _("The concept was developed together with the people who live and work in %(name)s.")
        % {"name": summary.municipality.name}
    ]
    if figures.events:
        if figures.participants:
            sentences.append(
                ngettext(
                    "%(count)s participation event took place, with %(people)s participants "
                    "in total.",
                    "%(count)s participation events took place, with %(people)s participants "
                    "in total.",
                    figures.events,
                )
                % {"count": figures.events, "people": figures.participants}
            )
        else:
            sentences.append(
                ngettext(
                    "%(count)s participation event took place.",
                    "%(count)s participation events took place.",
                    figures.events,
                )
                % {"count": figures.events}
            )
    if figures.contributions:
        sentences.append(
            ngettext(
                "%(count)s contribution was received.",
                "%(count)s contributions were received.",
                figures.contributions,
            )
            % {"count": figures.contributions}
        )
        if figures.taken_up:
            sentences.append(
                ngettext(
                    "%(count)s of them was taken up in the goals and measures of the concept, "
                    "in full or in part.",
                    "%(count)s of them were taken up in the goals and measures of the concept, "
                    "in full or in part.",
                    figures.taken_up,
                )
                % {"count": figures.taken_up}
            )
    return " ".join(sentences)


def _fields(summary: Summary) -> str:
    # Quoted: names of fields often hold commas themselves ("Kultur, Religion und Sport").
    names = [_("“%(name)s”") % {"name": f.name} for f in summary.fields[:NAMED_FIELDS]]
    if not names:
        return ""
    more = len(summary.fields) - len(names)
    if more:
        names.append(
            ngettext("%(count)s more", "%(count)s more", more) % {"count": more},
        )
    return ngettext(
        "The field of action of the concept is %(names)s.",
        "The fields of action of the concept are %(names)s.",
        len(summary.fields),
    ) % {"names": _join(names)}


def _examples(summary: Summary) -> str:
    examples = [
        _("%(measure)s (%(field)s)") % {"measure": measure, "field": field_name}
        for measure, field_name in summary.example_measures[:EXAMPLE_MEASURES]
    ]
    sentences = []
    if examples:
        sentences.append(
            _("Among the planned measures: %(examples)s.") % {"examples": "; ".join(examples)}
        )
    budget = summary.budget_total
    if budget.has_stated and budget.is_complete and budget.stated:
        sentences.append(
            _("A total of %(amount)s is planned for the measures.") % {"amount": budget.text}
        )
    elif budget.has_stated and budget.stated:
        sentences.append(
            ngettext(
                "At least %(amount)s is planned for the measures; for %(count)d measure the "
                "concept states no amount.",
                "At least %(amount)s is planned for the measures; for %(count)d measures the "
                "concept states no amount.",
                budget.measures_without_amount,
            )
            % {"amount": euro(budget.stated), "count": budget.measures_without_amount}
        )
    return " ".join(sentences)


def _quote(summary: Summary) -> str:
    values = {"name": summary.municipality.name}
    if summary.municipality.kind == MunicipalityKind.LANDKREIS:
        return (
            _(
                "[Quote of the district administrator: what the concept means for %(name)s and "
                "what comes next – to be added by the press office]"
            )
            % values
        )
    return (
        _(
            "[Quote of the mayor: what the concept means for %(name)s and what comes next – to be "
            "added by the press office]"
        )
        % values
    )


def build_press_release(summary: Summary, *, today: datetime.date | None = None) -> PressRelease:
    """The draft press release on ``summary``'s version, dated ``today``."""
    today = today or timezone.localdate()
    counts = _counts(summary)
    name = summary.municipality.name
    if summary.is_adopted:
        headline = _("“%(title)s” adopted") % {"title": summary.title}
    else:
        headline = _("“%(title)s”: the draft is ready") % {"title": summary.title}
    subheadline = " · ".join([counts["fields"], counts["goals"], counts["measures"]])
    if summary.period:
        subheadline += " · " + summary.period
    if summary.label:
        subheadline += " · " + summary.label
    paragraphs = [_participation(summary), _fields(summary), _examples(summary)]
    if summary.vision:
        paragraphs.insert(
            0,
            _("At its heart is a shared vision: “%(vision)s”")
            % {"vision": shorten(summary.vision, 320)},
        )
    paragraphs.append(
        _(
            "The responsible units now put the measures into practice together with their "
            "partners; their progress is reported to the council regularly and published."
        )
    )
    office = summary.office or _("[responsible office]")
    return PressRelease(
        label=_("Press release"),
        headline=headline,
        subheadline=subheadline,
        dateline=_("%(place)s, %(date)s") % {"place": name, "date": date_format(today)},
        lead=_lead(summary, counts),
        paragraphs=[p for p in paragraphs if p],
        quote=_quote(summary),
        reading=_("The full concept can be read at %(url)s.") % {"url": summary.public_url},
        contact_heading=_("Press contact"),
        contact=[office, name, _("[contact person, telephone, e-mail]")],
        about_heading=_("About the concept"),
        about=_(
            "With the concept “%(title)s” (%(kind)s), %(name)s pursues a shared strategy for "
            "living together in diversity. It builds on the potential and the commitment of "
            "everyone who lives in %(name)s – in associations, initiatives, businesses, schools "
            "and the administration – and sets out goals and measures with responsibilities, "
            "resources and dates. Progress is reviewed regularly, and the concept is revised as "
            "%(name)s develops."
        )
        % {"title": summary.title, "kind": summary.kind_label, "name": name},
        language=get_language() or "de",
    )


def render_press_docx(press: PressRelease, *, author: str = "") -> bytes:
    """The press release as a Word document, with headings, title and language set."""
    from docx.enum.text import WD_COLOR_INDEX

    w = WordDocument(
        title=press.headline,
        author=author,
        subject=press.label,
        language=WORD_LANGUAGES.get(press.language, press.language),
        font="Arial",
        font_size_pt=11,
    )
    w.paragraph(lead=press.label.upper())
    w.heading(press.headline, level=1)
    w.paragraph(press.subheadline, style="Subtitle")
    w.paragraph(lead=f"{press.dateline} – {press.lead}")
    for paragraph in press.paragraphs:
        w.paragraph(paragraph)
    # To be filled in by the press office: highlighted, hard to overlook.
    w.paragraph(press.quote, italic=True).runs[0].font.highlight_color = WD_COLOR_INDEX.YELLOW
    w.paragraph(press.reading)
    w.heading(press.contact_heading, level=2)
    contact = w.paragraph()
    for number, line in enumerate(press.contact):
        run = contact.add_run(line)
        if line.startswith("["):
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if number < len(press.contact) - 1:
            run.add_break()
    w.heading(press.about_heading, level=2)
    w.paragraph(press.about)
    return w.to_bytes()
