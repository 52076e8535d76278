"""Statistics import: upload → assign series → preview → confirm (all or nothing) → undo."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.indicators import import_pipeline as pipeline
from kompass.indicators import importing
from kompass.indicators.import_forms import SeriesMappingForm
from kompass.indicators.importing import file_series
from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue, ValueFlag
from kompass.indicators.statfiles import read_statistics_file
from kompass.indicators.statfiles.common import Attribute, ParsedValue, ParseResult

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


# -- the planner: region keys at every level ---------------------------------------------------

BEV = "BEVSTD"


def parsed(key, year=2023, number="10", *, attributes=(), code=BEV, dash=False, row=1, name=""):
    """One value as the readers give it (full key, attribute codes, ``dash``)."""
    return ParsedValue(
        row=row,
        region_key=key,
        region_name=name or f"Region {key}",
        year=year,
        reference_date=None,
        variable=f"Variable {code}",
        value=None if dash else Decimal(number),
        attributes=tuple(attributes),
        statistic="12411",
        variable_code=code,
        dash=dash,
    )


def plan_for(municipality, values, indicator, **options):
    result = ParseResult(format="ffcsv", encoding="utf-8", values=list(values))
    mapping = {series.key: indicator for series in file_series(result)}
    return importing.plan_import(
        result=result, municipality=municipality, mapping=mapping, **options
    )


def by_key(plan):
    return {row.region_key: row for row in plan.rows}


@pytest.fixture
def hessen(world, settings, tmp_path):
    """Musterstadt as a kreisangehörige Stadt of Darmstadt-Dieburg (Groß-Umstadt's keys)."""
    settings.MEDIA_ROOT = tmp_path
    world.town.ags, world.town.ars, world.town.kind = "06432008", "064320008008", "stadt"
    world.town.save()
    return world


def test_own_rows_by_ags_ars_and_gemeinde_keys_that_fit(hessen):
    indicator = IndicatorFactory(field=hessen.field)
    keys = [
        "06432008",  # AGS
        "064320008008",  # ARS
        "06432008008",  # classic table: Kreis, association (last 3 digits), Gemeinde
        "064320009008",  # same AGS in another association: not ours
        "0643200008",  # 10 digits with zeros as association: would fit …
    ]
    plan = plan_for(hessen.town, [parsed(k, year=2000 + i) for i, k in enumerate(keys)], indicator)
    rows = by_key(plan)
    assert [rows[k].target for k in keys] == ["own", "own", "own", "", "own"]
    assert rows["064320009008"].reason == importing.OTHER_REGION
    assert {rows[k].action for k in keys if rows[k].target} == {"create"}


def test_rows_of_land_germany_and_county_become_comparison_lines(hessen):
    indicator = IndicatorFactory(field=hessen.field)
    values = [parsed(k) for k in ("06", "DG", "06432", "06411", "064", "X12", "064320008")]
    rows = by_key(plan_for(hessen.town, values, indicator, keep_comparison=True))
    assert {k: rows[k].target for k in ("06", "DG", "06432")} == dict.fromkeys(
        ("06", "DG", "06432"), "comparison"
    )
    assert {k: rows[k].action for k in ("06", "DG", "06432")} == dict.fromkeys(
        ("06", "DG", "06432"), "create"
    )
    # another Kreis, a Regierungsbezirk and a Gemeindeverband are other regions; a key that
    # is no official key is named
    for key in ("06411", "064", "064320008"):
        assert (rows[key].action, rows[key].skip_kind) == ("skip", importing.OTHER_REGION)
    assert rows["X12"].skip_kind == importing.UNKNOWN_KEY and "X12" in rows["X12"].reason
    # without the choice they are other regions too
    rows = by_key(plan_for(hessen.town, values, indicator, keep_comparison=False))
    assert rows["06"].skip_kind == importing.OTHER_REGION and rows["06"].indicator is None


def test_a_kreisfreie_stadt_is_its_five_digit_county_key(world):
    world.town.ags, world.town.ars, world.town.kind = "06411000", "", "kreisfreie_stadt"
    world.town.save()
    indicator = IndicatorFactory(field=world.field)
    values = [parsed("06411", 2022), parsed("06411000", 2023), parsed("06"), parsed("06412")]
    rows = by_key(plan_for(world.town, values, indicator, keep_comparison=True))
    assert [rows[k].target for k in ("06411", "06411000", "06", "06412")] == [
        "own",
        "own",
        "comparison",
        "",
    ]


def test_a_landkreis_imports_its_gemeinden_as_its_districts(world):
    from ..factories import DistrictFactory

    world.town.ags, world.town.ars, world.town.kind = "06432000", "", "landkreis"
    world.town.save()
    alsbach = DistrictFactory(municipality=world.town, code="06432001", name="Alsbach-Hähnlein")
    griesheim = DistrictFactory(municipality=world.town, code="06432008", name="Griesheim")
    indicator = IndicatorFactory(field=world.field)
    values = [
        parsed("06432", 2022),  # the Landkreis itself
        parsed("06432001", 2022),
        parsed("064320008008", 2022),  # Griesheim by its ARS
        parsed("06432002", 2022),  # Babenhausen: no such district
        parsed("06433001", 2022),  # a Gemeinde of another Kreis
        parsed("06", 2022),
    ]
    plan = plan_for(world.town, values, indicator, keep_comparison=True)
    rows = by_key(plan)
    assert rows["06432"].target == "own" and rows["06432"].district is None
    assert (rows["06432001"].target, rows["06432001"].district) == ("district", alsbach)
    assert rows["064320008008"].district == griesheim
    assert rows["06432002"].skip_kind == importing.NO_DISTRICT
    assert "06432002" in rows["06432002"].reason
    assert rows["06433001"].skip_kind == importing.OTHER_REGION
    assert rows["06"].target == "comparison"
    assert plan.counts == {"create": 3, "update": 0, "unchanged": 0, "skip": 2}
    assert plan.comparison_counts == {"create": 1, "update": 0, "unchanged": 0}


def test_duplicates_only_count_for_rows_that_would_be_written(hessen):
    indicator = IndicatorFactory(field=hessen.field)
    values = [
        # two keys of one foreign Gemeinde after a territorial change: not our business
        parsed("064320001001", row=2),
        parsed("064320002001", row=3),
        parsed("06432001", row=4),
        parsed("06432008", row=5),
        parsed("064320008008", row=6),  # our AGS and our ARS in one file: a real duplicate
    ]
    plan = plan_for(hessen.town, values, indicator)
    assert [(p.row, "5" in p.message) for p in plan.problems] == [(6, True)]
    assert plan.problem_count == 1 and not plan.is_acceptable


# -- symbols: "-" without quality code -----------------------------------------------------------


@pytest.mark.parametrize(
    ("dash_means", "value", "flag"),
    [("no_value", None, "not_published"), ("zero", Decimal("0"), "nothing")],
)
def test_a_dash_becomes_what_the_user_chose(hessen, dash_means, value, flag):
    indicator = IndicatorFactory(field=hessen.field)
    plan = plan_for(hessen.town, [parsed("06432008", dash=True)], indicator, dash_means=dash_means)
    (row,) = plan.rows
    assert (row.value, row.flag, row.dash, row.action) == (value, flag, True, "create")


# -- groups and series by their codes ------------------------------------------------------------

OLD_LABEL = Attribute("NAT", "Nationalität", "NATA", "Ausländer/-innen")
NEW_LABEL = Attribute("NAT", "Nationalität", "NATA", "ausländisch")
ENGLISH = Attribute("NAT", "Nationality", "NATA", "Foreigners")
TOTAL_EN = Attribute("NAT", "Nationality", "", "Total")
TOTAL_DE = Attribute("NAT", "Nationalität", "", "Insgesamt")


def test_series_and_groups_are_keyed_by_codes_not_labels(hessen):
    old, new, english = (
        parsed("06432008", attributes=[a]) for a in (OLD_LABEL, NEW_LABEL, ENGLISH)
    )
    assert importing.series_key(old) == importing.series_key(new) == importing.series_key(english)
    assert importing.group_code(new) == "NAT=NATA"
    assert importing.group_label(new) == "Nationalität: ausländisch"
    total_en, total_de = (parsed("06432008", attributes=[a]) for a in (TOTAL_EN, TOTAL_DE))
    assert importing.series_key(total_en) == importing.series_key(total_de)
    assert importing.group_code(total_en) == importing.group_label(total_en) == ""
    sex = Attribute("GES", "Geschlecht", "GESW", "weiblich")
    both = parsed("06432008", attributes=[sex, NEW_LABEL])
    assert importing.group_code(both) == "GES=GESW; NAT=NATA"


def test_a_renamed_or_english_group_continues_the_stored_series(hessen):
    indicator = IndicatorFactory(field=hessen.field)
    stored = IndicatorValueFactory(
        indicator=indicator,
        year=2022,
        value=Decimal("100"),
        group="Nationalität: Ausländer/-innen",
        group_code="NAT=NATA",
    )
    typed_total = IndicatorValueFactory(indicator=indicator, year=2022, value=Decimal("900"))
    values = [
        parsed("06432008", 2022, "100", attributes=[NEW_LABEL]),
        parsed("06432008", 2023, "110", attributes=[ENGLISH]),
        parsed("06432008", 2022, "950", attributes=[TOTAL_EN]),
    ]
    result = ParseResult(format="ffcsv", encoding="utf-8", values=values)
    (foreign,) = [s for s in file_series(result) if s.group_code]
    (total,) = [s for s in file_series(result) if not s.group_code]
    plan = importing.plan_import(
        result=result,
        municipality=hessen.town,
        mapping={foreign.key: indicator, total.key: indicator},
    )
    same, english, total_row = plan.rows
    assert (same.action, same.existing) == ("unchanged", stored)
    # the label stored for the code is reused, so the chart shows one line
    assert (english.action, english.group) == ("create", "Nationalität: Ausländer/-innen")
    # "Total" is the total, matched with the value typed by hand without a group
    assert (total_row.action, total_row.existing, total_row.group) == ("update", typed_total, "")


def test_a_value_typed_by_hand_is_matched_by_its_label_and_learns_the_code(hessen):
    indicator = IndicatorFactory(field=hessen.field)
    typed = IndicatorValueFactory(
        indicator=indicator, year=2021, value=Decimal("5"), group="Nationalität: ausländisch"
    )
    values = [parsed("06432008", 2021, "7", attributes=[NEW_LABEL])]
    plan = plan_for(hessen.town, values, indicator)
    assert (plan.rows[0].action, plan.rows[0].existing) == ("update", typed)
    batch = make_batch(hessen)
    importing.import_apply(batch=batch, plan=plan, acting_user=None)
    typed.refresh_from_db()
    assert (typed.value, typed.group_code) == (Decimal("7.000"), "NAT=NATA")
    importing.import_undo(batch=batch, acting_user=None)
    typed.refresh_from_db()
    assert (typed.value, typed.group_code) == (Decimal("5.000"), "")


def make_batch(world, **fields):
    from django.core.files.base import ContentFile

    return ImportBatch.objects.create(
        municipality=world.town,
        version=world.version,
        file=ContentFile(b"x", name="statistik.csv"),
        file_name="statistik.csv",
        checksum="0" * 64,
        file_format="ffcsv",
        **fields,
    )


# -- comparison lines: written with the values, undone with them -------------------------------


def test_comparison_lines_are_written_updated_and_undone(hessen):
    from kompass.indicators.models import ComparisonValue

    indicator = IndicatorFactory(field=hessen.field)
    earlier = ComparisonValue.objects.create(
        indicator=indicator,
        municipality=hessen.town,
        region_key="06",
        region_name="Hessen",
        year=2022,
        value=Decimal("1"),
        source="von Hand",
    )
    values = [
        parsed("06", 2022, "2", name="Hessen"),
        parsed("DG", 2022, "30", name="Deutschland"),
        parsed("06432008", 2022, "4"),
    ]
    plan = plan_for(hessen.town, values, indicator, keep_comparison=True)
    assert plan.comparison_counts == {"create": 1, "update": 1, "unchanged": 0}
    batch = make_batch(hessen)
    counts = importing.import_apply(batch=batch, plan=plan, acting_user=None)
    assert (counts["create"], counts["comparison_create"], counts["comparison_update"]) == (1, 1, 1)
    lines = {c.region_key: c for c in ComparisonValue.objects.filter(indicator=indicator)}
    assert lines["DG"].value == Decimal("30") and lines["DG"].region_name == "Deutschland"
    assert lines["06"].pk == earlier.pk and lines["06"].value == Decimal("2")
    assert IndicatorValue.objects.filter(indicator=indicator).count() == 1

    importing.import_undo(batch=batch, acting_user=None)
    lines = {c.region_key: c for c in ComparisonValue.objects.filter(indicator=indicator)}
    assert set(lines) == {"06"}
    assert (lines["06"].value, lines["06"].source) == (Decimal("1.000"), "von Hand")
    assert not IndicatorValue.objects.filter(indicator=indicator).exists()


# -- the preview page ----------------------------------------------------------------------------

FLAT_HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
    "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
    "value_variable_label;value_q\n"
)


