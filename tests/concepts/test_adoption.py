"""Adopted versions are read-only in the model layer; implementation data stays editable."""

import datetime

import pytest
from django.urls import reverse

from kompass.concepts import services
from kompass.concepts.locking import VersionLocked
from kompass.concepts.models import ConceptVersion, VersionStatus

from ..factories import BudgetLineFactory, GoalFactory, TargetGroupFactory


def adopt(world):
    services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat, Vorlage 1/2025",
        acting_user=world.users["coordination"],
    )
    world.version.refresh_from_db()


def test_adoption_locks_planning_fields(world):
    adopt(world)
    world.goal.title = "Geändert"
    with pytest.raises(VersionLocked):
        world.goal.save()
    with pytest.raises(VersionLocked):
        world.measure.delete()
    with pytest.raises(VersionLocked):
        GoalFactory(field=world.field)
    with pytest.raises(VersionLocked):
        world.goal.target_groups.add(TargetGroupFactory())
    with pytest.raises(VersionLocked):
        world.budget_line.planned_amount = 1
        world.budget_line.save()


def test_adoption_leaves_implementation_fields_editable(world):
    adopt(world)
    world.measure.status = "in_progress"
    world.measure.progress = 40
    world.measure.save(update_fields=["status", "progress"])
    world.budget_line.spent_amount = 1200
    world.budget_line.save(update_fields=["spent_amount"])
    world.measure.refresh_from_db()
    assert world.measure.progress == 40
    # but not a planning field smuggled in with them
    world.measure.title = "Anders"
    with pytest.raises(VersionLocked):
        world.measure.save(update_fields=["status", "title"])


def test_adopting_supersedes_the_previously_adopted_version(world):
    adopt(world)
    successor = ConceptVersion.objects.create(
        concept=world.version.concept, municipality=world.town, number=2, predecessor=world.version
    )
    services.concept_version_adopt(
        version=successor,
        adopted_on=datetime.date(2027, 1, 1),
        adopting_resolution="Rat 2027",
        acting_user=None,
    )
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.SUPERSEDED
    successor.refresh_from_db()
    assert successor.status == VersionStatus.ADOPTED


def test_adoption_through_the_page(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("version_adopt", args=[world.town.slug, world.version.pk])
    response = client.post(
        url, {"adopted_on": "2025-03-01", "adopting_resolution": "Rat, Vorlage 1/2025"}
    )
    assert response.status_code == 302
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.ADOPTED
    # edit forms now refuse and explain, and the edit page of a measure leads to the progress form
    response = client.post(
        reverse("goal_edit", args=[world.town.slug, world.goal.pk]),
        {
            "level": "2",
            "title": "Neu",
            "kind": "impact",
            "addressee": "society",
            "position": "0",
            "lock_version": "0",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "version_overview", args=[world.town.slug, world.version.pk]
    )
    world.goal.refresh_from_db()
    assert world.goal.title != "Neu"
    for name in ("goal_create", "field_create", "vision_edit", "version_edit", "indicator_create"):
        assert (
            client.get(reverse(name, args=[world.town.slug, world.version.pk])).status_code == 302
        )
    response = client.get(reverse("measure_edit", args=[world.town.slug, world.measure.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "measure_progress", args=[world.town.slug, world.measure.pk]
    )


def test_adoption_needs_date_and_resolution(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(reverse("version_adopt", args=[world.town.slug, world.version.pk]), {})
    assert response.status_code == 200
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.DRAFT


def test_status_moves_between_draft_and_consultation_only(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("version_set_status", args=[world.town.slug, world.version.pk])
    client.post(url, {"status": "consultation"})
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.CONSULTATION
    client.post(url, {"status": "superseded"})
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.CONSULTATION


def test_budget_line_of_a_locked_version_cannot_be_created(world):
    adopt(world)
    with pytest.raises(VersionLocked):
        BudgetLineFactory(measure=world.measure, year=2030)


def test_an_adopted_versions_title_period_and_resolution_are_fixed_in_the_model(world):
    from kompass.concepts.locking import VersionLocked
    from kompass.concepts.models import ConceptVersion

    services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat 1/2025",
        acting_user=None,
    )
    for field, value in [
        ("title", "Anders"),
        ("period_end", 2040),
        ("adopting_resolution", "Rat 9/2025"),
    ]:
        version = ConceptVersion.objects.get(pk=world.version.pk)
        setattr(version, field, value)
        with pytest.raises(VersionLocked):
            version.save()
    version = ConceptVersion.objects.get(pk=world.version.pk)
    version.status = "superseded"  # a newer adoption moves the status on
    version.save(update_fields=["status"])
