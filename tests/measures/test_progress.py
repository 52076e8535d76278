"""A responsible unit records the progress of its own measures, and only of those."""

import pytest
from django.urls import reverse

from kompass.measures.models import StatusUpdate


def progress_data(**overrides):
    data = {
        "status": "in_progress",
        "progress": "35",
        "status_note": "Erste Kurse laufen.",
        "lock_version": "0",
        "spending-TOTAL_FORMS": "0",
        "spending-INITIAL_FORMS": "0",
        "reached-TOTAL_FORMS": "0",
        "reached-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_unit_updates_status_progress_spending_and_milestones(world, client):
    client.force_login(world.users["responsible_unit"])
    data = progress_data(
        **{
            "spending-TOTAL_FORMS": "1",
            "spending-INITIAL_FORMS": "1",
            "spending-0-id": str(world.budget_line.pk),
            "spending-0-spent_amount": "2500",
            "reached-TOTAL_FORMS": "1",
            "reached-INITIAL_FORMS": "1",
            "reached-0-id": str(world.milestone.pk),
            "reached-0-done_on": "2025-05-20",
        }
    )
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]), data
    )
    assert response.status_code == 302, response.content.decode()
    world.measure.refresh_from_db()
    world.budget_line.refresh_from_db()
    world.milestone.refresh_from_db()
    assert (world.measure.status, world.measure.progress) == ("in_progress", 35)
    assert world.budget_line.spent_amount == 2500
    assert str(world.milestone.done_on) == "2025-05-20"
    update = StatusUpdate.objects.get(measure=world.measure)
    assert update.author == world.users["responsible_unit"] and update.progress == 35


def test_unit_cannot_touch_planning_fields_through_the_progress_form(world, client):
    client.force_login(world.users["responsible_unit"])
    title = world.measure.title
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]),
        progress_data(title="Umbenannt", responsible_unit=str(world.youth_office.pk)),
    )
    assert response.status_code == 302, "the progress itself must be accepted"
    world.measure.refresh_from_db()
    assert world.measure.progress == 35
    assert world.measure.title == title
    assert world.measure.responsible_unit == world.school_office


def test_unit_cannot_update_another_units_measure(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.foreign_measure.pk]),
        progress_data(),
    )
    assert response.status_code == 403
    world.foreign_measure.refresh_from_db()
    assert world.foreign_measure.progress == 0


def test_unit_cannot_edit_or_delete_measures(world, client):
    client.force_login(world.users["responsible_unit"])
    assert (
        client.post(reverse("measure_delete", args=[world.town.slug, world.measure.pk])).status_code
        == 403
    )
    assert world.measure.__class__.objects.filter(pk=world.measure.pk).exists()


def test_completed_needs_full_progress(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]),
        progress_data(status="done", progress="80"),
    )
    assert response.status_code == 200
    assert "100" in response.content.decode()
    world.measure.refresh_from_db()
    assert world.measure.status == "planned"


@pytest.mark.parametrize("bad_progress", ["-1", "101", "viel"])
def test_progress_must_be_a_percentage(world, client, bad_progress):
    client.force_login(world.users["responsible_unit"])
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]),
        progress_data(progress=bad_progress),
    )
    assert response.status_code == 200
    world.measure.refresh_from_db()
    assert world.measure.progress == 0


def test_concurrent_edits_are_detected_not_overwritten(world, client):
    """Two people open the progress form; the second save gets a conflict message."""
    client.force_login(world.users["responsible_unit"])
    url = reverse("measure_progress", args=[world.town.slug, world.measure.pk])
    first = client.post(url, progress_data(progress="20", lock_version="0"))
    assert first.status_code == 302
    second = client.post(url, progress_data(progress="90", lock_version="0"))
    assert second.status_code == 200
    world.measure.refresh_from_db()
    assert world.measure.progress == 20
    assert StatusUpdate.objects.filter(measure=world.measure).count() == 1


def test_rows_of_another_measure_or_invented_rows_change_nothing(world, client):
    from ..factories import BudgetLineFactory

    other_line = BudgetLineFactory(measure=world.foreign_measure)
    client.force_login(world.users["responsible_unit"])
    url = reverse("measure_progress", args=[world.town.slug, world.measure.pk])
    response = client.post(
        url,
        progress_data(
            **{
                "spending-TOTAL_FORMS": "1",
                "spending-INITIAL_FORMS": "1",
                "spending-0-id": str(other_line.pk),
                "spending-0-spent_amount": "999",
            }
        ),
    )
    assert response.status_code in (200, 302)
    other_line.refresh_from_db()
    assert other_line.spent_amount is None
    world.measure.refresh_from_db()
    response = client.post(
        url,
        progress_data(
            lock_version=str(world.measure.lock_version),
            **{
                "spending-TOTAL_FORMS": "2",
                "spending-INITIAL_FORMS": "1",
                "spending-0-id": str(world.budget_line.pk),
                "spending-0-spent_amount": "10",
                "spending-1-spent_amount": "5",
            },
        ),
    )
    assert response.status_code == 302
    assert world.measure.budget_lines.count() == 1


def test_progress_without_version_number_does_not_overwrite(world, client):
    Measure = world.measure.__class__
    Measure.objects.filter(pk=world.measure.pk).update(lock_version=5)
    client.force_login(world.users["responsible_unit"])
    data = progress_data(progress="77")
    data.pop("lock_version")
    response = client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]), data
    )
    assert response.status_code == 200
    world.measure.refresh_from_db()
    assert world.measure.progress == 0


def test_duplicate_budget_line_gives_a_message_not_an_error(world, client):
    client.force_login(world.users["coordination"])
    line = world.budget_line
    response = client.post(
        reverse("measure_edit", args=[world.town.slug, world.measure.pk]),
        {
            "title": world.measure.title,
            "field": world.field.pk,
            "measure_type": "activating",
            "novelty": "new",
            "status": "planned",
            "progress": "0",
            "position": "0",
            "lock_version": "0",
            "budget-TOTAL_FORMS": "1",
            "budget-INITIAL_FORMS": "0",
            "budget-0-year": str(line.year),
            "budget-0-funding_source": line.funding_source,
            "budget-0-planned_amount": "2",
            "milestones-TOTAL_FORMS": "0",
            "milestones-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert world.measure.budget_lines.count() == 1


def test_status_change_by_coordination_is_a_dated_report_too(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("measure_edit", args=[world.town.slug, world.measure.pk]),
        {
            "title": world.measure.title,
            "field": world.field.pk,
            "measure_type": "activating",
            "novelty": "new",
            "status": "in_progress",
            "progress": "10",
            "position": "0",
            "lock_version": "0",
            "budget-TOTAL_FORMS": "0",
            "budget-INITIAL_FORMS": "0",
            "milestones-TOTAL_FORMS": "0",
            "milestones-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    update = StatusUpdate.objects.get(measure=world.measure)
    assert (update.status, update.progress, update.author) == (
        "in_progress",
        10,
        world.users["coordination"],
    )
