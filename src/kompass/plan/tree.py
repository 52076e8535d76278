"""Reading a whole concept version at once, in a fixed number of queries.

The tree spans concepts, measures and indicators, so it lives above all three."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch

from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, Guideline
from kompass.indicators.models import Indicator
from kompass.measures.budget import summarize_measures
from kompass.measures.models import BudgetLine, Measure, Milestone


@dataclass
class GoalNode:
    goal: Goal
    children: list["GoalNode"] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)


@dataclass
class FieldNode:
    field: FieldOfAction | None
    roots: list[GoalNode] = field(default_factory=list)
    measures_without_goal: list[Measure] = field(default_factory=list)
    indicators_without_goal: list[Indicator] = field(default_factory=list)


@dataclass
class VersionTree:
    version: ConceptVersion
    guidelines: list[Guideline]
    fields: list[FieldOfAction]
    goals: list[Goal]
    measures: list[Measure]
    indicators: list[Indicator]
    field_nodes: list[FieldNode]

    @property
    def budget_total(self):
        """The honest budget of the version (``BudgetSum``: stated sum and measures without)."""
        return summarize_measures(self.measures)


def load_version_tree(version: ConceptVersion) -> VersionTree:
    """The whole tree of a version: fields → goals (nested) → measures and indicators.

    The number of queries is fixed, whatever the size of the concept.
    """
    guidelines = list(Guideline.objects.filter(version=version))
    fields = list(
        FieldOfAction.objects.filter(version=version).select_related("lead_unit", "catalogue_entry")
    )
    goals = list(
        Goal.objects.filter(version=version).prefetch_related("target_groups", "guidelines")
    )
    measures = list(
        Measure.objects.filter(version=version)
        .select_related("responsible_unit")
        .prefetch_related(
            "goals",
            Prefetch("budget_lines", queryset=BudgetLine.objects.order_by("year")),
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_date")),
        )
    )
    indicators = list(
        Indicator.objects.filter(version=version)
        .select_related("responsible_unit")
        .prefetch_related("goals")
    )
    return VersionTree(
        version=version,
        guidelines=guidelines,
        fields=fields,
        goals=goals,
        measures=measures,
        indicators=indicators,
        field_nodes=_build_field_nodes(fields, goals, measures, indicators),
    )


def _build_field_nodes(fields, goals, measures, indicators) -> list[FieldNode]:
    nodes = {goal.pk: GoalNode(goal) for goal in goals}
    for measure in measures:
        for goal in measure.goals.all():
            nodes[goal.pk].measures.append(measure)
    for indicator in indicators:
        for goal in indicator.goals.all():
            nodes[goal.pk].indicators.append(indicator)

    roots_by_field = defaultdict(list)
    for goal in goals:
        parent_node = nodes.get(goal.parent_id)
        if parent_node is not None:
            parent_node.children.append(nodes[goal.pk])
        else:
            roots_by_field[goal.field_id].append(nodes[goal.pk])

    field_nodes = []
    for field_of_action in [*fields, None]:
        field_id = field_of_action.pk if field_of_action else None
        node = FieldNode(
            field=field_of_action,
            roots=roots_by_field.get(field_id, []),
            measures_without_goal=[
                m for m in measures if m.field_id == field_id and not m.goals.all()
            ],
            indicators_without_goal=[
                i for i in indicators if i.field_id == field_id and not i.goals.all()
            ],
        )
        if (
            field_of_action is not None
            or node.roots
            or node.measures_without_goal
            or node.indicators_without_goal
        ):
            field_nodes.append(node)
    return field_nodes
