"""Closing a cycle freezes its state in a snapshot; neither can be changed afterwards."""

import pytest
from django.urls import reverse

from kompass.reporting import services
from kompass.reporting.models import CycleClosed, CycleSnapshot, CycleTask, ReportingCycle

from .conftest import unit_form_data, unit_url


@pytest.fixture
def closed(world, cycle, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("reporting_cycle_close", args=[world.town.slug, cycle.pk]),
        {"lock_version": cycle.lock_version},
    )
    assert response.status_code == 302
    return ReportingCycle.objects.get(pk=cycle.pk)


def test_closing_takes_a_snapshot_of_measures_indicators_and_rollups(world, closed):
    data = closed.snapshot.data
    assert closed.is_closed and closed.closed_by == world.users["coordination"]
    measure = next(m for m in data["measures"] if m["id"] == world.measure.pk)
    assert {"state", "progress", "budget", "status", "reason"} <= set(measure)
    assert measure["budget"][0]["planned"] == "10000"
    indicator = next(i for i in data["indicators"] if i["id"] == world.indicator.pk)
    assert indicator["values"] == [{"year": 2024, "value": "12.5", "flag": ""}]
    assert {g["id"] for g in data["goals"]} == {world.goal.pk, world.operative_goal.pk}
    assert data["fields"][0]["status"] and data["mix"]["measures"]


def test_closed_cycle_and_snapshot_cannot_be_changed(world, closed):
    snapshot = closed.snapshot
    closed.summary = "Nachträglich geändert"
    with pytest.raises(CycleClosed):
        closed.save()
    with pytest.raises(CycleClosed):
        closed.delete()
    snapshot.data = {}
    with pytest.raises(CycleClosed):
        snapshot.save()
    with pytest.raises(CycleClosed):
        snapshot.delete()
    with pytest.raises(CycleClosed):
        CycleSnapshot.objects.filter(pk=snapshot.pk).update(data={})
    task = CycleTask.objects.select_related("cycle").first()
    with pytest.raises(CycleClosed):
        services.task_set_done(task=task, done=True, acting_user=world.users["coordination"])
    with pytest.raises(CycleClosed):
        services.cycle_close(cycle=closed, acting_user=world.users["coordination"])
    # only the generated report may still be stored with the cycle
    closed.error = "x"
    closed.save(update_fields=["error"])
    assert (
        CycleSnapshot.objects.get(pk=snapshot.pk).data
        == snapshot.__class__.objects.get(pk=snapshot.pk).data
    )


def test_closed_cycle_refuses_edits_through_the_views(world, closed, client):
    before = CycleSnapshot.objects.get(cycle=closed).data
    client.force_login(world.users["coordination"])
    edit = client.post(
        reverse("reporting_cycle_edit", args=[world.town.slug, closed.pk]),
        {
            "title": "Neu",
            "due_date": "2030-01-01",
            "summary": "x",
            "lock_version": closed.lock_version,
        },
    )
    assert edit.status_code == 302
    data = unit_form_data(client, unit_url(world, closed))
    data[f"m{world.measure.pk}-progress"] = "90"
    assert client.post(unit_url(world, closed), data).status_code == 302
    world.measure.refresh_from_db()
    closed.refresh_from_db()
    assert world.measure.progress == 0 and closed.title == "Bericht 2025"
    assert CycleSnapshot.objects.get(cycle=closed).data == before
