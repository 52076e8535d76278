"""The statistics readers against sample files of every layout, symbol and malformed case."""

import datetime
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from kompass.indicators.statfiles import parse_cell, read_statistics_file, region_ags
from kompass.indicators.statfiles.common import MAX_KEPT_PROBLEMS, Attribute, CellError
from kompass.regions.keys import RegionLevel, gemeinde_ags, level_of

TOTAL_NATIONALITY = Attribute("NAT", "Nationalität", "", "Insgesamt")

DATA = Path(__file__).resolve().parents[1] / "data" / "statistics"


def read(name):
    return read_statistics_file((DATA / name).read_bytes())


def by_key(result, region, year, variable_start):
    return [
        v
        for v in result.values
        if v.region_key == region and v.year == year and v.variable.startswith(variable_start)
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("45123", (Decimal("45123"), "")),
        ("1.234,5", (Decimal("1234.5"), "")),
        ("2.787.000", (Decimal("2787000"), "")),
        ("1234.5", (Decimal("1234.5"), "")),
        ("-", (Decimal("0"), "nothing")),
        (".", (None, "secret")),
        ("...", (None, "not_available")),
        ("/", (None, "unreliable")),
        ("x", (None, "not_applicable")),
        ("–", (None, "secret")),
        (".g", (None, "secret")),  # a symbol with a footnote letter (41312-01-01-4)
        ("(1,7)", (Decimal("1.7"), "limited")),
        ("2634p", (Decimal("2634"), "provisional")),
        ("1,44r", (Decimal("1.44"), "corrected")),
        ("1,21 s", (Decimal("1.21"), "estimated")),
        (" 7\u00a0121 ", (Decimal("7121"), "")),
    ],
)
def test_cells_become_numbers_or_flags_never_fake_zeros(cell, expected):
    assert parse_cell(cell) == expected


@pytest.mark.parametrize("cell", ["ca. 38.000", "k.A.", "", "12,3,4", "1.23,4", "p"])
def test_text_in_number_cells_is_an_error(cell):
    with pytest.raises(CellError):
        parse_cell(cell)


@pytest.mark.parametrize(
    ("key", "ags"),
    [
        ("06", "06"),
        ("064", "064"),
        ("06432", "06432"),
        ("06432008", "06432008"),
        ("0643200080", "06432080"),
        ("06432000808", "06432808"),
        ("064320008008", "06432008"),
        ("DG", "DG"),
    ],
)
def test_region_keys_of_all_lengths(key, ags):
    assert region_ags(key) == ags


def test_classic_table_latin1_with_dates_in_rows_symbols_and_footnotes():
    result = read("regionaldatenbank_12411_latin1.csv")
    assert (result.format, result.encoding, result.problems) == ("table", "cp1252", [])
    assert "12411-03-03-4" in result.title
    (total,) = by_key(result, "06999001", 2022, "Insgesamt")
    assert total.value == Decimal("45123") and total.reference_date == datetime.date(2022, 12, 31)
    assert total.region_name == "Musterstadt, Stadt"
    (provisional,) = by_key(result, "06999001", 2023, "Ausländer")
    assert (provisional.value, provisional.flag) == (Decimal("7376"), "provisional")
    # the 12-digit ARS row keeps its full key (the importer finds the AGS through regions.keys)
    assert by_key(result, "064320008008", 2023, "Insgesamt")[0].value == Decimal("22011")
    assert by_key(result, "06432008", 2023, "Insgesamt") == []
    flags = {
        (v.region_key, v.year, v.variable.split(" |")[0]): (v.value, v.flag) for v in result.values
    }
    assert flags[("06432001", 2022, "Deutsche")] == (None, "secret")
    assert flags[("06432001", 2023, "Deutsche")] == (None, "not_available")
    assert flags[("06432002", 2023, "Deutsche")] == (Decimal("0"), "nothing")
    assert flags[("06432002", 2023, "Ausländer")] == (None, "unreliable")
    assert flags[("06432003", 2023, "Insgesamt")] == (None, "not_applicable")
    assert any("Art. 116" in note for note in result.footnotes)
    assert len(result.values) == 30


