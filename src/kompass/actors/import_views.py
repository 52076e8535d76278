"""Importing actors or offers from CSV/XLSX: upload, preview with problems, confirm; template."""

import hashlib

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import importing
from .forms import RegisterUploadForm
from .models import ImportKind, ImportStatus, RegisterImport
from .tabular import read_table

EDIT = "kompass.edit_analysis"
PREVIEW_ROWS = 500
LIST_NAMES = {ImportKind.ACTORS: "actor_list", ImportKind.OFFERS: "offer_list"}
URL_PREFIX = {ImportKind.ACTORS: "actor_import", ImportKind.OFFERS: "offer_import"}
TEMPLATE_NAMES = {
    ImportKind.ACTORS: "vorlage-akteure.xlsx",
    ImportKind.OFFERS: "vorlage-angebote.xlsx",
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _kind(kind: str) -> str:
    if kind not in ImportKind.values:
        raise Http404
    return kind


@municipality_view(EDIT)
def register_import_start(request, municipality, kind):
    kind = _kind(kind)
    form = RegisterUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        table = read_table(data, upload.name)
        problems = table.problems if not table.rows else []
        if not problems:
            batch = RegisterImport.objects.create(
                municipality=municipality,
                kind=kind,
                file_name=upload.name[:255],
                data=data,
                uploaded_by=request.user,
            )
            return redirect(
                URL_PREFIX[kind] + "_preview", municipality=municipality.slug, pk=batch.pk
            )
    imports = (
        scoped(RegisterImport, municipality)
        .filter(kind=kind)
        .select_related("uploaded_by", "applied_by")
        .defer("data")[:10]
    )
    return render(
        request,
        "actors/import_start.html",
        {
            "municipality": municipality,
            "kind": kind,
            "title": _("Import actors") if kind == ImportKind.ACTORS else _("Import offers"),
            "form": form,
            "problems": problems,
            "columns": importing.COLUMNS[kind],
            "type_names": [names[0] for names in importing.TYPE_NAMES.values()],
            "imports": imports,
            "back": reverse(LIST_NAMES[kind], args=[municipality.slug]),
            "url_prefix": URL_PREFIX[kind],
        },
    )


@municipality_view(EDIT)
def register_import_preview(request, municipality, kind, pk):
    batch = get_object_in_municipality(RegisterImport, municipality, pk=pk, kind=_kind(kind))
    start = reverse(URL_PREFIX[batch.kind], args=[municipality.slug])
    if batch.status != ImportStatus.PENDING:
        messages.info(request, _("This file has already been imported."))
        return redirect(start)
    if request.method == "POST":
        plan, counts = importing.import_apply(batch=batch, acting_user=request.user)
        if counts is not None:
            messages.success(
                request,
                _(
                    "Import complete: %(create)s created, %(update)s updated, "
                    "%(unchanged)s unchanged, %(providers)s new providers."
                )
                % counts,
            )
            return redirect(LIST_NAMES[batch.kind], municipality=municipality.slug)
        messages.error(request, _("The data have changed in the meantime; nothing was imported."))
    else:
        plan = importing.plan_batch(batch)
    return render(
        request,
        "actors/import_preview.html",
        {
            "municipality": municipality,
            "batch": batch,
            "plan": plan,
            "rows": plan.rows[:PREVIEW_ROWS],
            "preview_limit": PREVIEW_ROWS,
            "checksum": hashlib.sha256(bytes(batch.data)).hexdigest(),
            "start": start,
            "url_prefix": URL_PREFIX[batch.kind],
        },
    )


@municipality_view(EDIT)
def register_import_template(request, municipality, kind):
    kind = _kind(kind)
    response = HttpResponse(importing.template_workbook(kind, municipality), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{TEMPLATE_NAMES[kind]}"'
    return response
