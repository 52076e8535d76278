"""Triage: what became of each contribution; the response table and the reach report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core.history import history_entries
from kompass.core.views import confirm_delete
from kompass.tenancy.access import get_object_in_municipality, municipality_view

from . import services
from .forms import DecisionForm, MergeForm, target_choices
from .models import Contribution, ContributionDecision
from .selectors import (
    answerable,
    contributions_for_response,
    decision_prefetch,
    events_with_coverage,
    participation_settings,
    reach_report,
    version_coverage,
)
from .views import TRIAGE, get_version

PAGE_SIZE = 50


def get_contribution(municipality, pk):
    return get_object_in_municipality(
        Contribution.objects.select_related("version__concept", "event", "field", "merged_into"),
        municipality,
        pk=pk,
    )


@municipality_view()
def triage(request, municipality, pk):
    """All contributions of a version with a quick decision form each; filters in the URL."""
    version = get_version(municipality, pk)
    events = list(events_with_coverage(version))
    fields = list(version.fields.all())
    queryset = (
        answerable(version)
        .select_related("event", "field")
        .prefetch_related(decision_prefetch(), "merged")
        .annotate(decided=Exists(ContributionDecision.objects.filter(contribution=OuterRef("pk"))))
        .order_by(F("event__starts_at").asc(nulls_last=True), "event_id", "position", "pk")
    )
    filters = {
        "offen": request.GET.get("offen") == "1",
        "veranstaltung": request.GET.get("veranstaltung", ""),
        "feld": request.GET.get("feld", ""),
    }
    if filters["offen"]:
        queryset = queryset.filter(decided=False)
    if filters["veranstaltung"] == "online":
        queryset = queryset.filter(event__isnull=True)
    elif filters["veranstaltung"].isdigit():
        queryset = queryset.filter(event_id=int(filters["veranstaltung"]))
    if filters["feld"].isdigit():
        queryset = queryset.filter(field_id=int(filters["feld"]))
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("seite"))
    can_triage = request.user.has_perm(TRIAGE, municipality)
    choices = target_choices(version) if can_triage else None
    query = urlencode({k: ("1" if v is True else v) for k, v in filters.items() if v})
    return render(
        request,
        "participation/triage.html",
        {
            "municipality": municipality,
            "version": version,
            "events": events,
            "fields": fields,
            "filters": filters,
            "page": page,
            "query": query,
            "coverage": version_coverage(version),
            "choices": choices,
            "rows": _with_forms(page, version, choices) if can_triage else list(page.object_list),
            "can_triage": can_triage,
        },
    )


def _with_forms(page, version, choices):
    """Each contribution of the page with its own decision form (ids prefixed by its number)."""
    rows = list(page.object_list)
    for contribution in rows:
        contribution.decision_form = DecisionForm(
            version=version, choices=choices, prefix=f"c{contribution.pk}"
        )
    return rows


@municipality_view()
def contribution_detail(request, municipality, pk):
    contribution = get_contribution(municipality, pk)
    decisions = contribution.decisions.select_related("goal", "measure", "decided_by")
    can_triage = request.user.has_perm(TRIAGE, municipality)
    return render(
        request,
        "participation/contribution_detail.html",
        {
            "municipality": municipality,
            "version": contribution.version,
            "contribution": contribution,
            "decisions": decisions,
            "merged": contribution.merged.all(),
            "history": history_entries(contribution),
            "decision_history": [entry for d in decisions for entry in history_entries(d)],
            "form": DecisionForm(version=contribution.version) if can_triage else None,
            "merge_form": MergeForm() if can_triage else None,
            "can_triage": can_triage,
        },
    )


@require_POST
@municipality_view(TRIAGE)
def decision_add(request, municipality, pk):
    """Record a decision (from the triage page or the contribution's page)."""
    contribution = get_contribution(municipality, pk)
    prefix = request.POST.get("prefix") or None
    form = DecisionForm(request.POST, version=contribution.version, prefix=prefix)
    back = request.POST.get("next", "")
    if not back.startswith("/"):
        back = reverse("contribution_detail", args=[municipality.slug, contribution.pk])
    if form.is_valid():
        try:
            services.contribution_decide(
                contribution=contribution,
                outcome=form.cleaned_data["outcome"],
                reason=form.cleaned_data["reason"],
                goal=form.cleaned_data["goal"],
                measure=form.cleaned_data["measure"],
                acting_user=request.user,
            )
        except ValidationError as error:
            messages.error(
                request, _("No. %(pk)s: %(error)s") % {"pk": pk, "error": " ".join(error.messages)}
            )
        else:
            messages.success(request, _("Decision on no. %(pk)s saved.") % {"pk": pk})
    else:
        errors = "; ".join(
            f"{form.fields[name].label if name in form.fields else ''}: {' '.join(errs)}"
            for name, errs in form.errors.items()
        )
        messages.error(request, _("No. %(pk)s: %(error)s") % {"pk": pk, "error": errors})
    return redirect(back)


@municipality_view(TRIAGE)
def decision_delete(request, municipality, pk):
    decision = get_object_in_municipality(
        ContributionDecision.objects.select_related("contribution"), municipality, pk=pk
    )
    url = reverse("contribution_detail", args=[municipality.slug, decision.contribution_id])
    return confirm_delete(
        request,
        obj=decision,
        cancel_url=url,
        success_url=url,
    )


@require_POST
@municipality_view(TRIAGE)
def contribution_merge(request, municipality, pk):
    contribution = get_contribution(municipality, pk)
    url = reverse("contribution_detail", args=[municipality.slug, contribution.pk])
    if request.POST.get("undo") == "1":
        services.contribution_unmerge(contribution=contribution, acting_user=request.user)
        messages.success(request, _("The contribution stands on its own again."))
        return redirect(url)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please enter the number of a contribution."))
        return redirect(url)
    into = Contribution.objects.filter(
        municipality=municipality, version=contribution.version, pk=form.cleaned_data["into"]
    ).first()
    if into is None:
        messages.error(request, _("There is no contribution with this number in this version."))
        return redirect(url)
    try:
        survivor = services.contribution_merge(
            duplicate=contribution, into=into, acting_user=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(url)
    messages.success(
        request, _("Merged into no. %(pk)s; it shares that answer.") % {"pk": survivor.pk}
    )
    return redirect("contribution_detail", municipality=municipality.slug, pk=survivor.pk)


@municipality_view()
def response_table(request, municipality, pk):
    """The Abwägungstabelle of a version (or of one event) as staff see it before publishing."""
    version = get_version(municipality, pk)
    events = list(events_with_coverage(version))
    event = next((e for e in events if str(e.pk) == request.GET.get("veranstaltung")), None)
    rows = contributions_for_response(version, event=event)
    return render(
        request,
        "participation/response_table.html",
        {
            "municipality": municipality,
            "version": version,
            "events": events,
            "event": event,
            "rows": rows,
            "settings": participation_settings(version),
            "coverage": event.coverage if event else version_coverage(version),
            "can_publish": request.user.has_perm("kompass.publish_participation", municipality),
        },
    )


@municipality_view()
def reach(request, municipality, pk):
    version = get_version(municipality, pk)
    return render(
        request,
        "participation/reach.html",
        {"municipality": municipality, "version": version, **reach_report(version)},
    )
