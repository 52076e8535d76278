"""A coordinator builds the concept tree through the web forms, and the checks panel reacts."""

import pytest
from django.urls import reverse

from kompass.concepts.models import FieldOfAction, Goal
from kompass.indicators.models import Indicator
from kompass.measures.models import Measure

from ..factories import TargetGroupFactory


def empty_formsets(prefixes=("budget", "milestones")):
    data = {}
    for prefix in prefixes:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    return data


@pytest.fixture
def coordinator_client(world, client):
    client.force_login(world.users["coordination"])
    return client


def checks_text(client, world):
    response = client.get(reverse("version_checks", args=[world.town.slug, world.version.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_field_goals_measure_and_indicator_can_be_added(world, coordinator_client):
    client = coordinator_client
    slug, version = world.town.slug, world.version
    target_group = TargetGroupFactory(name="Eltern")

    # a field of action
    response = client.post(
        reverse("field_create", args=[slug, version.pk]),
        {
            "name": "Wohnen und Zusammenleben",
            "priority": "high",
            "position": "3",
            "description": "",
        },
    )
    field = FieldOfAction.objects.get(name="Wohnen und Zusammenleben")
    assert response.status_code == 302
    assert field.municipality == world.town and field.version == version

    # a strategic and an operative goal under it
    client.post(
        reverse("goal_create", args=[slug, version.pk]),
        {
            "level": "2",
            "title": "Nachbarschaften stärken",
            "field": field.pk,
            "kind": "impact",
            "addressee": "society",
            "position": "0",
        },
    )
    strategic = Goal.objects.get(title="Nachbarschaften stärken")
    response = client.post(
        reverse("goal_create", args=[slug, version.pk]),
        {
            "level": "3",
            "title": "Zwei Nachbarschaftsfeste pro Jahr",
            "field": field.pk,
            "parent": strategic.pk,
            "kind": "process",
            "addressee": "society",
            "target_groups": [target_group.pk],
            "target_date": "2027-12-31",
            "position": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()
    operative = Goal.objects.get(title="Zwei Nachbarschaftsfeste pro Jahr")
    assert operative.parent == strategic

    # the operative goal is not yet measurable nor achievable
    text = checks_text(client, world)
    assert "Zwei Nachbarschaftsfeste pro Jahr" in text

    # a measure with owner, budget and dates
    response = client.post(
        reverse("measure_create", args=[slug, version.pk]),
        {
            "title": "Nachbarschaftsfest Nordstadt",
            "field": field.pk,
            "goals": [operative.pk],
            "responsible_unit": world.youth_office.pk,
            "measure_type": "activating",
            "novelty": "new",
            "start_date": "2025-03-01",
            "end_date": "2026-10-31",
            "staff_hours": "120",
            "status": "planned",
            "progress": "0",
            "position": "0",
            "budget-TOTAL_FORMS": "1",
            "budget-INITIAL_FORMS": "0",
            "budget-0-year": "2025",
            "budget-0-funding_source": "land",
            "budget-0-funding_programme": "WIR",
            "budget-0-planned_amount": "4500",
            "milestones-TOTAL_FORMS": "1",
            "milestones-INITIAL_FORMS": "0",
            "milestones-0-title": "Fest 2025",
            "milestones-0-due_date": "2025-09-01",
        },
    )
    assert response.status_code == 302, response.content.decode()
    measure = Measure.objects.get(title="Nachbarschaftsfest Nordstadt")
    assert measure.budget_lines.get().planned_amount == 4500
    assert measure.milestones.get().title == "Fest 2025"

    # an indicator with baseline and target
    response = client.post(
        reverse("indicator_create", args=[slug, version.pk]),
        {
            "name": "Teilnehmende an Nachbarschaftsfesten",
            "kind": "goal",
            "field": field.pk,
            "goals": [operative.pk],
            "unit": "Personen",
            "direction": "higher",
            "periodicity": "annual",
            "baseline_value": "150",
            "baseline_year": "2024",
            "target_value": "400",
            "target_date": "2027-12-31",
            "tolerance_percent": "10",
        },
    )
    assert response.status_code == 302, response.content.decode()
    assert Indicator.objects.get(name="Teilnehmende an Nachbarschaftsfesten").target_value == 400

    # the goal is SMART now, and everything shows in the tree
    assert "Zwei Nachbarschaftsfeste pro Jahr" not in checks_text(client, world)
    overview = client.get(reverse("version_overview", args=[slug, version.pk])).content.decode()
    for text in [
        "Wohnen und Zusammenleben",
        "Nachbarschaften stärken",
        "Nachbarschaftsfest Nordstadt",
        "Teilnehmende an Nachbarschaftsfesten",
    ]:
        assert text in overview


def test_invalid_goal_is_refused_with_a_message_and_nothing_saved(world, coordinator_client):
    before = Goal.objects.count()
    response = coordinator_client.post(
        reverse("goal_create", args=[world.town.slug, world.version.pk]),
        # an operative goal cannot be the parent of a strategic goal
        {
            "level": "2",
            "title": "Falsch eingehängt",
            "parent": world.operative_goal.pk,
            "kind": "impact",
            "addressee": "society",
            "position": "0",
        },
    )
    assert response.status_code == 200
    assert Goal.objects.count() == before
    assert 'class="form-errors"' in response.content.decode()


def test_measure_end_before_start_is_refused(world, coordinator_client):
    response = coordinator_client.post(
        reverse("measure_create", args=[world.town.slug, world.version.pk]),
        {
            "title": "Rückwärts",
            "measure_type": "activating",
            "novelty": "new",
            "status": "planned",
            "progress": "0",
            "position": "0",
            "start_date": "2026-01-01",
            "end_date": "2025-01-01",
            **empty_formsets(),
        },
    )
    assert response.status_code == 200
    assert not Measure.objects.filter(title="Rückwärts").exists()


def test_a_failing_budget_row_saves_nothing(world, coordinator_client):
    response = coordinator_client.post(
        reverse("measure_create", args=[world.town.slug, world.version.pk]),
        {
            "title": "Mit kaputtem Budget",
            "measure_type": "activating",
            "novelty": "new",
            "status": "planned",
            "progress": "0",
            "position": "0",
            "budget-TOTAL_FORMS": "1",
            "budget-INITIAL_FORMS": "0",
            "budget-0-year": "2025",
            "budget-0-funding_source": "own",
            "budget-0-planned_amount": "-5",
            "milestones-TOTAL_FORMS": "0",
            "milestones-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert not Measure.objects.filter(title="Mit kaputtem Budget").exists()


def test_choices_never_offer_objects_of_another_municipality(world, coordinator_client):
    from ..factories import OrgUnitFactory

    foreign_unit = OrgUnitFactory(municipality=world.other_town, name="Fremdes Amt")
    response = coordinator_client.get(
        reverse("measure_create", args=[world.town.slug, world.version.pk])
    )
    assert "Fremdes Amt" not in response.content.decode()
    response = coordinator_client.post(
        reverse("measure_create", args=[world.town.slug, world.version.pk]),
        {
            "title": "Mit fremdem Amt",
            "responsible_unit": foreign_unit.pk,
            "measure_type": "activating",
            "novelty": "new",
            "status": "planned",
            "progress": "0",
            "position": "0",
            **empty_formsets(),
        },
    )
    assert response.status_code == 200
    assert not Measure.objects.filter(title="Mit fremdem Amt").exists()


def test_checks_panel_lists_measure_gaps(world, coordinator_client):
    from ..factories import MeasureFactory

    MeasureFactory(field=world.field, title="Ohne alles", start_date=None, end_date=None)
    text = checks_text(coordinator_client, world)
    assert "Ohne alles" in text
    assert "Maßnahme dient keinem Ziel" in text or "serves no goal" in text
