"""Statistics import pages: upload, assign (series or columns), preview, confirm, undo.

Small files are read, checked and imported within the request; large ones by the
background worker while a status page shows the progress (``import_pipeline``).
"""

from django.contrib import messages
from django.core.files.base import ContentFile
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.concepts.access import get_version
from kompass.core.jobs import job_reset, job_status_response
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import import_pipeline as pipeline
from . import importing
from .import_forms import OWN, ColumnMappingForm, SeriesMappingForm, StatisticsUploadForm
from .models import ImportBatch, ImportFormat, ImportStatus
from .owntable import ColumnMapping, guess_mapping

EDIT = "kompass.edit_concept"


def _done_message(request, counts):
    messages.success(
        request,
        _(
            "Import complete: %(create)s values created, %(update)s updated, %(unchanged)s unchanged, "
            "%(skip)s skipped."
        )
        % counts,
    )


@municipality_view(EDIT)
def import_start(request, municipality, pk):
    version = get_version(municipality, pk)
    form = StatisticsUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        own = form.cleaned_data["kind"] == OWN
        batch = ImportBatch.objects.create(
            municipality=municipality,
            version=version,
            file=ContentFile(data, name="statistik.xlsx" if own else "statistik.csv"),
            file_name=upload.name[:255],
            checksum=importing.file_checksum(data),
            file_format=ImportFormat.OWN if own else "",
            status=ImportStatus.READING,
            uploaded_by=request.user,
        )
        if pipeline.runs_in_background(len(data)):
            pipeline.start_in_background(batch, "analyse")
            return redirect("import_status", municipality=municipality.slug, pk=batch.pk)
        if pipeline.analyse(batch):
            return redirect("import_preview", municipality=municipality.slug, pk=batch.pk)
        # A broken file leaves nothing behind: the problems are shown, the batch is dropped.
        problems = pipeline.stored_problems(batch.summary)
        batch.file.delete(save=False)
        batch.delete()
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


def _mapping_form(request, batch):
    if pipeline.is_own_table(batch):
        saved = batch.mapping.get("columns")
        mapping = ColumnMapping.from_json(saved) if saved else _guess(batch)
        return ColumnMappingForm(
            request.POST or None,
            header=batch.summary.get("header", []),
            version=batch.version,
            initial=ColumnMappingForm.initial_from(mapping),
        )
    initial = {f"series_{key}": indicator_id for key, indicator_id in batch.mapping.items()}
    return SeriesMappingForm(
        request.POST or None,
        series=batch.summary.get("series", []),
        version=batch.version,
        initial=initial,
    )


def _guess(batch):
    from kompass.core.tabular import Table

    return guess_mapping(Table(header=batch.summary.get("header", [])))


@municipality_view(EDIT)
def import_preview(request, municipality, pk):
    batch = get_object_in_municipality(
        ImportBatch.objects.select_related("version__concept", "municipality"), municipality, pk=pk
    )
    back = reverse("import_start", args=[municipality.slug, batch.version_id])
    if batch.is_busy or batch.status == ImportStatus.APPLYING:
        return redirect("import_status", municipality=municipality.slug, pk=batch.pk)
    if batch.status != ImportStatus.PENDING:
        return redirect(back)
    form = _mapping_form(request, batch)
    background = pipeline.runs_in_background(batch.file.size)
    if request.method == "POST" and form.is_valid():
        if isinstance(form, ColumnMappingForm):
            mapping = {"columns": form.mapping().as_json()}
        else:
            mapping = {key: indicator.pk for key, indicator in form.mapping().items()}
        if mapping != batch.mapping:
            batch.mapping, batch.preview = mapping, {}
            batch.save(update_fields=["mapping", "preview"])
        batch.error = ""
        if "confirm" in request.POST and pipeline.can_apply(batch):
            if background:
                pipeline.start_in_background(batch, "apply", request.user)
                return redirect("import_status", municipality=municipality.slug, pk=batch.pk)
            try:
                counts = pipeline.apply(batch, request.user)
            except pipeline.ImportChanged:
                batch.error = pipeline.CHANGED_SINCE_PREVIEW
            else:
                _done_message(request, counts)
                return redirect(back)
        if background:
            pipeline.start_in_background(batch, "preview")
            return redirect("import_status", municipality=municipality.slug, pk=batch.pk)
        pipeline.preview(batch)
        if "confirm" in request.POST and not batch.error and pipeline.can_apply(batch):
            # Assignment and confirmation in one step (small files): the plan is fresh.
            counts = pipeline.apply(batch, request.user)
            _done_message(request, counts)
            return redirect(back)
    has_preview = pipeline.has_current_preview(batch)
    return render(
        request,
        "indicators/import_preview.html",
        {
            "municipality": municipality,
            "version": batch.version,
            "batch": batch,
            "summary": batch.summary,
            "form": form,
            "own_table": pipeline.is_own_table(batch),
            "preview": batch.preview if has_preview else None,
            "problems": pipeline.stored_problems(batch.preview) if has_preview else [],
            "rows": pipeline.preview_rows(batch) if has_preview else [],
            "can_apply": pipeline.can_apply(batch),
            "back": back,
        },
    )


@municipality_view(EDIT)
def import_status(request, municipality, pk):
    """Progress of a background step; when it is done, on to the next page."""
    batch = get_object_in_municipality(
        ImportBatch.objects.select_related("version__concept"), municipality, pk=pk
    )
    back = reverse("import_start", args=[municipality.slug, batch.version_id])
    next_url = None
    if batch.status == ImportStatus.PENDING:
        next_url = reverse("import_preview", args=[municipality.slug, batch.pk])
    elif batch.status in (ImportStatus.APPLIED, ImportStatus.UNDONE):
        next_url = back
        if batch.status == ImportStatus.APPLIED and batch.counts and not batch.is_busy:
            _done_message(request, batch.counts)
    return job_status_response(
        request,
        batch,
        template="indicators/import_status.html",
        partial="indicators/_import_progress.html",
        context={
            "municipality": municipality,
            "version": batch.version,
            "batch": batch,
            "problems": pipeline.stored_problems(batch.summary)
            if batch.status == ImportStatus.FAILED
            else [],
            "back": back,
        },
        next_url=next_url,
    )


@require_POST
@municipality_view(EDIT)
def import_reset(request, municipality, pk):
    """Give up a background step whose worker has gone (only when it is really stuck)."""
    if job_reset(get_object_in_municipality(ImportBatch, municipality, pk=pk)):
        messages.info(request, _("The interrupted step has been reset. Nothing was changed."))
    return redirect("import_status", municipality=municipality.slug, pk=pk)


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
