"""The progress report of a closed cycle: generate in the background, status, download."""

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core import progress as progress_store
from kompass.core.views import municipality_view

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
