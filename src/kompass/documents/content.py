"""Everything the concept document shows, gathered from a version in a fixed number of queries.

``build_document`` returns one ``ConceptDocument``; the HTML template (browser and PDF)
and the Word builder both read only from it, so the three formats carry the same content.
Chapters whose data lives in other apps (actors, network, participation) are filled when
those apps have data and fall back to the narrative section alone otherwise.
"""

import base64
import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.apps import apps
from django.db.models import Count, Sum
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from kompass.analysis.models import AnalysisItem, AnalysisKind, District
from kompass.concepts.models import ConceptVersion, GoalLevel, Vision
from kompass.core.charts import Bar, bar_chart
from kompass.core.languages import GERMAN, LANGUAGES, ContentLanguage, content_language
from kompass.core.sanitize import render_rich_text
from kompass.indicators.charts import time_series_chart
from kompass.indicators.models import IndicatorKind
from kompass.indicators.status import latest_known
from kompass.measures.budget import BudgetSum, summarize_lines, summarize_measures
from kompass.monitoring.selectors import load_town_values
from kompass.plan.tree import load_version_tree
from kompass.tenancy.access import scoped

from .models import NarrativeSection

ZERO = Decimal("0")
DEFAULT_COLOUR = "#1d4f91"
# Reach counts below this are shown as "< 5" (DOMAIN.md: no identifying small numbers).
SMALL_COUNT = 5


@dataclass
class Narrative:
    key: str
    heading: str
    html: str
    source: object = None  # the NarrativeSection (for the lang attributes of fallbacks)


@dataclass
class IndicatorEntry:
    indicator: object
    chart: object
    latest_year: int | None
    latest_value: Decimal | None
    latest_note: str = ""  # the value's note, e.g. "nothing there (zero)" or "provisional"


@dataclass
class GoalEntry:
    goal: object
    depth: int
    level_label: str
    target_groups: list
    indicators: list


@dataclass
class MeasureRow:
    measure: object
    number: str
    goals: list
    planned: BudgetSum
    years: str


@dataclass
class FieldSection:
    number: int
    field: object
    anchor: str
    goals: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    measures: list = field(default_factory=list)
    planned: BudgetSum | None = None
    goal_counts: list = field(default_factory=list)
    context_names: list = field(default_factory=list)


@dataclass
class ParticipationSummary:
    events: list
    total_participants: int
    reach: list  # (target group name, shown count)
    contributions: int
    outcomes: list  # (label, count)
    open_contributions: int
    level_counts: list  # (label, count)


@dataclass
class ConceptDocument:
    version: ConceptVersion
    language: ContentLanguage
    concept: object
    municipality: object
    title: str
    kind_label: str
    subtitle: str
    brand_colour: str
    logo_data_uri: str
    generated_at: datetime.datetime
    narratives: dict
    vision: Vision | None
    guidelines: list
    districts: list
    district_total: int
    district_chart: object
    context_indicators: list
    findings: list  # (kind label, [items])
    actor_counts: list
    actor_total: int
    offer_total: int
    gap_rows: list
    gap_count: int
    participation: ParticipationSummary | None
    fields: list
    measure_total: int
    budget_total: BudgetSum
    budget_years: list  # (year, BudgetSum)
    indicators: list
    network: object
    central_actors: list
    status_rules: list

    def narrative(self, key) -> Narrative | None:
        return self.narratives.get(key)

    @property
    def layout(self) -> ContentLanguage:
        """The language of the page itself: its headings and labels decide the direction.

        Usually the content language. A right-to-left language without a catalogue of its
        own (Persian: German labels) is laid out left to right in German, and its translated
        texts are marked as right-to-left blocks (``text_attrs``).
        """
        return layout_language(self.language)


def layout_language(language: ContentLanguage) -> ContentLanguage:
    """``language``, or its label language where the two run in different directions."""
    from django.conf import settings

    labels_rtl = language.ui_language.split("-")[0] in settings.LANGUAGES_BIDI
    if language.rtl == labels_rtl:
        return language
    return LANGUAGES.get(language.ui_language, LANGUAGES[GERMAN])


