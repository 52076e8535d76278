"""The pages of a whole concept version: the overview with its status badges, the checks
panel, the comparison of two versions, and the field-of-action and goal pages with their
badges. They read the status of every object, so they live above monitoring, not in
concepts."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from kompass.concepts.access import get_version
from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, VersionStatus, Vision
from kompass.core.history import history_entries
from kompass.plan.checks import context_indicators, grouped_findings, version_checks
from kompass.plan.compare import compare_versions
from kompass.plan.tree import load_version_tree
from kompass.tenancy.access import get_object_in_municipality, municipality_view

from .selectors import version_status

EDIT = "kompass.edit_concept"


@municipality_view()
def version_overview(request, municipality, pk):
    version = get_version(municipality, pk)
    tree = load_version_tree(version)
    findings = version_checks(tree)
    vision = Vision.objects.filter(version=version).first()
    other_versions = ConceptVersion.objects.filter(concept=version.concept).exclude(pk=version.pk)
    return render(
        request,
        "concepts/version_overview.html",
        {
            "municipality": municipality,
            "version": version,
            "tree": tree,
            # one more query (the indicator values) for the status badges of the tree
            "status": version_status(version, today=timezone.localdate(), tree=tree),
            "vision": vision,
            "finding_groups": grouped_findings(findings),
            "finding_count": len(findings),
            "context_indicators": context_indicators(tree),
            "other_versions": other_versions,
            "can_edit": request.user.has_perm(EDIT, municipality) and not version.is_locked,
            # indicator values go on after adoption, so importing statistics does too
            "can_import": request.user.has_perm(EDIT, municipality),
            "can_revise": request.user.has_perm(EDIT, municipality)
            and version.status == VersionStatus.ADOPTED,
        },
    )


@municipality_view()
def version_compare(request, municipality, pk):
    """What changed between this version and another one of the same concept (``?mit=<pk>``).

    Without a choice, the version is compared with its predecessor.
    """
    version = get_version(municipality, pk)
    versions = list(ConceptVersion.objects.filter(concept=version.concept))
    other_pk = request.GET.get("mit") or version.predecessor_id
    other = next((v for v in versions if str(v.pk) == str(other_pk)), None)
    if other_pk and other is None:
        raise Http404
    return render(
        request,
        "concepts/version_compare.html",
        {
            "municipality": municipality,
            "version": version,
            "versions": versions,
            "other": other,
            "comparison": compare_versions(version, other) if other else None,
        },
    )


@municipality_view()
def version_checks_panel(request, municipality, pk):
    """The checks panel alone, for htmx refreshes."""
    version = get_version(municipality, pk)
    tree = load_version_tree(version)
    findings = version_checks(tree)
    return render(
        request,
        "concepts/_checks.html",
        {
            "municipality": municipality,
            "finding_groups": grouped_findings(findings),
            "finding_count": len(findings),
            "context_indicators": context_indicators(tree),
        },
    )


@municipality_view()
def field_detail(request, municipality, pk):
    field = get_object_in_municipality(
        FieldOfAction.objects.select_related("version", "lead_unit", "catalogue_entry"),
        municipality,
        pk=pk,
    )
    goals = field.goals.select_related("parent").prefetch_related("target_groups")
    measures = field.measures.select_related("responsible_unit")
    indicators = field.indicators.all()
    return render(
        request,
        "concepts/field_detail.html",
        {
            "municipality": municipality,
            "object": field,
            "version": field.version,
            "status": version_status(field.version, today=timezone.localdate()),
            "goals": goals,
            "measures": measures,
            "indicators": indicators,
            "history": history_entries(field),
        },
    )


@municipality_view()
def goal_detail(request, municipality, pk):
    goal = get_object_in_municipality(
        Goal.objects.select_related("version", "field", "parent").prefetch_related(
            "target_groups", "guidelines"
        ),
        municipality,
        pk=pk,
    )
    return render(
        request,
        "concepts/goal_detail.html",
        {
            "municipality": municipality,
            "object": goal,
            "version": goal.version,
            "status": version_status(goal.version, today=timezone.localdate()),
            "children": goal.children.all(),
            "measures": goal.measures.select_related("responsible_unit"),
            "indicators": goal.indicators.all(),
            "history": history_entries(goal),
        },
    )
