"""The statistical pages of the situation analysis and the charts on the indicator page."""

import json
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext as _

from kompass.indicators.analysis_selectors import population_indicators
from kompass.indicators.models import IndicatorCatalogueEntry, IndicatorKind

from ..factories import DistrictFactory, IndicatorFactory, IndicatorValueFactory


def outline(lon, lat):
    ring = [[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


def svg_count(response):
    return response.content.decode().count("<svg")


@pytest.fixture
def population(world):
    """Inhabitants (no catalogue, context, persons) by year, age band and district."""
    north = DistrictFactory(
        municipality=world.town, code="01", name="Nord <&>", geojson=outline(8.6, 50.0)
    )
    south = DistrictFactory(municipality=world.town, code="02", name="Süd", geojson="")
    indicator = IndicatorFactory(
        field=world.field,
        name="Einwohnerinnen und Einwohner",
        unit="Personen",
        kind=IndicatorKind.CONTEXT,
    )
    for year, total in ((2022, 44960), (2023, 45080), (2024, 45000)):
        IndicatorValueFactory(indicator=indicator, year=year, value=total)
    for year in (2020, 2024):
        for band, value in (("unter 6", 2560), ("6 bis unter 18", 5210)):
            IndicatorValueFactory(
                indicator=indicator, year=year, group=f"Altersgruppe: {band}", value=value + year
            )
    IndicatorValueFactory(indicator=indicator, year=2024, district=north, value=6800)
    IndicatorValueFactory(indicator=indicator, year=2024, district=south, value=9400)
    return indicator


# -- which indicators count ------------------------------------------------------------------


def test_population_rule_uses_the_catalogue_topic_area_and_else_context_in_persons(world):
    foreign = IndicatorCatalogueEntry.objects.get(code="auslaendische-staatsangehoerigkeit")
    naturalisations = IndicatorCatalogueEntry.objects.get(code="einbuergerungen")
    linked = IndicatorFactory(field=world.field, catalogue_entry=foreign, unit="%")
    by_code = IndicatorFactory(field=world.field, catalogue_code="schutzsuchende", unit="je 1.000")
    inhabitants = IndicatorFactory(field=world.field, kind=IndicatorKind.CONTEXT, unit="personen")
    IndicatorFactory(  # counted in persons, but the catalogue puts it under legal integration
        field=world.field,
        kind=IndicatorKind.CONTEXT,
        unit="Personen",
        catalogue_entry=naturalisations,
        catalogue_code="einbuergerungen",
    )
    IndicatorFactory(field=world.field, kind=IndicatorKind.GOAL, unit="Personen")
    IndicatorFactory(field=world.field, kind=IndicatorKind.CONTEXT, unit="%")
    assert set(population_indicators(world.version)) == {linked, by_code, inhabitants}


# -- the population page ----------------------------------------------------------------------


def test_population_page_shows_time_series_groups_and_districts_with_tables(
    world, client, population
):
    client.force_login(world.users["council"])
    response = client.get(reverse("population_structure", args=[world.town.slug]))
    content = response.content.decode()
    assert response.status_code == 200
    # time series, age bands, district bars, map: four charts, four tables
    assert svg_count(response) == 4
    assert content.count("<caption>") == 4
    assert "45.080" in content  # a value of the series, formatted in German
    assert "unter 6" in content and "Altersgruppe" in content
    assert "Nord &lt;&amp;&gt;" in content and "Nord <&>" not in content
    assert _("Without an outline, not on the map: %(names)s") % {"names": "Süd"} in content


def test_empty_population_page_names_catalogue_indicators_and_links_the_import(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("population_structure", args=[world.town.slug])
    content = client.get(url).content.decode()
    assert "Anteil der Bevölkerung mit Einwanderungsgeschichte" in content
    assert reverse("indicator_catalogue", args=[world.town.slug, world.version.pk]) in content
    assert reverse("import_start", args=[world.town.slug, world.version.pk]) in content
    assert "<svg" not in content
    # who may not import is not sent there
    client.force_login(world.users["council"])
    content = client.get(url).content.decode()
    assert reverse("import_start", args=[world.town.slug, world.version.pk]) not in content


# -- the district map -------------------------------------------------------------------------


def test_map_page_draws_the_chosen_indicator_and_year(world, client, population):
    north = population.values.get(district__code="01").district
    share = IndicatorFactory(field=world.field, name="Anteil", unit="%")
    IndicatorValueFactory(indicator=share, year=2023, district=north, value=Decimal("12.5"))
    client.force_login(world.users["steering_group"])
    url = reverse("district_map", args=[world.town.slug])

    response = client.get(url, {"indikator": share.pk, "jahr": 2023})
    content = response.content.decode()
    assert svg_count(response) == 1
    assert "Anteil, 2023" in content
    assert "12,5" in content
    # the district without a value keeps its row in the table, and the one without outline
    assert _("no outline") in content

    # a year without values for that indicator falls back to its latest year, and says so
    response = client.get(url, {"indikator": population.pk, "jahr": 2023})
    assert response.context["year"] == 2024
    assert response.context["year_missing"] == 2023


def test_map_page_ignores_indicators_of_another_municipality(world, client, population):
    foreign_district = DistrictFactory(municipality=world.other_town, geojson=outline(9, 51))
    foreign = IndicatorFactory(field__version__concept__municipality=world.other_town)
    IndicatorValueFactory(indicator=foreign, year=2024, district=foreign_district, value=99)
    client.force_login(world.users["coordination"])
    response = client.get(
        reverse("district_map", args=[world.town.slug]), {"indikator": foreign.pk}
    )
    assert response.status_code == 200
    assert response.context["indicator"] == population
    assert foreign.name not in response.content.decode()


def test_map_page_without_district_values_explains_what_to_do(world, client):
    client.force_login(world.users["council"])
    response = client.get(reverse("district_map", args=[world.town.slug]))
    assert response.context["figure"] is None
    assert "<svg" not in response.content.decode()


# -- the indicator page -----------------------------------------------------------------------


def test_indicator_page_shows_a_chart_with_its_values(world, client):
    IndicatorValueFactory(indicator=world.indicator, year=2023, value=Decimal("11.25"))
    client.force_login(world.users["council"])
    response = client.get(reverse("indicator_detail", args=[world.town.slug, world.indicator.pk]))
    svg = re.search(r"<svg.*?</svg>", response.content.decode(), re.S).group(0)
    assert "12,50 %" in svg and "11,25 %" in svg  # the tooltips of the two points
    assert svg_count(response) == 1  # no district values, no district charts


def test_indicator_page_district_charts_follow_the_chosen_year(world, client, population):
    client.force_login(world.users["council"])
    url = reverse("indicator_detail", args=[world.town.slug, population.pk])
    north = population.values.get(district__code="01").district
    IndicatorValueFactory(indicator=population, year=2022, district=north, value=6790)

    latest = client.get(url)
    assert latest.context["figures"].district_year == 2024
    assert svg_count(latest) == 4  # series, groups, district bars, map
    chosen = client.get(url, {"jahr": "2022"})
    assert chosen.context["figures"].district_year == 2022
    assert "6.790" in chosen.content.decode()
    unknown = client.get(url, {"jahr": "1999"})
    assert unknown.context["figures"].district_year == 2024


# -- query counts -------------------------------------------------------------------------------


def _queries(client, url, params=None):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, params or {})
    assert response.status_code == 200
    return len(context.captured_queries)


def _grow(world, population, n):
    districts = [
        DistrictFactory(municipality=world.town, geojson=outline(8.6 + i * 0.01, 50.1))
        for i in range(n)
    ]
    for year in (2023, 2024):
        for district in districts:
            IndicatorValueFactory(indicator=population, year=year, district=district, value=100)
        for i in range(n):
            IndicatorValueFactory(indicator=population, year=year, group=f"Gruppe {i}", value=i)
    for i in range(n):
        other = IndicatorFactory(field=world.field, kind=IndicatorKind.CONTEXT, unit="Personen")
        IndicatorValueFactory(indicator=other, year=2024, district=districts[i], value=i)


# session, user, access, municipality, version, indicators, values, districts (+ history etc.)
MAX_QUERIES = {"population_structure": 11, "district_map": 12, "indicator_detail": 12}


@pytest.mark.parametrize("name", ["population_structure", "district_map", "indicator_detail"])
def test_statistics_pages_need_the_same_queries_for_small_and_large_data(
    world, client, population, name
):
    client.force_login(world.users["coordination"])
    args = [world.town.slug] + ([population.pk] if name == "indicator_detail" else [])
    url = reverse(name, args=args)
    params = {"indikator": population.pk} if name == "district_map" else {}
    small = _queries(client, url, params)
    _grow(world, population, 12)
    large = _queries(client, url, params)
    assert small == large
    assert large <= MAX_QUERIES[name]
