"""The one generic save: lock, model checks, history author, many-to-many, child rows."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from kompass.core.forms import formset_rows, model_form_values
from kompass.core.services import (
    ChildRows,
    EditConflict,
    child_rows_save,
    object_delete,
    object_save,
)
from kompass.measures.forms import BudgetLineFormSet, MeasureForm
from kompass.measures.models import BudgetLine, Measure, Milestone
from kompass.measures.services import measure_save, measure_update_progress

from ..factories import BudgetLineFactory


def test_object_save_claims_the_lock_and_names_the_author(world):
    measure = world.measure
    measure.title = "Neuer Titel"
    object_save(measure, acting_user=world.users["coordination"], expected_lock_version=0)
    measure.refresh_from_db()
    assert (measure.title, measure.lock_version) == ("Neuer Titel", 1)
    assert measure.history.first().history_user == world.users["coordination"]


def test_object_save_refuses_a_stale_lock_version_and_changes_nothing(world):
    measure = Measure.objects.get(pk=world.measure.pk)
    measure.title = "Überschrieben"
    with pytest.raises(EditConflict, match="Jemand anderes hat diesen Eintrag geändert"):
        object_save(measure, acting_user=world.users["coordination"], expected_lock_version=7)
    assert Measure.objects.get(pk=world.measure.pk).title == world.measure.title


def test_object_save_runs_the_model_checks(world):
    measure = world.measure
    measure.end_date = measure.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="Das Ende darf nicht vor dem Beginn liegen"):
        object_save(measure, acting_user=world.users["coordination"])
    assert Measure.objects.get(pk=measure.pk).end_date != measure.end_date


def test_object_save_sets_many_to_many_and_update_fields_save_only_those(world):
    measure = Measure.objects.get(pk=world.measure.pk)
    object_save(measure, acting_user=world.users["coordination"], m2m={"goals": [world.goal]})
    assert list(measure.goals.all()) == [world.goal]
    measure.title, measure.progress = "Nicht gespeichert", 40
    object_save(measure, acting_user=world.users["coordination"], update_fields=["progress"])
    measure.refresh_from_db()
    assert (measure.title, measure.progress) == (world.measure.title, 40)


def test_object_delete_names_who_deleted(world):
    pk = world.budget_line.pk
    object_delete(world.budget_line, acting_user=world.users["coordination"])
    assert not BudgetLine.objects.filter(pk=pk).exists()
    assert BudgetLine.history.filter(id=pk).first().history_user == world.users["coordination"]


@pytest.mark.parametrize("as_deleted", [False, True])
def test_child_rows_refuse_a_row_of_another_parent(world, as_deleted):
    foreign_line = BudgetLineFactory(measure=world.foreign_measure, planned_amount=Decimal("5"))
    foreign_line.planned_amount = Decimal("0")
    rows = ChildRows(deleted=[foreign_line]) if as_deleted else ChildRows(changed=[foreign_line])
    with pytest.raises(ValidationError, match="does not belong to this object|gehört nicht zu"):
        child_rows_save(
            rows, parent=world.measure, fk="measure", acting_user=world.users["coordination"]
        )
    foreign_line.refresh_from_db()
    assert foreign_line.planned_amount == Decimal("5")


def test_measure_save_without_a_form_saves_all_or_nothing(world):
    """Plain values, as the demo loader and the API pass them; a bad milestone saves nothing."""
    measure = Measure.objects.get(pk=world.measure.pk)
    measure.title = "Ohne Formular"

    def new_line():
        return BudgetLine(year=2026, funding_source="land", planned_amount=Decimal("800"))

    old_line = BudgetLine.objects.get(pk=world.budget_line.pk)
    bad_milestone = Milestone(title="", due_date=datetime.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="title"):
        measure_save(
            measure=measure,
            budget_lines=ChildRows(changed=[new_line()], deleted=[old_line]),
            milestones=ChildRows(changed=[bad_milestone]),
            acting_user=world.users["coordination"],
        )
    assert Measure.objects.get(pk=measure.pk).title == world.measure.title
    assert list(world.measure.budget_lines.values_list("pk", flat=True)) == [world.budget_line.pk]

    measure_save(
        measure=Measure.objects.get(pk=world.measure.pk),
        budget_lines=ChildRows(
            changed=[new_line()], deleted=[BudgetLine.objects.get(pk=world.budget_line.pk)]
        ),
        acting_user=world.users["coordination"],
    )
    assert [(line.year, line.planned_amount) for line in world.measure.budget_lines.all()] == [
        (2026, Decimal("800"))
    ]


def test_progress_ignores_rows_of_other_measures(world):
    foreign_line = BudgetLineFactory(measure=world.foreign_measure)
    measure_update_progress(
        measure=world.measure,
        status="in_progress",
        progress=20,
        note="",
        expected_lock_version=0,
        spent={world.budget_line.pk: Decimal("300"), foreign_line.pk: Decimal("999")},
        reached={world.milestone.pk: datetime.date(2025, 5, 2)},
        acting_user=world.users["coordination"],
    )
    world.budget_line.refresh_from_db()
    world.milestone.refresh_from_db()
    foreign_line.refresh_from_db()
    assert world.budget_line.spent_amount == Decimal("300")
    assert world.milestone.done_on == datetime.date(2025, 5, 2)
    assert foreign_line.spent_amount is None


def test_form_values_carry_the_lock_version_many_to_many_and_rows(world):
    measure = world.measure
    form = MeasureForm(
        {
            "title": "Aus dem Formular",
            "field": world.field.pk,
            "goals": [world.goal.pk],
            "status": measure.status,
            "progress": "0",
            "measure_type": measure.measure_type,
            "novelty": measure.novelty,
            "position": measure.position,
            "lock_version": "0",
        },
        instance=measure,
        version=world.version,
    )
    formset = BudgetLineFormSet(
        {
            "budget-TOTAL_FORMS": "1",
            "budget-INITIAL_FORMS": "1",
            "budget-0-id": str(world.budget_line.pk),
            "budget-0-year": "2025",
            "budget-0-funding_source": "own",
            "budget-0-planned_amount": "10000",
            "budget-0-DELETE": "on",
        },
        instance=measure,
        prefix="budget",
    )
    assert form.is_valid(), form.errors
    assert formset.is_valid(), formset.errors
    values = model_form_values(form, "measure")
    assert values["measure"].title == "Aus dem Formular"
    assert values["expected_lock_version"] == 0
    assert list(values["m2m"]["goals"]) == [world.goal]
    rows = formset_rows(formset)
    assert (rows.changed, rows.deleted) == ([], [world.budget_line])
