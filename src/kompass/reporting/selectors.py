"""Reading a cycle's completeness and a unit's form data in a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max, Q

from kompass.indicators.models import Indicator, IndicatorValue
from kompass.measures.models import BudgetLine, Measure

from .models import CycleTask, ReminderSent
from .services import unit_indicators, unit_measures, year_value


@dataclass
class TaskRow:
    task: CycleTask
    measures: int = 0
    measures_updated: int = 0
    indicators: int = 0
    values_entered: int = 0
    last_reminder: object = None


@dataclass
class CycleProgress:
    rows: list[TaskRow]

    @property
    def done(self) -> int:
        return sum(1 for r in self.rows if r.task.is_done)

    @property
    def open(self) -> int:
        return len(self.rows) - self.done

    @property
    def measures(self) -> int:
        return sum(r.measures for r in self.rows)

    @property
    def measures_updated(self) -> int:
        return sum(r.measures_updated for r in self.rows)

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / len(self.rows)) if self.rows else 0


def cycle_progress(cycle) -> CycleProgress:
    """Per unit: measures, measures updated since the cycle opened, indicators, values entered."""
    tasks = list(cycle.tasks.select_related("unit", "done_by").order_by("unit__name"))
    measures = dict(
        Measure.objects.filter(version=cycle.version)
        .values_list("responsible_unit")
        .annotate(n=Count("pk"))
    )
    window = Q(status_updates__created_at__gte=cycle.opened_at)
    if cycle.closed_at:
        window &= Q(status_updates__created_at__lte=cycle.closed_at)
    updated = dict(
        Measure.objects.filter(window, version=cycle.version)
        .values_list("responsible_unit")
        .annotate(n=Count("pk", distinct=True))
    )
    indicators = dict(
        Indicator.objects.filter(version=cycle.version)
        .values_list("responsible_unit")
        .annotate(n=Count("pk"))
    )
    # Indicators (not value rows: a year may have several reference dates) with a value.
    entered_indicators = dict(
        Indicator.objects.filter(
            version=cycle.version,
            values__year=cycle.reporting_year,
            values__district__isnull=True,
            values__group="",
        )
        .values_list("responsible_unit")
        .annotate(n=Count("pk", distinct=True))
    )
    reminders = dict(
        ReminderSent.objects.filter(task__cycle=cycle)
        .values_list("task")
        .annotate(last=Max("sent_on"))
    )
    rows = [
        TaskRow(
            task=t,
            measures=measures.get(t.unit_id, 0),
            measures_updated=updated.get(t.unit_id, 0),
            indicators=indicators.get(t.unit_id, 0),
            values_entered=entered_indicators.get(t.unit_id, 0),
            last_reminder=reminders.get(t.pk),
        )
        for t in tasks
    ]
    return CycleProgress(rows)


@dataclass
class UnitFormData:
    measures: list
    lines: dict
    indicators: list
    values: dict
    previous_values: dict


def unit_form_data(cycle, unit) -> UnitFormData:
    """The unit's measures with this year's budget lines, its indicators with this and last
    year's values."""
    measures = list(unit_measures(cycle, unit))
    lines = defaultdict(list)
    for line in BudgetLine.objects.filter(measure__in=measures, year=cycle.reporting_year).order_by(
        "funding_source", "funding_programme", "pk"
    ):
        lines[line.measure_id].append(line)
    indicators = list(unit_indicators(cycle, unit))
    values_by_indicator = defaultdict(list)
    for value in IndicatorValue.objects.filter(
        indicator__in=indicators,
        year__in=[cycle.reporting_year, cycle.reporting_year - 1],
        district__isnull=True,
        group="",
    ):
        values_by_indicator[value.indicator_id].append(value)
    values, previous = {}, {}
    for indicator in indicators:
        found = values_by_indicator.get(indicator.pk, [])
        values[indicator.pk] = year_value(found, cycle.reporting_year)
        previous[indicator.pk] = year_value(found, cycle.reporting_year - 1)
    return UnitFormData(measures, dict(lines), indicators, values, previous)
