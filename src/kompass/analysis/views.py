"""Situation analysis: strengths, weaknesses, opportunities, risks and process factors; the
population structure and the district map drawn from the indicators of the current version."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.indicators import charts
from kompass.indicators.charts import indicator_figures
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import selectors, services
from .forms import AnalysisItemForm, DistrictMapForm, SuggestionForm, chosen
from .models import AnalysisItem, AnalysisKind
from .suggestions import BY_KIND

EDIT = "kompass.edit_analysis"
HEADINGS = {
    "strength": gettext_lazy("Strengths"),
    "weakness": gettext_lazy("Weaknesses"),
    "opportunity": gettext_lazy("Opportunities"),
    "risk": gettext_lazy("Risks"),
    "supporting": gettext_lazy("Supporting factors"),
    "hindering": gettext_lazy("Hindering factors"),
}


def _suggestion_choices(kind, used_titles):
    return [(title, title) for title, _note in BY_KIND[kind] if title not in used_titles]


@municipality_view()
def analysis_overview(request, municipality):
    items = list(scoped(AnalysisItem, municipality).prefetch_related("fields"))
    by_kind = {kind: [i for i in items if i.kind == kind] for kind in AnalysisKind.values}
    used = {i.title for i in items}
    suggestion_forms = {
        kind: SuggestionForm(choices=_suggestion_choices(kind, used), prefix=kind)
        for kind in BY_KIND
    }
    return render(
        request,
        "analysis/overview.html",
        {
            "municipality": municipality,
            "swot": [
                (HEADINGS[k], k, by_kind[k])
                for k in ("strength", "weakness", "opportunity", "risk")
            ],
            "factors": [
                (HEADINGS[k], k, by_kind[k], suggestion_forms[k])
                for k in ("supporting", "hindering")
            ],
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def analysis_item_edit(request, municipality, pk=None):
    item = get_object_in_municipality(AnalysisItem, municipality, pk=pk) if pk else None
    initial = (
        {"kind": request.GET["kind"]} if request.GET.get("kind") in AnalysisKind.values else None
    )
    form = AnalysisItemForm(
        request.POST or None, instance=item, municipality=municipality, initial=initial
    )
    back = reverse("analysis_overview", args=[municipality.slug])

    if request.method == "POST" and save_form(
        request,
        form,
        success_message=_("Saved."),
    ):
        return redirect(back)
    return render_form(
        request,
        form=form,
        title=_("Edit finding") if item else _("New finding"),
        cancel_url=back,
        obj=item,
        history=history_entries(item) if item else None,
    )


@municipality_view(EDIT)
def analysis_item_delete(request, municipality, pk):
    item = get_object_in_municipality(AnalysisItem, municipality, pk=pk)
    back = reverse("analysis_overview", args=[municipality.slug])
    return confirm_delete(request, obj=item, cancel_url=back, success_url=back)


@require_POST
@municipality_view(EDIT)
def analysis_adopt_suggestions(request, municipality, kind):
    back = reverse("analysis_overview", args=[municipality.slug])
    if kind not in BY_KIND:
        return redirect(back)
    used = set(scoped(AnalysisItem, municipality).values_list("title", flat=True))
    form = SuggestionForm(request.POST, choices=_suggestion_choices(kind, used), prefix=kind)
    if not form.is_valid():
        messages.error(
            request, _("Please choose at least one suggestion that is not yet in the list.")
        )
        return redirect(back)
    services.analysis_suggestions_adopt(
        municipality=municipality,
        kind=kind,
        titles=form.cleaned_data["picked"],
        acting_user=request.user,
    )
    messages.success(
        request, _("%(n)s factors have been added.") % {"n": len(form.cleaned_data["picked"])}
    )
    return redirect(back + f"#{kind}")


@municipality_view()
def population_structure(request, municipality):
    """The population structure: by group, by district and over time, from the current version."""
    version = selectors.analysis_version(municipality)
    indicators = selectors.population_indicators(version) if version else []
    values = selectors.values_by_indicator(indicators) if indicators else {}
    with_districts = any(v.district_id for found in values.values() for v in found)
    districts = selectors.districts_of(municipality) if with_districts else []
    figures = [
        indicator_figures(indicator, values.get(indicator.pk, []), districts)
        for indicator in indicators
    ]
    return render(
        request,
        "analysis/population.html",
        {
            "municipality": municipality,
            "version": version,
            "figures": [f for f in figures if not f.is_empty],
            "without_values": [f.indicator for f in figures if f.is_empty],
            "catalogue": selectors.population_catalogue() if not values else [],
            "can_edit_version": version is not None
            and request.user.has_perm("kompass.edit_concept", municipality),
        },
    )


@municipality_view()
def district_map(request, municipality):
    """One indicator on the map of the districts, for a year chosen in a GET form."""
    version = selectors.analysis_version(municipality)
    mappable = selectors.mappable_indicators(version) if version else selectors.MappableIndicators()
    context = {"municipality": municipality, "version": version, "figure": None}
    if mappable.indicators:
        by_pk = {i.pk: i for i in mappable.indicators}
        request_form = DistrictMapForm(
            request.GET or None, indicators=mappable.indicators, years=mappable.all_years()
        )
        indicator = by_pk[chosen(request_form, "indikator", by_pk, mappable.indicators[0].pk)]
        years = mappable.years[indicator.pk]
        wanted = chosen(request_form, "jahr", mappable.all_years(), None)
        year = wanted if wanted in years else years[-1]
        districts = selectors.districts_of(municipality)
        values = selectors.district_values(indicator, year)
        context.update(
            indicator=indicator,
            year=year,
            year_missing=wanted if wanted and wanted != year else None,
            years=years,
            form=DistrictMapForm(
                {"indikator": indicator.pk, "jahr": year},
                indicators=mappable.indicators,
                years=mappable.all_years(),
            ),
            figure=charts.district_map(
                indicator, values, districts, year, chart_id="stadtteilkarte"
            ),
        )
    return render(request, "analysis/district_map.html", context)
