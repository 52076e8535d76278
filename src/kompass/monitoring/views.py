"""Monitoring pages: the coordination dashboard, the unit's tasks, the help on status rules."""

from django.shortcuts import render
from django.utils import timezone

from kompass.concepts.access import get_version
from kompass.concepts.models import Concept
from kompass.concepts.selectors import current_version
from kompass.concepts.verdicts import Status, Verdict
from kompass.measures.status import MEASURE_LAG_POINTS
from kompass.tenancy.access import membership_for, municipality_view, scoped
from kompass.tenancy.models import OrgUnit, Role

from . import help as examples
from .dashboard import coordination_dashboard, unit_dashboard
from .forms import UnitChoiceForm

VIEW_UNIT_TASKS = "kompass.view_unit_tasks"


def today():
    return timezone.localdate()


@municipality_view()
def dashboard(request, municipality, pk):
    """Coordination dashboard of one concept version (every member may read it)."""
    version = get_version(municipality, pk)
    return render(
        request,
        "monitoring/dashboard.html",
        {
            "municipality": municipality,
            "version": version,
            "board": coordination_dashboard(version, today=today()),
        },
    )


def _current_versions(municipality):
    concepts = scoped(Concept, municipality).prefetch_related("versions")
    return [v for v in (current_version(c) for c in concepts) if v is not None]


@municipality_view(VIEW_UNIT_TASKS)
def unit_tasks(request, municipality):
    """My measures and indicators: a responsible unit sees its own, coordination chooses a unit."""
    membership = membership_for(request.user, municipality.pk)
    is_unit = membership is not None and membership.role == Role.RESPONSIBLE_UNIT
    form = None
    if is_unit:
        unit = membership.org_unit
    else:
        form = UnitChoiceForm(
            request.GET or None, units=scoped(OrgUnit, municipality).order_by("name")
        )
        unit = form.cleaned_data["einheit"] if form.is_valid() else None
    board = unit_dashboard(unit, _current_versions(municipality), today=today()) if unit else None
    return render(
        request,
        "monitoring/unit_tasks.html",
        {
            "municipality": municipality,
            "form": form,
            "unit": unit,
            "board": board,
            "without_unit": is_unit and unit is None,
        },
    )


@municipality_view()
def status_help(request, municipality):
    """How statuses are determined, in plain language with worked examples."""
    return render(
        request,
        "monitoring/status_help.html",
        {
            "municipality": municipality,
            "indicator_examples": examples.indicator_examples(),
            "measure_examples": examples.measure_examples(),
            "rollup_examples": examples.rollup_examples(),
            "lag_points": MEASURE_LAG_POINTS,
            # one reason-less verdict per status for the badges of the legend
            **{status.value: Verdict(status, "") for status in Status},
        },
    )
