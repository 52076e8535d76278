"""Reporting cycle pages: list, open, completeness, the unit form, Excel round trip, close, report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core import progress as progress_store
from kompass.core.views import municipality_view, require
from kompass.tenancy.access import get_object_in_municipality, scoped
from kompass.tenancy.models import OrgUnit

from . import report, services, sheets
from .forms import (
    CycleCloseForm,
    CycleCreateForm,
    CycleEditForm,
    ReminderPreferenceForm,
    SheetUploadForm,
    UnitReportForm,
)
from .models import CycleTask, ReminderPreference, ReportingCycle, SheetStatus, SheetUpload
from .selectors import cycle_progress, unit_form_data

MANAGE = "kompass.manage_reporting"
REPORT_FOR_UNIT = "kompass.report_for_unit"


def get_cycle(municipality, pk) -> ReportingCycle:
    return get_object_in_municipality(
        ReportingCycle.objects.select_related("version__concept", "municipality"),
        municipality,
        pk=pk,
    )


def cycle_url(cycle) -> str:
    return reverse("reporting_cycle", args=[cycle.municipality.slug, cycle.pk])


def _unit_task(request, municipality, pk, unit_pk):
    """The cycle, the unit and its task; 404 unless the unit has a task in this cycle."""
    cycle = get_cycle(municipality, pk)
    unit = get_object_in_municipality(OrgUnit, municipality, pk=unit_pk)
    require(request, REPORT_FOR_UNIT, unit)
    task = CycleTask.objects.filter(cycle=cycle, unit=unit).first()
    if task is None:
        raise Http404
    task.cycle = cycle
    return cycle, unit, task


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
            "report_progress": progress_store.read(report.progress_key(cycle)),
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
    cycle, unit, task = _unit_task(request, municipality, pk, unit)
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


# -- Excel round trip ----------------------------------------------------------


@municipality_view()
def unit_export(request, municipality, pk, unit):
    cycle, unit, _task = _unit_task(request, municipality, pk, unit)
    content = sheets.export_unit(cycle, unit)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{sheets.file_name(cycle, unit)}"'
    return response


@municipality_view()
def unit_import(request, municipality, pk, unit):
    cycle, unit, _task = _unit_task(request, municipality, pk, unit)
    if cycle.is_closed:
        messages.error(
            request, _("This reporting cycle has been closed and can no longer be changed.")
        )
        return redirect(cycle_url(cycle))
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plan = sheets.read_unit_sheet(upload.read(), cycle=cycle, unit=unit)
        if plan.problems:
            problems = plan.problems
        else:
            sheet_upload = SheetUpload.objects.create(
                cycle=cycle,
                unit=unit,
                municipality=municipality,
                file_name=upload.name[:255],
                plan=plan.as_json(),
                uploaded_by=request.user,
            )
            return redirect(
                "reporting_unit_import_preview",
                municipality=municipality.slug,
                pk=cycle.pk,
                unit=unit.pk,
                upload=sheet_upload.pk,
            )
    return render(
        request,
        "reporting/unit_import.html",
        {
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "unit": unit,
            "form": form,
            "problems": problems,
        },
    )


@municipality_view()
def unit_import_preview(request, municipality, pk, unit, upload):
    cycle, unit, _task = _unit_task(request, municipality, pk, unit)
    sheet_upload = get_object_in_municipality(
        SheetUpload.objects.filter(cycle=cycle, unit=unit), municipality, pk=upload
    )
    back = reverse("reporting_unit", args=[municipality.slug, cycle.pk, unit.pk])
    if sheet_upload.status != SheetStatus.PENDING:
        return redirect(back)
    plan = sheets.SheetPlan.from_json(sheet_upload.plan)
    conflicts = sheets.find_conflicts(plan, cycle=cycle, unit=unit)
    if request.method == "POST" and not cycle.is_closed:
        if "discard" in request.POST:
            sheet_upload.status = SheetStatus.DISCARDED
            sheet_upload.save(update_fields=["status"])
            messages.info(request, _("The upload was discarded; nothing was changed."))
            return redirect(back)
        if not conflicts and plan.has_changes:
            try:
                count = sheets.apply_plan(plan, cycle=cycle, unit=unit, acting_user=request.user)
            except services.ReportConflict as conflict:
                messages.error(request, conflict.messages[0])
                conflicts = sheets.find_conflicts(plan, cycle=cycle, unit=unit)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                sheet_upload.status = SheetStatus.APPLIED
                sheet_upload.save(update_fields=["status"])
                messages.success(
                    request, _("Import complete: %(count)s entries changed.") % {"count": count}
                )
                return redirect(back)
    return render(
        request,
        "reporting/unit_import_preview.html",
        {
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "unit": unit,
            "upload": sheet_upload,
            "plan": plan,
            "conflicts": conflicts,
            "back": back,
        },
    )


# -- the progress report -----------------------------------------------------------


@require_POST
@municipality_view(MANAGE)
def report_generate(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    if not cycle.is_closed:
        messages.error(request, _("The report is generated from a closed cycle."))
        return redirect(cycle_url(cycle))
    report.start_generation(cycle, get_language())
    return redirect("reporting_report_status", municipality=municipality.slug, pk=cycle.pk)


@require_POST
@municipality_view(MANAGE)
def report_reset(request, municipality, pk):
    """Give up a generation whose worker has gone (only when it is really stuck)."""
    cycle = get_cycle(municipality, pk)
    if report.is_stuck(cycle):
        report.reset_stuck(cycle)
    return redirect("reporting_report_status", municipality=municipality.slug, pk=cycle.pk)


@municipality_view()
def report_status(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    if not cycle.report_phase:
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = cycle_url(cycle)
            return response
        if not cycle.report_error:
            return redirect(cycle_url(cycle))
    context = {
        "municipality": municipality,
        "cycle": cycle,
        "version": cycle.version,
        "progress": progress_store.read(report.progress_key(cycle)),
        "stuck": report.is_stuck(cycle),
        "can_manage": request.user.has_perm(MANAGE, municipality),
    }
    template = "reporting/_report_progress.html" if request.htmx else "reporting/report_status.html"
    return render(request, template, context)


@municipality_view()
def report_download(request, municipality, pk, kind):
    cycle = get_cycle(municipality, pk)
    document = {"pdf": cycle.report_pdf, "docx": cycle.report_docx}.get(kind)
    if not document:
        raise Http404
    return FileResponse(
        document.open("rb"), as_attachment=True, filename=report.file_name(cycle, kind)
    )


# -- reminder settings -------------------------------------------------------------


@municipality_view()
def reminder_settings(request, municipality):
    preference = ReminderPreference.objects.filter(user=request.user).first()
    preference = preference or ReminderPreference(user=request.user)
    form = ReminderPreferenceForm(
        request.POST if request.method == "POST" else None, instance=preference
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your reminder settings have been saved."))
        return redirect("reporting_reminder_settings", municipality=municipality.slug)
    return render(
        request,
        "reporting/reminder_settings.html",
        {"municipality": municipality, "form": form},
    )
