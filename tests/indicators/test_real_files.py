"""Real published statistics files imported through the web pages, as a municipality would.

The files in tests/data/statistics/real_* are real downloads (see SOURCES.md), cut to a few
rows. Every expected number below is read off the file itself.
"""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.indicators.import_forms import SeriesMappingForm
from kompass.indicators.models import (
    ComparisonValue,
    ImportBatch,
    ImportStatus,
    IndicatorValue,
    ValueFlag,
)

from ..factories import DistrictFactory, IndicatorFactory

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"


@pytest.fixture
def darmstadt(world, settings, tmp_path):
    """A kreisfreie Stadt: county tables name it only by its 5-digit key 06411."""
    settings.MEDIA_ROOT = tmp_path
    town = world.town
    town.name, town.kind, town.land = "Darmstadt", "kreisfreie_stadt", "06"
    town.ags, town.ars = "06411000", "064110000000"
    town.save()
    return world


def import_file(client, world, name, assignments, *, comparison=True, dash=None):
    """Upload a file, assign variables (by their label) to indicators, preview and confirm."""
    data = {"file": SimpleUploadedFile(name, (DATA / name).read_bytes())}
    if comparison:
        data["keep_comparison"] = "on"
    client.force_login(world.users["coordination"])
    response = client.post(reverse("import_start", args=[world.town.slug, world.version.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    batch = ImportBatch.objects.latest("pk")
    variables = {item["variable"] for item in batch.summary["series"]}
    mapping = {}
    for label, indicator in assignments.items():
        assert label in variables, sorted(variables)
        mapping[SeriesMappingForm.variable_field(label)] = indicator.pk
    url = reverse("import_preview", args=[world.town.slug, batch.pk])
    if dash:
        mapping["dash_means"] = dash
    response = client.post(url, {**mapping, "preview": "1"})
    assert response.status_code == 200
    assert response.context["can_apply"], response.context.get("problems")
    response = client.post(url, {**mapping, "confirm": "1"})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED
    return batch


def values_of(indicator, **filters):
    return list(IndicatorValue.objects.filter(indicator=indicator, **filters).order_by("year"))


def test_county_table_with_an_age_group_column(darmstadt, client):
    """12411-03-03-4: date first, the age group as a text column, two rows of heads."""
    foreign = IndicatorFactory(field=darmstadt.field, name="Ausländische Bevölkerung", unit="%")
    batch = import_file(
        client,
        darmstadt,
        "real_12411-03-03-4_kreise_agegroups_utf8.csv",
        {"Ausländer(innen) | Insgesamt": foreign},
    )
    values = {v.group: v for v in values_of(foreign)}
    assert len(values) == 22  # the 22 age groups of 31.12.2015
    (under_three,) = [v for group, v in values.items() if "unter 3 Jahre" in group]
    assert under_three.value == Decimal("587")
    assert under_three.reference_date.isoformat() == "2015-12-31"
    assert under_three.district is None and under_three.import_batch == batch
    # Germany's row of the same file is kept as a comparison line, not as an own value
    germany = ComparisonValue.objects.get(
        indicator=foreign, region_key="DG", group=under_three.group
    )
    assert germany.value == Decimal("217280")


def test_naturalisations_by_year_with_the_year_in_the_first_column(darmstadt, client):
    """12511-01-01-4: Windows-1252, the year first, four rows of heads, '-' for nothing."""
    total = IndicatorFactory(field=darmstadt.field, name="Einbürgerungen")
    oceania = IndicatorFactory(field=darmstadt.field, name="Einbürgerungen Ozeanien")
    head = "Einbürgerungen von Ausländern | Kontinente (einschl. staatenlos etc.) | "
    import_file(
        client,
        darmstadt,
        "real_12511-01-01-4_kreise_naturalisations_year_first_latin1.csv",
        {head + "Insgesamt": total, head + "Australien und Ozeanien": oceania},
    )
    assert [(v.year, v.value) for v in values_of(total)] == [
        (2011, Decimal("503")),
        (2015, Decimal("454")),
        (2016, Decimal("368")),
    ]
    # "-" in a classic table: nothing there, a real zero with its note
    assert {(v.value, v.flag) for v in values_of(oceania)} == {(Decimal("0"), ValueFlag.NOTHING)}


def test_gemeinde_table_with_association_keys(darmstadt, client):
    """13211-01-03-5: year only in the header block, heads over three rows, 7- to 11-digit keys.

    Barwedel appears only with its 11-digit key (Kreis, Samtgemeinde, Gemeinde)."""
    town = darmstadt.town
    town.name, town.kind, town.land, town.ags, town.ars = "Barwedel", "gemeinde", "03", "", ""
    town.ags = "03151002"
    town.save()
    unemployed = IndicatorFactory(field=darmstadt.field, name="Arbeitslose")
    foreigners = IndicatorFactory(field=darmstadt.field, name="Arbeitslose Ausländer*innen")
    import_file(
        client,
        darmstadt,
        "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv",
        {"Arbeitslose insgesamt": unemployed, "Arbeitslose | und zwar | Ausländer": foreigners},
    )
    assert [(v.year, v.value) for v in values_of(unemployed)] == [(2016, Decimal("12"))]
    assert [(v.year, v.value) for v in values_of(foreigners)] == [(2016, Decimal("0"))]
    # the county (Gifhorn) and Germany as comparison lines
    assert {
        c.region_key: c.value for c in ComparisonValue.objects.filter(indicator=unemployed)
    } == {
        "DG": Decimal("2690975"),
        "03": Decimal("252574"),
        "03151": Decimal("4426"),
    }


def test_a_landkreis_imports_its_gemeinden_as_districts(darmstadt, client):
    town = darmstadt.town
    town.name, town.kind, town.land, town.ags, town.ars = "Gifhorn", "landkreis", "03", "", ""
    town.ags = "03151000"
    town.save()
    gifhorn = DistrictFactory(municipality=town, code="03151009", name="Gifhorn")
    barwedel = DistrictFactory(municipality=town, code="03151002", name="Barwedel")
    unemployed = IndicatorFactory(field=darmstadt.field, name="Arbeitslose")
    import_file(
        client,
        darmstadt,
        "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv",
        {"Arbeitslose insgesamt": unemployed},
    )
    values = {v.district: v.value for v in values_of(unemployed)}
    assert values == {None: Decimal("4426"), gifhorn: Decimal("1654"), barwedel: Decimal("12")}


def test_county_flat_file_in_german(darmstadt, client):
    """12411-01-01-4 as a current flat file: the total has an empty code."""
    population = IndicatorFactory(field=darmstadt.field, name="Bevölkerung", unit="Personen")
    import_file(
        client,
        darmstadt,
        "real_12411-01-01-4_ffcsv_current_kreise_de.csv",
        {"Bevölkerungsstand": population},
    )
    values = {(v.group, v.group_code): v.value for v in values_of(population)}
    assert values[("", "")] == Decimal("167029")
    assert values[("Geschlecht: weiblich", "GES=GESW")] == Decimal("81699")
    assert values[("Geschlecht: männlich", "GES=GESM")] == Decimal("85330")


def test_land_flat_file_in_english_for_a_city_state(darmstadt, client):
    """13111-0005 in English: Berlin is a Land, a Kreis and a Gemeinde at once; the total is
    'Total' with an empty code and joins the series of the German download."""
    town = darmstadt.town
    town.name, town.land, town.ags, town.ars = "Berlin", "11", "11000000", "110000000000"
    town.save()
    employees = IndicatorFactory(field=darmstadt.field, name="Beschäftigte")
    import_file(
        client,
        darmstadt,
        "real_13111-0005_ffcsv_current_laender_en.csv",
        {"Employees subj. to social insur. at place of work": employees},
    )
    totals = {v.reference_date.isoformat(): v.value for v in values_of(employees, group="")}
    assert totals["2024-06-30"] == Decimal("1686597")
    assert totals["2024-09-30"] == Decimal("1693329")
    male = values_of(employees, group_code="GES=GESM", reference_date="2023-12-31")
    assert [v.value for v in male] == [Decimal("863528")]


def test_zensus_flat_files_in_english_and_german(darmstadt, client):
    """Zensus 2022: the town's row under its 12-digit ARS (GEOGM4, English download), and
    Germany and the Länder (GEODL1, GEOBL1) only as comparison lines."""
    population = IndicatorFactory(field=darmstadt.field, name="Einwohner*innen Zensus")
    import_file(
        client,
        darmstadt,
        "real_1000A-0000_zensus_ffcsv_gemeinden_en.csv",
        {"Persons": population},
    )
    (value,) = values_of(population)
    assert (value.year, value.value, value.group) == (2022, Decimal("161767"), "")
    assert value.reference_date.isoformat() == "2022-05-15"
    germany = ComparisonValue.objects.get(indicator=population, region_key="DG")
    assert germany.value == Decimal("82719540")


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (None, (None, ValueFlag.NOT_PUBLISHED)),
        ("no_value", (None, ValueFlag.NOT_PUBLISHED)),
        ("zero", (Decimal("0"), ValueFlag.NOTHING)),
    ],
)
def test_a_dash_without_quality_code_means_what_the_coordinator_decides(
    darmstadt, client, choice, expected
):
    """12211-Z-11 (Mikrozensus per Kreis): Nürnberg's four cells are '-' with an empty quality
    code (the survey is not published for this county)."""
    town = darmstadt.town
    town.name, town.land, town.ags, town.ars = "Nürnberg", "09", "09564000", ""
    town.save()
    living = IndicatorFactory(field=darmstadt.field, name="Lebensformen")
    batch = import_file(
        client,
        darmstadt,
        "real_12211-Z-11_ffcsv_mikrozensus_kreise_dash_de.csv",
        {"Lebensformen": living},
        dash=choice,
    )
    assert batch.dash_means == (choice or "no_value")
    values = {v.group: (v.value, v.flag) for v in values_of(living)}
    assert len(values) == 4 and set(values.values()) == {expected}


def test_the_import_page_leads_to_the_web_service_and_marks_fetched_tables(darmstadt, client):
    batch = import_file(
        client,
        darmstadt,
        "real_12411-01-01-4_ffcsv_current_kreise_de.csv",
        {"Bevölkerungsstand": IndicatorFactory(field=darmstadt.field)},
    )
    ImportBatch.objects.filter(pk=batch.pk).update(service="regionalstatistik", table_code="12411")
    page = client.get(reverse("import_start", args=[darmstadt.town.slug, darmstadt.version.pk]))
    content = page.content.decode()
    assert reverse("statservice_fetch", args=[darmstadt.town.slug, darmstadt.version.pk]) in content
    assert "(Tabelle 12411)" in content or "(table 12411)" in content


def test_skipped_rows_are_grouped_with_examples_from_different_rows(darmstadt, client):
    """A classic table row holds several values: the examples of a reason name distinct rows."""
    client.force_login(darmstadt.users["coordination"])
    name = "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv"
    client.post(
        reverse("import_start", args=[darmstadt.town.slug, darmstadt.version.pk]),
        {"file": SimpleUploadedFile(name, (DATA / name).read_bytes()), "keep_comparison": "on"},
    )
    batch = ImportBatch.objects.get()
    indicator = IndicatorFactory(field=darmstadt.field)
    field = SeriesMappingForm.variable_field("Arbeitslose insgesamt")
    url = reverse("import_preview", args=[darmstadt.town.slug, batch.pk])
    preview = client.post(url, {field: indicator.pk, "preview": "1"}).context["preview"]
    assert preview["counts"]["create"] == 1  # Darmstadt 2016
    for group in preview["skipped"]:
        rows = [example["row"] for example in group["examples"]]
        assert len(rows) == len(set(rows)) == min(3, group["count"]), group
