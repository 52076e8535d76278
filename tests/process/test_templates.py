"""Starting a process from a template: what is created, and with which dates."""

import datetime

import pytest

from kompass.process.catalogue import TEMPLATES
from kompass.process.models import ProcessStep, StepStatus, TaskTiming
from kompass.process.schedule import add_months, current_step, spread
from kompass.process.services import process_start

START = datetime.date(2025, 3, 1)


def start(world, key, months=12):
    return process_start(
        version=world.version,
        template_key=key,
        start_date=START,
        duration_months=months,
        acting_user=world.users["coordination"],
    )


def test_twelve_steps_template_creates_phases_steps_milestones_and_tasks(world):
    process = start(world, "twelve_steps", months=18)
    steps = list(process.steps.order_by("position"))
    assert [s.position for s in steps] == list(range(1, 13))
    assert steps[0].title == "Der Entschluss im Kernteam"
    assert steps[4].title == "Beschluss in Ratsausschuss oder Kreistagsausschuss"
    assert "Verwaltungsvorlage" in steps[4].description
    assert steps[11].title == "Vorstellung in der Öffentlichkeit"
    assert process.phases.count() == 4
    assert [s.phase.position for s in steps] == [1] * 6 + [2] * 2 + [3] * 3 + [4]
    assert process.milestones.count() == 6
    template = TEMPLATES["twelve_steps"]
    expected_tasks = sum(len(step.tasks) for _p, step in template.all_steps()) + len(template.after)
    assert process.tasks.count() == expected_tasks
    assert process.tasks.filter(timing=TaskTiming.AFTER).count() == 1
    assert all(s.status == StepStatus.OPEN for s in steps)


def test_twelve_steps_dates_cover_the_duration_without_gaps_or_overlaps(world):
    process = start(world, "twelve_steps", months=18)
    steps = list(process.steps.order_by("position"))
    assert steps[0].planned_start == START
    assert steps[-1].planned_end == add_months(START, 18) - datetime.timedelta(days=1)
    for earlier, later in zip(steps, steps[1:], strict=False):
        assert later.planned_start == earlier.planned_end + datetime.timedelta(days=1)
        assert later.planned_end >= later.planned_start
    # the working step (weight 5) is longer than the first step (weight 1)
    length = {s.position: (s.planned_end - s.planned_start).days for s in steps}
    assert length[8] > 4 * length[1]
    # milestones fall on the end of their step, step tasks are due then
    for milestone in process.milestones.select_related("step"):
        assert milestone.date == milestone.step.planned_end
    for task in process.tasks.filter(step__isnull=False).select_related("step"):
        assert task.due_date == task.step.planned_end


def test_hessian_template_has_four_phases_and_before_during_after_tasks(world):
    process = start(world, "hessian_phases", months=12)
    assert list(process.phases.values_list("title", flat=True)) == [
        "Analyse und Definition",
        "Planung",
        "Umsetzung",
        "Abschluss",
    ]
    assert process.steps.count() == 12
    tasks = process.tasks
    before = tasks.filter(timing=TaskTiming.BEFORE)
    during = tasks.filter(timing=TaskTiming.DURING)
    after = tasks.filter(timing=TaskTiming.AFTER)
    assert (before.count(), during.count(), after.count()) == (3, 2, 2)
    end = process.steps.order_by("-position").first().planned_end
    assert {t.due_date for t in before} == {START}
    assert {t.due_date for t in during} == {end}
    assert {t.due_date for t in after} == {end + datetime.timedelta(days=56)}
    assert process.milestones.filter(title="Kick-off-Veranstaltung").exists()


def test_four_steps_template_has_steps_without_phases(world):
    process = start(world, "four_steps", months=6)
    assert process.phases.count() == 0
    assert list(process.steps.values_list("title", flat=True)) == [
        "Darstellung von Leitlinien der kommunalen Integrationspolitik",
        "Bestandsaufnahme/-analyse",
        "Definition von Handlungsfeldern",
        "Festlegung von Zielen, Maßnahmen und Indikatoren",
    ]
    assert process.steps.filter(phase__isnull=False).count() == 0
    assert process.steps.order_by("-position").first().planned_end == datetime.date(2025, 8, 31)


@pytest.mark.parametrize("months", [1, 2, 7, 24])
def test_spread_gives_consecutive_slots_of_at_least_one_day(months):
    slots = spread(datetime.date(2024, 1, 31), months, [1, 5, 1, 1, 2, 3, 1, 1, 1, 1, 2, 2])
    assert slots[0].start == datetime.date(2024, 1, 31)
    assert slots[-1].end == add_months(datetime.date(2024, 1, 31), months) - datetime.timedelta(1)
    for slot in slots:
        assert slot.end >= slot.start
    for a, b in zip(slots, slots[1:], strict=False):
        assert b.start == a.end + datetime.timedelta(days=1)


def test_add_months_keeps_the_day_or_takes_the_last_day_of_the_month():
    assert add_months(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    assert add_months(datetime.date(2024, 11, 15), 3) == datetime.date(2025, 2, 15)


def _steps(*specs):
    """(status, planned start) per step, in order."""
    return [
        ProcessStep(position=i, title=f"S{i}", status=status, planned_start=day)
        for i, (status, day) in enumerate(specs, start=1)
    ]


D = datetime.date


@pytest.mark.parametrize(
    ("specs", "today", "expected"),
    [
        # the first not-done step that has started
        (
            (("done", D(2025, 1, 1)), ("open", D(2025, 2, 1)), ("open", D(2025, 3, 1))),
            D(2025, 3, 5),
            2,
        ),
        # a skipped step counts as passed
        (
            (("done", D(2025, 1, 1)), ("skipped", D(2025, 2, 1)), ("in_progress", D(2025, 3, 1))),
            D(2025, 3, 5),
            3,
        ),
        # nothing has started yet: the first open step
        ((("open", D(2025, 5, 1)), ("open", D(2025, 6, 1))), D(2025, 1, 1), 1),
        # a step done early: the next not-done step, even before its start
        ((("done", D(2025, 5, 1)), ("open", D(2025, 6, 1))), D(2025, 5, 2), 2),
        # undated open steps: the first open one
        ((("done", None), ("open", None)), D(2025, 5, 2), 2),
        # all done: no current step
        ((("done", D(2025, 1, 1)), ("done", D(2025, 2, 1))), D(2025, 3, 1), None),
    ],
)
def test_current_step_rule(specs, today, expected):
    step = current_step(_steps(*specs), today)
    assert (step.position if step else None) == expected