def logo_data_uri(municipality) -> str:
    """The logo as a data: address (PDF, HTML file and browser alike), or ''."""
    logo = getattr(municipality, "logo", None)
    if not logo:
        return ""
    try:
        with logo.open("rb") as handle:
            data = handle.read()
    except OSError:
        return ""
    mime = "image/png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _narratives(sections) -> dict:
    """The written chapters as HTML (after the translations were put onto ``sections``)."""
    return {
        s.key: Narrative(s.key, s.heading, render_rich_text(s.body), source=s)
        for s in sections
        if s.body
    }


def _translate(language: ContentLanguage, tree, concept, vision, sections) -> None:
    """Put the translations of ``language`` onto every object the document shows (in place).

    The goals a measure serves come from their own prefetch (other instances than the
    tree's goals), so they are translated too. One query, whatever the size of the concept.
    """
    if language.code == GERMAN:
        return
    from kompass.translations.services import overlay

    measure_goals = [g for m in tree.measures for g in m.goals.all()]
    objects = [concept, vision, *tree.guidelines, *tree.fields, *tree.goals, *measure_goals]
    objects += [*tree.measures, *tree.indicators, *sections]
    overlay([o for o in objects if o is not None], language.code)


def _years_label(measure) -> str:
    start, end = measure.start_date, measure.end_date
    if start and end:
        return f"{start:%m/%Y}–{end:%m/%Y}"
    if start:
        return _("from %(date)s") % {"date": f"{start:%m/%Y}"}
    if end:
        return _("until %(date)s") % {"date": f"{end:%m/%Y}"}
    return "—"


def _indicator_entry(indicator, values, prefix="indicator") -> IndicatorEntry:
    latest = latest_known(values)
    return IndicatorEntry(
        indicator=indicator,
        chart=time_series_chart(indicator, values, chart_id=f"{prefix}-{indicator.pk}"),
        latest_year=latest.year if latest else None,
        latest_value=latest.value if latest else None,
        latest_note=latest.get_flag_display() if latest and latest.flag else "",
    )


def _field_sections(tree, entries) -> list[FieldSection]:
    sections = []
    for number, node in enumerate((n for n in tree.field_nodes if n.field is not None), start=1):
        section = FieldSection(number=number, field=node.field, anchor=f"field-{node.field.pk}")
        shown = set()

        def walk(goal_node, depth, section=section, shown=shown):
            goal = goal_node.goal
            own = [entries[i.pk] for i in goal_node.indicators if i.pk not in shown]
            shown.update(i.pk for i in goal_node.indicators)
            section.goals.append(
                GoalEntry(
                    goal=goal,
                    depth=depth,
                    level_label=str(GoalLevel(goal.level).label),
                    target_groups=[g.name for g in goal.target_groups.all()],
                    indicators=own,
                )
            )
            section.indicators.extend(own)
            for child in goal_node.children:
                walk(child, depth + 1)

        for root in node.roots:
            walk(root, 0)
        # Context indicators without a goal are shown once, in the situation chapter.
        extra = [
            entries[i.pk]
            for i in node.indicators_without_goal
            if i.pk not in shown and i.kind != IndicatorKind.CONTEXT
        ]
        section.indicators.extend(extra)
        section.context_names = [
            i.name for i in node.indicators_without_goal if i.kind == IndicatorKind.CONTEXT
        ]
        levels = Counter(g.goal.level for g in section.goals)
        section.goal_counts = [(str(level.label), levels[level]) for level in GoalLevel]
        measures = sorted(
            (m for m in tree.measures if m.field_id == node.field.pk),
            key=lambda m: (m.position, m.pk),
        )
        section.planned = summarize_measures(measures)
        for position, measure in enumerate(measures, start=1):
            planned = summarize_measures([measure])
            section.measures.append(
                MeasureRow(
                    measure=measure,
                    number=f"{number}.{position}",
                    goals=[g.title for g in measure.goals.all()],
                    planned=planned,
                    years=_years_label(measure),
                )
            )
        sections.append(section)
    return sections