def test_classic_table_utf8_with_years_in_columns():
    result = read("regionaldatenbank_12511_years_in_columns_utf8.csv")
    assert (result.encoding, result.problems) == ("utf-8", [])
    values = {(v.region_key, v.year): (v.value, v.flag, v.variable) for v in result.values}
    assert values[("06411", 2021)] == (Decimal("1.31"), "", "Einbürgerungsquote")
    assert values[("06411", 2023)] == (Decimal("1.7"), "limited", "Einbürgerungsquote")
    assert values[("06412", 2023)][1] == "corrected"
    assert values[("06999", 2023)][1] == "estimated"


def test_flat_file_current_layout():
    result = read("genesis_ffcsv_current.csv")
    assert (result.format, result.encoding, result.problems) == ("ffcsv", "utf-8-sig", [])
    total_2022 = [
        v for v in result.values if v.year == 2022 and v.attributes == (TOTAL_NATIONALITY,)
    ]
    assert total_2022[0].value == Decimal("1234") and total_2022[0].variable == "Arbeitslose"
    assert total_2022[0].variable_code == "ERW032" and total_2022[0].attributes[0].is_total
    assert total_2022[0].unit == "Anzahl" and total_2022[0].statistic == "13211"
    secret = [
        v for v in result.values if v.year == 2023 and v.attributes[0].label == "Ausländer(innen)"
    ]
    assert secret[0].attributes[0].code == "NATA"
    assert (secret[0].value, secret[0].flag) == (None, "secret")
    limited = [
        v
        for v in result.values
        if v.year == 2024 and v.region_key == "06999001" and v.variable_code == "ERW032"
    ]
    assert (limited[0].value, limited[0].flag) == (Decimal("1176.5"), "limited")
    stag = [v for v in result.values if v.variable_code == "BEVSTD"]
    assert stag[0].reference_date == datetime.date(2024, 12, 31)
    assert [v.region_key for v in result.values if v.region_name == "Deutschland"] == ["DG"]


def test_flat_file_older_layout_with_value_columns():
    result = read("genesis_ffcsv_older_latin1.csv")
    assert (result.format, result.encoding, result.problems) == ("ffcsv-older", "cp1252", [])
    assert len(result.values) == 4
    first = result.values[0]
    assert first.variable == "Bevoelkerung in Hauptwohnsitzhaushalten" and first.unit == "1000"
    assert first.variable_code == "BEV036"
    assert first.attributes == (
        Attribute("EINWGE", "Einwanderungsgeschichte", "EINW01", "Mit Einwanderungsgeschichte"),
    )
    assert (result.values[1].value, result.values[1].flag) == (None, "secret")


def test_wrong_separator_is_named():
    result = read("broken_comma_separated.csv")
    assert result.values == []
    message = str(result.problems[0])
    assert (",“" in message or ",”" in message) and result.problems[0].row == 1


def test_truncated_file_names_the_row():
    result = read("broken_truncated.csv")
    assert [(p.row, "6" in str(p)) for p in result.problems] == [(15, True)]


def test_text_in_number_cells_names_row_and_column():
    result = read("broken_text_in_number_cells.csv")
    messages = [str(p) for p in result.problems]
    assert any("11" in m and "Deutsche" in m and "ca. 38.000" in m for m in messages)
    assert any("12" in m and "k.A." in m for m in messages)


def test_duplicate_rows_are_left_to_the_import():
    """A file is never rejected for duplicates as a whole: only rows the importing
    municipality would write can clash (importing.plan_import reports those)."""
    result = read("broken_duplicate_rows.csv")
    assert result.problems == []
    twice = [v for v in result.values if v.region_key == "06999001" and v.year == 2022]
    assert len(twice) == 6


def test_unknown_region_keys_are_read_and_left_to_the_import():
    result = read("unknown_region_key.csv")
    assert result.problems == []
    assert any(v.region_key == "09999999" for v in result.values)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "not a text"),
        (b"GENESIS-Tabelle: 1\nnur Text;ohne Daten\n", "No data rows"),
    ],
)
def test_unusable_files(data, fragment):
    result = read_statistics_file(data)
    with translation.override("en"):
        assert result.values == [] and fragment in str(result.problems[0])


