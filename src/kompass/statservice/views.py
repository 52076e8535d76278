"""Pages of the statistics web services: access data, fetching a table, refreshing.

Only coordinators (the permission that edits the concept and imports statistics) see them.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from kompass.concepts.access import get_version
from kompass.core.jobs import job_reset, job_status_response
from kompass.indicators import import_pipeline as pipeline
from kompass.indicators.models import ImportStatus
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .forms import AccountForm, FetchForm
from .models import FetchResult, Service, ServiceAccount, TableFetch

EDIT = "kompass.edit_concept"


def _service(value: str) -> str:
    if value not in Service.values:
        raise Http404
    return value


@municipality_view(EDIT)
def account_list(request, municipality):
    accounts = {a.service: a for a in scoped(ServiceAccount, municipality)}
    rows = [(service, accounts.get(service.value)) for service in Service]
    return render(
        request,
        "statservice/account_list.html",
        {"municipality": municipality, "rows": rows, "next": _next_url(request)},
    )


def _next_url(request) -> str:
    """Where to go back to after saving: an address of this site only."""
    value = request.POST.get("next") or request.GET.get("next") or ""
    return value if value.startswith("/") and not value.startswith("//") else ""


@municipality_view(EDIT)
def account_edit(request, municipality, service):
    service = _service(service)
    account = scoped(ServiceAccount, municipality).filter(service=service).first()
    initial = {"uses_token": account.uses_token, "username": account.username} if account else {}
    form = AccountForm(
        request.POST or None,
        initial=initial,
        service=service,
        has_secret=bool(account and account.secret),
    )
    if request.method == "POST" and form.is_valid():
        services.account_save(
            municipality=municipality,
            service=service,
            uses_token=form.cleaned_data["uses_token"],
            username=form.cleaned_data["username"],
            secret=form.cleaned_data["secret"],
            acting_user=request.user,
        )
        messages.success(request, _("The access data have been saved."))
        return redirect(
            _next_url(request) or reverse("statservice_accounts", args=[municipality.slug])
        )
    return render(
        request,
        "statservice/account_form.html",
        {
            "municipality": municipality,
            "service": Service(service),
            "account": account,
            "form": form,
            "next": _next_url(request),
        },
    )


@require_POST
@municipality_view(EDIT)
def account_delete(request, municipality, service):
    account = get_object_in_municipality(ServiceAccount, municipality, service=_service(service))
    services.account_delete(account=account, acting_user=request.user)
    messages.success(request, _("The access data have been deleted."))
    return redirect("statservice_accounts", municipality=municipality.slug)


@require_POST
@municipality_view(EDIT)
def account_check(request, municipality, service):
    account = get_object_in_municipality(ServiceAccount, municipality, service=_service(service))
    ok, message = services.account_check(account=account)
    (messages.success if ok else messages.error)(request, message)
    return redirect("statservice_accounts", municipality=municipality.slug)


@municipality_view(EDIT)
def fetch_start(request, municipality, pk):
    version = get_version(municipality, pk)
    with_access = set(scoped(ServiceAccount, municipality).values_list("service", flat=True))
    form = FetchForm(
        request.POST or None, municipality=municipality, services_with_access=with_access
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fetch = services.table_fetch_start(
            municipality=municipality,
            version=version,
            service=data["service"],
            table_code=data["table_code"],
            start_year=data["start_year"],
            end_year=data["end_year"],
            regional_variable=data["regional_variable"],
            regional_keys=form.regional_keys(),
            acting_user=request.user,
        )
        return redirect("statservice_fetch_status", municipality=municipality.slug, pk=fetch.pk)
    fetches = (
        scoped(TableFetch, municipality)
        .filter(version=version)
        .select_related("batch", "started_by")[:20]
    )
    return render(
        request,
        "statservice/fetch_start.html",
        {
            "municipality": municipality,
            "version": version,
            "form": form,
            "with_access": with_access,
            "fetches": fetches,
            "sources": [
                s for s in services.refresh_sources(municipality) if s.version_id == version.pk
            ],
            "pending": services.pending_refreshes(municipality).filter(version=version),
        },
    )


@require_POST
@municipality_view(EDIT)
def refresh_now(request, municipality, pk):
    version = get_version(municipality, pk)
    started = services.statistics_refresh(
        municipality=municipality, acting_user=request.user, version=version
    )
    if started:
        messages.info(
            request,
            ngettext(
                "%(count)s table is being fetched again. Where there are new values, a "
                "preview waits for your confirmation; nothing is imported by itself.",
                "%(count)s tables are being fetched again. Where there are new values, a "
                "preview waits for your confirmation; nothing is imported by itself.",
                len(started),
            )
            % {"count": len(started)},
        )
    else:
        messages.info(request, _("There is nothing to refresh right now."))
    return redirect("statservice_fetch", municipality=municipality.slug, pk=version.pk)


@municipality_view(EDIT)
def fetch_status(request, municipality, pk):
    fetch = get_object_in_municipality(
        TableFetch.objects.select_related("version__concept", "batch"), municipality, pk=pk
    )
    next_url = None
    batch = fetch.batch
    if fetch.result == FetchResult.PREPARED and batch and batch.status == ImportStatus.PENDING:
        next_url = reverse("import_preview", args=[municipality.slug, batch.pk])
    return job_status_response(
        request,
        fetch,
        template="statservice/fetch_status.html",
        partial="statservice/_fetch_progress.html",
        context={
            "municipality": municipality,
            "version": fetch.version,
            "fetch": fetch,
            "problems": pipeline.stored_problems(batch.summary)
            if batch and batch.status == ImportStatus.FAILED
            else [],
            "back": reverse("statservice_fetch", args=[municipality.slug, fetch.version_id]),
        },
        next_url=next_url,
    )


@require_POST
@municipality_view(EDIT)
def fetch_reset(request, municipality, pk):
    if job_reset(get_object_in_municipality(TableFetch, municipality, pk=pk)):
        messages.info(request, _("The interrupted fetch has been reset. Nothing was changed."))
    return redirect("statservice_fetch_status", municipality=municipality.slug, pk=pk)
