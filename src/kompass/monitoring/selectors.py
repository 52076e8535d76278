"""Reading the monitoring state of a whole concept version at once, in a fixed number of queries.

The rules themselves live with what they judge (``indicators.status``, ``measures.status``,
``status.py`` for the roll-up); this module only gathers their inputs
(town-level values of every indicator, the measures with their dates) and applies them to
every indicator, measure, goal and field of action of a version.
"""

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from kompass.concepts.verdicts import Status, Verdict
from kompass.indicators.models import IndicatorValue
from kompass.indicators.status import indicator_verdict
from kompass.measures.models import FundingSource, Measure, MeasureStatus
from kompass.measures.status import measure_verdict
from kompass.plan.tree import VersionTree, load_version_tree

from .status import ORDER, rollup

ZERO = Decimal("0")


def is_overdue(measure: Measure, today: datetime.date) -> bool:
    """Past its end date and neither completed nor cancelled (the rule's "overdue")."""
    return bool(
        measure.end_date
        and today > measure.end_date
        and measure.status not in (MeasureStatus.DONE, MeasureStatus.CANCELLED)
    )


def status_counts(verdicts) -> list[tuple[Status, int]]:
    """How many verdicts have each status, worst first (every status listed, also with 0)."""
    counts = Counter(v.status for v in verdicts)
    return [(status, counts[status]) for status in ORDER]


@dataclass
class BudgetSums:
    """Planned and spent money of a version: in total, per year and per funding source."""

    planned: Decimal = ZERO
    spent: Decimal = ZERO
    by_year: dict[int, list[Decimal]] = field(default_factory=dict)
    by_source: dict[str, list[Decimal]] = field(default_factory=dict)

    def add(self, line) -> None:
        spent = line.spent_amount or ZERO
        planned = line.planned_amount or ZERO  # a line without a stated amount adds nothing
        self.planned += planned
        self.spent += spent
        for key, table in ((line.year, self.by_year), (line.funding_source, self.by_source)):
            sums = table.setdefault(key, [ZERO, ZERO])
            sums[0] += planned
            sums[1] += spent

    def years(self) -> list[tuple[int, Decimal, Decimal]]:
        return [(year, *self.by_year[year]) for year in sorted(self.by_year)]

    def sources(self) -> list[tuple[str, str, Decimal, Decimal]]:
        """(source, label, planned, spent) in the order of the funding-source choices."""
        return [
            (value, str(label), *self.by_source[value])
            for value, label in FundingSource.choices
            if value in self.by_source
        ]


@dataclass
class VersionStatus:
    """The verdict of everything in a version on one day, with the tree it was computed from."""

    tree: VersionTree
    today: datetime.date
    indicators: dict[int, Verdict]
    measures: dict[int, Verdict]
    goals: dict[int, Verdict]
    fields: dict[int, Verdict]
    values: dict[int, list[IndicatorValue]]
    budget: BudgetSums
    overall: Verdict

    def of(self, obj) -> Verdict | None:
        """The verdict of any indicator, measure, goal or field of this version."""
        table = {
            "indicator": self.indicators,
            "measure": self.measures,
            "goal": self.goals,
            "fieldofaction": self.fields,
        }.get(obj._meta.model_name, {})
        return table.get(obj.pk)

    def overdue_measures(self) -> list[Measure]:
        return sorted(
            (m for m in self.tree.measures if is_overdue(m, self.today)),
            key=lambda m: (m.end_date, m.title),
        )

    def mix(self) -> list[tuple[str, list[tuple[Status, int]]]]:
        """The status mix over the whole version: fields, goals, measures, indicators."""
        return [
            ("fields", status_counts(self.fields.values())),
            ("goals", status_counts(self.goals.values())),
            ("measures", status_counts(self.measures.values())),
            ("indicators", status_counts(self.indicators.values())),
        ]


def load_town_values(version) -> dict[int, list[IndicatorValue]]:
    """Town-level values of every indicator of ``version`` (one query), oldest first."""
    by_indicator: dict[int, list[IndicatorValue]] = defaultdict(list)
    values = IndicatorValue.objects.filter(
        indicator__version=version, district__isnull=True, group=""
    ).order_by("year", "reference_date", "pk")
    for value in values:
        by_indicator[value.indicator_id].append(value)
    return by_indicator


def goal_and_field_rollups(
    tree: VersionTree, indicators: dict[int, Verdict], measures: dict[int, Verdict]
) -> tuple[dict[int, Verdict], dict[int, Verdict]]:
    """Goals and fields of action rolled up from the verdicts of indicators and measures.

    A goal rolls up the verdicts of its indicators, its measures and its sub-goals (each
    sub-goal counting once, with its own rolled-up verdict); a field of action rolls up the
    verdicts of all its goals. The dashboard and the reporting snapshot both use this.
    """
    below: dict[int, list[Verdict]] = defaultdict(list)
    for indicator in tree.indicators:
        for goal in indicator.goals.all():
            below[goal.pk].append(indicators[indicator.pk])
    for measure in tree.measures:
        for goal in measure.goals.all():
            below[goal.pk].append(measures[measure.pk])
    children: dict[int | None, list] = defaultdict(list)
    for goal in tree.goals:
        children[goal.parent_id].append(goal)

    goals: dict[int, Verdict] = {}

    def goal_verdict(goal) -> Verdict:
        if goal.pk not in goals:
            # Levels rise strictly from parent to child (Goal.clean), so this terminates.
            sub = [goal_verdict(child) for child in children.get(goal.pk, [])]
            goals[goal.pk] = rollup([*below[goal.pk], *sub])
        return goals[goal.pk]

    for goal in tree.goals:
        goal_verdict(goal)

    goals_by_field: dict[int | None, list[Verdict]] = defaultdict(list)
    for goal in tree.goals:
        goals_by_field[goal.field_id].append(goals[goal.pk])
    fields = {f.pk: rollup(goals_by_field.get(f.pk, [])) for f in tree.fields}
    return goals, fields


def version_status(
    version, *, today: datetime.date, tree: VersionTree | None = None
) -> VersionStatus:
    """Every indicator, measure, goal and field of ``version`` with its verdict on ``today``.

    Pass the ``tree`` a page has already loaded to save its queries; either way the number
    of queries is fixed (the tree's and one for the indicator values). Goals and fields
    roll up as ``goal_and_field_rollups`` says.
    """
    tree = tree or load_version_tree(version)
    values = load_town_values(version)
    indicators = {i.pk: indicator_verdict(i, values.get(i.pk, [])) for i in tree.indicators}
    measures = {m.pk: measure_verdict(m, today) for m in tree.measures}

    goals, fields = goal_and_field_rollups(tree, indicators, measures)

    budget = BudgetSums()
    for measure in tree.measures:
        for line in measure.budget_lines.all():
            budget.add(line)

    return VersionStatus(
        tree=tree,
        today=today,
        indicators=indicators,
        measures=measures,
        goals=goals,
        fields=fields,
        values=values,
        budget=budget,
        overall=rollup(fields.values()),
    )


def measure_state_counts(measures) -> list[tuple[str, str, int]]:
    """(state, label, count) for every measure state, in the order of the choices."""
    counts = Counter(m.status for m in measures)
    return [(value, str(label), counts[value]) for value, label in MeasureStatus.choices]