def test_a_50_mb_flat_file(tmp_path):
    header = (
        "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
        "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
        "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
        "value_variable_label;value_q\n"
    )
    row = (
        "12411;Fortschreibung des Bevölkerungsstandes;JAHR;Jahr;{year};GEMEIN;Gemeinden;{ags};"
        "Gemeinde {n}, Stadt;NAT;Nationalität;NATA;Ausländer(innen);{value};Anzahl;BEVSTD;Bevölkerungsstand;e\n"
    )
    lines = [header]
    size, n = len(header), 0
    while size < 50 * 1024 * 1024:
        line = row.format(
            year=2000 + n % 24, ags=f"{6000000 + n // 24:08d}", n=n // 24, value=1000 + n % 977
        )
        lines.append(line)
        size += len(line.encode())
        n += 1
    data = "".join(lines).encode()
    assert len(data) >= 50 * 1024 * 1024
    result = read_statistics_file(data)
    assert result.problems == []
    assert len(result.values) == n


# --- Real downloads (tests/data/statistics/SOURCES.md) ------------------------------------


def one(result, **wanted):
    """The one value whose fields, attribute labels (``attrs``) or codes (``codes``) match."""
    attrs = wanted.pop("attrs", None)
    codes = wanted.pop("codes", None)
    found = [
        v
        for v in result.values
        if all(getattr(v, name) == expected for name, expected in wanted.items())
        and (attrs is None or tuple(a.label for a in v.attributes) == attrs)
        and (codes is None or tuple((a.variable_code, a.code) for a in v.attributes) == codes)
    ]
    assert len(found) == 1, found
    return found[0]


def test_real_classic_kreis_table_with_age_groups_as_text_column():
    result = read("real_12411-03-03-4_kreise_agegroups_utf8.csv")
    assert (result.format, result.encoding, result.problem_count) == ("table", "utf-8", 0)
    assert result.title.startswith("GENESIS-Tabelle: 12411-03-03-4")
    assert len(result.values) == 110 * 9
    young = one(result, region_key="DG", variable="Insgesamt", attrs=("unter 3 Jahre",))
    assert (young.value, young.reference_date) == (Decimal("2200407"), datetime.date(2015, 12, 31))
    assert young.attributes == (
        Attribute("Merkmal 1", "Merkmal 1", "unter 3 Jahre", "unter 3 Jahre"),
    )
    assert young.unit == "Anzahl" and young.statistic == "12411-03-03-4"
    women = one(
        result, region_key="DG", variable="Ausländer(innen) | weiblich", attrs=("unter 3 Jahre",)
    )
    assert women.value == Decimal("103914")
    # the age-group total is a total by its (empty) code
    total = one(
        result, region_key="16077", variable="Ausländer(innen) | männlich", attrs=("Insgesamt",)
    )
    assert total.value == Decimal("1514") and total.attributes[0].is_total
    darmstadt = one(result, region_key="06411", variable="Insgesamt", attrs=("Insgesamt",))
    assert darmstadt.region_name == "Darmstadt, Kreisfreie Stadt"
    assert any("Zensus" in note for note in result.footnotes)


def test_real_classic_table_with_the_year_first_latin1():
    result = read("real_12511-01-01-4_kreise_naturalisations_year_first_latin1.csv")
    assert (result.format, result.encoding, result.problem_count) == ("table", "cp1252", 0)
    # the year column is a period, never a region key "2016"
    assert {v.year for v in result.values} == {2016, 2015, 2011}
    assert {v.region_key for v in result.values} >= {"DG", "01", "01001", "06411", "06432"}
    label = "Einbürgerungen von Ausländern | Kontinente (einschl. staatenlos etc.) | "
    total = one(result, region_key="DG", year=2016, variable=label + "Insgesamt")
    assert (total.value, total.flag, total.unit) == (Decimal("110383"), "", "Anzahl")
    nothing = one(result, region_key="01", year=2016, variable=label + "Australien und Ozeanien")
    assert (nothing.value, nothing.flag) == (Decimal("0"), "nothing")
    assert one(result, region_key="06432", year=2011, variable=label + "Europa").value == 324


