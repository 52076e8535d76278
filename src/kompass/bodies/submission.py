"""The draft council submission (Beschlussvorlage) for the start of the process or the adoption.

``build_submission`` gathers what the administration would write by hand – what is planned,
who takes part and how, the timeline, the money, and for the adoption the version and the
participation so far – into a plain structure; ``documents.py`` turns it into DOCX and PDF.
The text is a draft: the person preparing the submission edits it in Word.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kompass.actors.models import Actor, ActorRelation, NetworkSurvey
from kompass.concepts.models import ConceptVersion, unquoted
from kompass.core.templatetags.kompass import euro, number
from kompass.measures.budget import summarize_rows, summarize_version
from kompass.measures.models import BudgetLine, FundingSource

from .models import Body, BodyKind, BodyMembership, Outcome, Resolution, ResolutionKind


@dataclass
class Table:
    caption: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class Submission:
    municipality_name: str
    occasion: str
    title: str  # Betreff
    decision: str  # Beschlussvorschlag
    body_name: str
    prepared_on: datetime.date
    sections: list[Section]  # the parts of Sachverhalt und Begründung
    finance: Section  # Finanzielle Auswirkungen
    attachments: list[str]

    @property
    def file_stem(self) -> str:
        kind = "Vorlage-Start" if self.occasion == ResolutionKind.START else "Vorlage-Beschluss"
        return f"{kind}-{self.prepared_on:%Y-%m-%d}"


def _date(value) -> str:
    return date_format(value, "SHORT_DATE_FORMAT") if value else "—"


def default_decision(*, occasion, version: ConceptVersion, body: Body | None) -> str:
    """The standard wording of the requested decision; the user may change it."""
    body_name = body.name if body else _("The council")
    title = unquoted(version.concept.title)
    if occasion == ResolutionKind.START:
        return _(
            "%(body)s decides to draw up the “%(title)s” with broad participation of "
            "administration, politics and civil society. The administration is asked to carry "
            "out the process as described in this submission and to report regularly."
        ) % {"body": body_name, "title": title}
    return _(
        "%(body)s adopts the “%(title)s” (%(version)s) attached as Annex 1. The "
        "administration is asked to implement the measures, to report on their progress "
        "once a year and to prepare the revision in good time."
    ) % {"body": body_name, "title": title, "version": version_reference(version)}


def version_reference(version) -> str:
    """The version in words: its own label ("Version 2.2 – Stand 15. Mai 2007"), else its number."""
    return version.label or _("version %(number)s") % {"number": version.number}


def contract_sentence(contract) -> str:
    """The facilitator contract in one sentence, naming only what the contract states."""
    details = []
    if contract.days is not None:
        details.append(
            ngettext("%(days)s day", "%(days)s days", max(int(contract.days), 1))
            % {"days": number(contract.days)}
        )
    if contract.day_rate is not None:
        details.append(_("%(rate)s per day") % {"rate": euro(contract.day_rate)})
    cost = contract.cost
    if cost is not None:
        details.append(_("%(amount)s in total") % {"amount": euro(cost)})
    scope = " ".join(contract.scope.split())
    text = _("External facilitation: %(provider)s") % {"provider": contract.provider}
    if details:
        text += f" ({', '.join(details)})"
    if scope:
        text += f" – {scope}"
    return text + ("" if text.endswith(".") else ".")


def _process(version):
    """The version's process, if the process app is installed and a process exists."""
    if not apps.is_installed("kompass.process"):
        return None
    try:
        return version.process
    except ObjectDoesNotExist:
        return None


def _members_table(municipality) -> Table | None:
    today = timezone.localdate()
    members = (
        BodyMembership.objects.filter(
            body__municipality=municipality, body__kind=BodyKind.STEERING_GROUP
        )
        .exclude(until__lt=today)
        .select_related("body", "actor", "user")
        .order_by("body__name", "person_name", "pk")
    )
    rows = [[m.display_name, m.function or "—", m.represents or "—"] for m in members]
    if not rows:
        return None
    return Table(
        _("Members of the steering group"), [_("Name"), _("Function"), _("Organisation")], rows
    )


