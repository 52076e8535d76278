"""Monitoring in the Musterstadt demo: recent status reports and evaluations of measures.

Runs after the concept has been adopted and the first reports are in. It uses the same
services as the screens (``measure_update_progress``, ``evaluation_save``),
so that the dashboard shows a realistic mix: most measures on track, some lagging, a few
overdue, some completed or cancelled.

The reports and evaluations are in ``data/musterstadt/monitoring.yaml``. Dates of the reports
are relative to the day the demo is loaded, so they always look recent.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone

from kompass.concepts.models import ConceptVersion
from kompass.measures.models import Measure, StatusUpdate
from kompass.measures.services import measure_update_progress
from kompass.monitoring.models import Evaluation
from kompass.monitoring.services import evaluation_save

from .content import read, reporter

MONITORING = read("musterstadt/monitoring")
PERIOD = ("period_start", "period_end")


def _measures_by_title(version) -> dict[str, Measure]:
    return {m.title: m for m in Measure.objects.filter(version=version)}


def _find(measures: dict[str, Measure], start: str) -> Measure:
    for title, measure in measures.items():
        if title.startswith(start):
            return measure
    raise CommandError(f"Demo-Maßnahme „{start}“ fehlt in Musterstadt.")


def build_monitoring(town, *, users, acting_user, today: datetime.date | None = None) -> None:
    """Recent status reports and evaluations for Musterstadt's adopted version."""
    today = today or timezone.localdate()
    version = ConceptVersion.objects.get(municipality=town)
    measures = _measures_by_title(version)
    for report in MONITORING["reports"]:
        measure = _find(measures, report["measure"])
        measure.refresh_from_db()
        update = measure_update_progress(
            measure=measure,
            status=report["status"],
            progress=report["progress"],
            note=report["note"],
            expected_lock_version=measure.lock_version,
            acting_user=reporter(users, measure.responsible_unit.name, acting_user),
        )
        reported = datetime.datetime.combine(
            today - datetime.timedelta(days=report["days_ago"]), datetime.time(9, 30)
        )
        StatusUpdate.objects.filter(pk=update.pk).update(created_at=timezone.make_aware(reported))
    for spec in MONITORING["evaluations"]:
        measure = _find(measures, spec["measure"])
        fields = {name: value for name, value in spec.items() if name != "measure"}
        dates = {name: datetime.date.fromisoformat(fields[name]) for name in PERIOD}
        evaluation_save(
            evaluation=Evaluation(measure=measure, municipality=town, **fields | dates),
            acting_user=reporter(users, measure.responsible_unit.name, acting_user),
        )
