"""Operations on measures: planning edits by coordination, progress reports by responsible units."""

from django.db import transaction

from kompass.concepts.revision import copies_by_original, copy_object
from kompass.core.services import ChildRows, child_rows_save, object_save

from .models import Measure, StatusUpdate


def _status_report(measure: Measure, acting_user) -> StatusUpdate:
    return StatusUpdate.objects.create(
        measure=measure,
        municipality_id=measure.municipality_id,
        author=acting_user,
        status=measure.status,
        progress=measure.progress,
        note=measure.status_note,
    )


@transaction.atomic
def measure_save(
    *,
    measure: Measure,
    expected_lock_version=None,
    m2m=None,
    budget_lines: ChildRows | None = None,
    milestones: ChildRows | None = None,
    acting_user,
) -> Measure:
    """Save a measure with its budget lines and milestones, all or nothing.

    A change of status or progress is also recorded as a dated status report, as when a
    responsible unit reports it.
    """
    if measure.pk:
        before = Measure.objects.values_list("status", "progress").get(pk=measure.pk)
    else:
        before = tuple(Measure._meta.get_field(f).get_default() for f in ("status", "progress"))
    object_save(
        measure, acting_user=acting_user, expected_lock_version=expected_lock_version, m2m=m2m
    )
    for rows in (budget_lines, milestones):
        child_rows_save(rows or ChildRows(), parent=measure, fk="measure", acting_user=acting_user)
    if before != (measure.status, measure.progress):
        _status_report(measure, acting_user)
    return measure


@transaction.atomic
def measure_update_progress(
    *,
    measure: Measure,
    status: str,
    progress: int,
    note: str,
    expected_lock_version,
    spent: dict | None = None,
    reached: dict | None = None,
    acting_user,
) -> StatusUpdate:
    """Record a dated status update, the money spent per budget line (``{line id: amount}``)
    and the day each milestone was reached (``{milestone id: date}``); works on adopted
    versions (implementation fields only). Rows of other measures are ignored."""
    measure.status = status
    measure.progress = progress
    measure.status_note = note
    object_save(
        measure,
        acting_user=acting_user,
        expected_lock_version=expected_lock_version,
        update_fields=["status", "progress", "status_note"],
    )
    for rows, values, field in (
        (measure.budget_lines, spent, "spent_amount"),
        (measure.milestones, reached, "done_on"),
    ):
        for row in rows.filter(pk__in=list(values or {})):
            setattr(row, field, values[row.pk])
            object_save(row, acting_user=acting_user, update_fields=[field])
    return _status_report(measure, acting_user)


def measures_copy(*, source, target, acting_user) -> None:
    """Revision step: copy the measures of ``source`` with their budget lines and milestones.

    The copies serve the copied goals and belong to the copied fields of action.
    """
    fields = copies_by_original(target.fields.all())
    goals = copies_by_original(target.goals.all())
    measures = Measure.objects.filter(version=source).prefetch_related(
        "goals", "target_groups", "districts", "budget_lines", "milestones"
    )
    for measure in measures:
        measure_goals, target_groups, districts = (
            list(measure.goals.all()),
            list(measure.target_groups.all()),
            list(measure.districts.all()),
        )
        children = [*measure.budget_lines.all(), *measure.milestones.all()]
        copy = copy_object(
            measure, acting_user=acting_user, version=target, field=fields.get(measure.field_id)
        )
        copy.goals.set([goals[g.pk] for g in measure_goals])
        copy.target_groups.set(target_groups)
        copy.districts.set(districts)
        for child in children:
            copy_object(child, acting_user=acting_user, measure=copy)
