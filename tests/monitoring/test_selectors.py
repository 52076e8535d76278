"""The version status on a small known tree: indicators, measures, goal and field rollups."""

import datetime
from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from kompass.concepts.verdicts import Status
from kompass.indicators.status import yearly_values
from kompass.measures.models import MeasureStatus
from kompass.monitoring.selectors import version_status

from ..factories import (
    BudgetLineFactory,
    DistrictFactory,
    FieldFactory,
    GoalFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
    VersionFactory,
)

TODAY = datetime.date(2026, 6, 30)
TARGET = datetime.date(2030, 12, 31)


def indicator(goal, values, *, direction="higher", target=20, **extra):
    """Baseline 10 (2020) → target (2030); the path expects 15 in 2025."""
    created = IndicatorFactory(
        field=goal.field,
        goals=[goal],
        direction=direction,
        baseline_value=D(10),
        baseline_year=2020,
        target_value=D(target),
        target_date=TARGET,
        **extra,
    )
    for year, value in values.items():
        IndicatorValueFactory(indicator=created, year=year, value=value)
    return created


def measure(goal, **extra):
    defaults = {
        "status": MeasureStatus.IN_PROGRESS,
        "start_date": datetime.date(2026, 1, 1),
        "end_date": datetime.date(2026, 12, 31),
        "progress": 50,
    }
    return MeasureFactory(field=goal.field, goals=[goal], **(defaults | extra))


@pytest.fixture
def tree(db):
    """Field "Bildung": strategic goal with two operative goals.

    - operative A: indicator on path, measure on track → on track
    - operative B: indicator far behind, overdue measure, measure on track → off track (2 of 3)
    - strategic: own indicator slightly behind (at risk) + A + B → off track (1 of 3 off)
    Field "Arbeit": a goal with only a descriptive indicator → no data.
    """
    version = VersionFactory()
    education = FieldFactory(version=version, name="Bildung")
    work = FieldFactory(version=version, name="Arbeit")
    strategic = GoalFactory(field=education, level=2, title="Bildungserfolg")
    op_a = GoalFactory(field=education, level=3, parent=strategic, title="A")
    op_b = GoalFactory(field=education, level=3, parent=strategic, title="B")
    work_goal = GoalFactory(field=work, level=2, title="Arbeit")
    objects = {
        "version": version,
        "education": education,
        "work": work,
        "strategic": strategic,
        "op_a": op_a,
        "op_b": op_b,
        "work_goal": work_goal,
        "ind_strategic": indicator(strategic, {2025: D("14.5")}),
        "ind_a": indicator(op_a, {2024: D(13), 2025: D(15)}),
        "ind_b": indicator(op_b, {2025: D(11)}),
        "ind_work": indicator(work_goal, {2025: D(3)}, direction="neutral"),
        "m_a": measure(op_a, progress=45),
        "m_b_overdue": measure(op_b, end_date=datetime.date(2026, 3, 31), progress=80),
        "m_b_ok": measure(op_b, progress=60),
    }
    BudgetLineFactory(
        measure=objects["m_a"], year=2025, planned_amount=D(1000), spent_amount=D(800)
    )
    BudgetLineFactory(
        measure=objects["m_a"], year=2026, funding_source="land", planned_amount=D(2000)
    )
    BudgetLineFactory(
        measure=objects["m_b_ok"], year=2026, planned_amount=D(500), spent_amount=D(100)
    )
    return objects


def test_indicators_and_measures_get_their_own_verdicts(tree):
    status = version_status(tree["version"], today=TODAY)
    assert status.indicators[tree["ind_a"].pk].status == Status.ON_TRACK
    assert status.indicators[tree["ind_b"].pk].status == Status.OFF_TRACK
    assert status.indicators[tree["ind_strategic"].pk].status == Status.AT_RISK
    assert status.indicators[tree["ind_work"].pk].status == Status.NOT_RATED
    assert status.measures[tree["m_a"].pk].status == Status.ON_TRACK
    assert status.measures[tree["m_b_overdue"].pk].status == Status.OFF_TRACK
    assert [m.pk for m in status.overdue_measures()] == [tree["m_b_overdue"].pk]


