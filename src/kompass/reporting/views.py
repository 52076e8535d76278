"""Reporting cycle pages: list, open, completeness, the unit form, Excel round trip, close, report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.tenancy.access import municipality_view, scoped

from . import report, services
from .access import REPORT_FOR_UNIT, cycle_url, get_cycle, get_unit_task
from .forms import (
    CycleCloseForm,
    CycleCreateForm,
    CycleEditForm,
    UnitReportForm,
)
from .models import ReportingCycle
from .selectors import cycle_progress, unit_form_data

MANAGE = "kompass.manage_reporting"


@municipality_view()
def cycle_list(request, municipality):
    cycles = scoped(ReportingCycle, municipality).select_related("version__concept")
    return render(
        request,
        "reporting/cycle_list.html",
        {
            "municipality": municipality,
            "cycles": cycles,
            "can_manage": request.user.has_perm(MANAGE, municipality),
            "own_unit_ids": _own_unit_ids(request, municipality),
        },
    )


def _own_unit_ids(request, municipality) -> set[int]:
    from kompass.tenancy.access import membership_for

    membership = membership_for(request.user, municipality.pk)
    return {membership.org_unit_id} if membership and membership.org_unit_id else set()


@municipality_view(MANAGE)
def cycle_create(request, municipality):
    form = CycleCreateForm(request.POST or None, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            cycle = services.cycle_open(
                version=form.cleaned_data["version"],
                title=form.cleaned_data["title"],
                reporting_year=form.cleaned_data["reporting_year"],
                due_date=form.cleaned_data["due_date"],
                acting_user=request.user,
                base_url=request.build_absolute_uri("/"),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The reporting cycle is open; %(count)s units have been invited by e-mail.")
                % {"count": cycle.tasks.count()},
            )
            return redirect(cycle_url(cycle))
    return render(
        request,
        "reporting/cycle_form.html",
        {
            "municipality": municipality,
            "form": form,
            "title": _("Open a reporting cycle"),
            "intro": _(
                "Every unit responsible for measures or indicators of the version gets a task "
                "and an e-mail with a link to its form."
            ),
            "cancel_url": reverse("reporting_cycles", args=[municipality.slug]),
        },
    )


@municipality_view()
def cycle_detail(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    progress = cycle_progress(cycle)
    for row in progress.rows:
        row.can_report = request.user.has_perm(REPORT_FOR_UNIT, row.task.unit)
    snapshot = getattr(cycle, "snapshot", None) if cycle.is_closed else None
    return render(
        request,
        "reporting/cycle_detail.html",
        {
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "progress": progress,
            "snapshot": snapshot,
            "mix": report.mix_rows(snapshot.data) if snapshot else [],
            "can_manage": request.user.has_perm(MANAGE, municipality),
        },
    )


@municipality_view(MANAGE)
def cycle_edit(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    if cycle.is_closed:
        messages.info(
            request, _("This reporting cycle has been closed and can no longer be changed.")
        )
        return redirect(cycle_url(cycle))
    form = CycleEditForm(request.POST or None, instance=cycle)
    if request.method == "POST" and form.is_valid():
        try:
            services.cycle_update(
                cycle=ReportingCycle.objects.get(pk=cycle.pk),
                title=form.cleaned_data["title"],
                due_date=form.cleaned_data["due_date"],
                summary=form.cleaned_data["summary"],
                expected_lock_version=form.cleaned_data["lock_version"],
                acting_user=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Saved."))
            return redirect(cycle_url(cycle))
    return render(
        request,
        "reporting/cycle_form.html",
        {
            "municipality": municipality,
            "form": form,
            "cycle": cycle,
            "title": _("Edit reporting cycle"),
            "intro": _(
                "The summary is the narrative of the progress report. It is frozen with the "
                "cycle when the cycle is closed."
            ),
            "cancel_url": cycle_url(cycle),
        },
    )


@municipality_view(MANAGE)
def cycle_close(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    if cycle.is_closed:
        return redirect(cycle_url(cycle))
    form = CycleCloseForm(request.POST or None, initial={"lock_version": cycle.lock_version})
    if request.method == "POST" and form.is_valid():
        try:
            services.cycle_close(
                cycle=cycle,
                acting_user=request.user,
                expected_lock_version=form.cleaned_data["lock_version"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("The cycle is closed and its snapshot taken. You can now generate the report."),
            )
        return redirect(cycle_url(cycle))
    return render(
        request,
        "reporting/cycle_close.html",
        {
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "form": form,
            "progress": cycle_progress(cycle),
        },
    )


# -- the unit form -------------------------------------------------------------


@municipality_view()
def unit_report(request, municipality, pk, unit):
    """All measures and indicators of one unit in one form; saved all or nothing."""
    cycle, unit, task = get_unit_task(request, municipality, pk, unit)
    data = unit_form_data(cycle, unit)
    post = request.POST.copy() if request.method == "POST" else None
    if post is not None and cycle.is_closed:
        messages.error(
            request, _("This reporting cycle has been closed and can no longer be changed.")
        )
        return redirect(cycle_url(cycle))
    action = (post or {}).get("action", "save")
    if post is not None and action == "reopen":
        services.task_set_done(task=task, done=False, acting_user=request.user)
        messages.success(request, _("The task is open again."))
        return redirect(request.path)
    form = _unit_form(post, data)
    conflicts = []
    if post is not None and form.is_valid():
        measures, indicators = form.reports()
        try:
            saved = services.unit_report_save(
                cycle=cycle,
                unit=unit,
                measures=measures,
                indicators=indicators,
                acting_user=request.user,
            )
            if action == "done":
                services.task_set_done(task=task, done=True, acting_user=request.user)
        except services.ReportConflict as conflict:
            conflicts = conflict.conflicts
            # Show the stored state beside the person's entries: a second save is deliberate.
            fresh = _unit_form(None, unit_form_data(cycle, unit))
            conflicted = {(c.kind[0], c.object_id) for c in conflicts}
            for row in fresh.forms:
                if (row.prefix[0], int(row.prefix[1:])) in conflicted:
                    row.refreshed_data(post)
            form = _unit_form(post, unit_form_data(cycle, unit))
            form.is_valid()
            for row in form.forms:
                row.conflict = (row.prefix[0], int(row.prefix[1:])) in conflicted
            messages.error(request, conflict.messages[0])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if action == "done":
                messages.success(request, _("Saved and marked as done. Thank you for your report!"))
            else:
                messages.success(
                    request,
                    _("Saved: %(count)s changed entries.") % {"count": saved}
                    if saved
                    else _("Nothing was changed."),
                )
            return redirect(request.path)
    return render(
        request,
        "reporting/unit_report.html",
        {
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "unit": unit,
            "task": task,
            "form": form,
            "conflicts": conflicts,
        },
    )


def _unit_form(post, data):
    return UnitReportForm(
        post,
        measures=data.measures,
        lines=data.lines,
        indicators=data.indicators,
        values=data.values,
        previous_values=data.previous_values,
    )