def test_real_classic_gemeinde_table_year_in_header_block_three_row_heads_all_key_lengths():
    result = read("real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv")
    assert (result.format, result.problem_count) == ("table", 0)
    assert {v.year for v in result.values} == {2016}
    assert {v.reference_date for v in result.values} == {None}
    keys = {v.region_key for v in result.values}
    # keys of every length are kept whole: Verbandsgemeinde (7), Samtgemeinde (8), 10, 11 digits
    assert {"DG", "03", "031", "03151", "0713101", "03151401", "0713101001", "03151401002"} <= keys
    foreigners = one(result, region_key="DG", variable="Arbeitslose | und zwar | Ausländer")
    assert (foreigners.value, foreigners.unit) == (Decimal("629356"), "Anzahl")
    assert one(result, region_key="DG", variable="Arbeitslose insgesamt").value == 2690975
    barwedel = one(result, region_key="03151401002", variable="Arbeitslose insgesamt")
    assert (barwedel.value, barwedel.region_name) == (Decimal("12"), "Barwedel")
    secret = one(result, region_key="0713101", variable="Arbeitslose insgesamt")
    assert (secret.value, secret.flag) == (None, "secret")
    saara = one(result, region_key="16077056", variable="Arbeitslose | und zwar | Ausländer")
    assert (saara.value, saara.flag) == (Decimal("0"), "nothing")


def test_real_classic_gemeinde_table_with_dates_in_heads_and_a_period_line():
    result = read("real_12411-01-01-5_gemeinden_dates_in_heads_utf8.csv")
    assert result.problem_count == 0
    boldecker = one(
        result,
        region_key="03151401",
        reference_date=datetime.date(2015, 12, 31),
        variable="Insgesamt",
    )
    assert boldecker.value == Decimal("9910")
    saara_2015 = one(result, region_key="16077056", year=2015, variable="Insgesamt")
    assert (saara_2015.value, saara_2015.flag) == (Decimal("0"), "nothing")
    assert one(result, region_key="16077056", year=2011, variable="Insgesamt").value == 2846
    # a date standing alone in the header block (13111-01-03-5: "30.06.2015")
    employees = read("real_13111-01-03-5_gemeinden_employees_symbols_utf8.csv")
    assert employees.problem_count == 0
    assert {v.reference_date for v in employees.values} == {datetime.date(2015, 6, 30)}
    barwedel = {
        v.variable: (v.value, v.flag) for v in employees.values if v.region_key == "03151401002"
    }
    assert barwedel["Nationalität | Insgesamt | Geschlecht"] == (Decimal("16"), "")
    assert barwedel["Nationalität | Ausländer(innen) | Geschlecht | Insgesamt"] == (
        Decimal("0"),
        "nothing",
    )
    assert {v.flag for v in employees.values if v.region_key == "03151401"} == {"secret"}


def test_real_classic_kreis_table_latin1_dates_in_heads():
    result = read("real_12411-01-01-4_kreise_sex_latin1.csv")
    assert (result.encoding, result.problem_count) == ("cp1252", 0)
    darmstadt = one(result, region_key="06411", year=2015, variable="Insgesamt")
    assert (darmstadt.value, darmstadt.region_name) == (
        Decimal("155353"),
        "Darmstadt, Kreisfreie Stadt",
    )


def test_real_flat_file_current_german_with_dash_without_quality():
    result = read("real_12411-01-01-4_ffcsv_current_kreise_de.csv")
    assert (result.format, result.language, result.problem_count) == ("ffcsv", "de", 0)
    women = one(result, region_key="08222", attrs=("weiblich",))
    assert (women.value, women.variable_code, women.variable, women.unit) == (
        Decimal("158789"),
        "BEVSTD",
        "Bevölkerungsstand",
        "Anzahl",
    )
    assert women.reference_date == datetime.date(2024, 12, 31)
    assert women.attributes == (Attribute("GES", "Geschlecht", "GESW", "weiblich"),)
    total = one(result, region_key="08222", attrs=("Insgesamt",))
    assert total.value == Decimal("318035") and total.attributes[0].is_total
    # "-" without a quality code: no silent zero, the importer decides
    dashes = [v for v in result.values if v.region_key == "14263"]
    assert dashes and all((v.value, v.flag, v.dash) == (None, "", True) for v in dashes)


