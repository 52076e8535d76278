"""Reporting cycles in the Musterstadt demo: "Bericht 2024" and "Bericht 2025" closed with their
snapshots, "Bericht 2026" open with some units done and others still at work.

The cycles' dates and summaries are in ``data/musterstadt/reporting.yaml``. Runs after
``demo.monitoring``. The past cycles are rebuilt as they happened: the units'
reports of February 2025 and February 2026 are added as dated status updates (history
only; the measures keep their current state), and each cycle is closed through the same
service as the screen, with the snapshot taken "as recorded" on its closing day. So the
two snapshots differ as real ones would: more measures running in 2025, some finished,
new values for the indicators.
"""

import datetime

from django.utils import timezone

from kompass.concepts.models import ConceptVersion
from kompass.measures.models import Measure, MeasureStatus, StatusUpdate
from kompass.reporting import services
from kompass.reporting.models import CycleTask, ReminderKind, ReminderSent, ReportingCycle

from .content import read
from .content import reporter as unit_reporter

CYCLES = read("musterstadt/reporting")


def _at(day: datetime.date, hour=10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def _expected_progress(measure, day: datetime.date) -> int:
    if not measure.start_date or not measure.end_date or day <= measure.start_date:
        return 0
    total = max((measure.end_date - measure.start_date).days, 1)
    return min(100, round(100 * (day - measure.start_date).days / total))


def _record_reports(version, day: datetime.date, year: int, users, acting_user) -> None:
    """The units' reports of ``day`` as dated status updates (history only)."""
    measures = Measure.objects.filter(version=version).select_related("responsible_unit")
    latest = {}
    for update in StatusUpdate.objects.filter(measure__version=version).order_by("created_at"):
        latest.setdefault(update.measure_id, []).append(update)
    updates = []
    for index, measure in enumerate(measures):
        if not measure.start_date or measure.start_date > day:
            continue
        later = [u for u in latest.get(measure.pk, []) if u.created_at.date() > day]
        if measure.status == MeasureStatus.PLANNED and not later:
            continue  # still not started today
        expected = _expected_progress(measure, day)
        # Some units lag behind the plan, as in every real concept.
        lag = (0, 5, 10, 0, 20, 5, 35)[index % 7]
        progress = max(5, expected - lag)
        state = MeasureStatus.IN_PROGRESS
        if later and later[0].status in (MeasureStatus.PAUSED, MeasureStatus.CANCELLED):
            progress = min(progress, later[0].progress)
        if later:
            progress = min(progress, max(later[0].progress - 5, 5))
        if measure.end_date and measure.end_date <= day and measure.status == MeasureStatus.DONE:
            state, progress = MeasureStatus.DONE, 100
        reporter = unit_reporter(users, measure.responsible_unit.name, acting_user)
        updates.append(
            StatusUpdate(
                measure=measure,
                municipality_id=measure.municipality_id,
                author=reporter,
                status=state,
                progress=progress,
                note=f"Sachstand zum Bericht {year}.",
            )
        )
    created = StatusUpdate.objects.bulk_create(updates)
    StatusUpdate.objects.filter(pk__in=[u.pk for u in created]).update(created_at=_at(day, 9))


def build_reporting(town, *, users, acting_user, today: datetime.date | None = None) -> None:
    """Two closed cycles with snapshots and an open one for Musterstadt's adopted version."""
    today = today or timezone.localdate()
    version = ConceptVersion.objects.select_related("concept").get(municipality=town)
    for spec in CYCLES["closed"]:
        _record_reports(version, spec["reported"], spec["year"], users, acting_user)
        cycle = services.cycle_open(
            version=version,
            title=spec["title"],
            reporting_year=spec["year"],
            due_date=spec["due"],
            acting_user=acting_user,
            base_url="",
            notify=False,
            at=_at(spec["opened"]),
        )
        cycle.summary = spec["summary"]
        cycle.save(update_fields=["summary"])
        tasks = list(cycle.tasks.order_by("unit__name"))
        for task in tasks[: len(tasks) - spec["not_done"]]:
            CycleTask.objects.filter(pk=task.pk).update(
                done_at=_at(spec["reported"], 11), done_by=acting_user
            )
        ReminderSent.objects.bulk_create(
            ReminderSent(task=t, kind=ReminderKind.OPENED, sent_on=spec["opened"], recipients=1)
            for t in tasks
        )
        services.cycle_close(
            cycle=ReportingCycle.objects.get(pk=cycle.pk),
            acting_user=acting_user,
            at=_at(spec["closed"], 15),
            as_recorded_on=spec["closed"],
        )

    spec = CYCLES["open"]
    opened_on = today - datetime.timedelta(days=spec["opened_days_ago"])
    cycle = services.cycle_open(
        version=version,
        title=spec["title"],
        reporting_year=spec["year"],
        due_date=today + datetime.timedelta(days=spec["due_in_days"]),
        acting_user=acting_user,
        base_url="",
        notify=False,
        at=_at(opened_on),
    )
    cycle.summary = spec["summary"]
    cycle.save(update_fields=["summary"])
    tasks = list(cycle.tasks.select_related("unit"))
    for offset, task in enumerate(t for t in tasks if t.unit.name in spec["done_units"]):
        CycleTask.objects.filter(pk=task.pk).update(
            done_at=_at(today - datetime.timedelta(days=10 - offset), 14), done_by=acting_user
        )
    ReminderSent.objects.bulk_create(
        ReminderSent(task=t, kind=ReminderKind.OPENED, sent_on=opened_on, recipients=1)
        for t in tasks
    )
