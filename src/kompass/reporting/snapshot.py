"""What a closed cycle freezes: the state of a version, as plain JSON, in a fixed number of queries.

The verdicts come from the monitoring rules (``kompass.monitoring.status`` through
``monitoring.selectors``); this module only decides *which* data a report of the
reporting year sees:

- indicator values up to the reporting year (a "Bericht 2025" rates the values of 2025,
  even if a value of 2026 has already been entered);
- spending of budget years up to the reporting year; planned money of all years;
- evaluations whose period overlaps the reporting year;
- measures as they are when the cycle closes – or, with ``as_recorded_on``, as the dated
  status updates recorded them on that day (used to rebuild past cycles, e.g. in the demo).

Decimals are stored as strings, dates as ISO strings; labels are derived from the stored
codes when the report is rendered, reasons are stored in the installation's language.
"""

import datetime
from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation

from kompass.concepts.verdicts import Status
from kompass.indicators.models import IndicatorValue
from kompass.indicators.status import indicator_verdict, yearly_values
from kompass.measures.models import MeasureStatus, StatusUpdate
from kompass.measures.status import measure_verdict
from kompass.monitoring.models import Evaluation
from kompass.monitoring.selectors import goal_and_field_rollups
from kompass.monitoring.status import ORDER, rollup
from kompass.plan.tree import load_version_tree

SCHEMA = 1


def _dec(value) -> str | None:
    return None if value is None else format(Decimal(value).normalize(), "f")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _verdict(verdict) -> dict:
    return {"status": str(verdict.status), "reason": verdict.reason}


def _recorded_states(measures, day: datetime.date) -> dict[int, StatusUpdate]:
    """The last dated status update of every measure on or before ``day`` (one query)."""
    end = timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))
    latest = {}
    updates = StatusUpdate.objects.filter(
        measure__in=[m.pk for m in measures], created_at__lte=end
    ).order_by("created_at", "pk")
    for update in updates:
        latest[update.measure_id] = update
    return latest


