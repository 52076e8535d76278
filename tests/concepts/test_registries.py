"""The registries other apps plug into: revision steps and adoption guards."""

import datetime

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from kompass.concepts import adoption, revision, services
from kompass.concepts.locking import VersionContent
from kompass.concepts.models import VersionStatus
from kompass.documents.services import narratives_copy
from kompass.indicators.services import indicators_copy
from kompass.measures.models import Measure
from kompass.measures.services import measures_copy
from kompass.process.services import process_start_for_revision
from kompass.translations.services import translations_carry_forward

from .test_revision import adopt


def test_revision_steps_run_in_the_order_of_their_numbers():
    assert revision.revision_steps() == [
        services.concept_tree_copy,
        measures_copy,
        indicators_copy,
        narratives_copy,
        translations_carry_forward,
        process_start_for_revision,
    ]


def test_every_app_with_version_content_copies_it_on_revision():
    """An app whose models are planning content of a version must register a revision step,
    or a Fortschreibung would silently leave its objects behind."""
    with_content = {
        model._meta.app_config.name
        for model in apps.get_models()
        if issubclass(model, VersionContent)
    }
    with_step = {step.__module__.rsplit(".", 1)[0] for step in revision.revision_steps()}
    assert with_content == {
        "kompass.concepts",
        "kompass.measures",
        "kompass.indicators",
        "kompass.documents",
    }
    assert with_content <= with_step


def test_a_registered_step_runs_after_the_lower_ones_in_the_revision(world, monkeypatch):
    monkeypatch.setattr(revision, "_steps", list(revision._steps))
    seen = []

    def step(*, source, target, acting_user):
        seen.append((source, target, Measure.objects.filter(version=target).count()))

    revision.register_revision_step(15, step)
    adopt(world)
    new = services.concept_version_start_revision(version=world.version, acting_user=None)
    # the measures (order 10) were copied before the step ran
    assert seen == [(world.version, new, 2)]
    assert revision.revision_steps().index(step) == 2


def test_a_registered_guard_stops_the_adoption(world, monkeypatch):
    monkeypatch.setattr(adoption, "_guards", list(adoption._guards))

    def refuse(*, version, override, override_reason, acting_user):
        if not override:
            raise ValidationError("Die Probe ist offen.")

    adoption.register_adoption_guard(refuse, open_items=lambda version: 3)
    assert adoption.adoption_open_items(world.version) == 3
    with pytest.raises(ValidationError, match="Die Probe ist offen"):
        services.concept_version_adopt(
            version=world.version,
            adopted_on=datetime.date(2025, 3, 1),
            adopting_resolution="Rat 1/2025",
            acting_user=None,
        )
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.DRAFT


def test_registering_again_changes_nothing():
    """``AppConfig.ready`` may run twice; a step or a guard must not then run twice."""
    steps_before, guards_before = revision.revision_steps(), list(adoption._guards)
    revision.register_revision_step(10, measures_copy)
    check, open_items = guards_before[0]
    adoption.register_adoption_guard(check, open_items=open_items)
    assert revision.revision_steps() == steps_before
    assert adoption._guards == guards_before
