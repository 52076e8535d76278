"""Every change is recorded with who and when, and shown on the object's page."""

from django.urls import reverse


def test_goal_edit_appears_in_its_history(world, client):
    coordinator = world.users["coordination"]
    coordinator.first_name, coordinator.last_name = "Miriam", "Musterfrau"
    coordinator.save()
    client.force_login(coordinator)
    url = reverse("goal_edit", args=[world.town.slug, world.goal.pk])
    response = client.post(
        url,
        {
            "level": "2",
            "title": "Bildungserfolg aller Kinder stärken",
            "field": world.field.pk,
            "kind": "impact",
            "addressee": "society",
            "position": "0",
            "lock_version": "0",
        },
    )
    assert response.status_code == 302
    page = client.get(
        reverse("goal_detail", args=[world.town.slug, world.goal.pk])
    ).content.decode()
    history = page[page.index('id="history-heading"') :]
    assert "Miriam Musterfrau" in history
    assert "Bildungserfolg stärken" in history and "Bildungserfolg aller Kinder stärken" in history


def test_progress_update_appears_in_the_measure_history(world, client):
    client.force_login(world.users["responsible_unit"])
    client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]),
        {
            "status": "in_progress",
            "progress": "45",
            "status_note": "",
            "lock_version": "0",
            "spending-TOTAL_FORMS": "0",
            "spending-INITIAL_FORMS": "0",
            "reached-TOTAL_FORMS": "0",
            "reached-INITIAL_FORMS": "0",
        },
    )
    client.force_login(world.users["council"])
    page = client.get(
        reverse("measure_detail", args=[world.town.slug, world.measure.pk])
    ).content.decode()
    history = page[page.index('id="history-heading"') :]
    assert world.users["responsible_unit"].username in history
    assert "45" in history


def test_guideline_history_on_the_vision_page(world, client):
    client.force_login(world.users["coordination"])
    client.post(
        reverse("guideline_edit", args=[world.town.slug, world.guideline.pk]),
        {"position": "1", "title": "Vielfalt als Stärke", "text": ""},
    )
    page = client.get(
        reverse("vision_detail", args=[world.town.slug, world.version.pk])
    ).content.decode()
    assert "Vielfalt als Stärke" in page
    assert world.guideline.title in page  # the old title, in the history


def test_spending_changes_show_in_the_budget_history_of_the_measure(world, client):
    client.force_login(world.users["responsible_unit"])
    client.post(
        reverse("measure_progress", args=[world.town.slug, world.measure.pk]),
        {
            "status": "in_progress",
            "progress": "20",
            "status_note": "",
            "lock_version": "0",
            "spending-TOTAL_FORMS": "1",
            "spending-INITIAL_FORMS": "1",
            "spending-0-id": str(world.budget_line.pk),
            "spending-0-spent_amount": "4321",
            "reached-TOTAL_FORMS": "0",
            "reached-INITIAL_FORMS": "0",
        },
    )
    page = client.get(
        reverse("measure_detail", args=[world.town.slug, world.measure.pk])
    ).content.decode()
    budget_history = page[
        page.index('id="budget-history-heading"') : page.index('id="milestone-history-heading"')
    ]
    assert "4321" in budget_history.replace(".", "")
    assert world.users["responsible_unit"].username in budget_history
