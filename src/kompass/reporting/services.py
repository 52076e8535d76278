"""Operations of a reporting cycle: open, report for a unit, mark done, close with a snapshot.

Each runs in one transaction; e-mails go out only after the commit.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kompass.core.services import EditConflict, claim_lock_version
from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import BudgetLine, Measure
from kompass.measures.services import measure_update_progress
from kompass.tenancy.models import OrgUnit

from . import notifications
from .models import CycleClosed, CycleSnapshot, CycleStatus, CycleTask, ReportingCycle
from .snapshot import build_snapshot_data


def units_to_report(version) -> list[OrgUnit]:
    """Every unit responsible for at least one measure or indicator of the version."""
    return list(
        OrgUnit.objects.filter(Q(measures__version=version) | Q(indicators__version=version))
        .distinct()
        .order_by("name")
    )


@transaction.atomic
def cycle_open(
    *,
    version,
    title: str,
    reporting_year: int,
    due_date: datetime.date,
    acting_user,
    base_url: str,
    notify: bool = True,
    at: datetime.datetime | None = None,
) -> ReportingCycle:
    """Open a cycle: one task per responsible unit, and an invitation e-mail to each unit.

    ``notify=False`` and ``at`` rebuild past cycles (the demo) without sending anything.
    """
    if version.reporting_cycles.filter(status=CycleStatus.OPEN).exists():
        raise ValidationError(
            _("This version already has an open reporting cycle. Close it first."), code="open"
        )
    cycle = ReportingCycle(
        municipality_id=version.municipality_id,
        version=version,
        title=title,
        reporting_year=reporting_year,
        due_date=due_date,
        opened_by=acting_user,
        opened_at=at or timezone.now(),
    )
    cycle.full_clean()
    cycle.save()
    tasks = CycleTask.objects.bulk_create(
        CycleTask(cycle=cycle, municipality_id=cycle.municipality_id, unit=unit)
        for unit in units_to_report(version)
    )
    if notify:
        transaction.on_commit(
            lambda: notifications.send_invitations(cycle.pk, [t.pk for t in tasks], base_url)
        )
    return cycle


def _refuse_closed(cycle) -> None:
    if cycle.was_closed or cycle.is_closed:
        raise CycleClosed()


@transaction.atomic
def cycle_update(*, cycle, title: str, due_date, summary: str, expected_lock_version, acting_user):
    """Change title, due date and narrative of an open cycle (optimistic lock)."""
    _refuse_closed(cycle)
    claim_lock_version(cycle, expected_lock_version)
    cycle.title, cycle.due_date, cycle.summary = title, due_date, summary
    cycle.save(update_fields=["title", "due_date", "summary", "lock_version"])
    return cycle


@transaction.atomic
def task_set_done(*, task, done: bool, acting_user) -> CycleTask:
    """Mark a unit's task as done (or open again)."""
    _refuse_closed(task.cycle)
    task.done_at = timezone.now() if done else None
    task.done_by = acting_user if done else None
    task.save(update_fields=["done_at", "done_by"])
    return task


@transaction.atomic
def cycle_close(
    *, cycle, acting_user, expected_lock_version=None, at=None, as_recorded_on=None
) -> CycleSnapshot:
    """Close the cycle and freeze the version's state in its snapshot; both are final.

    ``at`` and ``as_recorded_on`` rebuild a past closing (the demo): the snapshot then
    shows the measures as their dated status updates recorded them on that day.
    """
    _refuse_closed(cycle)
    claim_lock_version(cycle, expected_lock_version)
    now = at or timezone.now()
    today = timezone.localdate(now)
    data = build_snapshot_data(cycle, today=today, as_recorded_on=as_recorded_on)
    cycle.status = CycleStatus.CLOSED
    cycle.closed_by = acting_user
    cycle.closed_at = now
    cycle.save(update_fields=["status", "closed_by", "closed_at", "lock_version"])
    data["cycle"]["closed_at"] = now.isoformat()
    return CycleSnapshot.objects.create(
        cycle=cycle, municipality_id=cycle.municipality_id, taken_at=now, data=data
    )


# -- a unit's report ---------------------------------------------------------


@dataclass
class MeasureReport:
    """What a unit reports for one measure; ``spent`` maps budget line ids to amounts."""

    measure_id: int
    lock_version: int
    status: str
    progress: int
    note: str
    spent: dict[int, Decimal | None] = field(default_factory=dict)


@dataclass
class IndicatorReport:
    """The value of one indicator for the reporting year (whole municipality)."""

    indicator_id: int
    lock_token: str
    value: Decimal | None
    flag: str
    source: str


@dataclass
class Conflict:
    kind: str  # "measure" or "indicator"
    object_id: int
    title: str


