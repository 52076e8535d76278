"""Statistics import: upload → assign series → preview → confirm (all or nothing) → undo."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.indicators import importing
from kompass.indicators.import_forms import SeriesMappingForm
from kompass.indicators.importing import file_series
from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue
from kompass.indicators.statfiles import read_statistics_file

from ..factories import IndicatorFactory, IndicatorValueFactory

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"


@pytest.fixture
def town(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world.town.ags = "06999001"
    world.town.save()
    return world


def upload(client, world, name):
    content = (DATA / name).read_bytes()
    return client.post(
        reverse("import_start", args=[world.town.slug, world.version.pk]),
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def series_field(name, variable_start):
    """The form field that assigns a whole variable (all its series) to an indicator."""
    result = read_statistics_file((DATA / name).read_bytes())
    (variable,) = {s.variable for s in file_series(result) if s.variable.startswith(variable_start)}
    return SeriesMappingForm.variable_field(variable)


def test_upload_preview_confirm_and_undo(town, client):
    world = town
    population = IndicatorFactory(field=world.field, name="Einwohnerinnen und Einwohner")
    foreign = IndicatorFactory(field=world.field, name="Ausländische Staatsangehörigkeit")
    IndicatorValueFactory(
        indicator=population, year=2022, value=Decimal("45000"), source="Melderegister"
    )
    client.force_login(world.users["coordination"])
    name = "regionaldatenbank_12411_latin1.csv"

    # upload: the file is read and kept, nothing imported yet
    response = upload(client, world, name)
    batch = ImportBatch.objects.get()
    assert response["Location"] == reverse("import_preview", args=[world.town.slug, batch.pk])
    assert batch.file_name == name and len(batch.checksum) == 64 and batch.file_format == "table"
    assert batch.uploaded_by == world.users["coordination"]

    # preview: what will be created, updated, skipped and why
    url = reverse("import_preview", args=[world.town.slug, batch.pk])
    mapping = {
        series_field(name, "Insgesamt"): population.pk,
        series_field(name, "Ausländer"): foreign.pk,
    }
    response = client.post(url, {**mapping, "preview": "1"})
    assert response.context["preview"]["counts"] == {
        "create": 3,
        "update": 1,
        "unchanged": 0,
        "skip": 26,
    }
    assert IndicatorValue.objects.filter(indicator=foreign).count() == 0
    content = response.content.decode()
    assert "45.123" in content and "45.000" in content

    # confirm: written in one go
    response = client.post(url, {**mapping, "confirm": "1"})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED and batch.counts["create"] == 3
    values = {
        (v.indicator_id, v.year): v
        for v in IndicatorValue.objects.filter(indicator__in=[population, foreign])
    }
    assert values[(population.pk, 2022)].value == Decimal("45123")
    assert values[(foreign.pk, 2023)].flag == "provisional"
    assert values[(foreign.pk, 2023)].reference_date.isoformat() == "2023-12-31"
    assert values[(population.pk, 2023)].import_batch == batch

    # undo: exactly the batch's values go, the replaced one comes back
    client.post(reverse("import_undo", args=[world.town.slug, batch.pk]))
    batch.refresh_from_db()
    assert batch.status == ImportStatus.UNDONE
    remaining = list(IndicatorValue.objects.filter(indicator__in=[population, foreign]))
    assert [(v.year, v.value, v.source) for v in remaining] == [
        (2022, Decimal("45000.000"), "Melderegister")
    ]
    assert IndicatorValue.objects.filter(pk=world.value.pk).exists()


def test_broken_file_lists_every_problem_and_stores_nothing(town, client):
    client.force_login(town.users["coordination"])
    response = upload(client, town, "broken_text_in_number_cells.csv")
    assert response.status_code == 200
    content = response.content.decode()
    assert "ca. 38.000" in content and "k.A." in content
    assert ImportBatch.objects.count() == 0


def test_rows_of_other_regions_are_counted_by_reason(town, client):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    name = "unknown_region_key.csv"
    upload(client, town, name)
    batch = ImportBatch.objects.get()
    response = client.post(
        reverse("import_preview", args=[town.town.slug, batch.pk]),
        {series_field(name, "Insgesamt"): indicator.pk, "preview": "1"},
    )
    # skipped rows are grouped by reason with a few examples, not listed one by one: 8 rows
    # of other regions (09999999 among them) × 3 series, the town's 2 rows of the 2
    # series that are not assigned
    groups = {g["reason"]: g for g in response.context["preview"]["skipped"]}
    assert groups[str(importing.OTHER_REGION)]["count"] == 24
    assert groups[str(importing.NOT_ASSIGNED)]["count"] == 4
    assert len(groups[str(importing.OTHER_REGION)]["examples"]) == 3
    assert [r["region"] for r in response.context["rows"]] == ["06999001 Musterstadt, Stadt"] * 2


def test_two_series_into_one_indicator_is_refused(town, client):
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    name = "regionaldatenbank_12411_latin1.csv"
    upload(client, town, name)
    batch = ImportBatch.objects.get()
    data = {
        series_field(name, "Insgesamt"): indicator.pk,
        series_field(name, "Deutsche"): indicator.pk,
    }
    response = client.post(
        reverse("import_preview", args=[town.town.slug, batch.pk]), {**data, "confirm": "1"}
    )
    assert response.status_code == 200
    assert response.context["problems"] and not response.context["can_apply"]
    assert IndicatorValue.objects.filter(indicator=indicator).count() == 0
    batch.refresh_from_db()
    assert batch.status == ImportStatus.PENDING


def test_indicator_choices_are_only_the_versions_own(town, client):
    from ..factories import IndicatorFactory as Factory

    foreign_indicator = Factory(
        field__version__concept__municipality=town.other_town, name="Fremder Indikator"
    )
    client.force_login(town.users["coordination"])
    name = "regionaldatenbank_12411_latin1.csv"
    upload(client, town, name)
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    assert "Fremder Indikator" not in client.get(url).content.decode()
    response = client.post(
        url, {series_field(name, "Insgesamt"): foreign_indicator.pk, "confirm": "1"}
    )
    assert response.status_code == 200 and response.context["preview"] is None
    assert not IndicatorValue.objects.filter(indicator=foreign_indicator).exists()


@pytest.mark.parametrize(
    ("user_key", "status"),
    [
        ("coordination", 200),
        ("instance_admin", 200),
        ("responsible_unit", 403),
        ("steering_group", 403),
        ("council", 403),
        ("facilitator", 403),
        ("programme_coordinator", 403),
        ("foreign_coordinator", 404),
        ("foreign_programme_coordinator", 404),
        ("no_membership", 404),
    ],
)
def test_import_pages_matrix(town, client, user_key, status):
    batch = ImportBatch.objects.create(
        municipality=town.town,
        version=town.version,
        file="imports/x.csv",
        file_name="x.csv",
        checksum="0" * 64,
        file_format="table",
        status=ImportStatus.APPLIED,
    )
    client.force_login(town.users[user_key])
    assert (
        client.get(reverse("import_start", args=[town.town.slug, town.version.pk])).status_code
        == status
    )
    status_page = client.get(reverse("import_status", args=[town.town.slug, batch.pk]))
    assert status_page.status_code == (302 if status == 200 else status)
    preview = client.get(reverse("import_preview", args=[town.town.slug, batch.pk]))
    assert preview.status_code == (302 if status == 200 else status)
    undo = client.post(reverse("import_undo", args=[town.town.slug, batch.pk]))
    assert undo.status_code == (302 if status == 200 else status)
    if status != 200:
        batch.refresh_from_db()
        assert batch.status == ImportStatus.APPLIED


def test_land_key_is_not_mistaken_for_a_district_code(town, client):
    from ..factories import DistrictFactory

    DistrictFactory(municipality=town.town, code="06", name="Sechstes Viertel")
    indicator = IndicatorFactory(field=town.field)
    client.force_login(town.users["coordination"])
    name = "regionaldatenbank_12411_latin1.csv"
    upload(client, town, name)
    batch = ImportBatch.objects.get()
    response = client.post(
        reverse("import_preview", args=[town.town.slug, batch.pk]),
        {series_field(name, "Insgesamt"): indicator.pk, "preview": "1"},
    )
    rows = response.context["rows"]
    assert rows and all(r["district"] == "" for r in rows)
    assert not [r for r in rows if r["region"].startswith("06 ")]


def test_a_whole_variable_is_assigned_at_once_and_a_series_can_override(town, client):
    unemployed = IndicatorFactory(field=town.field, name="Arbeitslose")
    other = IndicatorFactory(field=town.field, name="Arbeitslose (Staatsangehörigkeit)")
    client.force_login(town.users["coordination"])
    name = "genesis_ffcsv_current.csv"
    upload(client, town, name)
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[town.town.slug, batch.pk])
    variable = series_field(name, "Arbeitslose")
    response = client.post(url, {variable: unemployed.pk, "preview": "1"})
    rows = [r for r in response.context["rows"] if r["action"] == "create"]
    # the total and the disaggregated series both land in the indicator, the latter as a group
    assert {r["group"] for r in rows} == {"", "Nationalität: Ausländer(innen)"}
    assert {r["indicator"] for r in rows} == {"Arbeitslose"}

    result = read_statistics_file((DATA / name).read_bytes())
    (series,) = [s for s in file_series(result) if s.group.startswith("Nationalität")]
    response = client.post(
        url, {variable: unemployed.pk, f"series_{series.key}": other.pk, "confirm": "1"}
    )
    assert response.status_code == 302
    values = IndicatorValue.objects.filter(indicator__in=[unemployed, other])
    groups = dict(values.values_list("indicator__name", "group").distinct())
    assert groups == {
        "Arbeitslose": "",
        "Arbeitslose (Staatsangehörigkeit)": "Nationalität: Ausländer(innen)",
    }
    # the page remembers the assignment per variable and per series
    batch.refresh_from_db()
    assert batch.mapping[series.key] == other.pk
