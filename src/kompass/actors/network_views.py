"""The network analysis: surveys of relations between actors, and the network page."""

from django import forms
from django.db.models import Count
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.core.forms import formset_rows, model_form_values
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from .models import NetworkSurvey
from .network import compare_networks, load_network, uncovered_by_actors
from .network_forms import CompareForm, NetworkSurveyForm, RelationFormSet, actor_choices
from .network_services import network_survey_save, network_survey_save_relations
from .network_svg import network_chart

EDIT = "kompass.edit_analysis"


def _surveys(municipality):
    surveys = scoped(NetworkSurvey, municipality).annotate(relation_count=Count("relations"))
    # ordering of Meta does not apply to GROUP BY queries
    return list(surveys.order_by("-surveyed_on", "-pk"))


@municipality_view()
def network(request, municipality):
    """The graph of one survey (the latest by default), its measures, and a comparison."""
    surveys = _surveys(municipality)
    form = CompareForm(request.GET or None, surveys=surveys)
    chosen = compare_with = None
    if form.is_valid():
        by_pk = {s.pk: s for s in surveys}
        chosen = by_pk.get(form.cleaned_data["erhebung"])
        compare_with = by_pk.get(form.cleaned_data["vergleich"])
    chosen = chosen or (surveys[0] if surveys else None)
    if chosen is not None and not request.GET:
        form = CompareForm(initial={"erhebung": chosen.pk}, surveys=surveys)
    current = load_network(municipality, chosen)
    comparison = None
    if compare_with is not None and compare_with != chosen:
        earlier, later = sorted(
            [load_network(municipality, compare_with), current],
            key=lambda n: (n.survey.surveyed_on, n.survey.pk),
        )
        comparison = compare_networks(earlier, later)
    return render(
        request,
        "actors/network.html",
        {
            "municipality": municipality,
            "form": form,
            "surveys": surveys,
            "network": current,
            "chart": network_chart(current) if current.actors else None,
            "uncovered": uncovered_by_actors(municipality),
            "comparison": comparison,
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view()
def survey_list(request, municipality):
    return render(
        request,
        "actors/survey_list.html",
        {
            "municipality": municipality,
            "surveys": _surveys(municipality),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view()
def survey_detail(request, municipality, pk):
    survey = get_object_in_municipality(NetworkSurvey, municipality, pk=pk)
    relations = survey.relations.select_related("source", "target").order_by(
        "source__name", "target__name", "kind"
    )
    return render(
        request,
        "actors/survey_detail.html",
        {
            "municipality": municipality,
            "survey": survey,
            "relations": relations,
            "history": history_entries(survey),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def survey_edit(request, municipality, pk=None):
    survey = get_object_in_municipality(NetworkSurvey, municipality, pk=pk) if pk else None
    form = NetworkSurveyForm(request.POST or None, instance=survey, municipality=municipality)
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            lambda f: network_survey_save(
                **model_form_values(f, "survey"),
                copy_from=f.cleaned_data.get("copy_from"),
                acting_user=request.user,
            ),
            success_message=_("Saved."),
        )
        if saved:
            return redirect("network_survey_detail", municipality=municipality.slug, pk=saved.pk)
    cancel = (
        reverse("network_survey_detail", args=[municipality.slug, survey.pk])
        if survey
        else reverse("network_survey_list", args=[municipality.slug])
    )
    return render_form(
        request,
        form=form,
        title=_("Edit network survey") if survey else _("New network survey"),
        intro=_(
            "A survey records the relations between actors at one date, for example in a "
            "workshop of the participatory network analysis. Later surveys can be compared with it."
        ),
        cancel_url=cancel,
        obj=survey,
    )


@municipality_view(EDIT)
def survey_delete(request, municipality, pk):
    survey = get_object_in_municipality(NetworkSurvey, municipality, pk=pk)
    return confirm_delete(
        request,
        obj=survey,
        cancel_url=reverse("network_survey_detail", args=[municipality.slug, survey.pk]),
        success_url=reverse("network_survey_list", args=[municipality.slug]),
        extra_warning=_("All relations recorded in this survey are deleted with it."),
    )


@municipality_view(EDIT)
def survey_relations(request, municipality, pk):
    """Enter or correct many relations of one survey at once; all rows are saved or none."""
    survey = get_object_in_municipality(NetworkSurvey, municipality, pk=pk)
    formset = RelationFormSet(
        request.POST or None,
        queryset=survey.relations.order_by("pk"),
        survey=survey,
        actor_choices=actor_choices(municipality),
        prefix="relations",
    )
    form = forms.Form(request.POST or None)
    if request.method == "POST" and formset.is_valid():
        saved = save_form(
            request,
            form,
            lambda f: network_survey_save_relations(
                survey=survey, relations=formset_rows(formset), acting_user=request.user
            ),
            success_message=_("The relations have been saved."),
        )
        if saved is not None:
            return redirect("network_survey_detail", municipality=municipality.slug, pk=survey.pk)
    return render_form(
        request,
        form=form,
        title=_("Record relations"),
        intro=_(
            "One row per relation: who, with whom, what kind and how strong. Cooperation and "
            "exchange of information go both ways; for funding and membership the first actor "
            "funds the second or is a member of it. Empty rows are ignored."
        ),
        formsets=[(survey.title, formset)],
        cancel_url=reverse("network_survey_detail", args=[municipality.slug, survey.pk]),
        obj=survey,
    )
