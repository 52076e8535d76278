"""The table reader: CSV in both encodings and separators, XLSX, and broken files."""

import io

import pytest
from django.utils import translation
from openpyxl import Workbook

from kompass.actors.tabular import read_table

from .conftest import data_file


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English: the German catalogue may not have them yet."""
    with translation.override("en"):
        yield


EXPECTED_FIRST = {
    "Name": "Interkultureller Frauenverein Musterstadt e. V.",
    "Straße": "Lindenstraße 12",
    "PLZ": "12345",
    "Handlungsfelder": "Sprachförderung, Arbeit, Arbeitsmarktintegration und lokale Wirtschaft",
}


def _check_sample(table):
    header, rows, problems = table
    assert problems == []
    assert header[:4] == ["Name", "Typ", "Beschreibung", "Straße"]
    assert [row.number for row in rows] == [2, 3, 4]
    for key, value in EXPECTED_FIRST.items():
        assert rows[0].get(key) == value
    assert rows[1].get("Beschreibung") == "Fußball; Schwimmen"
    assert rows[2].get("Aktiv") == "nein"


def test_utf8_csv_with_semicolons():
    table = read_table(data_file("akteure-utf8-semikolon.csv"), "akteure.csv")
    _check_sample(table)
    assert table.encoding == "UTF-8" and table.format == "CSV (;)"


def test_latin1_csv_with_commas():
    table = read_table(data_file("akteure-latin1-komma.csv"), "AKTEURE.CSV")
    _check_sample(table)
    assert table.encoding == "Windows-1252" and table.format == "CSV (,)"


def test_utf8_with_bom_and_tabs():
    data = "\ufeffName\tOrt\nVerein\tMusterstadt\n".encode()
    header, rows, problems = read_table(data, "liste.txt")
    assert problems == [] and header == ["Name", "Ort"]
    assert rows[0].values == {"Name": "Verein", "Ort": "Musterstadt"}


def test_xlsx_numbers_become_text_without_decimals():
    table = read_table(data_file("akteure.xlsx"), "akteure.xlsx")
    _check_sample(table)
    assert table.format == "XLSX"


def test_xlsx_dates_and_blank_lines_before_the_header():
    import datetime

    workbook = Workbook()
    sheet = workbook.active
    sheet.append([])
    sheet.append(["Titel", "Beginn", "Kostenfrei"])
    sheet.append(["Kurs", datetime.datetime(2025, 9, 1), True])
    buffer = io.BytesIO()
    workbook.save(buffer)
    table = read_table(buffer.getvalue(), "angebote.xlsx")
    assert table.problems == [] and table.header_row == 2
    assert table.rows[0].number == 3
    assert table.rows[0].values == {"Titel": "Kurs", "Beginn": "2025-09-01", "Kostenfrei": "true"}


def test_empty_file():
    for data in (b"", b"  \n\n"):
        header, rows, problems = read_table(data, "leer.csv")
        assert (header, rows) == ([], [])
        assert [str(p.message) for p in problems] == ["The file is empty."]


def test_header_without_rows():
    _header, rows, problems = read_table(b"Name;Typ\n", "a.csv")
    assert rows == [] and len(problems) == 1 and problems[0].row is None


def test_wrong_file_types():
    assert (
        read_table(b"%PDF-1.7 ...", "liste.pdf").problems[0].message.startswith("Wrong file type")
    )
    old_excel = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100
    assert ".xls" in str(read_table(old_excel, "liste.xls").problems[0].message)
    assert "not a valid Excel" in str(read_table(b"Name;Typ\n", "liste.xlsx").problems[0].message)


def test_damaged_xlsx():
    broken = data_file("akteure.xlsx")[:300]
    problems = read_table(broken, "akteure.xlsx").problems
    assert len(problems) == 1 and problems[0].row is None


def test_binary_data_named_csv():
    assert read_table(b"\x00\x01\x02binary", "a.csv").problems


def test_header_problems_name_row_and_column():
    data = b"Name;;Name\nA;x;B\n"
    problems = read_table(data, "a.csv").problems
    assert sorted((p.row, p.column) for p in problems) == [(1, ""), (1, "Name")]


def test_surplus_cells_are_reported_with_their_row():
    problems = read_table(b"Name;Typ\nA;Verein;zu viel\n", "a.csv").problems
    assert [(p.row, p.column) for p in problems] == [(2, "")]