def test_real_flat_file_older_german_with_all_levels():
    result = read("real_12411-01-01-4_ffcsv_older_kreise_de.csv")
    assert (result.format, result.problem_count) == ("ffcsv-older", 0)
    total = one(result, region_key="DG", attrs=("Insgesamt",))
    assert (total.value, total.variable_code, total.unit) == (
        Decimal("84358845"),
        "BEVSTD",
        "Anzahl",
    )
    assert total.reference_date == datetime.date(2022, 12, 31)
    assert {v.region_key for v in result.values} >= {"DG", "06", "064", "06411", "11"}
    assert one(result, region_key="14263", attrs=("weiblich",)).dash


def test_real_flat_files_key_characteristics_by_code_across_layouts():
    current = read("real_13111-01-03-4_ffcsv_current_all_levels_de.csv")
    older = read("real_13111-01-03-4_ffcsv_older_kreise_de.csv")
    assert current.problem_count == older.problem_count == 0
    assert {v.region_key for v in current.values} == {"DG", "06", "064", "06411", "06432"}
    foreign = one(current, region_key="DG", attrs=("ausländisch", "Insgesamt"))
    assert foreign.value == Decimal("5837916") and foreign.variable_code == "ERW032"
    old_foreign = [v for v in older.values if v.attributes[0].code == "NATA"]
    # "Ausländer/-innen" (older) and "ausländisch" (current) are the same characteristic NATA
    assert {v.attributes[0].label for v in old_foreign} == {"Ausländer/-innen"}
    assert foreign.attributes[0].code == old_foreign[0].attributes[0].code == "NATA"
    assert one(older, region_key="DG", attrs=("Insgesamt", "Insgesamt")).value == 34709056
    no_value = one(current, region_key="06411", attrs=("ausländisch", "weiblich"))
    assert (no_value.value, no_value.dash) == (None, True)


def test_real_english_flat_files_current_and_older_totals_by_code():
    current = read("real_13111-0005_ffcsv_current_laender_en.csv")
    older = read("real_13111-0005_ffcsv_older_laender_en.csv")
    assert (current.language, older.language) == ("en", "en")
    assert (current.format, older.format) == ("ffcsv", "ffcsv-older")
    assert current.problem_count == older.problem_count == 0
    berlin = one(
        current, region_key="11", reference_date=datetime.date(2024, 6, 30), attrs=("Total",)
    )
    assert berlin.value == Decimal("1686597")
    assert (
        berlin.attributes == (Attribute("GES", "Sex", "", "Total"),)
        and berlin.attributes[0].is_total
    )
    male = one(older, region_key="11", reference_date=datetime.date(2021, 12, 31), attrs=("Male",))
    assert (male.value, male.variable_code, male.unit) == (Decimal("823399"), "ERW065", "number")
    assert male.variable == "Employees subj. to social insur. at place of work"
    assert male.attributes[0].code == "GESM"
    assert all(a.is_total == (a.label == "Total") for v in older.values for a in v.attributes)


def test_real_zensus_flat_files_every_geo_level():
    laender = read("real_1000A-2022_zensus_ffcsv_germany_laender_de.csv")
    assert (laender.format, laender.problem_count) == ("ffcsv", 0)
    assert {level_of(v.region_key) for v in laender.values} == {
        RegionLevel.COUNTRY,
        RegionLevel.LAND,
    }
    total = one(
        laender, region_key="DG", variable_code="PRS001", attrs=("60 bis 69 Jahre", "Insgesamt")
    )
    assert (total.value, total.reference_date) == (Decimal("11059795"), datetime.date(2022, 5, 15))
    dash = one(
        laender,
        region_key="DG",
        variable_code="PRS001",
        codes=(("ALTGR2", "ALT060B069"), ("WDGAT2", "WANDERUNG-EINS")),
    )
    assert (dash.value, dash.flag, dash.dash) == (None, "", True)
    gemeinden = read("real_1000A-0000_zensus_ffcsv_gemeinden_en.csv")
    assert (gemeinden.language, gemeinden.problem_count) == ("en", 0)
    eppertshausen = one(gemeinden, region_key="064320005005")
    assert (eppertshausen.value, eppertshausen.variable, eppertshausen.region_name) == (
        Decimal("6360"),
        "Persons",
        "Eppertshausen",
    )
    assert gemeinde_ags(eppertshausen.region_key) == "06432005"
    assert one(gemeinden, region_key="DG").value == Decimal("82719540")
    gm1 = read("real_1000A-0001_zensus_ffcsv_geogm1_en.csv")
    assert one(gm1, region_key="064110000000", variable_code="PRS018").value == 143499
    dl3 = read("real_2000S-2003_zensus_ffcsv_geodl3_de.csv")
    assert dl3.problem_count == 0 and {v.region_key for v in dl3.values} == {"DG"}


