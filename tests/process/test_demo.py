"""Musterstadt's demo process: 12 steps with the dates of the real resolutions, a contract, a
budget, owned tasks due soon and overdue, and a communication plan."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from kompass.process.models import Process, StepStatus, TaskStatus
from kompass.process.reminders import tasks_to_remind
from kompass.process.schedule import current_step


@pytest.mark.django_db
def test_demo_process_of_musterstadt(client):
    call_command("load_demo", stdout=StringIO())
    process = Process.objects.get(municipality__slug="musterstadt")
    today = timezone.localdate()
    steps = list(process.steps.order_by("position"))
    assert len(steps) == 12
    assert sum(s.status == StepStatus.DONE for s in steps) == 11
    # the start resolution (step 5) and the adoption (step 11) on the version's dates
    assert steps[4].done_on == datetime.date(2022, 9, 29)
    assert steps[10].done_on == process.version.adopted_on == datetime.date(2024, 3, 21)
    assert current_step(steps, today) == steps[11]
    assert process.facilitator_contract.total_cost == 27600
    assert process.budget_lines.count() >= 5
    tasks = process.tasks.exclude(status=TaskStatus.DONE)
    assert process.tasks.count() >= 10
    assert all(t.owner_user_id or t.owner_unit_id for t in process.tasks.all())
    assert any(t.due_date < today for t in tasks)
    assert any(today <= t.due_date <= today + datetime.timedelta(days=7) for t in tasks)
    assert len(tasks_to_remind(today)) >= 4
    assert process.communication.count() >= 12
    assert len(set(process.communication.values_list("goal", flat=True))) == 6
    assert process.factors.filter(kind="supporting").exists()
    assert process.factors.filter(kind="hindering").exists()
    # the pages show it
    client.login(username="rat", password="Demo-Passwort-2026!")
    response = client.get(reverse("process_timeline", args=["musterstadt", process.version_id]))
    assert response.status_code == 200
    assert "Beratungsbüro Brückenschlag" in response.content.decode()