class ReportConflict(ValidationError):
    """Rows changed by someone else since they were opened; nothing has been saved."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__(
            _(
                "Some entries were changed by someone else since you opened them (%(names)s). "
                "Nothing has been saved. Please look at the current values and enter your "
                "changes again."
            )
            % {"names": "; ".join(c.title for c in conflicts)},
            code="edit_conflict",
        )


def unit_measures(cycle, unit):
    return (
        Measure.objects.filter(version=cycle.version, responsible_unit=unit)
        .select_related("field")
        .order_by("position", "pk")
    )


def unit_indicators(cycle, unit):
    return Indicator.objects.filter(version=cycle.version, responsible_unit=unit).order_by(
        "name", "pk"
    )


def year_value(values, year) -> IndicatorValue | None:
    """The reporting year's value for the whole municipality (last reference date wins)."""
    found = [v for v in values if v.year == year and v.district_id is None and not v.group]
    found.sort(key=lambda v: (v.reference_date or datetime.date.min, v.pk))
    return found[-1] if found else None


def indicator_lock_token(indicator, value: IndicatorValue | None) -> str:
    """The state a person saw: the indicator's lock and the value row's last change."""
    if value is None:
        return f"{indicator.lock_version}-0-0"
    stamp = int(value.entered_at.timestamp() * 1_000_000) if value.entered_at else 0
    return f"{indicator.lock_version}-{value.pk}-{stamp}"


def _current_values(cycle, indicator_ids) -> dict[int, IndicatorValue]:
    values = IndicatorValue.objects.filter(
        indicator_id__in=indicator_ids,
        year=cycle.reporting_year,
        district__isnull=True,
        group="",
    ).order_by("reference_date", "pk")
    return {v.indicator_id: v for v in values}


@transaction.atomic
def unit_report_save(
    *, cycle, unit, measures: list[MeasureReport], indicators: list[IndicatorReport], acting_user
) -> int:
    """Save a unit's changed measures and indicator values, all or nothing.

    Every changed measure gets a dated status update; a row changed by someone else since
    it was opened (its lock differs) refuses the whole save with ``ReportConflict``.
    Returns the number of rows saved.
    """
    _refuse_closed(cycle)
    own_measures = {
        m.pk: m
        for m in unit_measures(cycle, unit)
        .filter(pk__in=[r.measure_id for r in measures])
        .select_for_update(of=("self",))
    }
    own_indicators = {
        i.pk: i
        for i in unit_indicators(cycle, unit)
        .filter(pk__in=[r.indicator_id for r in indicators])
        .select_for_update(of=("self",))
    }
    current_values = _current_values(cycle, list(own_indicators))
    conflicts = [
        Conflict("measure", m.pk, m.title)
        for r in measures
        if (m := own_measures.get(r.measure_id)) and m.lock_version != r.lock_version
    ] + [
        Conflict("indicator", i.pk, i.name)
        for r in indicators
        if (i := own_indicators.get(r.indicator_id))
        and indicator_lock_token(i, current_values.get(i.pk)) != r.lock_token
    ]
    unknown = [r.measure_id for r in measures if r.measure_id not in own_measures] + [
        r.indicator_id for r in indicators if r.indicator_id not in own_indicators
    ]
    if unknown:
        raise ValidationError(_("The form contains entries of another unit. Nothing was saved."))
    if conflicts:
        raise ReportConflict(conflicts)

    lines = {
        line.pk: line
        for line in BudgetLine.objects.filter(
            measure_id__in=list(own_measures), year=cycle.reporting_year
        )
    }
    try:
        for report in measures:
            measure = own_measures[report.measure_id]
            measure_update_progress(
                measure=measure,
                status=report.status,
                progress=report.progress,
                note=report.note,
                expected_lock_version=report.lock_version,
                acting_user=acting_user,
            )
            for line_id, amount in report.spent.items():
                line = lines.get(line_id)
                if line is None or line.measure_id != measure.pk:
                    raise ValidationError(_("A budget line does not belong to this measure."))
                if line.spent_amount != amount:
                    line.spent_amount = amount
                    line._history_user = acting_user
                    line.full_clean()
                    line.save(update_fields=["spent_amount"])
        for report in indicators:
            indicator = own_indicators[report.indicator_id]
            claim_lock_version(indicator, indicator.lock_version)
            _save_value(cycle, indicator, current_values.get(indicator.pk), report, acting_user)
    except EditConflict:
        # Someone saved between our check and our write (the conditional UPDATE noticed).
        raise ReportConflict(
            [Conflict("measure", m.pk, m.title) for m in own_measures.values()]
        ) from None
    return len(measures) + len(indicators)


def _save_value(cycle, indicator, value, report: IndicatorReport, acting_user) -> None:
    if report.value is None and not report.flag:
        if value is not None:
            value._history_user = acting_user
            value.delete()
        return
    if value is None:
        value = IndicatorValue(
            indicator=indicator,
            municipality_id=indicator.municipality_id,
            year=cycle.reporting_year,
            reference_date=datetime.date(cycle.reporting_year, 12, 31),
        )
    value.value = report.value
    value.flag = report.flag
    value.source = report.source
    value.entered_by = acting_user
    value._history_user = acting_user
    value.full_clean()
    value.save()