def test_real_zensus_file_with_rows_missing_a_column_names_each_row():
    result = read("real_1000A-0000_zensus_ffcsv_gemeinden_en_2024_missing_names.csv")
    assert result.problem_count == len(result.problems) == 22
    assert all("12" in str(p) and "13" in str(p) for p in result.problems)
    assert one(result, region_key="073355001202").value == 278


def test_real_mikrozensus_per_kreis_dash_and_dlandu():
    result = read("real_12211-Z-11_ffcsv_mikrozensus_kreise_dash_de.csv")
    assert result.problem_count == 0
    nuernberg = one(result, region_key="09564", attrs=("Insgesamt",))
    assert (nuernberg.value, nuernberg.dash, nuernberg.unit) == (None, True, "1000")
    darmstadt = one(result, region_key="06411", attrs=("Insgesamt",))
    assert (darmstadt.value, darmstadt.flag, darmstadt.dash) == (Decimal("89"), "", False)
    assert darmstadt.attributes[0].code == "LB-INS"  # a code: not a total, whatever the label
    waste = read("real_86121-Z-01_ffcsv_dlandu_de.csv")
    assert waste.problem_count == 0 and {v.region_key for v in waste.values} == {"06"}
    index = [v for v in waste.values if v.year == 2009 and v.variable_code == "ABFALL1B"]
    assert (index[0].value, index[0].unit) == (Decimal("97.3"), "2010=100")


def test_flat_dash_with_final_quality_is_nothing():
    header, row = (
        (DATA / "real_12211-Z-11_ffcsv_mikrozensus_kreise_dash_de.csv")
        .read_bytes()
        .split(b"\n")[:2]
    )
    assert row.endswith(b";-;1000;LBFMZ01;Lebensformen;")
    final = read_statistics_file(header + b"\n" + row + b"e\n")
    assert [(v.value, v.flag, v.dash) for v in final.values] == [(Decimal("0"), "nothing", False)]


def test_real_web_service_zip_is_read():
    result = read("real_3000G-1008_zensus_webservice_de_flat.zip")
    assert (result.format, result.problem_count, len(result.values)) == ("ffcsv", 0, 20)
    # the same variable as a count and as a share: different units, no duplicates
    shares = {v.unit: v.value for v in result.values if v.attributes[0].code == "ENERG-GAS"}
    assert shares == {"%": Decimal("53.9"), "Anzahl": Decimal("10755706")}


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_zip_with_several_csv_files_lists_them_and_reads_the_one_chosen():
    english = (DATA / "real_13111-0005_ffcsv_current_laender_en.csv").read_bytes()
    german = (DATA / "real_12411-01-01-4_ffcsv_current_kreise_de.csv").read_bytes()
    data = zip_of(
        {"13111-0005_en_flat.csv": english, "12411_de_flat.csv": german, "readme.txt": b"x"}
    )
    listing = read_statistics_file(data)
    assert (listing.format, listing.values, listing.problems) == ("archive", [], [])
    assert listing.archive_members == ["13111-0005_en_flat.csv", "12411_de_flat.csv"]
    chosen = read_statistics_file(data, member="12411_de_flat.csv")
    assert chosen.values == read_statistics_file(german).values
    with translation.override("en"):
        missing = read_statistics_file(data, member="other.csv")
        assert missing.values == [] and "other.csv" in str(missing.problems[0])


