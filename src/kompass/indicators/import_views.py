"""Statistics import pages: upload, assign series to indicators, preview, confirm, undo."""

from django.contrib import messages
from django.core.files.base import ContentFile
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.concepts.views import get_version
from kompass.core.views import municipality_view
from kompass.tenancy.access import get_object_in_municipality, scoped

from . import importing
from .import_forms import SeriesMappingForm, StatisticsUploadForm
from .models import ImportBatch, ImportStatus
from .statfiles import read_statistics_file

EDIT = "kompass.edit_concept"
PREVIEW_ROWS = 500


@municipality_view(EDIT)
def import_start(request, municipality, pk):
    version = get_version(municipality, pk)
    form = StatisticsUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        result = read_statistics_file(data)
        problems = result.problems
        if not problems and not result.values:
            form.add_error("file", _("The file contains no values."))
        elif not problems:
            batch = ImportBatch.objects.create(
                municipality=municipality,
                version=version,
                file=ContentFile(data, name="statistik.csv"),
                file_name=upload.name[:255],
                checksum=importing.file_checksum(data),
                file_format=result.format,
                uploaded_by=request.user,
            )
            return redirect("import_preview", municipality=municipality.slug, pk=batch.pk)
    batches = (
        scoped(ImportBatch, municipality)
        .filter(version=version)
        .select_related("uploaded_by", "applied_by")
    )
    return render(
        request,
        "indicators/import_start.html",
        {
            "municipality": municipality,
            "version": version,
            "form": form,
            "problems": problems,
            "batches": batches,
        },
    )


@municipality_view(EDIT)
def import_preview(request, municipality, pk):
    batch = get_object_in_municipality(
        ImportBatch.objects.select_related("version__concept"), municipality, pk=pk
    )
    back = reverse("import_start", args=[municipality.slug, batch.version_id])
    if batch.status != ImportStatus.PENDING:
        return redirect(back)
    with batch.file.open("rb") as handle:
        result = read_statistics_file(handle.read())
    series = importing.file_series(result)
    initial = {f"series_{key}": indicator_id for key, indicator_id in batch.mapping.items()}
    form = SeriesMappingForm(
        request.POST or None, series=series, version=batch.version, initial=initial
    )
    plan = None
    if request.method == "POST" and form.is_valid():
        mapping = form.mapping()
        batch.mapping = {key: indicator.pk for key, indicator in mapping.items()}
        batch.save(update_fields=["mapping"])
        plan = importing.plan_import(result=result, municipality=municipality, mapping=mapping)
        if (
            "confirm" in request.POST
            and plan.ok
            and (plan.counts["create"] or plan.counts["update"])
        ):
            counts = importing.import_apply(batch=batch, plan=plan, acting_user=request.user)
            messages.success(
                request,
                _(
                    "Import complete: %(create)s values created, %(update)s updated, %(unchanged)s unchanged, "
                    "%(skip)s skipped."
                )
                % counts,
            )
            return redirect(back)
    return render(
        request,
        "indicators/import_preview.html",
        {
            "municipality": municipality,
            "version": batch.version,
            "batch": batch,
            "result": result,
            "form": form,
            "plan": plan,
            "rows": plan.rows[:PREVIEW_ROWS] if plan else [],
            "preview_limit": PREVIEW_ROWS,
            "back": back,
        },
    )


@require_POST
@municipality_view(EDIT)
def import_undo(request, municipality, pk):
    batch = get_object_in_municipality(ImportBatch, municipality, pk=pk)
    try:
        importing.import_undo(batch=batch, acting_user=request.user)
    except ValueError:
        messages.error(request, _("Only an applied import can be undone."))
    else:
        messages.success(
            request,
            _("The import has been undone: its values are removed, replaced values restored."),
        )
    return redirect("import_start", municipality=municipality.slug, pk=batch.version_id)
