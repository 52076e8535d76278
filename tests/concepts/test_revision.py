"""Starting a Fortschreibung copies the whole tree into a new draft version."""

import datetime

from django.urls import reverse

from kompass.concepts import services
from kompass.concepts.models import ConceptVersion, Goal, VersionStatus
from kompass.indicators.models import Indicator
from kompass.measures.models import Measure

from ..factories import TargetGroupFactory


def adopt(world):
    services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat 1/2025",
        acting_user=None,
    )


def test_revision_copies_the_tree_and_keeps_the_original(world, client):
    group = TargetGroupFactory()
    world.operative_goal.target_groups.add(group)
    world.measure.districts.add(world.district)
    adopt(world)
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("version_start_revision", args=[world.town.slug, world.version.pk])
    )
    new = ConceptVersion.objects.get(number=2)
    assert response["Location"] == reverse("version_overview", args=[world.town.slug, new.pk])
    assert (new.status, new.predecessor) == (VersionStatus.DRAFT, world.version)

    new_goals = {g.title: g for g in Goal.objects.filter(version=new)}
    assert set(new_goals) == {world.goal.title, world.operative_goal.title}
    copied_operative = new_goals[world.operative_goal.title]
    assert copied_operative.parent == new_goals[world.goal.title]
    assert copied_operative.field.version == new
    assert list(copied_operative.target_groups.all()) == [group]

    copied_measure = Measure.objects.get(version=new, title=world.measure.title)
    assert list(copied_measure.goals.all()) == [copied_operative]
    assert copied_measure.budget_lines.get().planned_amount == world.budget_line.planned_amount
    assert copied_measure.milestones.count() == 1
    assert list(copied_measure.districts.all()) == [world.district]
    copied_indicator = Indicator.objects.get(version=new, name=world.indicator.name)
    assert list(copied_indicator.goals.all()) == [copied_operative]
    assert copied_indicator.values.get().value == world.value.value

    # the adopted original is untouched and the copy can be edited
    assert Measure.objects.filter(version=world.version).count() == 2
    response = client.post(
        reverse("goal_edit", args=[world.town.slug, copied_operative.pk]),
        {
            "level": "3",
            "title": "Neu formuliert",
            "field": copied_operative.field_id,
            "parent": copied_operative.parent_id,
            "kind": "impact",
            "addressee": "society",
            "position": "0",
            "lock_version": "0",
        },
    )
    assert response.status_code == 302
    world.operative_goal.refresh_from_db()
    assert world.operative_goal.title != "Neu formuliert"


def test_only_one_version_in_progress(world, client):
    adopt(world)
    client.force_login(world.users["coordination"])
    url = reverse("version_start_revision", args=[world.town.slug, world.version.pk])
    client.post(url)
    client.post(url)
    assert ConceptVersion.objects.filter(concept=world.version.concept).count() == 2


def test_only_coordination_starts_a_revision(world, client):
    adopt(world)
    url = reverse("version_start_revision", args=[world.town.slug, world.version.pk])
    client.force_login(world.users["steering_group"])
    assert client.post(url).status_code == 403
    client.force_login(world.users["foreign_coordinator"])
    assert client.post(url).status_code == 404
    assert ConceptVersion.objects.count() == 1


def test_undoing_an_import_leaves_the_copies_of_a_revision_alone(world):
    from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue

    batch = ImportBatch.objects.create(
        municipality=world.town,
        version=world.version,
        file="imports/x.csv",
        file_name="x.csv",
        checksum="0" * 64,
        file_format="table",
        status=ImportStatus.APPLIED,
    )
    IndicatorValue.objects.filter(pk=world.value.pk).update(import_batch=batch)
    adopt(world)
    new = services.concept_version_start_revision(version=world.version, acting_user=None)
    from kompass.indicators.importing import import_undo

    import_undo(batch=batch, acting_user=None)
    assert IndicatorValue.objects.filter(indicator__version=new).count() == 1
    assert not IndicatorValue.objects.filter(pk=world.value.pk).exists()


def test_a_revision_gets_a_process_of_its_own(world):
    from kompass.process.models import Process
    from kompass.process.services import process_start

    process_start(
        version=world.version,
        template_key="twelve_steps",
        start_date=datetime.date(2023, 1, 1),
        duration_months=12,
        acting_user=None,
    )
    adopt(world)
    new = services.concept_version_start_revision(version=world.version, acting_user=None)
    old_process, new_process = world.version.process, Process.objects.get(version=new)
    assert old_process.pk != new_process.pk
    assert (old_process.template, new_process.template) == ("twelve_steps", "revision")
    assert new_process.start_date == datetime.date.today()
    titles = list(new_process.steps.values_list("title", flat=True))
    assert titles[0] == "Monitoring- und Evaluationsergebnisse auswerten"
    assert "Beschluss der Gremien" in titles
    assert old_process.steps.count() == 12  # the old process is left as it was
