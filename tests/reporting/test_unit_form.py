"""A responsible unit updates all its measures and indicators in one form, all or nothing."""

from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from kompass.indicators.models import IndicatorValue
from kompass.measures.models import Measure, StatusUpdate
from kompass.measures.services import measure_update_progress
from kompass.reporting.models import CycleTask

from ..factories import BudgetLineFactory, IndicatorFactory, MeasureFactory
from .conftest import unit_form_data, unit_url


def _form(client, world, cycle, **changes):
    data = unit_form_data(client, unit_url(world, cycle))
    m, i = f"m{world.measure.pk}", f"i{world.indicator.pk}"
    data.update(
        {key.replace("M-", f"{m}-").replace("I-", f"{i}-"): v for key, v in changes.items()}
    )
    return data


def test_unit_saves_measures_spending_and_values_together(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    line = world.budget_line
    data = _form(
        client,
        world,
        cycle,
        **{
            "M-status": "in_progress",
            "M-progress": "40",
            "M-note": "Kurse laufen.",
            f"M-spent_{line.pk}": "2.500,50",
            "I-value": "13,4",
            "I-flag": "provisional",
            "I-source": "Schulstatistik",
        },
    )
    response = client.post(unit_url(world, cycle), data)
    assert response.status_code == 302
    world.measure.refresh_from_db()
    line.refresh_from_db()
    assert (world.measure.status, world.measure.progress) == ("in_progress", 40)
    assert line.spent_amount == Decimal("2500.50")
    value = IndicatorValue.objects.get(indicator=world.indicator, year=2025)
    assert (value.value, value.flag, value.source) == (
        Decimal("13.4"),
        "provisional",
        "Schulstatistik",
    )
    # one dated status update for the one changed measure, none for unchanged ones
    assert StatusUpdate.objects.filter(measure=world.measure).count() == 1
    assert StatusUpdate.objects.count() == 1


def test_mark_as_done(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    data = _form(client, world, cycle)
    data["action"] = "done"
    client.post(unit_url(world, cycle), data)
    task = CycleTask.objects.get(cycle=cycle, unit=world.school_office)
    assert task.done_at is not None and task.done_by == world.users["responsible_unit"]
    assert StatusUpdate.objects.count() == 0  # nothing changed, nothing reported


def test_one_wrong_entry_saves_nothing(world, client, cycle):
    second = MeasureFactory(field=world.field, responsible_unit=world.school_office)
    client.force_login(world.users["responsible_unit"])
    data = _form(client, world, cycle, **{"M-progress": "55", "I-value": "14"})
    data[f"m{second.pk}-progress"] = "150"
    response = client.post(unit_url(world, cycle), data)
    assert response.status_code == 200
    assert (
        "Nothing has been saved" in response.content.decode()
        or "Es wurde nichts gespeichert" in response.content.decode()
    )
    world.measure.refresh_from_db()
    assert world.measure.progress == 0
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()


def test_a_concurrent_change_is_reported_not_overwritten(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    data = _form(client, world, cycle, **{"M-progress": "30", "I-value": "11"})
    # meanwhile the coordination records progress on the same measure
    measure_update_progress(
        measure=Measure.objects.get(pk=world.measure.pk),
        status="in_progress",
        progress=70,
        note="Von der Koordination",
        expected_lock_version=world.measure.lock_version,
        acting_user=world.users["coordination"],
    )
    response = client.post(unit_url(world, cycle), data)
    assert response.status_code == 200
    world.measure.refresh_from_db()
    assert world.measure.progress == 70  # not overwritten
    assert not IndicatorValue.objects.filter(indicator=world.indicator, year=2025).exists()
    # the page now carries the stored state: saving again is a deliberate decision
    again = unit_form_data(client, unit_url(world, cycle))
    resubmitted = {
        **data,
        **{k: v for k, v in again.items() if k.endswith("lock_version") or k.startswith("seen-")},
    }
    assert client.post(unit_url(world, cycle), resubmitted).status_code == 302
    world.measure.refresh_from_db()
    assert world.measure.progress == 30


def test_a_change_elsewhere_to_an_untouched_row_is_no_conflict(world, client, cycle):
    other = MeasureFactory(field=world.field, responsible_unit=world.school_office)
    client.force_login(world.users["responsible_unit"])
    data = _form(client, world, cycle, **{"M-progress": "30"})
    measure_update_progress(
        measure=other,
        status="in_progress",
        progress=50,
        note="",
        expected_lock_version=other.lock_version,
        acting_user=world.users["coordination"],
    )
    assert client.post(unit_url(world, cycle), data).status_code == 302
    other.refresh_from_db()
    world.measure.refresh_from_db()
    assert (world.measure.progress, other.progress) == (30, 50)


def test_other_units_get_403_and_foreign_users_404(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    assert client.get(unit_url(world, cycle, world.youth_office)).status_code == 403
    assert client.post(unit_url(world, cycle, world.youth_office), {}).status_code == 403
    client.force_login(world.users["foreign_coordinator"])
    assert client.get(unit_url(world, cycle)).status_code == 404


def test_coordination_reports_for_any_unit(world, client, cycle):
    client.force_login(world.users["coordination"])
    assert client.get(unit_url(world, cycle, world.youth_office)).status_code == 200


def _grow(world, count):
    for _ in range(count):
        measure = MeasureFactory(field=world.field, responsible_unit=world.school_office)
        BudgetLineFactory(measure=measure)
        IndicatorFactory(field=world.field, responsible_unit=world.school_office)


UNIT_FORM_MAX_QUERIES = 16


def test_unit_form_query_count_is_pinned(world, client, cycle):
    client.force_login(world.users["responsible_unit"])
    url = unit_url(world, cycle)

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    _grow(world, 2)
    small = count()
    _grow(world, 15)
    assert small == count() <= UNIT_FORM_MAX_QUERIES
