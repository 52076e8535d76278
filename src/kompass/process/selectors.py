"""Reading a process: everything the timeline page needs in a fixed number of queries."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from kompass.core.charts import TimelineBand, TimelineBar, TimelineMarker, timeline_chart
from kompass.core.charts.timeline import short_date

from .models import (
    CommunicationItem,
    FacilitatorContract,
    Process,
    ProcessStep,
    ProcessTask,
    TaskStatus,
)
from .schedule import current_step


def get_process(version) -> Process | None:
    """The version's process with all its parts (7 queries, however many rows), or None."""
    tasks = ProcessTask.objects.select_related("owner_user", "owner_unit", "step")
    return (
        Process.objects.filter(version=version)
        .select_related("version__concept", "municipality")
        .prefetch_related(
            "phases",
            Prefetch("steps", queryset=ProcessStep.objects.select_related("phase")),
            "milestones",
            Prefetch("tasks", queryset=tasks),
            "budget_lines",
            "factors",
        )
        .first()
    )


def get_contract(process) -> FacilitatorContract | None:
    return FacilitatorContract.objects.filter(process=process).first()


@dataclass
class TaskGroup:
    title: str
    step: ProcessStep | None
    tasks: list


def task_groups(process) -> list[TaskGroup]:
    """Tasks grouped as the seeds think of them: before the process, per step, throughout, after."""
    tasks = list(process.tasks.all())
    groups = [TaskGroup(_("Before the process"), None, [t for t in tasks if t.timing == "before"])]
    for step in process.steps.all():
        groups.append(
            TaskGroup(step.title, step, [t for t in tasks if t.step_id == step.pk and not t.timing])
        )
    groups += [
        TaskGroup(_("Throughout the process"), None, [t for t in tasks if t.timing == "during"]),
        TaskGroup(_("After the process"), None, [t for t in tasks if t.timing == "after"]),
        TaskGroup(_("Other tasks"), None, [t for t in tasks if not t.timing and t.step_id is None]),
    ]
    return [g for g in groups if g.tasks]


def task_counts(process, today: datetime.date) -> dict:
    tasks = [t for t in process.tasks.all() if t.status != TaskStatus.DONE]
    return {
        "open": len(tasks),
        "overdue": sum(1 for t in tasks if t.due_date and t.due_date < today),
        "due_soon": sum(
            1
            for t in tasks
            if t.due_date and today <= t.due_date <= today + datetime.timedelta(days=7)
        ),
    }


def budget_summary(process) -> dict:
    lines = list(process.budget_lines.all())
    planned = sum((line.amount for line in lines), Decimal("0"))
    return {
        "lines": lines,
        "planned": planned,
        "remaining": (process.budget_total - planned) if process.budget_total is not None else None,
    }


def process_timeline(process, today: datetime.date):
    """The timeline chart of a process: phases, steps (current one marked), milestones, today."""
    steps = list(process.steps.all())
    current = current_step(steps, today)
    row_of = {step.pk: index for index, step in enumerate(steps)}
    bands = []
    for phase in process.phases.all():
        own = [s for s in steps if s.phase_id == phase.pk]
        starts = [s.planned_start for s in own if s.planned_start]
        ends = [s.planned_end for s in own if s.planned_end]
        bands.append(TimelineBand(phase.title, min(starts, default=None), max(ends, default=None)))
    bars = [
        TimelineBar(
            label=f"{step.position}. {step.title}",
            start=step.planned_start,
            end=step.planned_end,
            state=step.status,
            state_label=step.get_status_display()
            + (f", {short_date(step.done_on)}" if step.done_on else ""),
            group=step.phase.title if step.phase_id else "",
            current=current is not None and step.pk == current.pk,
        )
        for step in steps
    ]
    markers = [
        TimelineMarker(m.title, m.date, m.reached, row_of.get(m.step_id))
        for m in process.milestones.all()
    ]
    done = sum(1 for s in steps if s.is_closed)
    description = _(
        "%(done)s of %(total)s steps done; current step: %(current)s; today is %(today)s."
    ) % {
        "done": done,
        "total": len(steps),
        "current": current.title if current else _("none"),
        "today": short_date(today),
    }
    chart = timeline_chart(
        chart_id="process-timeline",
        title=_("Timeline of the process"),
        description=description,
        bands=bands,
        bars=bars,
        markers=markers,
        today=today,
    )
    return chart, current


def communication_by_month(process) -> list[tuple[datetime.date, list]]:
    """The communication plan grouped by month (first day of the month, items), in date order."""
    items = CommunicationItem.objects.filter(process=process).select_related(
        "owner_user", "owner_unit"
    )
    months: dict[datetime.date, list] = {}
    for item in items:
        months.setdefault(item.date.replace(day=1), []).append(item)
    return sorted(months.items())
