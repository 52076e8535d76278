"""Operations on a process: start it from a template, save its parts, record a task's status."""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from kompass.core.services import object_save

from .catalogue import get_template
from .models import (
    Process,
    ProcessMilestone,
    ProcessPhase,
    ProcessStep,
    ProcessTask,
    TaskTiming,
)
from .schedule import AFTER_DAYS, spread

# a revision's process is planned over this many months (adapted on the process page)
REVISION_MONTHS = 9


@transaction.atomic
def process_start(
    *,
    version,
    template_key: str,
    start_date: datetime.date,
    duration_months: int,
    budget_total: Decimal | None = None,
    acting_user,
) -> Process:
    """Create the process of ``version`` from a template: its phases, its steps with planned
    dates spread over ``duration_months`` by their weights, a milestone at the end of each
    step that names one, and the template's tasks (due at the end of their step; tasks before,
    during and after the process are due at its start, at its end and some weeks later).
    """
    template = get_template(template_key)
    municipality = version.municipality
    process = object_save(
        Process(
            municipality=municipality,
            version=version,
            template=template.key,
            start_date=start_date,
            budget_total=budget_total,
        ),
        acting_user=acting_user,
    )
    common = {"process": process, "municipality": municipality}
    phases = {}
    for position, phase_spec in enumerate(template.phases, start=1):
        phases[id(phase_spec)] = object_save(
            ProcessPhase(
                **common,
                position=position,
                title=phase_spec.title,
                description=phase_spec.description,
            ),
            acting_user=acting_user,
        )
    pairs = template.all_steps()
    slots = spread(start_date, duration_months, [step.weight for _phase, step in pairs])
    for position, ((phase_spec, spec), slot) in enumerate(zip(pairs, slots, strict=True), start=1):
        step = object_save(
            ProcessStep(
                **common,
                phase=phases.get(id(phase_spec)),
                position=position,
                title=spec.title,
                description=spec.description,
                planned_start=slot.start,
                planned_end=slot.end,
            ),
            acting_user=acting_user,
        )
        if spec.milestone:
            object_save(
                ProcessMilestone(**common, step=step, date=slot.end, title=spec.milestone),
                acting_user=acting_user,
            )
        for task in spec.tasks:
            object_save(
                ProcessTask(
                    **common,
                    step=step,
                    title=task.title,
                    description=task.description,
                    due_date=slot.end,
                ),
                acting_user=acting_user,
            )
    end = slots[-1].end if slots else start_date
    timed = [
        (TaskTiming.BEFORE, template.before, start_date),
        (TaskTiming.DURING, template.during, end),
        (TaskTiming.AFTER, template.after, end + datetime.timedelta(days=AFTER_DAYS)),
    ]
    for timing, specs, due in timed:
        for task in specs:
            object_save(
                ProcessTask(
                    **common,
                    timing=timing,
                    title=task.title,
                    description=task.description,
                    due_date=due,
                ),
                acting_user=acting_user,
            )
    return process


@transaction.atomic
def process_task_set_status(
    *, task: ProcessTask, status: str, expected_lock_version, acting_user
) -> ProcessTask:
    """A task's owner (or coordination, or the facilitator) records its status."""
    task.status = status
    return object_save(
        task,
        acting_user=acting_user,
        expected_lock_version=expected_lock_version,
        update_fields=["status"],
    )


def process_start_for_revision(*, source, target, acting_user) -> Process:
    """Revision step: the revision ``target`` is a process of its own, planned from today
    over ``REVISION_MONTHS`` months with the Fortschreibung template (``source`` keeps its own).
    """
    return process_start(
        version=target,
        template_key="revision",
        start_date=timezone.localdate(),
        duration_months=REVISION_MONTHS,
        acting_user=acting_user,
    )
