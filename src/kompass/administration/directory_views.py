"""Instance administration: the municipality directory (browse, import) and new municipalities
from it; and, for a Landkreis, its Gemeinden as districts.

The instance pages are for instance administrators only (``kompass.administer_instance`` of
tenancy/rules.py); everybody else gets 403, and anonymous visitors the login page.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.core.views import save_form
from kompass.regions.gv100 import read_gv100
from kompass.regions.models import DirectoryImport, ImportStatus
from kompass.regions.selectors import directory_date, directory_search, municipality_facts
from kompass.regions.services import directory_import_apply, plan_batch
from kompass.tenancy.access import municipality_view
from kompass.tenancy.models import MunicipalityKind

from .directory_forms import (
    DirectoryFilterForm,
    DirectoryKeyForm,
    DirectoryUploadForm,
    MunicipalityCreateForm,
)
from .services import (
    county_districts_apply,
    county_districts_plan,
    county_key_of,
    municipality_initial,
)

PAGE_SIZE = 50
PREVIEW_ROWS = 100
EDIT = "kompass.edit_concept"


def instance_admin_view(view):
    """Only for instance administrators (the permission ``kompass.administer_instance``)."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm("kompass.administer_instance"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _recent_imports():
    return DirectoryImport.objects.select_related("uploaded_by", "applied_by").defer("data")[:5]


@instance_admin_view
def directory_list(request):
    form = DirectoryFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    regions = directory_search(
        query=filters.get("query", ""), level=filters.get("level", ""), land=filters.get("land", "")
    )
    page = Paginator(regions, PAGE_SIZE).get_page(request.GET.get("seite"))
    query = request.GET.copy()
    query.pop("seite", None)
    return render(
        request,
        "administration/directory_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "reference_date": directory_date(),
            "imports": _recent_imports(),
        },
    )


@instance_admin_view
def directory_import_start(request):
    form = DirectoryUploadForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        directory = read_gv100(data)
        problems = directory.problems
        if directory.is_acceptable:
            batch = DirectoryImport.objects.create(
                file_name=upload.name[:255],
                data=data,
                reference_date=directory.reference_date,
                uploaded_by=request.user,
            )
            return redirect("directory_import_preview", pk=batch.pk)
    return render(
        request,
        "administration/directory_import_start.html",
        {"form": form, "problems": problems, "imports": _recent_imports()},
    )


@instance_admin_view
def directory_import_preview(request, pk):
    batch = get_object_or_404(DirectoryImport, pk=pk)
    start = reverse("directory_import")
    if batch.status != ImportStatus.PENDING:
        messages.info(request, _("This file has already been imported."))
        return redirect(start)
    if request.method == "POST" and "discard" in request.POST:
        batch.delete()
        messages.info(request, _("The file has been discarded; nothing was imported."))
        return redirect(start)
    if request.method == "POST":
        plan, counts = directory_import_apply(batch=batch, acting_user=request.user)
        if counts is not None:
            total = counts["total"]
            messages.success(
                request,
                _(
                    "Municipality directory imported: %(create)s new, %(update)s changed, "
                    "%(unchanged)s unchanged, %(retire)s no longer valid."
                )
                % total,
            )
            return redirect("directory_list")
        messages.error(request, _("The file cannot be imported any more; nothing was changed."))
    else:
        plan = plan_batch(batch)
    return render(
        request,
        "administration/directory_import_preview.html",
        {
            "batch": batch,
            "plan": plan,
            "changes": plan.changes[:PREVIEW_ROWS],
            "preview_limit": PREVIEW_ROWS,
            "start": start,
        },
    )


@instance_admin_view
def municipality_create(request):
    """ "Kommune anlegen": the key first, then the fields filled from the directory."""
    key_form = DirectoryKeyForm(request.GET or None)
    facts = None
    form = None
    if request.method == "POST":
        form = MunicipalityCreateForm(request.POST)
        saved = save_form(request, form, success_message=_("The municipality has been created."))
        if saved:
            return redirect("municipality_settings", municipality=saved.slug)
    elif key_form.is_valid():
        facts = municipality_facts(key_form.cleaned_data["key"])
        if facts is None:
            key_form.add_error(
                "key",
                _("The municipality directory has no Gemeinde, Stadt or Landkreis with this key."),
            )
        else:
            form = MunicipalityCreateForm(initial=municipality_initial(facts))
    return render(
        request,
        "administration/municipality_create.html",
        {
            "key_form": key_form,
            "form": form,
            "facts": facts,
            "reference_date": directory_date(),
        },
    )


@municipality_view(EDIT)
def county_districts(request, municipality):
    """ "Gemeinden als Sozialräume übernehmen": a Landkreis's Gemeinden become its districts."""
    if municipality.kind != MunicipalityKind.LANDKREIS:
        raise Http404
    back = reverse("municipality_settings", args=[municipality.slug]) + "#sozialraeume"
    if request.method == "POST" and county_key_of(municipality):
        counts = county_districts_apply(municipality=municipality, acting_user=request.user)
        messages.success(
            request,
            _(
                "Districts from the directory: %(create)s new, %(update)s updated, %(unchanged)s unchanged."
            )
            % counts,
        )
        return redirect(back)
    return render(
        request,
        "administration/county_districts.html",
        {
            "municipality": municipality,
            "plan": county_districts_plan(municipality),
            "reference_date": directory_date(),
            "back": back,
        },
    )
