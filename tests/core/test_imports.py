"""The shared import pieces: Problem, ImportPlan, the upload validator, the formula-safe cell."""

import io
from dataclasses import dataclass

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.utils import translation
from openpyxl import Workbook, load_workbook

from kompass.core.imports import CREATE, SKIP, UPDATE, WARNING, ImportPlan, Problem
from kompass.core.tabular import write_row
from kompass.core.uploads import MB, TABLE_TYPES, UploadField


@dataclass
class Row:
    row: int
    action: str


@dataclass
class RowPlan(ImportPlan):
    row_type = Row


def test_a_problem_names_sheet_row_and_column_in_german():
    problem = Problem(4, "Wert", "„x“ ist keine Zahl.", sheet="Maßnahmen")
    with translation.override("de"):
        assert str(problem) == "Maßnahmen, Zeile 4, Spalte „Wert“: „x“ ist keine Zahl."
    assert str(Problem(None, "", "Die Datei ist leer.")) == "Die Datei ist leer."


def test_a_plan_counts_its_rows_and_survives_json():
    plan = RowPlan(
        rows=[Row(2, CREATE), Row(3, UPDATE), Row(4, SKIP)],
        problems=[Problem(5, "B", "Hinweis", severity=WARNING)],
        unchanged=7,
    )
    assert plan.counts == {"create": 1, "update": 1, "unchanged": 7, "skip": 1}
    assert plan.has_changes and plan.is_acceptable  # a warning does not stop the import
    again = RowPlan.from_json(plan.as_json())
    assert again == plan
    again.problems.append(Problem(6, "C", "Fehler"))
    assert not again.is_acceptable
    assert not RowPlan(unchanged=3).has_changes


def test_the_problem_table_shows_row_column_and_message():
    html = render_to_string(
        "core/_import_problems.html",
        {"problems": [Problem(4, "Wert", "keine Zahl", sheet="Indikatoren")], "show_sheet": True},
    )
    assert "<caption" in html and 'scope="col"' in html and 'role="alert"' in html
    cells = ["<td>Indikatoren</td>", "<td>4</td>", "<td>Wert</td>", "<td>keine Zahl</td>"]
    assert all(cell in html for cell in cells)


class TableForm(forms.Form):
    file = UploadField(types=TABLE_TYPES, max_bytes=1 * MB, label="Tabelle")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("liste.pdf", b"%PDF-1.4", "Tabelle: Files of type “.pdf” cannot be uploaded here."),
        ("liste.xlsx", b"%PDF-1.4", "Tabelle: The content of the file does not match"),
        ("liste.csv", b"a;b\x00", "Tabelle: The file is not a text file."),
        ("liste.csv", b"x" * (MB + 1), "Tabelle: The file is larger than 1 MB."),
    ],
)
def test_the_upload_field_refuses_with_a_message_naming_the_field(name, content, message):
    with translation.override("en"):
        form = TableForm(files={"file": SimpleUploadedFile(name, content)})
        assert not form.is_valid()
        assert form.errors["file"][0].startswith(message)


def test_the_upload_field_accepts_matching_files_and_offers_the_endings():
    form = TableForm(files={"file": SimpleUploadedFile("liste.xlsx", b"PK\x03\x04rest")})
    assert form.is_valid(), form.errors
    assert form.fields["file"].widget.attrs["accept"] == ".csv,.xlsx"


def test_text_cells_are_never_formulas():
    workbook = Workbook()
    write_row(workbook.active, 1, ['=HYPERLINK("https://x.example")', "@SUM(A1)", 3, "a\x01b"])
    output = io.BytesIO()
    workbook.save(output)
    cells = load_workbook(io.BytesIO(output.getvalue())).active[1]
    assert [c.data_type for c in cells[:2]] == ["s", "s"]
    assert cells[0].value == '=HYPERLINK("https://x.example")' and cells[0].quotePrefix
    assert (cells[2].value, cells[3].value) == (3, "ab")