def flat_line(key, year, value, *, nat=("NATA", "ausländisch"), code="BEVSTD", quality="e"):
    return (
        f"12411;Bevölkerungsstand;JAHR;Jahr;{year};GEMEIN;Gemeinden;{key};Gemeinde {key};"
        f"NAT;Nationalität;{nat[0]};{nat[1]};{value};Anzahl;{code};Bevölkerung {code};{quality}\n"
    )


def upload_bytes(client, world, content: bytes, name="flat.csv", **data):
    return client.post(
        reverse("import_start", args=[world.town.slug, world.version.pk]),
        {"file": SimpleUploadedFile(name, content, content_type="text/csv"), **data},
    )


def assign_all(batch, indicator) -> dict:
    """POST data that assigns every variable of the batch's file to one indicator."""
    variables = {item["variable"] for item in batch.summary["series"]}
    return {SeriesMappingForm.variable_field(v): indicator.pk for v in variables}


def test_preview_lists_own_rows_first_and_groups_the_skipped_ones(hessen, client):
    indicator = IndicatorFactory(field=hessen.field, name="Ausländische Bevölkerung")
    IndicatorValueFactory(
        indicator=indicator, year=2001, value=Decimal("11"), group_code="NAT=NATA", group="x"
    )
    IndicatorValueFactory(
        indicator=indicator, year=2002, value=Decimal("99"), group_code="NAT=NATA", group="x"
    )
    foreign = [flat_line(f"06432{i:03d}", 2000 + i % 20, i) for i in range(100, 700)]
    own = [flat_line("06432008", year, year - 1990) for year in range(2001, 2006)]
    content = (FLAT_HEADER + "".join(foreign + own)).encode()
    client.force_login(hessen.users["coordination"])
    upload_bytes(client, hessen, content)
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    response = client.post(url, {**assign_all(batch, indicator), "preview": "1"})
    preview = response.context["preview"]
    assert preview["counts"] == {"create": 3, "update": 1, "unchanged": 1, "skip": 600}
    # new and changed first, then unchanged; the 600 foreign rows are not listed one by one
    assert [(r["year"], r["action"]) for r in response.context["rows"]] == [
        (2002, "update"),
        (2003, "create"),
        (2004, "create"),
        (2005, "create"),
        (2001, "unchanged"),
    ]
    (skipped,) = preview["skipped"]
    assert (skipped["reason"], skipped["count"]) == (str(importing.OTHER_REGION), 600)
    assert [row["row"] for row in skipped["examples"]] == [2, 3, 4]
    (series,) = preview["series"]
    assert (series["create"], series["update"], series["unchanged"], series["skip"]) == (
        3,
        1,
        1,
        600,
    )
    content = response.content.decode()
    assert "Ausländische Bevölkerung" in content and "600" in content

    # filters are GET parameters (German), no JavaScript needed
    changed = client.get(url, {"status": "geaendert"})
    assert [r["year"] for r in changed.context["rows"]] == [2002]
    assert "99" in changed.content.decode()  # the value before
    unchanged = client.get(url, {"status": "unveraendert"})
    assert [r["year"] for r in unchanged.context["rows"]] == [2001]
    by_series = client.get(url, {"reihe": series["key"], "status": "neu"})
    assert [r["year"] for r in by_series.context["rows"]] == [2003, 2004, 2005]
    assert client.get(url, {"reihe": "unbekannt"}).context["rows"] == []