def build_snapshot_data(cycle, *, today: datetime.date, as_recorded_on=None) -> dict:
    """The snapshot of ``cycle``'s version on ``today`` for its reporting year (see module doc)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _build(cycle, today=today, as_recorded_on=as_recorded_on)


def _build(cycle, *, today, as_recorded_on) -> dict:
    version = cycle.version
    year = cycle.reporting_year
    tree = load_version_tree(version)
    if as_recorded_on is not None:
        recorded = _recorded_states(tree.measures, as_recorded_on)
        for measure in tree.measures:
            update = recorded.get(measure.pk)
            measure.status = update.status if update else MeasureStatus.PLANNED
            measure.progress = update.progress if update else 0
            measure.status_note = update.note if update else ""

    values_by_indicator = defaultdict(list)
    for value in IndicatorValue.objects.filter(
        indicator__version=version, district__isnull=True, group="", year__lte=year
    ).order_by("year", "reference_date", "pk"):
        values_by_indicator[value.indicator_id].append(value)

    indicator_verdicts = {
        i.pk: indicator_verdict(i, values_by_indicator.get(i.pk, [])) for i in tree.indicators
    }
    measure_verdicts = {m.pk: measure_verdict(m, today) for m in tree.measures}
    # the same rollups as the dashboard, from the values up to the reporting year
    goal_verdicts, field_verdicts = goal_and_field_rollups(
        tree, indicator_verdicts, measure_verdicts
    )

    measures = [_measure(m, measure_verdicts[m.pk], year) for m in tree.measures]
    indicators = [
        _indicator(i, values_by_indicator.get(i.pk, []), indicator_verdicts[i.pk])
        for i in tree.indicators
    ]
    goals = [_goal(g, goal_verdicts[g.pk], tree) for g in tree.goals]
    fields = [
        {
            "id": f.pk,
            "name": f.name,
            "description": f.description,
            **_verdict(field_verdicts[f.pk]),
        }
        for f in tree.fields
    ]
    evaluations = _evaluations(version, year)
    tasks = list(cycle.tasks.select_related("unit").order_by("unit__name"))
    concept = version.concept
    return {
        "schema": SCHEMA,
        "reporting_year": year,
        "as_of": today.isoformat(),
        "municipality": {"name": cycle.municipality.name, "slug": cycle.municipality.slug},
        "concept": {
            "title": concept.title,
            "kind_label": concept.kind_label,
            "version_number": version.number,
            "version_title": version.title,
            "adopted_on": _iso(version.adopted_on),
            "adopting_resolution": version.adopting_resolution,
            "period_start": version.period_start,
            "period_end": version.period_end,
        },
        "cycle": {
            "title": cycle.title,
            "due_date": _iso(cycle.due_date),
            "opened_at": _iso(cycle.opened_at),
            "summary": cycle.summary,
        },
        "fields": fields,
        "goals": goals,
        "measures": measures,
        "indicators": indicators,
        "evaluations": evaluations,
        "mix": {
            "fields": _mix(field_verdicts.values()),
            "goals": _mix(goal_verdicts.values()),
            "measures": _mix(measure_verdicts.values()),
            "indicators": _mix(indicator_verdicts.values()),
        },
        "overall": _verdict(rollup(field_verdicts.values())),
        "units": [{"name": str(t.unit), "done_at": _iso(t.done_at)} for t in tasks],
    }


def _mix(verdicts) -> dict[str, int]:
    counts = dict.fromkeys((str(s) for s in ORDER), 0)
    for verdict in verdicts:
        counts[str(verdict.status)] += 1
    return counts


def _measure(measure, verdict, year) -> dict:
    budget = []
    for line in measure.budget_lines.all():
        budget.append(
            {
                "id": line.pk,
                "year": line.year,
                "source": line.funding_source,
                "programme": line.funding_programme,
                "planned": _dec(line.planned_amount),
                # Spending of later years is not part of this year's report.
                "spent": _dec(line.spent_amount) if line.year <= year else None,
            }
        )
    return {
        "id": measure.pk,
        "title": measure.title,
        "position": measure.position,
        "field_id": measure.field_id,
        "goal_ids": [g.pk for g in measure.goals.all()],
        "unit": str(measure.responsible_unit) if measure.responsible_unit_id else "",
        "unit_id": measure.responsible_unit_id,
        "state": measure.status,
        "progress": measure.progress,
        "note": measure.status_note,
        "start": _iso(measure.start_date),
        "end": _iso(measure.end_date),
        "budget": budget,
        **_verdict(verdict),
    }


def _indicator(indicator, values, verdict) -> dict:
    by_year = yearly_values(values)
    flags = {v.year: v.flag for v in values}
    return {
        "id": indicator.pk,
        "name": indicator.name,
        "unit": indicator.unit,
        "kind": indicator.kind,
        "direction": indicator.direction,
        "field_id": indicator.field_id,
        "goal_ids": [g.pk for g in indicator.goals.all()],
        "responsible": str(indicator.responsible_unit) if indicator.responsible_unit_id else "",
        "data_source": indicator.data_source,
        "baseline_value": _dec(indicator.baseline_value),
        "baseline_year": indicator.baseline_year,
        "target_value": _dec(indicator.target_value),
        "target_date": _iso(indicator.target_date),
        "values": [
            {"year": y, "value": _dec(v), "flag": flags.get(y, "")}
            for y, v in sorted(by_year.items())
        ],
        **_verdict(verdict),
    }


def _goal(goal, verdict, tree) -> dict:
    return {
        "id": goal.pk,
        "title": goal.title,
        "level": goal.level,
        "parent_id": goal.parent_id,
        "field_id": goal.field_id,
        "position": goal.position,
        "target_date": _iso(goal.target_date),
        **_verdict(verdict),
    }


def _evaluations(version, year) -> list[dict]:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    evaluations = (
        Evaluation.objects.filter(measure__version=version)
        .filter(Q(period_start__lte=end) & Q(period_end__gte=start))
        .select_related("measure")
        .order_by("measure__position", "period_end", "pk")
    )
    return [
        {
            "id": e.pk,
            "measure_id": e.measure_id,
            "measure_title": e.measure.title,
            "title": e.title,
            "method": e.method,
            "evaluated_by": e.evaluated_by,
            "period_start": _iso(e.period_start),
            "period_end": _iso(e.period_end),
            "result": e.result,
            "goal_achievement": e.goal_achievement,
            "recommendation": e.recommendation,
            "recommendation_note": e.recommendation_note,
        }
        for e in evaluations
    ]


def status_label(code: str) -> str:
    return Status(code).label
