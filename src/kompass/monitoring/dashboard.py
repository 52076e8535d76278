"""What the two dashboards show, assembled from the version status in a fixed number of queries.

Coordination sees the whole version (per field of action: status, goals, measures by
state, overdue measures; budget; trends; latest reports; evaluations). A responsible unit
sees its own measures and indicators and what is due.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.utils.translation import gettext as _

from kompass.concepts.models import FieldOfAction, Goal
from kompass.concepts.verdicts import Verdict
from kompass.core.charts import Chart, format_value, grouped_bar_chart
from kompass.indicators.charts import time_series_chart
from kompass.indicators.models import Indicator, IndicatorKind, IndicatorValue, Periodicity
from kompass.indicators.status import indicator_verdict, latest_known
from kompass.measures.models import Measure, MeasureStatus, Milestone, StatusUpdate
from kompass.measures.status import measure_verdict

from .models import Evaluation, Recommendation
from .selectors import VersionStatus, is_overdue, measure_state_counts, version_status

RECENT_UPDATES = 15
DUE_SOON_DAYS = 30
ENDING_SOON_DAYS = 60


@dataclass
class GoalRow:
    goal: Goal
    verdict: Verdict
    depth: int


@dataclass
class FieldSection:
    field: FieldOfAction | None
    verdict: Verdict | None
    goals: list[GoalRow]
    state_counts: list[tuple[str, str, int]]
    overdue: list[Measure]
    measure_count: int


@dataclass
class Trend:
    indicator: Indicator
    verdict: Verdict
    chart: Chart | None


@dataclass
class CoordinationDashboard:
    status: VersionStatus
    sections: list[FieldSection]
    overdue: list[Measure]
    state_counts: list[tuple[str, str, int]]
    budget_by_year: Chart | None
    budget_by_source: Chart | None
    trends: list[tuple[FieldOfAction | None, list[Trend]]]
    updates: list[StatusUpdate]
    recommendations: list[tuple[str, str, int]]
    evaluation_count: int


def _goal_rows(field_nodes_roots, verdicts) -> list[GoalRow]:
    rows = []

    def walk(node, depth):
        rows.append(GoalRow(node.goal, verdicts[node.goal.pk], depth))
        for child in node.children:
            walk(child, depth + 1)

    for root in field_nodes_roots:
        walk(root, 0)
    return rows


def _sections(status: VersionStatus) -> list[FieldSection]:
    measures_by_field: dict[int | None, list[Measure]] = {}
    for measure in status.tree.measures:
        measures_by_field.setdefault(measure.field_id, []).append(measure)
    sections = []
    for node in status.tree.field_nodes:
        field_id = node.field.pk if node.field else None
        measures = measures_by_field.get(field_id, [])
        sections.append(
            FieldSection(
                field=node.field,
                verdict=status.fields.get(field_id),
                goals=_goal_rows(node.roots, status.goals),
                state_counts=measure_state_counts(measures),
                overdue=[m for m in status.overdue_measures() if m.field_id == field_id],
                measure_count=len(measures),
            )
        )
    return sections


def _budget_charts(status: VersionStatus) -> tuple[Chart | None, Chart | None]:
    budget = status.budget
    if not budget.by_year:
        return None, None
    planned, spent = _("planned"), _("spent")
    years = budget.years()
    by_year = grouped_bar_chart(
        chart_id="chart-budget-years",
        title=_("Budget per year: planned and spent"),
        description=_("Planned %(planned)s €, spent so far %(spent)s € over all years.")
        % {"planned": _amount(budget.planned), "spent": _amount(budget.spent)},
        unit="€",
        category_label=_("Year"),
        categories=[str(year) for year, _p, _s in years],
        series=[(planned, [p for _y, p, _s in years]), (spent, [s for _y, _p, s in years])],
    )
    sources = budget.sources()
    by_source = grouped_bar_chart(
        chart_id="chart-budget-sources",
        title=_("Budget per funding source: planned and spent"),
        description=_("Planned and spent money over all years, by funding source."),
        unit="€",
        category_label=_("Funding source"),
        categories=[label for _v, label, _p, _s in sources],
        series=[
            (planned, [p for _v, _l, p, _s in sources]),
            (spent, [s for _v, _l, _p, s in sources]),
        ],
    )
    return by_year, by_source


def _amount(value) -> str:
    return format_value(round(value))


def _trends(status: VersionStatus) -> list[tuple[FieldOfAction | None, list[Trend]]]:
    """A small time-series chart (with baseline, target and data table) per goal indicator."""
    fields = {f.pk: f for f in status.tree.fields}
    grouped: dict[int | None, list[Trend]] = {}
    for indicator in status.tree.indicators:
        if indicator.kind != IndicatorKind.GOAL:
            continue
        chart = time_series_chart(
            indicator, status.values.get(indicator.pk, []), chart_id=f"trend-{indicator.pk}"
        )
        grouped.setdefault(indicator.field_id, []).append(
            Trend(indicator, status.indicators[indicator.pk], chart)
        )
    order = [f.pk for f in status.tree.fields] + [None]
    return [(fields.get(key), grouped[key]) for key in order if key in grouped]


def coordination_dashboard(version, *, today: datetime.date) -> CoordinationDashboard:
    """Everything the coordination dashboard shows; the query count does not grow with rows."""
    status = version_status(version, today=today)
    by_year, by_source = _budget_charts(status)
    updates = list(
        StatusUpdate.objects.filter(measure__version=version)
        .select_related("measure", "author")
        .order_by("-created_at", "-pk")[:RECENT_UPDATES]
    )
    counted = dict(
        Evaluation.objects.filter(measure__version=version)
        .values_list("recommendation")
        .annotate(count=Count("pk"))
        .values_list("recommendation", "count")
    )
    recommendations = [
        (value, str(label), counted.get(value, 0)) for value, label in Recommendation.choices
    ]
    return CoordinationDashboard(
        status=status,
        sections=_sections(status),
        overdue=status.overdue_measures(),
        state_counts=measure_state_counts(status.tree.measures),
        budget_by_year=by_year,
        budget_by_source=by_source,
        trends=_trends(status),
        updates=updates,
        recommendations=recommendations,
        evaluation_count=sum(counted.values()),
    )


# -- the responsible unit's dashboard ---------------------------------------------------------

# How many years back a value is expected, by periodicity (irregular series are not chased).
EXPECTED_EVERY = {
    Periodicity.ANNUAL: 1,
    Periodicity.SEMIANNUAL: 1,
    Periodicity.QUARTERLY: 1,
    Periodicity.MONTHLY: 1,
    Periodicity.BIENNIAL: 2,
}


@dataclass
class MeasureTask:
    measure: Measure
    verdict: Verdict
    overdue: bool
    ending_soon: bool
    due_milestones: list[Milestone] = field(default_factory=list)


@dataclass
class IndicatorTask:
    indicator: Indicator
    verdict: Verdict
    latest_year: int | None
    missing_year: int | None
    latest_value: object = None
    latest_note: str = ""


@dataclass
class UnitDashboard:
    unit: object
    today: datetime.date
    measures: list[MeasureTask]
    indicators: list[IndicatorTask]

    @property
    def due_measures(self) -> list[MeasureTask]:
        return [t for t in self.measures if t.overdue or t.ending_soon or t.due_milestones]

    @property
    def missing_values(self) -> list[IndicatorTask]:
        return [t for t in self.indicators if t.missing_year]


def unit_dashboard(unit, versions, *, today: datetime.date) -> UnitDashboard:
    """The measures and indicators of ``unit`` in ``versions`` with what is due (4 queries).

    Due: milestones not reached whose date lies in the next 30 days or has passed; measures
    that are overdue or end within 60 days; indicators without a value for the last year
    (for biennial series: the last two years).
    """
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    measures = (
        Measure.objects.filter(version__in=versions, responsible_unit=unit)
        .select_related("version", "field")
        .prefetch_related(
            Prefetch(
                "milestones",
                queryset=Milestone.objects.filter(done_on__isnull=True, due_date__lte=horizon),
                to_attr="due_milestones",
            )
        )
        .order_by("end_date", "title")
    )
    measure_tasks = []
    for measure in measures:
        open_measure = measure.status not in (MeasureStatus.DONE, MeasureStatus.CANCELLED)
        measure_tasks.append(
            MeasureTask(
                measure=measure,
                verdict=measure_verdict(measure, today),
                overdue=is_overdue(measure, today),
                ending_soon=bool(
                    open_measure
                    and measure.end_date
                    and today <= measure.end_date <= today + datetime.timedelta(ENDING_SOON_DAYS)
                ),
                due_milestones=measure.due_milestones if open_measure else [],
            )
        )
    indicators = list(
        Indicator.objects.filter(version__in=versions, responsible_unit=unit)
        .select_related("version", "field")
        .prefetch_related(
            Prefetch(
                "values",
                queryset=IndicatorValue.objects.filter(district__isnull=True, group=""),
            )
        )
    )
    indicator_tasks = []
    for indicator in indicators:
        values = list(indicator.values.all())
        verdict = indicator_verdict(indicator, values)
        known = latest_known(values)  # a value without a number is no value, never zero
        latest = known.year if known else None
        every = EXPECTED_EVERY.get(indicator.periodicity)
        expected_year = today.year - 1
        missing = (
            expected_year if every and (latest is None or latest <= expected_year - every) else None
        )
        indicator_tasks.append(
            IndicatorTask(
                indicator,
                verdict,
                latest,
                missing,
                known.value if known else None,
                known.get_flag_display() if known and known.flag else "",
            )
        )
    return UnitDashboard(unit=unit, today=today, measures=measure_tasks, indicators=indicator_tasks)