def test_preview_counts_every_problem_and_lists_the_first(hessen, client, monkeypatch):
    from kompass.indicators import import_pipeline

    monkeypatch.setattr(import_pipeline, "MAX_PROBLEMS", 5)
    indicator = IndicatorFactory(field=hessen.field)
    lines = [flat_line("06432008", year, 1) for year in range(1990, 2020)]
    lines += [flat_line("06432008", year, 2, code="BEV002") for year in range(1990, 2020)]
    client.force_login(hessen.users["coordination"])
    upload_bytes(client, hessen, (FLAT_HEADER + "".join(lines)).encode())
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    # two variables into one indicator: every year twice
    response = client.post(url, {**assign_all(batch, indicator), "confirm": "1"})
    assert response.status_code == 200 and not response.context["can_apply"]
    assert response.context["problem_count"] == 30
    assert len(response.context["problems"]) == 5
    content = response.content.decode()
    assert "Die Datei hat 30 Probleme" in content or "30" in content
    assert response.context["problems_more"] == 25
    assert not IndicatorValue.objects.filter(indicator=indicator).exists()


def test_preview_data_stays_bounded_for_large_files(hessen):
    import json

    from kompass.indicators import import_pipeline

    indicator = IndicatorFactory(field=hessen.field)
    batch = make_batch(hessen)

    def size(n):
        def grouped(key, i, row):
            group = Attribute("GRP", "Gruppe", f"G{i // 1000}", f"Gruppe {i // 1000}")
            return parsed(key, 1000 + i % 1000, attributes=[group], row=row)

        values = [grouped("06432008", i, i) for i in range(n)]
        values += [parsed(f"0643300{i % 10}", 2000, row=n + i) for i in range(n)]
        values += [grouped("06", i, 2 * n + i) for i in range(n)]
        plan = plan_for(hessen.town, values, indicator, keep_comparison=True)
        data = import_pipeline.preview_data(batch, plan)
        assert data["counts"]["create"] == n and data["counts"]["skip"] == n
        assert len(data["rows"]) == len(data["comparison_rows"]) == import_pipeline.PREVIEW_ROWS
        # per series only the municipality's values; comparison lines have their own counts
        assert sum(item["create"] for item in data["series"]) == n
        assert data["comparison_counts"]["create"] == n
        return len(json.dumps(data))

    small, large = size(2_000), size(20_000)
    assert large < 600_000
    assert large < small * 1.2  # the listed series are capped too (20 vs 100 groups)


