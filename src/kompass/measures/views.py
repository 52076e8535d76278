"""Measure pages: details, planning form (coordination), progress form (responsible unit)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.concepts.access import get_version
from kompass.core.forms import formset_rows, model_form_values
from kompass.core.history import child_history_entries, history_entries
from kompass.core.views import confirm_delete, render_form
from kompass.tenancy.access import municipality_view, require

from . import services
from .access import get_measure
from .forms import (
    BudgetLineFormSet,
    MeasureForm,
    MeasureProgressForm,
    MilestoneDoneFormSet,
    MilestoneFormSet,
    SpendingFormSet,
)
from .models import BudgetLine, Measure, Milestone
from .status import measure_verdict

EDIT = "kompass.edit_concept"
UPDATE_PROGRESS = "kompass.update_measure_progress"


@municipality_view()
def measure_detail(request, municipality, pk):
    measure = get_measure(municipality, pk)
    return render(
        request,
        "measures/measure_detail.html",
        {
            "municipality": municipality,
            "object": measure,
            "version": measure.version,
            "goals": measure.goals.all(),
            "target_groups": measure.target_groups.all(),
            "districts": measure.districts.all(),
            "budget_lines": measure.budget_lines.all(),
            "milestones": measure.milestones.all(),
            "status_updates": measure.status_updates.select_related("author")[:20],
            "history": history_entries(measure),
            "budget_history": child_history_entries(BudgetLine, measure_id=measure.pk),
            "milestone_history": child_history_entries(Milestone, measure_id=measure.pk),
            "can_edit": request.user.has_perm(EDIT, measure) and not measure.version.is_locked,
            "can_update_progress": request.user.has_perm(UPDATE_PROGRESS, measure),
            "verdict": measure_verdict(measure, timezone.localdate()),
            "evaluations": measure.evaluations.prefetch_related("attachments"),
            "can_evaluate": request.user.has_perm("kompass.evaluate_measure", measure),
        },
    )


def _measure_form_page(request, municipality, *, version, measure, title, cancel_url, initial=None):
    data = request.POST or None
    form = MeasureForm(data, instance=measure, version=version, initial=initial)
    budget_formset = BudgetLineFormSet(data, instance=measure, prefix="budget")
    milestone_formset = MilestoneFormSet(data, instance=measure, prefix="milestones")
    if request.method == "POST" and all(
        [form.is_valid(), budget_formset.is_valid(), milestone_formset.is_valid()]
    ):
        try:
            saved = services.measure_save(
                **model_form_values(form, "measure"),
                budget_lines=formset_rows(budget_formset),
                milestones=formset_rows(milestone_formset),
                acting_user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        except IntegrityError:
            form.add_error(
                None,
                _(
                    "There is already a budget line for this year, funding source and programme. "
                    "Please change that line instead of adding a second one."
                ),
            )
        else:
            messages.success(request, _("Saved."))
            return redirect("measure_detail", municipality=municipality.slug, pk=saved.pk)
    return render_form(
        request,
        form=form,
        title=title,
        cancel_url=cancel_url,
        formsets=[
            (_("Budget per year and funding source"), budget_formset),
            (_("Milestones"), milestone_formset),
        ],
        obj=measure if measure.pk else None,
    )


@municipality_view(EDIT)
def measure_create(request, municipality, pk):
    version = get_version(municipality, pk)
    measure = Measure(version=version, municipality=municipality)
    initial = {}
    if request.GET.get("goal"):
        initial["goals"] = [request.GET["goal"]]
    if request.GET.get("field"):
        initial["field"] = request.GET["field"]
    return _measure_form_page(
        request,
        municipality,
        version=version,
        measure=measure,
        title=_("New measure"),
        cancel_url=version.get_absolute_url(),
        initial=initial,
    )


@municipality_view(EDIT)
def measure_edit(request, municipality, pk):
    measure = get_measure(municipality, pk)
    if measure.version.is_locked:
        messages.info(
            request,
            _("This version has been adopted. You can record the progress of the measure here."),
        )
        return redirect("measure_progress", municipality=municipality.slug, pk=pk)
    return _measure_form_page(
        request,
        municipality,
        version=measure.version,
        measure=measure,
        title=_("Edit measure"),
        cancel_url=reverse("measure_detail", args=[municipality.slug, pk]),
    )


@municipality_view(EDIT)
def measure_delete(request, municipality, pk):
    measure = get_measure(municipality, pk)
    return confirm_delete(
        request,
        obj=measure,
        cancel_url=reverse("measure_detail", args=[municipality.slug, pk]),
        success_url=measure.version.get_absolute_url(),
    )


def _changed_rows(formset, field: str) -> dict:
    return {f.instance.pk: f.cleaned_data[field] for f in formset.initial_forms if f.has_changed()}


@municipality_view()
def measure_progress(request, municipality, pk):
    """The responsible unit's form: status, progress, note, spending, milestones reached."""
    measure = get_measure(municipality, pk)
    require(request, UPDATE_PROGRESS, measure)
    data = request.POST or None
    form = MeasureProgressForm(data, instance=measure)
    spending = SpendingFormSet(data, queryset=measure.budget_lines.all(), prefix="spending")
    milestones = MilestoneDoneFormSet(data, queryset=measure.milestones.all(), prefix="reached")
    if request.method == "POST" and all(
        [form.is_valid(), spending.is_valid(), milestones.is_valid()]
    ):
        try:
            services.measure_update_progress(
                measure=measure,
                status=form.cleaned_data["status"],
                progress=form.cleaned_data["progress"],
                note=form.cleaned_data["status_note"],
                expected_lock_version=form.cleaned_data.get("lock_version"),
                spent=_changed_rows(spending, "spent_amount"),
                reached=_changed_rows(milestones, "done_on"),
                acting_user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The progress has been recorded."))
            return redirect("measure_detail", municipality=municipality.slug, pk=pk)
    return render(
        request,
        "measures/measure_progress.html",
        {
            "municipality": municipality,
            "object": measure,
            "form": form,
            "spending": spending,
            "milestones": milestones,
            "title": _("Record progress"),
            "cancel_url": reverse("measure_detail", args=[municipality.slug, pk]),
        },
    )