def test_goals_roll_up_indicators_measures_and_sub_goals(tree):
    status = version_status(tree["version"], today=TODAY)
    assert status.goals[tree["op_a"].pk].status == Status.ON_TRACK
    # 2 of 3 off track (indicator, overdue measure) → off track
    assert status.goals[tree["op_b"].pk].status == Status.OFF_TRACK
    # own indicator at risk, sub-goal A on track, sub-goal B off track: 1 of 3 off → off track
    strategic = status.goals[tree["strategic"].pk]
    assert strategic.status == Status.OFF_TRACK
    assert strategic.reason.startswith("1 ")  # the counts are the reason
    assert status.goals[tree["work_goal"].pk].status == Status.NO_DATA


def test_fields_roll_up_their_goals(tree):
    status = version_status(tree["version"], today=TODAY)
    # Bildung: A on track, B off track, strategic off track → 2 of 3 off track
    assert status.fields[tree["education"].pk].status == Status.OFF_TRACK
    assert status.fields[tree["work"].pk].status == Status.NO_DATA
    assert status.of(tree["education"]) is status.fields[tree["education"].pk]


def test_a_sub_goal_on_track_keeps_a_mostly_good_parent_at_risk(tree):
    # when the overdue measure is completed, B has 1 off (indicator) of 3 → off track still;
    # give B's indicator a good value: B on track, strategic only at risk (its own indicator)
    IndicatorValueFactory(indicator=tree["ind_b"], year=2026, value=D(17))
    tree["m_b_overdue"].status = MeasureStatus.DONE
    tree["m_b_overdue"].save()
    status = version_status(tree["version"], today=TODAY)
    assert status.goals[tree["op_b"].pk].status == Status.ON_TRACK
    assert status.goals[tree["strategic"].pk].status == Status.AT_RISK
    assert status.fields[tree["education"].pk].status == Status.AT_RISK


def test_only_town_level_values_count(tree):
    district = DistrictFactory(municipality=tree["version"].municipality)
    # a very good district value and a group value must not lift the off-track indicator
    IndicatorValueFactory(indicator=tree["ind_b"], year=2026, value=D(30), district=district)
    IndicatorValueFactory(indicator=tree["ind_b"], year=2026, value=D(30), group="Frauen")
    status = version_status(tree["version"], today=TODAY)
    assert status.indicators[tree["ind_b"].pk].status == Status.OFF_TRACK


def test_withheld_values_count_as_missing(db):
    value = IndicatorValueFactory(year=2025, value=None, flag="secret")
    assert yearly_values([value]) == {2025: None}


def test_budget_sums_per_year_and_source(tree):
    budget = version_status(tree["version"], today=TODAY).budget
    assert (budget.planned, budget.spent) == (D(3500), D(900))
    assert budget.years() == [(2025, D(1000), D(800)), (2026, D(2500), D(100))]
    assert [(value, planned, spent) for value, _label, planned, spent in budget.sources()] == [
        ("own", D(1500), D(900)),
        ("land", D(2000), D(0)),
    ]


def test_status_mix_counts_every_level(tree):
    mix = dict(version_status(tree["version"], today=TODAY).mix())
    assert dict(mix["measures"])[Status.ON_TRACK] == 2
    assert dict(mix["measures"])[Status.OFF_TRACK] == 1
    assert sum(count for _s, count in mix["goals"]) == 4
    assert sum(count for _s, count in mix["indicators"]) == 4


def _grow(version, n):
    field = FieldFactory(version=version)
    for _ in range(n):
        goal = GoalFactory(field=field, level=2)
        child = GoalFactory(field=field, level=3, parent=goal)
        BudgetLineFactory(measure=measure(child))
        indicator(child, {2024: D(12), 2025: D(14)})


def _queries(version):
    with CaptureQueriesContext(connection) as context:
        version_status(version, today=TODAY)
    return len(context.captured_queries)


def test_query_count_is_fixed_whatever_the_size(db):
    version = VersionFactory()
    _grow(version, 2)
    small = _queries(version)
    _grow(version, 28)
    assert _queries(version) == small
    assert small <= 12
