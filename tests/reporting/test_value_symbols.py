"""Reporting a value as "nothing there" (a true zero) in the unit form and in the workbook:
an empty value becomes 0, another number is refused and nothing is written."""

import io

import pytest
from django.utils import translation
from openpyxl import load_workbook

from kompass.indicators.models import IndicatorValue, ValueFlag
from kompass.reporting.models import SheetUpload

from .conftest import unit_form_data, unit_url


@pytest.fixture
def unit_client(world, client):
    client.force_login(world.users["responsible_unit"])
    return client


def _form(client, world, cycle, **indicator):
    data = unit_form_data(client, unit_url(world, cycle))
    data.update({f"i{world.indicator.pk}-{key}": value for key, value in indicator.items()})
    return data


def test_unit_form_fills_in_the_zero_of_nothing_there(world, unit_client, cycle):
    data = _form(unit_client, world, cycle, value="", flag="nothing")
    response = unit_client.post(unit_url(world, cycle), data)
    assert response.status_code == 302
    value = IndicatorValue.objects.get(indicator=world.indicator, year=2025)
    assert (value.value, value.flag) == (0, ValueFlag.NOTHING)


def test_unit_form_refuses_another_number_for_nothing_there(world, unit_client, cycle):
    data = _form(unit_client, world, cycle, value="4", flag="nothing")
    response = unit_client.post(unit_url(world, cycle), data)
    assert response.status_code == 200
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()


def _upload(client, world, cycle, value, flag):
    response = client.get(unit_url(world, cycle, name="reporting_unit_export"))
    workbook = load_workbook(io.BytesIO(response.content))
    indicators = workbook.worksheets[1]
    indicators.cell(2, 7).value = value
    indicators.cell(2, 8).value = flag
    output = io.BytesIO()
    workbook.save(output)
    output.seek(0)
    output.name = "bericht.xlsx"
    return client.post(unit_url(world, cycle, name="reporting_unit_import"), {"file": output})


def test_workbook_row_with_nothing_there_and_no_number_becomes_zero(world, unit_client, cycle):
    with translation.override("de"):
        label = str(ValueFlag.NOTHING.label)
    response = _upload(unit_client, world, cycle, None, label)
    assert response.status_code == 302, response.content.decode()
    assert unit_client.post(response["Location"], {"confirm": "1"}).status_code == 302
    value = IndicatorValue.objects.get(indicator=world.indicator, year=2025)
    assert (value.value, value.flag) == (0, ValueFlag.NOTHING)


def test_workbook_row_with_nothing_there_and_a_number_is_a_problem(world, unit_client, cycle):
    with translation.override("de"):
        label = str(ValueFlag.NOTHING.label)
    response = _upload(unit_client, world, cycle, 4, label)
    assert response.status_code == 200
    problem = response.context["problems"][0]
    assert (problem.sheet, problem.row, problem.column) == ("Indikatoren", 2, "G")
    assert not SheetUpload.objects.exists()
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()
