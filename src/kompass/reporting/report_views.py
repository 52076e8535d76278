"""The progress report of a closed cycle: generate in the background, status, download."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core.jobs import job_reset, job_status_response
from kompass.tenancy.access import municipality_view

from . import report
from .access import cycle_url, get_cycle

MANAGE = "kompass.manage_reporting"


# -- the progress report -----------------------------------------------------------


@require_POST
@municipality_view(MANAGE)
def report_generate(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    if not cycle.is_closed:
        messages.error(request, _("The report is generated from a closed cycle."))
        return redirect(cycle_url(cycle))
    report.report_generate(cycle=cycle, language=get_language(), acting_user=request.user)
    return redirect("reporting_report_status", municipality=municipality.slug, pk=cycle.pk)


@require_POST
@municipality_view(MANAGE)
def report_reset(request, municipality, pk):
    """Give up a generation whose worker has gone (only when it is really stuck)."""
    job_reset(get_cycle(municipality, pk))
    return redirect("reporting_report_status", municipality=municipality.slug, pk=pk)


@municipality_view()
def report_status(request, municipality, pk):
    cycle = get_cycle(municipality, pk)
    return job_status_response(
        request,
        cycle,
        template="reporting/report_status.html",
        partial="reporting/_report_progress.html",
        context={
            "municipality": municipality,
            "cycle": cycle,
            "version": cycle.version,
            "can_manage": request.user.has_perm(MANAGE, municipality),
        },
        next_url=None if cycle.error else cycle_url(cycle),
    )


@municipality_view()
def report_download(request, municipality, pk, kind):
    cycle = get_cycle(municipality, pk)
    document = {"pdf": cycle.report_pdf, "docx": cycle.report_docx}.get(kind)
    if not document:
        raise Http404
    return FileResponse(
        document.open("rb"), as_attachment=True, filename=report.file_name(cycle, kind)
    )
