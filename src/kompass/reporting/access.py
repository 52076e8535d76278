"""Loading a municipality's reporting cycles and unit tasks through the one scoping function."""

from django.http import Http404
from django.urls import reverse

from kompass.tenancy.access import get_object_in_municipality, require
from kompass.tenancy.models import OrgUnit

from .models import CycleTask, ReportingCycle

REPORT_FOR_UNIT = "kompass.report_for_unit"


def get_cycle(municipality, pk) -> ReportingCycle:
    return get_object_in_municipality(
        ReportingCycle.objects.select_related("version__concept", "municipality"),
        municipality,
        pk=pk,
    )


def cycle_url(cycle) -> str:
    return reverse("reporting_cycle", args=[cycle.municipality.slug, cycle.pk])


def get_unit_task(request, municipality, pk, unit_pk):
    """The cycle, the unit and its task; 404 unless the unit has a task in this cycle."""
    cycle = get_cycle(municipality, pk)
    unit = get_object_in_municipality(OrgUnit, municipality, pk=unit_pk)
    require(request, REPORT_FOR_UNIT, unit)
    task = CycleTask.objects.filter(cycle=cycle, unit=unit).first()
    if task is None:
        raise Http404
    task.cycle = cycle
    return cycle, unit, task
