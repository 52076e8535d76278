"""The statistics readers against sample files of every layout, symbol and malformed case."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from kompass.indicators.statfiles import parse_cell, read_statistics_file, region_ags
from kompass.indicators.statfiles.common import CellError

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
        ("-", (Decimal("0"), "")),
        (".", (None, "secret")),
        ("...", (None, "not_available")),
        ("/", (None, "unreliable")),
        ("x", (None, "not_applicable")),
        ("–", (None, "secret")),
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
    # the 12-digit ARS row is matched to the 8-digit AGS
    assert by_key(result, "06432008", 2023, "Insgesamt")[0].value == Decimal("22011")
    flags = {
        (v.region_key, v.year, v.variable.split(" |")[0]): (v.value, v.flag) for v in result.values
    }
    assert flags[("06432001", 2022, "Deutsche")] == (None, "secret")
    assert flags[("06432001", 2023, "Deutsche")] == (None, "not_available")
    assert flags[("06432002", 2023, "Deutsche")] == (Decimal("0"), "")
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
        v
        for v in result.values
        if v.year == 2022 and v.attributes == (("Nationalität", "Insgesamt"),)
    ]
    assert total_2022[0].value == Decimal("1234") and total_2022[0].variable == "ERW032 Arbeitslose"
    assert total_2022[0].unit == "Anzahl" and total_2022[0].statistic == "13211"
    secret = [
        v for v in result.values if v.year == 2023 and v.attributes[0][1] == "Ausländer(innen)"
    ]
    assert (secret[0].value, secret[0].flag) == (None, "secret")
    limited = [
        v
        for v in result.values
        if v.year == 2024 and v.region_key == "06999001" and v.variable.startswith("ERW")
    ]
    assert (limited[0].value, limited[0].flag) == (Decimal("1176.5"), "limited")
    stag = [v for v in result.values if v.variable.startswith("BEVSTD")]
    assert stag[0].reference_date == datetime.date(2024, 12, 31)
    assert [v.region_key for v in result.values if v.region_name == "Deutschland"] == ["DG"]


def test_flat_file_older_layout_with_value_columns():
    result = read("genesis_ffcsv_older_latin1.csv")
    assert (result.format, result.encoding, result.problems) == ("ffcsv-older", "cp1252", [])
    assert len(result.values) == 4
    first = result.values[0]
    assert (
        first.variable == "BEV036 Bevoelkerung in Hauptwohnsitzhaushalten" and first.unit == "1000"
    )
    assert first.attributes == (("Einwanderungsgeschichte", "Mit Einwanderungsgeschichte"),)
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


def test_duplicate_rows_are_reported():
    result = read("broken_duplicate_rows.csv")
    assert result.problems and all("11" in str(p) for p in result.problems)


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
