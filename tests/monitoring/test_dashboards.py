"""The coordination dashboard, the unit's task page, the help page and badges on other pages."""

import datetime
from decimal import Decimal as D

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.measures.models import MeasureStatus, StatusUpdate
from kompass.monitoring import views

from ..factories import (
    BudgetLineFactory,
    EvaluationFactory,
    GoalFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    MeasureFactory,
    MilestoneFactory,
)

TODAY = datetime.date(2026, 6, 30)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(views, "today", lambda: TODAY)


def dashboard_url(world):
    return reverse("monitoring_dashboard", args=[world.town.slug, world.version.pk])


def tasks_url(world, **params):
    url = reverse("unit_tasks", args=[world.town.slug])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


@pytest.fixture
def monitored(world):
    """The world's measure runs late; a second one is overdue; a goal indicator with a target."""
    world.measure.status = MeasureStatus.IN_PROGRESS
    world.measure.progress = 10
    world.measure.save()
    world.overdue = MeasureFactory(
        field=world.field,
        goals=[world.operative_goal],
        responsible_unit=world.school_office,
        title="Elterncafé im Südviertel",
        status=MeasureStatus.IN_PROGRESS,
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2026, 3, 31),
        progress=70,
    )
    BudgetLineFactory(
        measure=world.overdue, year=2026, funding_source="land", planned_amount=D(4000)
    )
    world.budget_line.spent_amount = D(7500)
    world.budget_line.save()
    indicator = world.indicator
    indicator.kind = "goal"
    indicator.baseline_value, indicator.baseline_year = D(10), 2020
    indicator.target_value, indicator.target_date = D(20), datetime.date(2030, 12, 31)
    indicator.save()
    IndicatorValueFactory(indicator=indicator, year=2025, value=D(15))
    StatusUpdate.objects.create(
        measure=world.overdue,
        municipality=world.town,
        status=MeasureStatus.IN_PROGRESS,
        progress=70,
        note="Raumsuche dauert an.",
    )
    EvaluationFactory(measure=world.measure, recommendation="change")
    return world


def test_dashboard_shows_fields_goals_overdue_budget_updates_and_evaluations(monitored, client):
    client.force_login(monitored.users["council"])
    response = client.get(dashboard_url(monitored))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Bildung" in content and "Sprachförderung ausbauen" in content
    # the overdue measure with its planned end, in the field and in the overall list
    assert content.count("Elterncafé im Südviertel") >= 3  # field, overdue table, updates
    assert "31.03.2026" in content
    # budget per year and source: 10.000 planned 2025 (7.500 spent), 4.000 Land 2026
    assert "14.000 €" in content and "7.500 €" in content
    assert 'id="chart-budget-years"' in content and 'id="chart-budget-sources"' in content
    # a trend chart for the goal indicator, with its data table
    assert f'id="trend-{monitored.indicator.pk}"' in content
    assert "Raumsuche dauert an." in content
    # evaluations by recommendation: 1 of the world's (continue) and 1 "change"
    assert "2 Evaluationen nach Empfehlung" in content or "2 evaluations" in content
    # badges have a symbol and a reason, never colour alone
    assert 'class="status status--off_track"' in content
    assert reverse("status_help", args=[monitored.town.slug]) in content


def _grow(world, n):
    for i in range(n):
        goal = GoalFactory(field=world.field, level=3, parent=world.goal, title=f"Ziel {i}")
        measure = MeasureFactory(
            field=world.field,
            goals=[goal],
            responsible_unit=world.school_office,
            status=MeasureStatus.IN_PROGRESS,
            end_date=datetime.date(2026, 1, 31) if i % 3 == 0 else datetime.date(2027, 1, 1),
        )
        BudgetLineFactory(measure=measure, year=2025 + i % 3, funding_source="eu")
        MilestoneFactory(measure=measure, due_date=datetime.date(2026, 7, 10))
        StatusUpdate.objects.create(
            measure=measure, municipality=world.town, status="in_progress", progress=20
        )
        EvaluationFactory(measure=measure, recommendation="stop" if i % 2 else "continue")
        indicator = IndicatorFactory(
            field=world.field,
            goals=[goal],
            kind="goal",
            responsible_unit=world.school_office,
            target_value=D(20),
            target_date=datetime.date(2030, 12, 31),
        )
        IndicatorValueFactory(indicator=indicator, year=2024)


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