@pytest.mark.parametrize(
    ("members", "fragment"),
    [
        ({"inner.zip": b"PK\x03\x04"}, "another archive"),
        ({"a.csv": b"PK\x03\x04 nested"}, "another archive"),
        ({"readme.txt": b"text"}, "no CSV"),
    ],
)
def test_odd_archives_are_refused_with_a_clear_message(members, fragment):
    with translation.override("en"):
        result = read_statistics_file(zip_of(members))
        assert result.values == [] and fragment in str(result.problems[0])


def test_zip_bomb_is_refused_before_reading(monkeypatch):
    from kompass.indicators.statfiles import detect

    data = zip_of({"big.csv": b"0;" * 5000})  # 10 kB unpacked, a few bytes packed
    monkeypatch.setattr(detect, "MAX_BYTES", 4000)
    with translation.override("en"):
        result = read_statistics_file(data)
        assert result.values == [] and "larger than" in str(result.problems[0])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    text = (DATA / "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv").read_text(
        "utf-8"
    )
    bom = "\ufeff".encode(codec)
    result = read_statistics_file(bom + text.encode(codec))
    assert (result.encoding, result.problem_count) == ("utf-16", 0)
    assert (
        result.values
        == read("real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv").values
    )


def test_double_encoded_text_is_read_with_a_warning_naming_the_first_row():
    data = (DATA / "real_13211-01-03-5_gemeinden_unemployed_year_in_header_utf8.csv").read_bytes()
    garbled = data.decode("utf-8").encode("utf-8").decode("cp1252").encode("utf-8")
    result = read_statistics_file(garbled)
    with translation.override("en"):
        (warning,) = result.warnings
        assert warning.row == 2 and "ausgewÃ¤hlten" in str(warning) and "UTF-8" in str(warning)
    assert not warning.is_error and result.problem_count == 0
    assert read_statistics_file(data).warnings == []


def test_the_true_number_of_problems_is_counted():
    header, row = (
        (DATA / "real_12411-01-01-4_ffcsv_current_kreise_de.csv").read_bytes().split(b"\n")[:2]
    )
    bad = row.replace(b";158789;", b";viele;")
    result = read_statistics_file(b"\n".join([header] + [bad] * 1500))
    assert (result.problem_count, len(result.problems)) == (1500, MAX_KEPT_PROBLEMS)


def test_real_classic_heads_are_not_filled_across_a_span_and_texts_with_years_are_no_period():
    result = read("real_22541-01-04-4_kreise_daycare_spans_utf8.csv")
    assert result.problem_count == 0
    values = {(v.region_key, v.year, v.variable): (v.value, v.flag) for v in result.values}
    assert values[("DG", 2016, "Einrichtungen mit integrativer Kinderbetreuung")] == (19209, "")
    assert values[("DG", 2016, "Tageseinrichtungen für Kinder | unter 3 Jahre")] == (2046, "")
    staff = "Tätige Personen | Tätige Personen in Tageseinrichtungen für Kinder | "
    assert values[("06411", 2016, staff + "pädagogisches Personal (ab 2011)")] == (1519, "")
    # "(bis 2010)" names the column, it is no period: the rows' dates are
    assert values[("DG", 2016, staff + "pädagogisches Personal (bis 2010)")] == (0, "nothing")
    assert {v.year for v in result.values} == {2016, 2015, 2010}


def test_real_older_flat_files_with_quality_columns_and_empty_cells():
    quality = read("real_52111-0001_ffcsv_older_quality_columns_de.csv")
    assert (quality.problem_count, len(quality.values)) == (0, 8)
    assert {(v.variable_code, v.unit) for v in quality.values} == {("UNT002", "Anzahl")}
    manufacturing = one(quality, codes=(("BESG12", "BESAB0000B0010"), ("WZ08U6", "WZ08-C")))
    assert (manufacturing.value, manufacturing.flag) == (Decimal("146011"), "")
    empty = read("real_91111-0001_ffcsv_older_empty_cells_de.csv")
    # rows whose cell is empty have no value of that variable: neither a value nor a problem
    assert (empty.problem_count, len(empty.values)) == (0, 7)
    assert all(v.attributes[0].code.count("-") >= 3 for v in empty.values)