def _actors_section(municipality) -> Section:
    section = Section(_("Who takes part, and how"))
    actors = list(Actor.objects.filter(municipality=municipality, active=True).only("actor_type"))
    by_type = defaultdict(int)
    for actor in actors:
        by_type[actor.get_actor_type_display()] += 1
    bodies = list(Body.objects.filter(municipality=municipality).order_by("kind", "name"))
    # Only what the recorded bodies say: no steering group is claimed that does not exist.
    sentences = [
        _(
            "The concept is drawn up together with the people and organisations that carry "
            "integration work in the municipality."
        )
    ]
    steering = [b.name for b in bodies if b.kind == BodyKind.STEERING_GROUP]
    if steering:
        sentences.append(
            ngettext(
                "The steering group %(names)s guides the process.",
                "The steering groups %(names)s guide the process.",
                len(steering),
            )
            % {"names": ", ".join(steering)}
        )
    consulted = [
        b.name for b in bodies if b.kind in (BodyKind.COMMITTEE, BodyKind.ADVISORY_COUNCIL)
    ]
    if consulted:
        sentences.append(
            _("Before the council decides, these bodies are consulted: %(names)s.")
            % {"names": ", ".join(consulted)}
        )
    section.paragraphs.append(" ".join(sentences))
    if bodies:
        section.bullets.extend(f"{b.name} ({b.get_kind_display()})" for b in bodies)
    table = _members_table(municipality)
    if table:
        section.tables.append(table)
    if actors:
        section.paragraphs.append(
            _(
                "%(count)s actors are recorded in the register and are invited to take part: "
                "%(types)s."
            )
            % {
                "count": len(actors),
                "types": ", ".join(
                    f"{name} ({count})"
                    for name, count in sorted(by_type.items(), key=lambda i: -i[1])
                ),
            }
        )
    return section


def _timeline_section(version) -> Section:
    section = Section(_("Timeline"))
    process = _process(version)
    if process is None:
        section.paragraphs.append(_("No process has been set up yet."))
        return section
    steps = list(process.steps.all())
    section.paragraphs.append(
        _("The process starts on %(date)s and follows these steps:")
        % {"date": _date(process.start_date)}
    )
    section.tables.append(
        Table(
            _("Process steps"),
            [_("Step"), _("Planned from"), _("Planned until"), _("Status")],
            [
                [s.title, _date(s.planned_start), _date(s.planned_end), s.get_status_display()]
                for s in steps
            ],
        )
    )
    milestones = list(process.milestones.all().order_by("date"))
    if milestones:
        section.tables.append(
            Table(
                _("Milestones"),
                [_("Date"), _("Milestone")],
                [[_date(m.date), m.title] for m in milestones],
            )
        )
    return section


def _finance_section(version) -> Section:
    section = Section("")
    process = _process(version)
    if process is not None:
        lines = list(process.budget_lines.all().order_by("year", "pk"))
        if process.budget_total is not None:
            section.paragraphs.append(
                _("The process itself is budgeted at %(amount)s.")
                % {"amount": euro(process.budget_total)}
            )
        if lines:
            section.tables.append(
                Table(
                    _("Budget of the process"),
                    [_("Item"), _("Year"), _("Funding"), _("Amount")],
                    [
                        [line.item, str(line.year), line.get_funding_display(), euro(line.amount)]
                        for line in lines
                    ],
                )
            )
        try:
            contract = process.facilitator_contract
        except ObjectDoesNotExist:
            contract = None
        if contract is not None:
            section.paragraphs.append(contract_sentence(contract))
    lines = list(
        BudgetLine.objects.filter(measure__version=version)
        .order_by("year", "funding_source")
        .values_list("measure_id", "year", "funding_source", "amount_kind", "planned_amount")
    )
    by_cell = defaultdict(list)
    for measure_id, year, source, kind, amount in lines:
        by_cell[(year, source)].append((measure_id, kind, amount))
    budget = summarize_version(version)
    if by_cell:
        years = sorted({year for year, _source in by_cell})
        sources = [s for s in FundingSource if any(s.value == src for _y, src in by_cell)]

        def cell(rows):
            return summarize_rows((), rows).row_text if rows else "—"

        rows = []
        for year in years:
            rows.append(
                [str(year)]
                + [cell(by_cell.get((year, s.value), [])) for s in sources]
                + [cell([r for (y, _src), rs in by_cell.items() if y == year for r in rs])]
            )
        rows.append(
            [_("Total")]
            + [
                cell([r for (_y, src), rs in by_cell.items() if src == s.value for r in rs])
                for s in sources
            ]
            + [budget.text]
        )
        if budget.has_stated:
            section.paragraphs.append(
                _(
                    "The measures of the concept are planned with %(total)s in total, by year "
                    "and funding source as follows. Funds are made available through the budget "
                    "of each year; third-party funds are applied for."
                )
                % {"total": budget.text}
            )
        else:
            section.paragraphs.append(
                _(
                    "The concept states no amount for its measures yet; the budget lines by "
                    "year and funding source are as follows."
                )
            )
        section.tables.append(
            Table(
                _("Planned budget of the measures"),
                [_("Year"), *[s.label for s in sources], _("Total")],
                rows,
            )
        )
    if not section.paragraphs:
        section.paragraphs.append(_("No budget has been recorded yet."))
    return section