# 5 for session, user and access, 1 version, 11 tree, 1 values, 1 reports, 1 evaluations, 1 spare
DASHBOARD_MAX_QUERIES = 21
UNIT_TASKS_MAX_QUERIES = 12


def test_dashboard_query_count_is_pinned_and_does_not_grow(monitored, client):
    client.force_login(monitored.users["coordination"])
    _grow(monitored, 2)
    small = _queries(client, dashboard_url(monitored))
    _grow(monitored, 28)
    assert _queries(client, dashboard_url(monitored)) == small
    assert small <= DASHBOARD_MAX_QUERIES


def test_unit_tasks_query_count_is_pinned_and_does_not_grow(monitored, client):
    client.force_login(monitored.users["responsible_unit"])
    _grow(monitored, 2)
    small = _queries(client, tasks_url(monitored))
    _grow(monitored, 28)
    assert _queries(client, tasks_url(monitored)) == small
    assert small <= UNIT_TASKS_MAX_QUERIES


def test_unit_sees_its_own_measures_and_what_is_due(monitored, client):
    MilestoneFactory(
        measure=monitored.measure, title="Elternabend", due_date=datetime.date(2026, 7, 15)
    )
    MilestoneFactory(
        measure=monitored.measure,
        title="Erledigt",
        due_date=datetime.date(2026, 7, 1),
        done_on=datetime.date(2026, 6, 1),
    )
    MilestoneFactory(measure=monitored.measure, title="Später", due_date=datetime.date(2026, 12, 1))
    client.force_login(monitored.users["responsible_unit"])
    content = client.get(tasks_url(monitored)).content.decode()
    assert monitored.measure.title in content
    assert monitored.foreign_measure.title not in content  # youth office's measure
    # due: the overdue measure, the milestone in the next 30 days and the old one (2025-06-01)
    assert "Elterncafé im Südviertel" in content
    assert "Elternabend" in content and "Auftakt" in content
    assert "Erledigt" not in content and "Später" not in content
    # the indicator's last value is 2025: nothing missing for last year (2025)
    assert "fehlt" not in content
    assert reverse("measure_progress", args=[monitored.town.slug, monitored.measure.pk]) in content
    assert reverse("value_create", args=[monitored.town.slug, monitored.indicator.pk]) in content


def test_indicator_without_last_years_value_is_due(world, client):
    world.indicator.periodicity = "annual"
    world.indicator.save()  # its only value is for 2024
    client.force_login(world.users["responsible_unit"])
    content = client.get(tasks_url(world)).content.decode()
    assert "Wert für 2025 fehlt" in content or "value for 2025 missing" in content


def test_coordination_chooses_a_unit(monitored, client):
    client.force_login(monitored.users["coordination"])
    content = client.get(tasks_url(monitored)).content.decode()
    assert monitored.measure.title not in content  # nothing chosen yet
    assert 'name="einheit"' in content
    content = client.get(tasks_url(monitored, einheit=monitored.youth_office.pk)).content.decode()
    assert monitored.foreign_measure.title in content
    assert monitored.measure.title not in content


def test_coordination_cannot_choose_a_foreign_unit(monitored, client):
    from ..factories import OrgUnitFactory

    foreign = OrgUnitFactory(municipality=monitored.other_town)
    client.force_login(monitored.users["coordination"])
    response = client.get(tasks_url(monitored, einheit=foreign.pk))
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_help_page_explains_the_rules_with_worked_examples(world, client):
    client.force_login(world.users["council"])
    content = client.get(reverse("status_help", args=[world.town.slug])).content.decode()
    for status in ("on_track", "at_risk", "off_track", "no_data", "not_rated"):
        assert f"status--{status}" in content
    assert "25" in content  # the lag in percentage points, from the rules themselves


def test_detail_pages_show_the_status_with_its_reason(monitored, client):
    client.force_login(monitored.users["steering_group"])
    slug = monitored.town.slug
    pages = [
        reverse("measure_detail", args=[slug, monitored.overdue.pk]),
        reverse("goal_detail", args=[slug, monitored.operative_goal.pk]),
        reverse("field_detail", args=[slug, monitored.field.pk]),
        reverse("indicator_detail", args=[slug, monitored.indicator.pk]),
        reverse("version_overview", args=[slug, monitored.version.pk]),
    ]
    for url in pages:
        content = client.get(url).content.decode()
        assert 'class="status status--' in content, url
        assert 'class="status-reason"' in content, url
    measure_page = client.get(pages[0]).content.decode()
    assert "status--off_track" in measure_page
