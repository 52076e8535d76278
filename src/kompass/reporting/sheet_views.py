"""The unit workbook round trip: download, upload, preview, apply."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.tenancy.access import get_object_in_municipality, municipality_view

from . import services
from .access import cycle_url, get_unit_task
from .forms import SheetUploadForm
from .models import SheetStatus, SheetUpload
from .sheet_export import export_unit, file_name
from .sheet_import import (
    SheetPlan,
    find_conflicts,
    read_unit_sheet,
    sheet_upload_apply,
    sheet_upload_create,
    sheet_upload_discard,
)

MANAGE = "kompass.manage_reporting"


# -- Excel round trip ----------------------------------------------------------


@municipality_view()
def unit_export(request, municipality, pk, unit):
    cycle, unit, _task = get_unit_task(request, municipality, pk, unit)
    content = export_unit(cycle, unit)
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{file_name(cycle, unit)}"'
    return response


@municipality_view()
def unit_import(request, municipality, pk, unit):
    cycle, unit, _task = get_unit_task(request, municipality, pk, unit)
    if cycle.is_closed:
        messages.error(
            request, _("This reporting cycle has been closed and can no longer be changed.")
        )
        return redirect(cycle_url(cycle))
    form = SheetUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plan = read_unit_sheet(upload.read(), cycle=cycle, unit=unit)
        if plan.problems:
            problems = plan.problems
        else:
            sheet_upload = sheet_upload_create(
                cycle=cycle, unit=unit, file_name=upload.name, plan=plan, acting_user=request.user
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
    cycle, unit, _task = get_unit_task(request, municipality, pk, unit)
    sheet_upload = get_object_in_municipality(
        SheetUpload.objects.filter(cycle=cycle, unit=unit), municipality, pk=upload
    )
    back = reverse("reporting_unit", args=[municipality.slug, cycle.pk, unit.pk])
    if sheet_upload.status != SheetStatus.PENDING:
        return redirect(back)
    plan = SheetPlan.from_json(sheet_upload.plan)
    conflicts = find_conflicts(plan, cycle=cycle, unit=unit)
    if request.method == "POST" and not cycle.is_closed:
        if "discard" in request.POST:
            sheet_upload_discard(sheet_upload=sheet_upload, acting_user=request.user)
            messages.info(request, _("The upload was discarded; nothing was changed."))
            return redirect(back)
        if not conflicts and plan.has_changes:
            try:
                count = sheet_upload_apply(sheet_upload=sheet_upload, acting_user=request.user)
            except services.ReportConflict as conflict:
                messages.error(request, conflict.messages[0])
                conflicts = find_conflicts(plan, cycle=cycle, unit=unit)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
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