def _participation_section(municipality, version) -> Section:
    section = Section(_("Participation so far"))
    surveys = NetworkSurvey.objects.filter(municipality=municipality)
    latest = surveys.order_by("-surveyed_on", "-pk").first()
    facts = [
        _("%(count)s actors in the register of actors")
        % {"count": Actor.objects.filter(municipality=municipality, active=True).count()},
        _("%(count)s bodies involved")
        % {"count": Body.objects.filter(municipality=municipality).count()},
    ]
    if apps.is_installed("kompass.participation"):
        from kompass.participation.models import Contribution, ParticipationEvent

        facts.insert(
            0,
            _("%(events)s participation events with %(contributions)s contributions")
            % {
                "events": ParticipationEvent.objects.filter(version=version).count(),
                "contributions": Contribution.objects.filter(version=version).count(),
            },
        )
    if latest is not None:
        facts.append(
            _("network analysis “%(title)s” of %(date)s with %(count)s recorded relations")
            % {
                "title": latest.title,
                "date": _date(latest.surveyed_on),
                "count": ActorRelation.objects.filter(survey=latest).count(),
            }
        )
    resolutions = Resolution.objects.filter(concept_version=version).select_related("body")
    for resolution in resolutions.order_by("date"):
        votes = ""
        if resolution.has_votes:
            votes = _(" (%(yes)s yes, %(no)s no, %(abstain)s abstentions)") % {
                "yes": resolution.votes_yes,
                "no": resolution.votes_no,
                "abstain": resolution.votes_abstain,
            }
        facts.append(
            _("%(body)s on %(date)s: %(subject)s – %(outcome)s")
            % {
                "body": resolution.body.name,
                "date": _date(resolution.date),
                "subject": resolution.subject,
                "outcome": resolution.get_outcome_display(),
            }
            + votes
        )
    section.paragraphs.append(
        _("The draft was prepared with the following participation and consultation:")
    )
    section.bullets.extend(facts)
    return section


def _planned_section(version) -> Section:
    section = Section(_("What is planned"))
    fields = list(version.fields.all())
    section.paragraphs.append(
        _(
            "The municipality draws up its “%(title)s” (%(kind)s) for the period %(period)s. "
            "It describes a shared vision, goals and measures in the fields of action below, "
            "with responsibilities, resources and dates, and how their achievement is monitored."
        )
        % {
            "title": unquoted(version.concept.title),
            "kind": version.concept.kind_label,
            "period": version.period_label or _("to be determined"),
        }
    )
    section.bullets.extend(f.name for f in fields)
    return section


def build_submission(*, municipality, occasion, version, body=None, decision="") -> Submission:
    """The draft submission for the start of the process or the adoption of ``version``."""
    concept_title = unquoted(version.concept.title)
    if occasion == ResolutionKind.START:
        title = _("Start of the process for the “%(title)s”") % {"title": concept_title}
        sections = [
            _planned_section(version),
            _actors_section(municipality),
            _timeline_section(version),
        ]
        attachments = [_("Process plan with timeline")]
    else:
        title = _("Adoption of the “%(title)s” (%(version)s)") % {
            "title": concept_title,
            "version": version_reference(version),
        }
        start = (
            Resolution.objects.filter(
                concept_version__concept=version.concept,
                kind=ResolutionKind.START,
                outcome=Outcome.ADOPTED,
            )
            .select_related("body")
            .order_by("date")
            .first()
        )
        planned = _planned_section(version)
        if start is not None:
            planned.paragraphs.insert(
                0,
                _("On %(date)s, %(body)s decided to draw up the concept (%(reference)s).")
                % {
                    "date": _date(start.date),
                    "body": start.body.name,
                    "reference": start.reference or start.subject,
                },
            )
        sections = [
            planned,
            _participation_section(municipality, version),
            _actors_section(municipality),
        ]
        attachments = [
            _("%(title)s (%(version)s, draft for adoption)")
            % {"title": concept_title, "version": version_reference(version)}
        ]
    return Submission(
        municipality_name=municipality.name,
        occasion=occasion,
        title=title,
        decision=decision.strip()
        or default_decision(occasion=occasion, version=version, body=body),
        body_name=body.name if body else "",
        prepared_on=timezone.localdate(),
        sections=sections,
        finance=_finance_section(version),
        attachments=attachments,
    )
