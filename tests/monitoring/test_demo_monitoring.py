"""The demo gives the dashboard a realistic mix: not all green, not all red."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from kompass.concepts.models import ConceptVersion
from kompass.concepts.verdicts import Status
from kompass.measures.models import StatusUpdate
from kompass.monitoring.models import Evaluation
from kompass.monitoring.selectors import version_status

pytestmark = pytest.mark.django_db


def test_demo_status_mix_evaluations_and_recent_reports():
    call_command("load_demo", stdout=StringIO())
    version = ConceptVersion.objects.get(municipality__slug="musterstadt")
    today = timezone.localdate()
    status = version_status(version, today=today)

    measures = [v.status for v in status.measures.values()]
    assert measures.count(Status.ON_TRACK) > len(measures) / 2  # most on track
    assert measures.count(Status.AT_RISK) >= 2  # some lagging
    assert len(status.overdue_measures()) >= 2  # some overdue
    fields = {v.status for v in status.fields.values()}
    assert {Status.ON_TRACK, Status.AT_RISK} <= fields  # neither all green nor all red

    evaluations = Evaluation.objects.filter(measure__version=version)
    assert 6 <= evaluations.count() <= 8
    assert len({e.method for e in evaluations}) >= 5
    assert {e.recommendation for e in evaluations} == {"continue", "change", "stop"}

    recent = StatusUpdate.objects.filter(
        measure__version=version,
        created_at__gte=timezone.now() - datetime.timedelta(days=45),
    )
    assert recent.count() >= 5
    assert status.budget.spent > 0
