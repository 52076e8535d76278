"""Indicator pages: definition, baseline and target, values entered by hand, the catalogue."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from kompass.analysis.forms import ChartYearForm, chosen
from kompass.analysis.models import District
from kompass.concepts.access import get_version
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, planning_form_view, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, require, scoped

from . import charts, services
from .forms import CatalogueAdoptForm, IndicatorForm, IndicatorValueForm
from .models import ComparisonValue, Indicator, IndicatorValue
from .selectors import catalogue_for_version
from .status import indicator_verdict

EDIT = "kompass.edit_concept"
ENTER_VALUES = "kompass.enter_indicator_values"


def _indicators():
    return Indicator.objects.select_related(
        "version__concept", "field", "responsible_unit", "catalogue_entry"
    )


def get_indicator(municipality, pk) -> Indicator:
    return get_object_in_municipality(_indicators(), municipality, pk=pk)


@municipality_view()
def indicator_detail(request, municipality, pk):
    # whether there are comparison values comes with the indicator: a page without them
    # needs no query for them, a page with them one, whatever their number
    indicator = get_object_in_municipality(
        _indicators().annotate(
            has_comparisons=Exists(ComparisonValue.objects.filter(indicator=OuterRef("pk")))
        ),
        municipality,
        pk=pk,
    )
    values = list(
        indicator.values.select_related("district").order_by(
            "year", "reference_date", "district__code", "group"
        )
    )
    comparisons = (
        list(indicator.comparisons.order_by("region_key", "year", "reference_date", "group", "pk"))
        if indicator.has_comparisons
        else []
    )
    years = charts.district_years(values)
    year_form = ChartYearForm(request.GET or None, years=years[::-1])
    figures = charts.indicator_figures(
        indicator,
        values,
        list(scoped(District, municipality)) if years else [],
        year=chosen(year_form, "jahr", years, None),
        comparisons=comparisons,
    )
    # show the year actually drawn, also when the requested one had no district values
    year_form = ChartYearForm({"jahr": figures.district_year}, years=years[::-1])
    return render(
        request,
        "indicators/indicator_detail.html",
        {
            "municipality": municipality,
            "object": indicator,
            "version": indicator.version,
            "goals": indicator.goals.all(),
            "values": values,
            "comparison_regions": charts.comparison_regions(indicator, comparisons),
            "figures": figures,
            "verdict": indicator_verdict(indicator, values),
            "year_form": year_form,
            "definition_changes": indicator.definition_changes.all(),
            "history": history_entries(indicator),
            "can_edit": request.user.has_perm(EDIT, indicator) and not indicator.version.is_locked,
            "can_enter_values": request.user.has_perm(ENTER_VALUES, indicator),
            "can_delete_comparisons": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def comparison_delete(request, municipality, pk, region_key):
    """Delete the comparison values of one region (all years and groups) after confirmation."""
    indicator = get_indicator(municipality, pk)
    region = next(
        (
            r
            for r in charts.comparison_regions(indicator, indicator.comparisons.all())
            if r.region_key == region_key
        ),
        None,
    )
    if region is None:
        raise Http404
    detail = reverse("indicator_detail", args=[municipality.slug, pk])
    return confirm_delete(
        request,
        obj=region,
        cancel_url=detail + "#vergleichswerte",
        success_url=detail + "#vergleichswerte",
        delete=lambda r: services.comparison_region_delete(
            indicator=indicator, region_key=r.region_key, acting_user=request.user
        ),
        extra_warning=ngettext(
            "%(count)d value of %(region)s is deleted; importing the table again brings it back.",
            "%(count)d values of %(region)s are deleted; importing the table again brings them "
            "back.",
            len(region.values),
        )
        % {"count": len(region.values), "region": region.region_name},
        irreversible=False,
    )


@municipality_view(EDIT)
def indicator_create(request, municipality, pk):
    version = get_version(municipality, pk)
    initial = {"goals": [request.GET["goal"]]} if request.GET.get("goal") else {}
    if request.GET.get("field"):
        initial["field"] = request.GET["field"]
    return planning_form_view(
        request,
        municipality,
        form_class=IndicatorForm,
        version=version,
        instance=None,
        initial=initial,
        title=_("New indicator"),
        success_url=lambda obj: reverse("indicator_detail", args=[municipality.slug, obj.pk]),
    )


@municipality_view(EDIT)
def indicator_edit(request, municipality, pk):
    indicator = get_indicator(municipality, pk)
    return planning_form_view(
        request,
        municipality,
        form_class=IndicatorForm,
        version=indicator.version,
        instance=indicator,
        title=_("Edit indicator"),
        success_url=lambda obj: reverse("indicator_detail", args=[municipality.slug, obj.pk]),
        cancel_url=reverse("indicator_detail", args=[municipality.slug, pk]),
    )


@municipality_view(EDIT)
def indicator_delete(request, municipality, pk):
    indicator = get_indicator(municipality, pk)
    return confirm_delete(
        request,
        obj=indicator,
        cancel_url=reverse("indicator_detail", args=[municipality.slug, pk]),
        success_url=indicator.version.get_absolute_url(),
        extra_warning=_("All values of this indicator are deleted with it."),
    )


@municipality_view()
def value_create(request, municipality, pk):
    indicator = get_indicator(municipality, pk)
    require(request, ENTER_VALUES, indicator)
    form = IndicatorValueForm(request.POST or None, indicator=indicator)
    detail = reverse("indicator_detail", args=[municipality.slug, pk])
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.indicator_value_save(value=f.instance, acting_user=request.user),
        success_message=_("The value has been saved."),
    ):
        return redirect(detail + "#werte")
    return render_form(
        request,
        form=form,
        title=_("New value for “%(name)s”") % {"name": indicator.name},
        cancel_url=detail,
    )


def _get_value(municipality, pk) -> IndicatorValue:
    return get_object_in_municipality(
        IndicatorValue.objects.select_related("indicator__version"), municipality, pk=pk
    )


@municipality_view()
def value_edit(request, municipality, pk):
    value = _get_value(municipality, pk)
    require(request, ENTER_VALUES, value.indicator)
    form = IndicatorValueForm(request.POST or None, instance=value, indicator=value.indicator)
    detail = reverse("indicator_detail", args=[municipality.slug, value.indicator_id])
    if request.method == "POST" and save_form(
        request,
        form,
        lambda f: services.indicator_value_save(value=f.instance, acting_user=request.user),
        success_message=_("The value has been saved."),
    ):
        return redirect(detail + "#werte")
    return render_form(request, form=form, title=_("Edit value"), cancel_url=detail, obj=value)


@municipality_view()
def value_delete(request, municipality, pk):
    value = _get_value(municipality, pk)
    require(request, ENTER_VALUES, value.indicator)
    detail = reverse("indicator_detail", args=[municipality.slug, value.indicator_id])
    return confirm_delete(request, obj=value, cancel_url=detail, success_url=detail)


def _render_catalogue(request, municipality, version, form):
    can_adopt = request.user.has_perm(EDIT, municipality) and not version.is_locked
    return render(
        request,
        "indicators/catalogue.html",
        {
            "municipality": municipality,
            "version": version,
            "groups": catalogue_for_version(version),
            "form": form if can_adopt else None,
            "selected": form.selected_ids() if can_adopt else set(),
            "can_adopt": can_adopt,
        },
    )


@municipality_view()
def indicator_catalogue(request, municipality, pk):
    """The shared indicator catalogue by topic area, with what this version already uses."""
    version = get_version(municipality, pk)
    return _render_catalogue(request, municipality, version, CatalogueAdoptForm(version=version))


@require_POST
@municipality_view(EDIT)
def indicator_catalogue_adopt(request, municipality, pk):
    """Adopt the ticked catalogue entries into the version; report what was skipped."""
    version = get_version(municipality, pk)
    form = CatalogueAdoptForm(request.POST, version=version)
    if not form.is_valid():
        return _render_catalogue(request, municipality, version, form)
    try:
        adoption = services.indicator_adopt_from_catalogue(
            version=version,
            entries=form.cleaned_data["entries"],
            field=form.cleaned_data["field"],
            goal=form.cleaned_data["goal"],
            acting_user=request.user,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("indicator_catalogue", municipality=municipality.slug, pk=version.pk)
    if adoption.created:
        messages.success(
            request,
            ngettext(
                "%(count)d indicator has been adopted from the catalogue.",
                "%(count)d indicators have been adopted from the catalogue.",
                len(adoption.created),
            )
            % {"count": len(adoption.created)},
        )
    if adoption.skipped:
        messages.warning(
            request,
            _("Already used in this version and therefore skipped: %(names)s")
            % {"names": "; ".join(entry.name for entry in adoption.skipped)},
        )
    return redirect("indicator_catalogue", municipality=municipality.slug, pk=version.pk)