def test_the_dash_choice_is_asked_recorded_and_invalidates_the_preview(hessen, client):
    indicator = IndicatorFactory(field=hessen.field)
    lines = [
        flat_line("06432008", 2022, "-", quality=""),
        flat_line("06432008", 2023, "-", quality=""),
        flat_line("06432008", 2024, "12"),
        flat_line("06432001", 2024, "-", quality=""),  # another Gemeinde: not counted
    ]
    client.force_login(hessen.users["coordination"])
    upload_bytes(client, hessen, (FLAT_HEADER + "".join(lines)).encode())
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    mapping = assign_all(batch, indicator)
    response = client.post(url, {**mapping, "preview": "1"})
    assert response.context["preview"]["dash_count"] == 2
    content = response.content.decode()
    assert 'name="dash_means"' in content and 'type="radio"' in content
    # default: no value published, never a silent zero
    rows = {r["year"]: r for r in response.context["rows"]}
    assert rows[2022]["value"] is None and rows[2022]["flag"] == str(ValueFlag.NOT_PUBLISHED.label)

    # choosing "zero" is stored on the batch and makes the old preview stale
    batch.refresh_from_db()
    old_preview = batch.preview
    batch.dash_means = "zero"
    assert not pipeline.has_current_preview(batch)
    response = client.post(url, {**mapping, "dash_means": "zero", "preview": "1"})
    batch.refresh_from_db()
    assert batch.dash_means == "zero" and batch.preview != old_preview
    rows = {r["year"]: r for r in response.context["rows"]}
    assert rows[2022]["value"] == Decimal("0")
    response = client.post(url, {**mapping, "dash_means": "zero", "confirm": "1"})
    assert response.status_code == 302
    stored = {v.year: v for v in IndicatorValue.objects.filter(indicator=indicator)}
    assert (stored[2022].value, stored[2022].flag) == (Decimal("0.000"), "nothing")
    assert (stored[2024].value, stored[2024].flag) == (Decimal("12.000"), "")
    assert stored[2024].group_code == "NAT=NATA"


