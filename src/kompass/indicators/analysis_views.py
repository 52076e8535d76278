"""The statistical pages of the situation analysis: the population structure and the district
map, drawn from the indicators of the current version."""

from django.shortcuts import render

from kompass.analysis.forms import DistrictMapForm, chosen
from kompass.tenancy.access import municipality_view

from . import analysis_selectors as selectors
from . import charts
from .charts import indicator_figures


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
        "indicators/population.html",
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
    return render(request, "indicators/district_map.html", context)
