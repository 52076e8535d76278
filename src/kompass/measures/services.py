"""Operations on measures: planning edits by coordination, progress reports by responsible units."""

from django.db import transaction

from kompass.core.services import claim_lock_version, save_model_form

from .models import Measure, StatusUpdate


@transaction.atomic
def measure_save(*, form, budget_formset, milestone_formset, acting_user) -> Measure:
    """Save a measure with its budget lines and milestones, all or nothing.

    A change of status or progress is also recorded as a dated status report, as when a
    responsible unit reports it.
    """
    reported = {"status", "progress"} & set(form.changed_data)
    measure = save_model_form(form, acting_user=acting_user)
    for formset in (budget_formset, milestone_formset):
        formset.instance = measure
        for child_form in formset.forms:
            child_form.instance._history_user = acting_user
        formset.save()
    if reported:
        StatusUpdate.objects.create(
            measure=measure,
            municipality_id=measure.municipality_id,
            author=acting_user,
            status=measure.status,
            progress=measure.progress,
            note=measure.status_note,
        )
    return measure


@transaction.atomic
def measure_update_progress(
    *,
    measure: Measure,
    status: str,
    progress: int,
    note: str,
    expected_lock_version,
    spending_formset=None,
    milestone_formset=None,
    acting_user,
) -> StatusUpdate:
    """Record a dated status update; works on adopted versions (implementation fields only)."""
    claim_lock_version(measure, expected_lock_version)
    measure.status = status
    measure.progress = progress
    measure.status_note = note
    measure._history_user = acting_user
    measure.save(update_fields=["status", "progress", "status_note", "lock_version"])
    for formset, fields in ((spending_formset, ["spent_amount"]), (milestone_formset, ["done_on"])):
        if formset is None:
            continue
        # Only rows that exist and belong to this measure; anything else in the POST is ignored.
        for child_form in formset.initial_forms:
            child = child_form.instance
            if child.pk and child.measure_id == measure.pk and child_form.has_changed():
                child._history_user = acting_user
                child.save(update_fields=fields)
    return StatusUpdate.objects.create(
        measure=measure,
        municipality_id=measure.municipality_id,
        author=acting_user,
        status=status,
        progress=progress,
        note=note,
    )