def test_a_file_without_dashes_asks_nothing(hessen, client):
    indicator = IndicatorFactory(field=hessen.field)
    client.force_login(hessen.users["coordination"])
    upload_bytes(client, hessen, (FLAT_HEADER + flat_line("06432008", 2024, "12")).encode())
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    response = client.post(url, {**assign_all(batch, indicator), "preview": "1"})
    assert 'name="dash_means"' not in response.content.decode()
    assert response.context["can_apply"]


def test_upload_takes_zip_and_utf16_and_the_comparison_choice(hessen, client):
    import io
    import zipfile

    client.force_login(hessen.users["coordination"])
    text = FLAT_HEADER + flat_line("06432008", 2024, "12") + flat_line("06", 2024, "99")
    upload_bytes(client, hessen, b"\xff\xfe" + text.encode("utf-16-le"), keep_comparison="on")
    batch = ImportBatch.objects.get()
    assert batch.keep_comparison is True
    assert batch.status in (ImportStatus.PENDING, ImportStatus.FAILED)  # the reader decides
    batch.delete()

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("12411-01.csv", text.encode("utf-8-sig"))
    upload_bytes(client, hessen, archive.getvalue(), name="12411-01.zip")
    batch = ImportBatch.objects.get()
    assert batch.keep_comparison is False and batch.file.name.endswith(".zip")