def _situation(version, municipality):
    districts = list(scoped(District, municipality).order_by("code"))
    total = sum(d.population or 0 for d in districts)
    chart = None
    if districts and total:
        chart = bar_chart(
            chart_id="district-population",
            title=_("Population by district"),
            description=_("Residents of each district; the table lists the same figures."),
            unit="",
            category_label=_("District"),
            bars=[Bar(d.name, d.population) for d in districts],
        )
    by_kind = defaultdict(list)
    for item in scoped(AnalysisItem, municipality):
        by_kind[item.kind].append(item)
    findings = [
        (str(label), by_kind[value]) for value, label in AnalysisKind.choices if by_kind[value]
    ]
    rows = [
        (d, (Decimal(100) * d.population / total) if d.population and total else None)
        for d in districts
    ]
    return rows, total, chart, findings


def _actors(municipality):
    """Counts of actors and offers and the gaps of the offer inventory (if the app is there)."""
    if not apps.is_installed("kompass.actors"):
        return [], 0, 0, [], 0
    from kompass.actors.models import Actor, ActorType, Offer
    from kompass.actors.selectors import offer_gap_matrix

    counts = dict(
        scoped(Actor, municipality)
        .filter(active=True)
        .values_list("actor_type")
        .annotate(n=Count("pk"))
        .values_list("actor_type", "n")
    )
    actor_counts = [(str(label), counts[v]) for v, label in ActorType.choices if counts.get(v)]
    offers = scoped(Offer, municipality).filter(active=True).count()
    gap_rows, gap_count = [], 0
    if offers:
        matrix = offer_gap_matrix(municipality)
        gap_count = matrix.gap_count
        gap_rows = [
            (row.entry.name, row.total, [d.name for d, n in row.cells if n == 0])
            for row in matrix.rows
            if row.gaps
        ]
    return actor_counts, sum(counts.values()), offers, gap_rows, gap_count


def _network(municipality):
    if not apps.is_installed("kompass.actors"):
        return None, []
    from kompass.actors.models import NetworkSurvey
    from kompass.actors.network import load_network

    survey = scoped(NetworkSurvey, municipality).first()
    if survey is None:
        return None, []
    network = load_network(municipality, survey)
    central = [m for m in network.metrics if m.degree][:10]
    return survey, central


def _shown(count: int) -> str:
    return f"< {SMALL_COUNT}" if 0 < count < SMALL_COUNT else str(count)


def _participation(version) -> ParticipationSummary | None:
    if not apps.is_installed("kompass.participation"):
        return None
    from kompass.participation.models import (
        Contribution,
        ContributionDecision,
        EventReach,
        Outcome,
        ParticipationEvent,
        ParticipationLevel,
    )

    events = list(
        ParticipationEvent.objects.filter(version=version)
        .select_related("format")
        .order_by("starts_at", "pk")
    )
    if not events:
        return None
    reach = (
        EventReach.objects.filter(event__version=version)
        .values_list("target_group__name")
        .annotate(total=Sum("count"))
        .order_by("target_group__name")
    )
    contributions = Contribution.objects.filter(version=version, merged_into__isnull=True)
    decided = dict(
        ContributionDecision.objects.filter(contribution__in=contributions)
        .values_list("outcome")
        .annotate(n=Count("contribution", distinct=True))
        .values_list("outcome", "n")
    )
    total = contributions.count()
    answered = contributions.filter(decisions__isnull=False).distinct().count()
    levels = Counter(e.level for e in events if e.level)
    return ParticipationSummary(
        events=events,
        total_participants=sum(e.participant_count or 0 for e in events),
        reach=[(name, _shown(n or 0)) for name, n in reach],
        contributions=total,
        outcomes=[(str(label), decided.get(value, 0)) for value, label in Outcome.choices],
        open_contributions=total - answered,
        level_counts=[
            (str(label), levels[value])
            for value, label in ParticipationLevel.choices
            if levels[value]
        ],
    )


