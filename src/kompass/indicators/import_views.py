"""Statistics import pages: upload, assign (series or columns), preview, confirm, undo.

Small files are read, checked and imported within the request; large ones by the
background worker while a status page shows the progress (``import_pipeline``).
"""

from pathlib import Path

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
from .import_forms import (
    OWN,
    ArchiveMemberForm,
    ColumnMappingForm,
    SeriesMappingForm,
    StatisticsUploadForm,
)
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
    if counts.get("comparison_create") or counts.get("comparison_update"):
        messages.success(
            request,
            _("Comparison lines: %(create)s values created, %(update)s updated.")
            % {"create": counts["comparison_create"], "update": counts["comparison_update"]},
        )


@municipality_view(EDIT)
def import_start(request, municipality, pk):
    version = get_version(municipality, pk)
    form = StatisticsUploadForm(request.POST or None, request.FILES or None)
    problems = {}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        own = form.cleaned_data["kind"] == OWN
        suffix = Path(upload.name).suffix.lower()
        batch = ImportBatch.objects.create(
            municipality=municipality,
            version=version,
            file=ContentFile(data, name=f"statistik{suffix}"),
            file_name=upload.name[:255],
            checksum=importing.file_checksum(data),
            file_format=ImportFormat.OWN if own else "",
            status=ImportStatus.READING,
            keep_comparison=form.cleaned_data["keep_comparison"],
            uploaded_by=request.user,
        )
        if pipeline.runs_in_background(len(data)):
            pipeline.start_in_background(batch, "analyse")
            return redirect("import_status", municipality=municipality.slug, pk=batch.pk)
        if pipeline.analyse(batch):
            return redirect("import_preview", municipality=municipality.slug, pk=batch.pk)
        # A broken file leaves nothing behind: the problems are shown, the batch is dropped.
        problems = pipeline.problem_context(batch.summary)
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
            **problems,
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
    initial["dash_means"] = batch.dash_means
    return SeriesMappingForm(
        request.POST or None,
        series=batch.summary.get("series", []),
        version=batch.version,
        initial=initial,
        dash_choice=bool(batch.summary.get("dashes")),
    )


def _guess(batch):
    from kompass.core.tabular import Table

    return guess_mapping(Table(header=batch.summary.get("header", [])))


def _read(request, batch, step_url):
    """Read the file (again): in the request for small files, else in the background."""
    if pipeline.runs_in_background(batch.file.size):
        pipeline.start_in_background(batch, "analyse")
        return redirect(step_url)
    pipeline.analyse(batch)
    if batch.status == ImportStatus.FAILED:
        return redirect(step_url)
    return None


@municipality_view(EDIT)
def import_preview(request, municipality, pk):
    batch = get_object_in_municipality(
        ImportBatch.objects.select_related("version__concept", "municipality"), municipality, pk=pk
    )
    back = reverse("import_start", args=[municipality.slug, batch.version_id])
    status_url = reverse("import_status", args=[municipality.slug, batch.pk])
    if batch.is_busy or batch.status == ImportStatus.APPLYING:
        return redirect(status_url)
    if batch.status != ImportStatus.PENDING:
        return redirect(back)
    if pipeline.needs_member(batch):
        return _choose_member(request, batch, back, status_url)
    if pipeline.needs_reading_again(batch):
        response = _read(request, batch, status_url)
        if response:
            return response
        messages.info(request, pipeline.SERIES_READ_AGAIN)
    form = _mapping_form(request, batch)
    background = pipeline.runs_in_background(batch.file.size)
    if request.method == "POST" and form.is_valid():
        if isinstance(form, ColumnMappingForm):
            mapping = {"columns": form.mapping().as_json()}
        else:
            mapping = {key: indicator.pk for key, indicator in form.mapping().items()}
        dash_means = form.cleaned_data.get("dash_means") or batch.dash_means
        if mapping != batch.mapping or dash_means != batch.dash_means:
            batch.mapping, batch.dash_means, batch.preview = mapping, dash_means, {}
            batch.save(update_fields=["mapping", "dash_means", "preview"])
        batch.error = ""
        if "confirm" in request.POST and pipeline.can_apply(batch):
            if background:
                pipeline.start_in_background(batch, "apply", request.user)
                return redirect(status_url)
            try:
                counts = pipeline.apply(batch, request.user)
            except pipeline.ImportChanged:
                batch.error = pipeline.CHANGED_SINCE_PREVIEW
            else:
                _done_message(request, counts)
                return redirect(back)
        if background:
            pipeline.start_in_background(batch, "preview")
            return redirect(status_url)
        pipeline.preview(batch)
        if "confirm" in request.POST and not batch.error and pipeline.can_apply(batch):
            # Assignment and confirmation in one step (small files): the plan is fresh.
            counts = pipeline.apply(batch, request.user)
            _done_message(request, counts)
            return redirect(back)
    has_preview = pipeline.has_current_preview(batch)
    status = pipeline.STATUS_FILTERS.get(request.GET.get("status", ""), "")
    series = request.GET.get("reihe", "")
    preview = batch.preview if has_preview else None
    return render(
        request,
        "indicators/import_preview.html",
        {
            "municipality": municipality,
            "version": batch.version,
            "batch": batch,
            "summary": batch.summary,
            "warnings": pipeline.stored_problems({"problems": batch.summary.get("warnings", [])}),
            "form": form,
            "own_table": pipeline.is_own_table(batch),
            "preview": preview,
            **pipeline.problem_context(batch.preview if has_preview else {}),
            "rows": pipeline.preview_rows(batch, status=status, series=series)
            if has_preview
            else [],
            "comparison_rows": pipeline.comparison_rows(batch) if has_preview else [],
            "filters": _filters(preview, status, series),
            "can_apply": pipeline.can_apply(batch),
            "back": back,
        },
    )


def _filters(preview, status, series) -> dict:
    """The chosen filters of the preview and how many rows match them in the whole plan."""
    if not preview:
        return {}
    statuses = {action: name for name, action in pipeline.STATUS_FILTERS.items()}
    listed = {item["key"]: item for item in preview.get("series", [])}
    actions = [status] if status else list(statuses)
    if series in listed:
        matching = sum(listed[series][action] for action in actions)
    elif series:
        matching = None  # a series beyond the listed ones: only its shown rows are known
    else:
        matching = sum(preview["counts"].get(action, 0) for action in actions)
    return {
        "status": statuses.get(status, ""),
        "series": series,
        "active": bool(status or series),
        "matching": matching,
        "series_choices": preview.get("series", []),
    }


def _choose_member(request, batch, back, status_url):
    """A ZIP archive with several CSV files: which one is imported."""
    form = ArchiveMemberForm(request.POST or None, members=batch.summary["archive_members"])
    if request.method == "POST" and form.is_valid():
        pipeline.choose_member(batch, form.cleaned_data["member"])
        response = _read(request, batch, status_url)
        return response or redirect(
            "import_preview", municipality=batch.municipality.slug, pk=batch.pk
        )
    return render(
        request,
        "indicators/import_preview.html",
        {
            "municipality": batch.municipality,
            "version": batch.version,
            "batch": batch,
            "summary": batch.summary,
            "member_form": form,
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
            **pipeline.problem_context(
                batch.summary if batch.status == ImportStatus.FAILED else {}
            ),
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
