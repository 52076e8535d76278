"""The checks panel: what is missing in a concept version (DOMAIN.md "Rules the software checks").

Each rule is one small function over an already loaded ``VersionTree``, so the
panel costs no queries of its own. Findings are warnings, never blockers.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import GoalLevel
from kompass.indicators.models import IndicatorKind
from kompass.measures.models import AmountKind

from .tree import VersionTree


@dataclass(frozen=True)
class Finding:
    category: str
    obj: object
    message: str
    missing: list = field(default_factory=list)


SMART_CRITERIA = {
    "specific": _("specific: goal text and at least one target group"),
    "measurable": _("measurable: an indicator with target value and date"),
    "achievable": _("achievable: a measure with responsible unit and resources"),
    "relevant": _("relevant: linked to a guideline or a higher goal"),
    "time_bound": _("time-bound: a date by which the goal is to be reached"),
}

CATEGORY_LABELS = {
    "orphan": _("Not connected"),
    "smart": _("SMART criteria of operative goals"),
    "measure": _("Measures: responsibility, dates, budget"),
    "structure": _("Structure"),
    "budget_hint": _("Hints: budget lines without a stated amount"),
}


def smart_gaps(goal, *, indicators, measures) -> list[str]:
    """The SMART criteria an operative goal does not meet yet (keys of SMART_CRITERIA)."""
    gaps = []
    if not goal.title.strip() or not goal.target_groups.all():
        gaps.append("specific")
    if not any(indicator.has_target for indicator in indicators):
        gaps.append("measurable")
    if not any(m.responsible_unit_id and (m.budget_lines.all() or m.staff_hours) for m in measures):
        gaps.append("achievable")
    if not goal.parent_id and not goal.guidelines.all():
        gaps.append("relevant")
    if not goal.target_date:
        gaps.append("time_bound")
    return gaps


def measure_gaps(measure) -> list[str]:
    """Every measure needs a responsible unit, dates and a budget line.

    A line may say that its amount is not stated or comes from existing funds: that is a
    budget line (``amount_not_stated`` gives a hint); no line at all is a gap.
    """
    gaps = []
    if not measure.responsible_unit_id:
        gaps.append(_("responsible unit"))
    if not measure.start_date or not measure.end_date:
        gaps.append(_("start and end date"))
    if not measure.budget_lines.all():
        gaps.append(_("budget line"))
    return gaps


def amount_not_stated(measure) -> bool:
    """A budget line says "amount not stated" (a hint: a missing line is the error)."""
    return any(line.amount_kind == AmountKind.NOT_STATED for line in measure.budget_lines.all())


def version_checks(tree: VersionTree) -> list[Finding]:
    findings: list[Finding] = []
    measures_by_goal: dict[int, list] = {}
    indicators_by_goal: dict[int, list] = {}
    for measure in tree.measures:
        for goal in measure.goals.all():
            measures_by_goal.setdefault(goal.pk, []).append(measure)
    for indicator in tree.indicators:
        if indicator.kind == IndicatorKind.CONTEXT:
            continue  # a context indicator makes no goal measurable
        for goal in indicator.goals.all():
            indicators_by_goal.setdefault(goal.pk, []).append(indicator)

    if not tree.fields:
        findings.append(
            Finding("structure", tree.version, _("The concept has no field of action yet."))
        )
    fields_with_goals = {goal.field_id for goal in tree.goals}
    for field_of_action in tree.fields:
        if field_of_action.pk not in fields_with_goals:
            findings.append(
                Finding("structure", field_of_action, _("This field of action has no goals yet."))
            )

    for goal in tree.goals:
        if not goal.field_id:
            findings.append(
                Finding("orphan", goal, _("This goal is not assigned to a field of action."))
            )
        if goal.level == GoalLevel.OPERATIVE and not goal.parent_id:
            findings.append(Finding("orphan", goal, _("This operative goal has no parent goal.")))
        if goal.level == GoalLevel.OPERATIVE:
            gaps = smart_gaps(
                goal,
                indicators=indicators_by_goal.get(goal.pk, []),
                measures=measures_by_goal.get(goal.pk, []),
            )
            if gaps:
                findings.append(
                    Finding(
                        "smart",
                        goal,
                        _("Not yet SMART:"),
                        missing=[SMART_CRITERIA[key] for key in gaps],
                    )
                )

    for measure in tree.measures:
        if not measure.goals.all():
            findings.append(Finding("orphan", measure, _("This measure serves no goal.")))
        gaps = measure_gaps(measure)
        if gaps:
            findings.append(Finding("measure", measure, _("Missing:"), missing=gaps))
        if amount_not_stated(measure):
            findings.append(
                Finding(
                    "budget_hint",
                    measure,
                    _(
                        "The budget line states no amount. That is allowed; add the amount "
                        "once it is known."
                    ),
                )
            )

    for indicator in tree.indicators:
        if indicator.kind == IndicatorKind.CONTEXT:
            # context indicators describe the situation; they need no goal (see context_indicators)
            continue
        if not indicator.goals.all() and not indicator.field_id:
            findings.append(
                Finding(
                    "orphan",
                    indicator,
                    _("This indicator belongs to neither a goal nor a field of action."),
                )
            )
    return findings


def context_indicators(tree: VersionTree) -> list:
    """The context indicators of the version: described, not assessed, so never a finding.

    The checks panel lists them apart from the findings, whatever goal or field they belong to.
    """
    return [i for i in tree.indicators if i.kind == IndicatorKind.CONTEXT]


def grouped_findings(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    order = list(CATEGORY_LABELS)
    groups = {key: [] for key in order}
    for finding in findings:
        groups[finding.category].append(finding)
    return [(CATEGORY_LABELS[key], items) for key, items in groups.items() if items]
