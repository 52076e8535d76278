"""The Excel round trip: export, fill in offline, upload, preview, confirm – all or nothing."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from kompass.indicators.models import IndicatorValue
from kompass.measures.services import measure_update_progress
from kompass.reporting.models import SheetUpload

from .conftest import unit_url


@pytest.fixture
def unit_client(world, client):
    client.force_login(world.users["responsible_unit"])
    return client


def _export(client, world, cycle):
    response = client.get(unit_url(world, cycle, name="reporting_unit_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def _upload(client, world, cycle, workbook):
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    output.name = "bericht.xlsx"
    return client.post(unit_url(world, cycle, name="reporting_unit_import"), {"file": output})


def _column(sheet, heading):
    for cell in sheet[1]:
        if cell.value == heading:
            return cell.column
    raise AssertionError(heading)


def test_exported_workbook_has_two_protected_sheets_with_hidden_ids(world, unit_client, cycle):
    workbook = _export(unit_client, world, cycle)
    measures, indicators = workbook.worksheets
    assert (measures.title, indicators.title) == ("Maßnahmen", "Indikatoren")
    assert measures.protection.sheet and indicators.protection.sheet
    assert measures.column_dimensions["A"].hidden and measures.column_dimensions["B"].hidden
    assert measures["A2"].value == world.measure.pk and measures["A2"].protection.locked
    assert not measures["D2"].protection.locked  # the state is to be filled in
    assert any("D2" in str(v.sqref) for v in measures.data_validations.dataValidation)
    assert [c.value for c in measures[1]][:6] == [
        "ID",
        "Version",
        "Maßnahme",
        "Zustand",
        "Fortschritt (%)",
        "Kommentar",
    ] or measures["C1"].value in ("Measure", "Maßnahme")
    assert indicators["A2"].value == world.indicator.pk


def test_round_trip_changes_the_values(world, unit_client, cycle):
    workbook = _export(unit_client, world, cycle)
    measures, indicators = workbook.worksheets
    measures.cell(2, 5).value = 45
    measures.cell(2, 6).value = "Zwei Kurse laufen"
    spent_column = next(
        c.column for c in measures[1] if str(c.value).startswith(("Ausgaben", "Spent"))
    )
    measures.cell(2, spent_column).value = "1.234,5"
    indicators.cell(2, 7).value = 13.2
    response = _upload(unit_client, world, cycle, workbook)
    assert response.status_code == 302, response.content.decode()
    preview = unit_client.get(response["Location"])
    text = preview.content.decode()
    assert "Zwei Kurse laufen" in text and "13,2" in text
    world.measure.refresh_from_db()
    assert world.measure.progress == 0  # nothing written before the confirmation
    confirm = unit_client.post(response["Location"], {"confirm": "1"})
    assert confirm.status_code == 302
    world.measure.refresh_from_db()
    world.budget_line.refresh_from_db()
    assert (world.measure.progress, world.measure.status_note) == (45, "Zwei Kurse laufen")
    assert world.budget_line.spent_amount == Decimal("1234.5")
    assert IndicatorValue.objects.get(indicator=world.indicator, year=2025).value == Decimal("13.2")
    assert SheetUpload.objects.get().status == "applied"


def test_a_sheet_with_an_error_changes_nothing_and_says_where(world, unit_client, cycle):
    workbook = _export(unit_client, world, cycle)
    measures, indicators = workbook.worksheets
    measures.cell(2, 5).value = "halb"
    indicators.cell(2, 7).value = 14
    response = _upload(unit_client, world, cycle, workbook)
    assert response.status_code == 200
    problem = response.context["problems"][0]
    assert (problem.sheet, problem.row, problem.column) == ("Maßnahmen", 2, "E")
    assert "halb" in problem.message and "halb" in response.content.decode()
    assert not SheetUpload.objects.exists()
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()


def test_a_row_changed_meanwhile_is_a_conflict_and_nothing_is_written(world, unit_client, cycle):
    workbook = _export(unit_client, world, cycle)
    measures, indicators = workbook.worksheets
    measures.cell(2, 5).value = 45
    indicators.cell(2, 7).value = 13.2
    measure_update_progress(
        measure=world.measure,
        status="in_progress",
        progress=70,
        note="",
        expected_lock_version=world.measure.lock_version,
        acting_user=world.users["coordination"],
    )
    response = _upload(unit_client, world, cycle, workbook)
    preview = unit_client.get(response["Location"])
    assert preview.context["conflicts"][0].object_id == world.measure.pk
    unit_client.post(response["Location"], {"confirm": "1"})
    world.measure.refresh_from_db()
    assert world.measure.progress == 70
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()


def test_text_typed_into_the_plan_is_exported_as_text_not_as_formula(world, unit_client, cycle):
    world.measure.status_note = '=HYPERLINK("https://evil.example","Klick")'
    world.measure.save(update_fields=["status_note"])
    cell = _export(unit_client, world, cycle).worksheets[0].cell(2, 6)
    assert cell.data_type == "s" and cell.quotePrefix
    assert cell.value == '=HYPERLINK("https://evil.example","Klick")'


def test_discarding_marks_the_upload_and_changes_nothing(world, unit_client, cycle):
    workbook = _export(unit_client, world, cycle)
    workbook.worksheets[0].cell(2, 5).value = 45
    response = _upload(unit_client, world, cycle, workbook)
    unit_client.post(response["Location"], {"discard": "1"})
    world.measure.refresh_from_db()
    assert world.measure.progress == 0 and SheetUpload.objects.get().status == "discarded"
    assert unit_client.post(response["Location"], {"confirm": "1"}).status_code == 302
    world.measure.refresh_from_db()
    assert world.measure.progress == 0


def test_not_an_excel_file_is_refused(world, unit_client, cycle):
    upload = io.BytesIO(b"id;progress\n1;2\n")
    upload.name = "bericht.csv"
    response = unit_client.post(
        unit_url(world, cycle, name="reporting_unit_import"), {"file": upload}
    )
    assert response.status_code == 200 and not SheetUpload.objects.exists()


def test_other_units_cannot_export_or_import(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    for name in ("reporting_unit_export", "reporting_unit_import"):
        assert client.get(unit_url(world, cycle, world.youth_office, name=name)).status_code == 403
    client.force_login(world.users["foreign_coordinator"])
    url = reverse(
        "reporting_unit_export", args=[world.other_town.slug, cycle.pk, world.school_office.pk]
    )
    assert client.get(url).status_code == 404