def test_an_archive_with_several_files_asks_which_one(hessen, client):
    import io
    import zipfile

    indicator = IndicatorFactory(field=hessen.field)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("a_2023.csv", (FLAT_HEADER + flat_line("06432008", 2023, "7")).encode())
        zipped.writestr("b_2024.csv", (FLAT_HEADER + flat_line("06432008", 2024, "8")).encode())
    client.force_login(hessen.users["coordination"])
    response = upload_bytes(client, hessen, archive.getvalue(), name="tabellen.zip")
    batch = ImportBatch.objects.get()
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    assert response["Location"] == url
    page = client.get(url)
    content = page.content.decode()
    assert "a_2023.csv" in content and "b_2024.csv" in content and 'type="radio"' in content
    # a name that is not in the archive is refused and changes nothing
    refused = client.post(url, {"member": "../../etc/passwd"})
    assert refused.status_code == 200 and refused.context["member_form"].errors
    batch.refresh_from_db()
    assert batch.archive_member == ""

    response = client.post(url, {"member": "b_2024.csv"})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.archive_member == "b_2024.csv" and batch.status == ImportStatus.PENDING
    response = client.post(url, {**assign_all(batch, indicator), "confirm": "1"})
    assert response.status_code == 302
    assert list(
        IndicatorValue.objects.filter(indicator=indicator).values_list("year", "value")
    ) == [(2024, Decimal("8.000"))]


def test_preview_page_queries_do_not_grow_with_rows(hessen, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    indicator = IndicatorFactory(field=hessen.field)
    client.force_login(hessen.users["coordination"])

    def preview_queries(lines):
        ImportBatch.objects.all().delete()
        upload_bytes(client, hessen, (FLAT_HEADER + "".join(lines)).encode())
        batch = ImportBatch.objects.get()
        url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
        client.post(url, {**assign_all(batch, indicator), "preview": "1"})
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"status": "neu"})
        assert response.context["preview"]
        return len(queries.captured_queries), response

    small, _ = preview_queries([flat_line("06432008", 2024, "1")])
    many = [flat_line("06432008", year, year) for year in range(1000, 1700)]
    many += [flat_line(f"06432{i:03d}", 2020, i, code=f"V{i % 40}") for i in range(100, 900)]
    large, response = preview_queries(many)
    assert len(response.context["rows"]) == pipeline.PREVIEW_ROWS
    # session, user, municipality, membership, batch, the version's indicators, …
    assert small == large
    assert large <= 9


# -- real files through the pages (spot checks against the files' own numbers) ---------------


def import_real(world, client, name, assign, *, keep_comparison=True, extra=None):
    """Upload a real sample, assign the variables whose label starts with a text, confirm."""
    client.force_login(world.users["coordination"])
    data = {"keep_comparison": "on"} if keep_comparison else {}
    response = upload_bytes(client, world, (DATA / name).read_bytes(), name=name, **data)
    batch = ImportBatch.objects.get(file_name=name)
    assert response["Location"].endswith(f"/statistik-import/{batch.pk}/"), batch.summary
    post = dict(extra or {})
    for start, indicator in assign.items():
        variables = {
            s["variable"] for s in batch.summary["series"] if s["variable"].startswith(start)
        }
        assert variables, [s["variable"] for s in batch.summary["series"]]
        post |= {SeriesMappingForm.variable_field(v): indicator.pk for v in variables}
    url = reverse("import_preview", args=[world.town.slug, batch.pk])
    preview = client.post(url, {**post, "preview": "1"})
    response = client.post(url, {**post, "confirm": "1"})
    assert response.status_code == 302, preview.context["problems"]
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED
    return batch, preview


def stored(indicator):
    return {
        (v.year, v.group_code, v.district.code if v.district else ""): v
        for v in IndicatorValue.objects.filter(indicator=indicator).select_related("district")
    }


