"""Musterstadt's process: the 12 steps from spring 2022 to the adoption on 21 March 2024.

Started through the same service as the UI (``process_start``), then brought to the state a
real process would have: steps 1–11 done on the dates of the start resolution (29 September
2022) and the adoption (21 March 2024), step 12 – publishing – still running because the
easy-language edition and the translations are late. Tasks that are still open fall due
relative to the day the demo is loaded, so the reminders and the calendar always show
something due soon and something overdue. The content is in ``data/musterstadt/process.yaml``;
every object is saved through ``object_save`` or ``child_rows_save``. Invented throughout.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from kompass.analysis.models import AnalysisItem
from kompass.concepts.models import ConceptVersion
from kompass.core.services import ChildRows, child_rows_save, object_save
from kompass.process.models import (
    CommunicationItem,
    FacilitatorContract,
    ProcessBudgetLine,
    ProcessMilestone,
    ProcessTask,
    StepStatus,
    TaskStatus,
    TaskTiming,
)
from kompass.process.services import process_start
from kompass.tenancy.models import OrgUnit

from . import content as data

PROCESS = data.read("musterstadt/process")


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def build_process(town, *, users, acting_user, today: datetime.date | None = None):
    """Musterstadt's 12-step process with contract, budget, tasks and communication plan."""
    today = today or timezone.localdate()
    version = ConceptVersion.objects.get(
        municipality=town, concept__title=data.MUSTERSTADT_CONCEPT["title"], number=1
    )
    units = {unit.name: unit for unit in OrgUnit.objects.filter(municipality=town)}

    def owner(spec):
        return {
            "owner_user": users.get(spec["user"]) if spec.get("user") else None,
            "owner_unit": units[spec["unit"]] if spec.get("unit") else None,
        }

    def in_days(days):
        return today + datetime.timedelta(days=days)

    def save_rows(rows, **assign):
        child_rows_save(
            ChildRows(changed=rows), parent=process, fk="process", acting_user=acting_user, **assign
        )

    process = process_start(
        version=version,
        template_key="twelve_steps",
        start_date=_date(PROCESS["start"]),
        duration_months=PROCESS["duration_months"],
        budget_total=Decimal(PROCESS["budget_total"]),
        acting_user=acting_user,
    )
    process.notes = PROCESS["notes"]
    object_save(
        process,
        acting_user=acting_user,
        m2m={
            "factors": AnalysisItem.objects.filter(
                municipality=town, kind__in=["supporting", "hindering"]
            )
        },
    )

    steps = {step.position: step for step in process.steps.all()}
    for position, dates in PROCESS["steps"].items():
        step = steps[position]
        step.planned_start, step.planned_end, step.done_on = map(_date, dates)
        step.status = StepStatus.DONE if step.done_on else StepStatus.IN_PROGRESS
        object_save(step, acting_user=users.get("prozessbegleitung", acting_user))

    milestones = list(process.milestones.all())
    for milestone in milestones:
        date, milestone.reached = PROCESS["milestones"][milestone.title]
        milestone.date = _date(date)
    late = PROCESS["late_milestone"]
    milestones.append(
        ProcessMilestone(step=steps[late["step"]], date=in_days(late["days"]), title=late["title"])
    )
    save_rows(milestones, municipality=town)

    tasks = list(process.tasks.select_related("step"))
    for task in tasks:
        user_name, unit_name = PROCESS["owners"].get(task.title, ("koordination", None))
        for name, value in owner({"user": user_name, "unit": unit_name}).items():
            setattr(task, name, value)
        if task.step_id:
            task.due_date = task.step.planned_end
            task.status = TaskStatus.DONE
        running = PROCESS["running_tasks"].get(task.title)
        if running is None and task.timing == TaskTiming.AFTER:
            running = PROCESS["after_tasks"]
        if running:
            task.status, task.due_date = running["status"], in_days(running["days"])
    tasks += [
        ProcessTask(
            step=steps[spec["step"]] if "step" in spec else None,
            timing=spec.get("timing", ""),
            title=spec["title"],
            description=spec["description"],
            due_date=in_days(spec["days"]),
            status=spec["status"],
            **owner(spec),
        )
        for spec in PROCESS["extra_tasks"]
    ]
    save_rows(tasks, municipality=town)

    save_rows(
        [
            ProcessBudgetLine(
                item=item,
                year=year,
                amount=Decimal(amount),
                funding=funding,
                funding_programme=programme,
            )
            for item, year, amount, funding, programme in PROCESS["budget"]
        ],
        municipality=town,
    )
    contract = PROCESS["contract"]
    object_save(
        FacilitatorContract(
            process=process,
            municipality=town,
            provider=contract["provider"],
            scope=contract["scope"],
            days=Decimal(contract["days"]),
            day_rate=Decimal(contract["day_rate"]),
            total_cost=Decimal(contract["total_cost"]),
            period_start=_date(contract["period_start"]),
            period_end=_date(contract["period_end"]),
        ),
        acting_user=acting_user,
    )
    save_rows(
        [
            CommunicationItem(
                title=spec["title"],
                goal=spec["goal"],
                audience=spec["audience"],
                channel=spec["channel"],
                date=_date(spec["date"]) if "date" in spec else in_days(spec["days"]),
                status=spec["status"],
                **owner(spec),
            )
            for spec in PROCESS["communication"]
        ],
        municipality=town,
    )
    return process