def status_rules() -> list[tuple[str, str]]:
    """The monitoring rules in words (the same as on the help page and in progress reports)."""
    return [
        (
            _("Indicators"),
            _(
                "The expected path runs in a straight line from the baseline (or the first value) "
                "to the target value at the target date. An indicator is on track if its latest "
                "value has reached the target or is at least as good as the path expects for its "
                "year; at risk if it falls short by at most the indicator's tolerance (by default "
                "10 %% of the planned change); off track if it falls short by more, or if the "
                "target date has passed without reaching the target. Descriptive indicators and "
                "indicators without a target are not rated; without a value the status is “no "
                "data”."
            )
            % {},  # the same message as on the help page, whose "%%" needs formatting
        ),
        (
            _("Measures"),
            _(
                "Completed measures are on track, cancelled ones are not rated. A measure past its "
                "end date and not completed is off track (overdue). Paused measures, and planned "
                "measures whose start has passed, are at risk. For measures in progress the "
                "expected progress grows linearly from start to end; more than 25 percentage "
                "points behind counts as at risk."
            ),
        ),
        (
            _("Goals and fields of action"),
            _(
                "Goals roll up the status of their indicators, measures and sub-goals; fields of "
                "action roll up their goals: if at least a third of the rated entries are off "
                "track, the result is off track; if any entry is off track or at risk, it is at "
                "risk; otherwise on track."
            ),
        ),
    ]


def build_document(
    version: ConceptVersion, *, language: str = GERMAN, reporter=None
) -> ConceptDocument:
    """The whole document of ``version`` in the content language ``language``.

    Texts come from the translations of that language where they are current (the
    German text otherwise, marked for ``lang="de"``); headings, labels, dates and numbers
    follow the language's interface catalogue. The number of queries grows neither with
    the size of the concept nor with the number of translations.
    """
    content = content_language(language)
    with translation.override(content.ui_language):
        return _build(version, content, reporter)


def _build(version: ConceptVersion, language: ContentLanguage, reporter) -> ConceptDocument:
    municipality = version.municipality
    concept = version.concept
    tree = load_version_tree(version)
    vision = Vision.objects.filter(version=version).first()
    chapters = list(NarrativeSection.objects.filter(version=version))
    # The version's own title, unless it only repeats the concept's (compared in German).
    subtitle = version.label
    _translate(language, tree, concept, vision, chapters)
    if reporter:
        reporter(1, 6)
    values = load_town_values(version)
    entries = {i.pk: _indicator_entry(i, values.get(i.pk, [])) for i in tree.indicators}
    if reporter:
        reporter(2, 6)
    sections = _field_sections(tree, entries)
    districts, district_total, district_chart, findings = _situation(version, municipality)
    actor_counts, actor_total, offer_total, gap_rows, gap_count = _actors(municipality)
    if reporter:
        reporter(3, 6)
    survey, central = _network(municipality)
    lines_by_year = defaultdict(list)
    for measure in tree.measures:
        for line in measure.budget_lines.all():
            lines_by_year[line.year].append(line)
    budget_years = {year: summarize_lines(lines) for year, lines in lines_by_year.items()}
    return ConceptDocument(
        version=version,
        language=language,
        concept=concept,
        municipality=municipality,
        title=concept.title,
        kind_label=concept.kind_label,
        subtitle=subtitle,
        brand_colour=getattr(municipality, "brand_colour", "") or DEFAULT_COLOUR,
        logo_data_uri=logo_data_uri(municipality),
        generated_at=timezone.now(),
        narratives=_narratives(chapters),
        vision=vision,
        guidelines=tree.guidelines,
        districts=districts,
        district_total=district_total,
        district_chart=district_chart,
        # Own chart ids: a context indicator can also serve a goal and appear there again.
        context_indicators=[
            _indicator_entry(i, values.get(i.pk, []), prefix="context")
            for i in tree.indicators
            if i.kind == IndicatorKind.CONTEXT
        ],
        findings=findings,
        actor_counts=actor_counts,
        actor_total=actor_total,
        offer_total=offer_total,
        gap_rows=gap_rows,
        gap_count=gap_count,
        participation=_participation(version),
        fields=sections,
        measure_total=len(tree.measures),
        budget_total=summarize_measures(tree.measures),
        budget_years=sorted(budget_years.items()),
        indicators=sorted(
            entries.values(), key=lambda e: (e.indicator.field_id or 0, e.indicator.name)
        ),
        network=survey,
        central_actors=central,
        status_rules=status_rules(),
    )