@pytest.fixture
def darmstadt(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    town = world.town
    town.ags, town.ars, town.kind, town.land = "06411000", "064110000000", "kreisfreie_stadt", "06"
    town.save()
    return world


def test_kreisfreie_stadt_imports_a_classic_county_table_with_age_groups(darmstadt, client):
    from kompass.indicators.models import ComparisonValue

    foreign = IndicatorFactory(field=darmstadt.field, name="Ausländer")
    name = "real_12411-03-03-4_kreise_agegroups_utf8.csv"
    batch, _ = import_real(darmstadt, client, name, {"Ausländer(innen) | Insgesamt": foreign})
    values = stored(foreign)
    totals = [v for (year, code, _), v in values.items() if year == 2015 and code == ""]
    assert [v.value for v in totals] == [Decimal("27797")]  # row "Insgesamt" of 06411
    under_three = [v for v in values.values() if v.group.endswith("unter 3 Jahre")]
    assert [(v.year, v.value) for v in under_three] == [(2015, Decimal("587"))]
    lines = {
        c.region_key: c.value
        for c in ComparisonValue.objects.filter(indicator=foreign, group_code="", year=2015)
    }
    assert lines == {"06": Decimal("882890"), "DG": Decimal("8651958")}
    # rows of Darmstadt-Dieburg and Altenburger Land are other regions
    assert batch.counts["create"] == len(values)


def test_kreisfreie_stadt_imports_naturalisations_by_year(darmstadt, client):
    total = IndicatorFactory(field=darmstadt.field, name="Einbürgerungen")
    oceania = IndicatorFactory(field=darmstadt.field, name="Einbürgerungen Ozeanien")
    name = "real_12511-01-01-4_kreise_naturalisations_year_first_latin1.csv"
    prefix = "Einbürgerungen von Ausländern | Kontinente (einschl. staatenlos etc.) | "
    import_real(
        darmstadt,
        client,
        name,
        {prefix + "Insgesamt": total, prefix + "Australien": oceania},
        keep_comparison=False,
    )
    assert {year: v.value for (year, _, _), v in stored(total).items()} == {
        2016: Decimal("368"),
        2015: Decimal("454"),
        2011: Decimal("503"),
    }
    # "-" in a classic table: nothing there, a true zero
    assert {(v.value, v.flag) for v in stored(oceania).values()} == {(Decimal("0"), "nothing")}


def test_kreisfreie_stadt_imports_a_zensus_file_in_english_by_its_ars(darmstadt, client):
    persons = IndicatorFactory(field=darmstadt.field, name="Einwohner")
    name = "real_1000A-0000_zensus_ffcsv_gemeinden_en.csv"
    import_real(darmstadt, client, name, {"Persons": persons})
    (value,) = stored(persons).values()
    assert (value.year, value.value, value.reference_date.isoformat()) == (
        2022,
        Decimal("161767"),
        "2022-05-15",
    )


def test_a_flat_county_file_with_dashes_stores_no_value_by_default(darmstadt, client):
    employees = IndicatorFactory(field=darmstadt.field, name="Beschäftigte")
    name = "real_13111-01-03-4_ffcsv_current_all_levels_de.csv"
    batch, preview = import_real(darmstadt, client, name, {"Sozialversicherungspfl": employees})
    assert preview.context["preview"]["dash_count"] == 6  # Darmstadt's six cells
    values = stored(employees)
    assert len(values) == 6
    assert {(v.value, v.flag) for v in values.values()} == {(None, "not_published")}
    assert values[(2025, "GES=GESW; NAT=NATA", "")].group == (
        "Nationalität: ausländisch; Geschlecht: weiblich"
    )
    assert batch.dash_means == "no_value"


def test_a_landkreis_imports_zensus_values_of_its_gemeinden_into_its_districts(
    world, client, settings, tmp_path
):
    from ..factories import DistrictFactory

    settings.MEDIA_ROOT = tmp_path
    county = world.town
    county.ags, county.ars, county.kind = "06432000", "", "landkreis"
    county.save()
    DistrictFactory(municipality=county, code="06432001", name="Alsbach-Hähnlein")
    DistrictFactory(municipality=county, code="06432008", name="Griesheim")
    persons = IndicatorFactory(field=world.field, name="Einwohner")
    name = "real_1000A-0000_zensus_ffcsv_gemeinden_en.csv"
    batch, preview = import_real(world, client, name, {"Persons": persons}, keep_comparison=False)
    values = stored(persons)
    assert {key[2]: v.value for key, v in values.items()} == {
        "06432001": Decimal("9195"),
        "06432008": Decimal("28578"),
    }
    skipped = {g["reason"]: g["count"] for g in preview.context["preview"]["skipped"]}
    assert skipped[str(importing.NO_DISTRICT)] == 21  # the other Gemeinden of the Kreis
    assert skipped[str(importing.OTHER_REGION)] == 2  # Darmstadt and Germany


def test_a_gemeinde_in_an_association_imports_a_classic_gemeinde_table(
    world, client, settings, tmp_path
):
    from kompass.indicators.models import ComparisonValue

    settings.MEDIA_ROOT = tmp_path
    town = world.town
    # Barwedel in the Samtgemeinde Boldecker Land (Landkreis Gifhorn)
    town.ags, town.ars, town.kind, town.land = "03151002", "031515401002", "gemeinde", "03"
    town.save()
    unemployed = IndicatorFactory(field=world.field, name="Arbeitslose")
    name = "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv"
    import_real(world, client, name, {"Arbeitslose insgesamt": unemployed})
    assert {key: v.value for key, v in stored(unemployed).items()} == {
        (2016, "", ""): Decimal("12")  # key 03151401002: Kreis, association 401, Gemeinde 002
    }
    lines = {c.region_key: c.value for c in ComparisonValue.objects.filter(indicator=unemployed)}
    assert lines == {"03151": Decimal("4426"), "03": Decimal("252574"), "DG": Decimal("2690975")}


def test_a_batch_read_before_code_keys_is_read_again_and_keeps_its_assignment(town, client):
    import hashlib

    from django.core.files.base import ContentFile

    indicator = IndicatorFactory(field=town.field, name="Arbeitslose")
    name = "genesis_ffcsv_current.csv"
    # how the older version keyed the total series: statistic, "CODE label", label=value
    old_key = hashlib.sha1(
        b"13211|ERW032 Arbeitslose|Nationalit\xc3\xa4t=Insgesamt", usedforsecurity=False
    ).hexdigest()[:12]
    batch = ImportBatch.objects.create(
        municipality=town.town,
        version=town.version,
        file=ContentFile((DATA / name).read_bytes(), name="statistik.csv"),
        file_name=name,
        checksum="0" * 64,
        file_format="ffcsv",
        status=ImportStatus.PENDING,
        summary={"series": [{"key": old_key, "variable": "ERW032 Arbeitslose"}], "values": 6},
        mapping={old_key: indicator.pk},
        preview={"mapping": {old_key: indicator.pk}, "counts": {"create": 2}},
    )
    client.force_login(town.users["coordination"])
    response = client.get(reverse("import_preview", args=[town.town.slug, batch.pk]))
    assert response.status_code == 200
    batch.refresh_from_db()
    result = read_statistics_file((DATA / name).read_bytes())
    (total,) = [s for s in file_series(result) if s.variable == "Arbeitslose" and not s.group]
    assert batch.mapping == {total.key: indicator.pk}
    assert batch.summary["schema"] == pipeline.SCHEMA and response.context["preview"] is None
    assert str(pipeline.SERIES_READ_AGAIN) in response.content.decode()


def test_a_double_encoded_file_is_imported_with_a_warning_above_the_preview(hessen, client):
    indicator = IndicatorFactory(field=hessen.field)
    line = flat_line("06432008", 2024, "12", nat=("GESM", "mÃ¤nnlich"))
    client.force_login(hessen.users["coordination"])
    upload_bytes(client, hessen, (FLAT_HEADER + line).encode())
    batch = ImportBatch.objects.get()
    assert batch.status == ImportStatus.PENDING and batch.summary["warnings"]
    url = reverse("import_preview", args=[hessen.town.slug, batch.pk])
    response = client.post(url, {**assign_all(batch, indicator), "preview": "1"})
    content = response.content.decode()
    assert "mÃ¤nnlich" in content and 'class="message message--warning"' in content
    assert content.index("message--warning") < content.index("plan-heading")
    assert response.context["can_apply"]


def test_a_city_state_is_its_land_key(world):
    world.town.ags, world.town.ars, world.town.kind = "11000000", "110000000000", "kreisfreie_stadt"
    world.town.save()
    indicator = IndicatorFactory(field=world.field)
    rows = by_key(
        plan_for(world.town, [parsed("11"), parsed("DG")], indicator, keep_comparison=True)
    )
    assert (rows["11"].target, rows["DG"].target) == ("own", "comparison")


def test_several_dates_in_a_year_are_several_values_and_an_undated_one_takes_the_date(hessen):
    import datetime

    indicator = IndicatorFactory(field=hessen.field)
    undated = IndicatorValueFactory(indicator=indicator, year=2024, value=Decimal("1"))
    values = []
    for month, number in ((6, "10"), (9, "11")):
        value = parsed("06432008", 2024, number)
        value.reference_date = datetime.date(2024, month, 30)
        values.append(value)
    plan = plan_for(hessen.town, values, indicator)
    assert not plan.problems
    june, september = plan.rows
    assert (june.action, june.existing) == ("update", undated)
    assert (september.action, september.existing) == ("create", None)
    batch = make_batch(hessen)
    importing.import_apply(batch=batch, plan=plan, acting_user=None)
    undated.refresh_from_db()
    assert (undated.value, undated.reference_date) == (
        Decimal("10.000"),
        datetime.date(2024, 6, 30),
    )
    importing.import_undo(batch=batch, acting_user=None)
    undated.refresh_from_db()
    assert (undated.value, undated.reference_date) == (Decimal("1.000"), None)
    assert IndicatorValue.objects.filter(indicator=indicator).count() == 1
