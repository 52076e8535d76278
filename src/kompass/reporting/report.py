"""The progress report (Fortschritts-/Umsetzungsbericht) of a closed cycle, from its snapshot only.

``build_report`` turns a snapshot (and the previous cycle's, for the changes) into one
report structure; ``render_pdf`` renders it through an HTML template with print CSS
(WeasyPrint), ``report_docx.render_docx`` as a Word document. Generation runs as a
background job (``core.jobs``) with its progress in the cache, like the statistics import.
"""

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kompass.concepts.models import GoalLevel
from kompass.concepts.verdicts import Status
from kompass.core.charts import (
    Bar,
    Point,
    Reference,
    Series,
    bar_chart,
    grouped_bar_chart,
    line_chart,
)
from kompass.core.jobs import job_start
from kompass.indicators.models import Direction, ValueFlag
from kompass.measures.models import FundingSource, MeasureStatus
from kompass.monitoring.models import EvaluationMethod, GoalAchievement, Recommendation
from kompass.monitoring.status import ORDER

from .models import CycleSnapshot, CycleStatus

ZERO = Decimal("0")


def file_name(cycle, kind: str) -> str:
    return f"{slugify(cycle.title) or 'bericht'}.{kind}"


def _d(value) -> Decimal | None:
    return None if value in (None, "") else Decimal(value)


def _date(value):
    if not value:
        return None
    return parse_date(value[:10])


def status_label(code) -> str:
    return Status(code).label


def mix_rows(data) -> list[dict]:
    """The status mix of a snapshot as rows: level, then (status, label, count) worst first."""
    names = {
        "fields": _("Fields of action"),
        "goals": _("Goals"),
        "measures": _("Measures"),
        "indicators": _("Indicators"),
    }
    rows = []
    for key, label in names.items():
        counts = data.get("mix", {}).get(key, {})
        rows.append(
            {
                "label": label,
                "cells": [(str(s), s.label, counts.get(str(s), 0)) for s in ORDER],
                "total": sum(counts.values()),
            }
        )
    return rows


@dataclass
class IndicatorEntry:
    data: dict
    chart: object = None

    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class GoalEntry:
    data: dict
    depth: int
    indicators: list = field(default_factory=list)
    # Indicators already shown under an earlier goal: named, not drawn twice.
    repeated: list = field(default_factory=list)
    measures: list = field(default_factory=list)


@dataclass
class FieldEntry:
    data: dict
    number: int
    goals: list = field(default_factory=list)
    measures: list = field(default_factory=list)
    planned: Decimal = ZERO
    spent: Decimal = ZERO


@dataclass
class Report:
    data: dict
    title: str
    subtitle: str
    municipality: str
    year: int
    closed_on: object
    summary_paragraphs: list
    mix: list
    mix_chart: object
    fields: list
    measures: list
    budget_years: list
    budget_sources: list
    budget_chart: object
    budget_planned: Decimal
    budget_spent: Decimal
    budget_spent_year: Decimal
    changes: dict
    previous_title: str
    evaluations: list
    units: list
    key_figures: list
    charts: list = field(default_factory=list)
    generated_at: object = None
    adopted_on: object = None


def _measure_row(m, year) -> dict:
    planned = sum((_d(b["planned"]) or ZERO for b in m["budget"]), ZERO)
    spent = sum((_d(b["spent"]) or ZERO for b in m["budget"]), ZERO)
    planned_year = sum((_d(b["planned"]) or ZERO for b in m["budget"] if b["year"] == year), ZERO)
    spent_year = sum((_d(b["spent"]) or ZERO for b in m["budget"] if b["year"] == year), ZERO)
    return {
        **m,
        "state_label": MeasureStatus(m["state"]).label,
        "status_label": status_label(m["status"]),
        "planned": planned,
        "spent": spent,
        "planned_year": planned_year,
        "spent_year": spent_year,
        "start_date": _date(m["start"]),
        "end_date": _date(m["end"]),
    }


def _year_position(day: datetime.date) -> float:
    start = datetime.date(day.year, 1, 1)
    days = (datetime.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days


def indicator_chart(indicator: dict, *, chart_id: str):
    """The indicator's yearly values with baseline and target (None without any value)."""
    if not indicator["values"]:
        return None
    points = [
        Point(
            v["year"],
            _d(v["value"]),
            note=str(ValueFlag(v["flag"]).label) if v["flag"] else "",
            provisional=v["flag"] in (ValueFlag.PROVISIONAL, ValueFlag.ESTIMATED),
        )
        for v in indicator["values"]
    ]
    baseline = target = None
    if indicator["baseline_value"] is not None and indicator["baseline_year"]:
        baseline = Reference(
            indicator["baseline_year"],
            _d(indicator["baseline_value"]),
            str(indicator["baseline_year"]),
        )
    target_date = _date(indicator["target_date"])
    if indicator["target_value"] is not None and target_date:
        target = Reference(
            _year_position(target_date),
            _d(indicator["target_value"]),
            date_format(target_date, "SHORT_DATE_FORMAT"),
        )
    known = [p for p in points if p.value is not None]
    description = indicator["reason"]
    if known:
        description = _("Values from %(first)s to %(last)s. %(reason)s") % {
            "first": known[0].year,
            "last": known[-1].year,
            "reason": indicator["reason"],
        }
    return line_chart(
        chart_id=chart_id,
        title=indicator["name"],
        description=description,
        unit=indicator["unit"],
        series=[Series(indicator["name"], points)],
        baseline=baseline,
        target=target,
    )


def _changes(current: dict, previous: dict | None) -> dict:
    """What changed since the previous cycle: statuses, states, new and finished measures."""
    if previous is None:
        return {}
    before = {m["id"]: m for m in previous["measures"]}
    before_titles = {m["title"]: m for m in previous["measures"]}
    status_changes, state_changes, new, finished = [], [], [], []
    for m in current["measures"]:
        old = before.get(m["id"]) or before_titles.get(m["title"])
        if old is None:
            new.append(m)
            continue
        if m["state"] == MeasureStatus.DONE and old["state"] != MeasureStatus.DONE:
            finished.append(m)
        if old["status"] != m["status"]:
            status_changes.append(
                {
                    "title": m["title"],
                    "old": status_label(old["status"]),
                    "new": status_label(m["status"]),
                    "new_code": m["status"],
                    "worse": ORDER.index(Status(m["status"])) < ORDER.index(Status(old["status"])),
                    "reason": m["reason"],
                }
            )
        if old["state"] != m["state"] or old["progress"] != m["progress"]:
            state_changes.append(
                {
                    "title": m["title"],
                    "old_state": MeasureStatus(old["state"]).label,
                    "new_state": MeasureStatus(m["state"]).label,
                    "old_progress": old["progress"],
                    "new_progress": m["progress"],
                }
            )
    before_indicators = {i["id"]: i for i in previous["indicators"]}
    indicator_changes = []
    for i in current["indicators"]:
        old = before_indicators.get(i["id"])
        if old and old["status"] != i["status"]:
            indicator_changes.append(
                {
                    "title": i["name"],
                    "old": status_label(old["status"]),
                    "new": status_label(i["status"]),
                    "new_code": i["status"],
                    "reason": i["reason"],
                }
            )
    current_ids = {m["id"] for m in current["measures"]}
    current_titles = {m["title"] for m in current["measures"]}
    dropped = [
        m
        for m in previous["measures"]
        if m["id"] not in current_ids and m["title"] not in current_titles
    ]
    return {
        "status": status_changes,
        "state": state_changes,
        "new": new,
        "finished": finished,
        "dropped": dropped,
        "indicators": indicator_changes,
    }


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def previous_snapshot(cycle) -> CycleSnapshot | None:
    """The snapshot of the cycle closed before this one (same concept), if any."""
    return (
        CycleSnapshot.objects.filter(
            cycle__version__concept_id=cycle.version.concept_id,
            cycle__status=CycleStatus.CLOSED,
            cycle__closed_at__lt=cycle.closed_at,
        )
        .select_related("cycle")
        .order_by("-cycle__closed_at")
        .first()
    )


def _indicator_entries(data: dict, reporter, total: int) -> dict[int, IndicatorEntry]:
    """Every indicator with its labels, value table and chart, by id."""
    entries = {}
    for number, indicator in enumerate(data["indicators"], start=1):
        entry = IndicatorEntry(
            {
                **indicator,
                "status_label": status_label(indicator["status"]),
                "direction_label": Direction(indicator["direction"]).label,
                "target_date_value": _date(indicator["target_date"]),
                "latest": next(
                    (v for v in reversed(indicator["values"]) if v["value"] is not None), None
                ),
                "value_cells": [
                    {
                        "year": v["year"],
                        "value": _d(v["value"]),
                        "flag": str(ValueFlag(v["flag"]).label) if v["flag"] else "",
                    }
                    for v in indicator["values"]
                ],
            }
        )
        entry.chart = indicator_chart(indicator, chart_id=f"indicator-{indicator['id']}")
        entries[indicator["id"]] = entry
        if reporter:
            reporter(number, total)
    return entries


def _goal_tree(data: dict, indicators: dict, measures_by_id: dict) -> tuple[dict, set]:
    """The goals of each field in tree order, and the ids of the indicators shown under one.

    An indicator of several goals is drawn under the first and named under the others.
    """
    goals_by_field = defaultdict(list)
    children = defaultdict(list)
    for goal in sorted(data["goals"], key=lambda g: (g["level"], g["position"], g["id"])):
        children[goal["parent_id"]].append(goal)
    goal_ids = {g["id"] for g in data["goals"]}
    shown = set()

    def walk(goal, depth, field_id):
        entry = GoalEntry(
            {
                **goal,
                "status_label": status_label(goal["status"]),
                "level_label": GoalLevel(goal["level"]).label,
            },
            depth,
        )
        for indicator in data["indicators"]:
            if goal["id"] in indicator["goal_ids"]:
                target = entry.repeated if indicator["id"] in shown else entry.indicators
                target.append(indicators[indicator["id"]])
                shown.add(indicator["id"])
        entry.measures = [
            measures_by_id[m["id"]] for m in data["measures"] if goal["id"] in m["goal_ids"]
        ]
        goals_by_field[field_id].append(entry)
        for child in children.get(goal["id"], []):
            walk(child, depth + 1, field_id)

    for goal in sorted(data["goals"], key=lambda g: (g["position"], g["id"])):
        if goal["parent_id"] is None or goal["parent_id"] not in goal_ids:
            walk(goal, 0, goal["field_id"])
    return goals_by_field, shown


def _field_entries(data, goals_by_field, measures, indicators, shown) -> list[FieldEntry]:
    """Each field of action with its goals, measures, money and the indicators of no goal."""
    fields = []
    for number, f in enumerate(data["fields"], start=1):
        entry = FieldEntry({**f, "status_label": status_label(f["status"])}, number)
        entry.goals = goals_by_field.get(f["id"], [])
        entry.measures = [m for m in measures if m["field_id"] == f["id"]]
        entry.planned = sum((m["planned"] for m in entry.measures), ZERO)
        entry.spent = sum((m["spent"] for m in entry.measures), ZERO)
        entry.context_indicators = [
            i for i in indicators.values() if i.field_id == f["id"] and i.id not in shown
        ]
        fields.append(entry)
    return fields


def _budget(data: dict, year: int) -> dict:
    """The report's ``budget_*``: money of all measures per year and per funding source.

    The chart shows no spending for years after the reporting year.
    """
    by_year, by_source = defaultdict(lambda: [ZERO, ZERO]), defaultdict(lambda: [ZERO, ZERO])
    for m in data["measures"]:
        for line in m["budget"]:
            planned, spent = _d(line["planned"]) or ZERO, _d(line["spent"]) or ZERO
            for key, table in ((line["year"], by_year), (line["source"], by_source)):
                table[key][0] += planned
                table[key][1] += spent
    years = [(y, *by_year[y]) for y in sorted(by_year)]
    sources = [
        (str(label), *by_source[value])
        for value, label in FundingSource.choices
        if value in by_source
    ]
    chart = None
    if years:
        chart = grouped_bar_chart(
            chart_id="budget-years",
            title=_("Budget per year: planned and spent"),
            description=_("Planned and spent money of all measures per budget year, in euros."),
            unit="€",
            category_label=_("Year"),
            categories=[str(y) for y, _p, _s in years],
            series=[
                (_("planned"), [p for _y, p, _s in years]),
                (_("spent"), [s if y <= year else None for y, _p, s in years]),
            ],
        )
    return {
        "budget_years": years,
        "budget_sources": sources,
        "budget_chart": chart,
        "budget_planned": sum((p for _y, p, _s in years), ZERO),
        "budget_spent": sum((s for _y, _p, s in years), ZERO),
    }


def _mix_chart(data: dict):
    measure_counts = data["mix"]["measures"]
    return bar_chart(
        chart_id="measure-status",
        title=_("Measures by status"),
        description=_("How many measures are on track, at risk, off track or without rating."),
        unit="",
        category_label=_("Status"),
        bars=[Bar(s.label, measure_counts.get(str(s), 0)) for s in ORDER],
    )


def _key_figures(data: dict, measures: list) -> list[tuple]:
    """The figures on the first page; overdue: ended before the snapshot, neither done nor
    cancelled."""
    states = defaultdict(int)
    for m in measures:
        states[m["state"]] += 1
    overdue = sum(
        1
        for m in measures
        if m["end_date"]
        and m["end_date"] < _date(data["as_of"])
        and m["state"] not in (MeasureStatus.DONE, MeasureStatus.CANCELLED)
    )
    return [
        (_("Measures"), len(measures)),
        (_("completed"), states[MeasureStatus.DONE]),
        (_("in progress"), states[MeasureStatus.IN_PROGRESS]),
        (_("overdue"), overdue),
        (_("Indicators"), len(data["indicators"])),
        (_("indicators on track"), data["mix"]["indicators"].get(Status.ON_TRACK, 0)),
    ]


def _evaluations(data: dict) -> list[dict]:
    return [
        {
            **e,
            "method_label": EvaluationMethod(e["method"]).label,
            "achievement_label": GoalAchievement(e["goal_achievement"]).label,
            "recommendation_label": Recommendation(e["recommendation"]).label,
            "start": _date(e["period_start"]),
            "end": _date(e["period_end"]),
        }
        for e in data["evaluations"]
    ]


def build_report(cycle, snapshot_data: dict, previous=None, reporter=None) -> Report:
    """Everything the PDF and the Word document show, computed from the snapshot alone."""
    data = snapshot_data
    year = data["reporting_year"]
    measures = [_measure_row(m, year) for m in data["measures"]]
    measures.sort(key=lambda m: (m["position"], m["id"]))
    total = len(data["indicators"]) + 2
    indicators = _indicator_entries(data, reporter, total)
    goals_by_field, shown = _goal_tree(data, indicators, {m["id"]: m for m in measures})
    concept = data["concept"]
    if reporter:
        reporter(total - 1, total)
    return Report(
        data=data,
        title=_("Progress report %(year)s") % {"year": year},
        subtitle=concept["title"],
        municipality=data["municipality"]["name"],
        year=year,
        closed_on=_date(data["cycle"].get("closed_at") or data["as_of"]),
        summary_paragraphs=_paragraphs(data["cycle"]["summary"]),
        mix=mix_rows(data),
        mix_chart=_mix_chart(data),
        fields=_field_entries(data, goals_by_field, measures, indicators, shown),
        measures=measures,
        **_budget(data, year),
        budget_spent_year=sum((m["spent_year"] for m in measures), ZERO),
        changes=_changes(data, previous.data if previous else None),
        previous_title=previous.cycle.title if previous else "",
        evaluations=_evaluations(data),
        units=[
            {"name": u["name"], "done_at": parse_datetime(u["done_at"]) if u["done_at"] else None}
            for u in data.get("units", [])
        ],
        key_figures=_key_figures(data, measures),
        charts=[i.chart for i in indicators.values() if i.chart],
        generated_at=timezone.now(),
        adopted_on=_date(concept.get("adopted_on")),
    )


def render_html(report: Report, *, cycle) -> str:
    return render_to_string(
        "reporting/report/report.html",
        {
            "report": report,
            "cycle": cycle,
            "overall_label": status_label(report.data["overall"]["status"]),
        },
    )


def render_pdf(report: Report, *, cycle) -> bytes:
    from weasyprint import HTML

    html = render_html(report, cycle=cycle)
    return HTML(string=html, base_url=None).write_pdf()


def pdf_document(report: Report, *, cycle):
    """The laid-out WeasyPrint document (its ``pages`` tell the page count)."""
    from weasyprint import HTML

    return HTML(string=render_html(report, cycle=cycle)).render()


# -- background generation --------------------------------------------------------


def report_generate(*, cycle, language: str, acting_user) -> None:
    """Queue the generation of the report in ``language``; the cycle shows 'waiting' meanwhile."""
    job_start(cycle, acting_user=acting_user, language=language)


def report_generate_and_store(cycle, *, progress, acting_user, language: str) -> None:
    """The background work (``core.jobs``): render PDF and DOCX from the snapshot, store both."""
    from .report_docx import render_docx

    with translation.override(language):
        report = build_report(cycle, cycle.snapshot.data, previous_snapshot(cycle), progress)
        pdf = render_pdf(report, cycle=cycle)
        docx = render_docx(report)
    for document in (cycle.report_pdf, cycle.report_docx):
        if document:
            document.delete(save=False)
    cycle.report_pdf.save(file_name(cycle, "pdf"), ContentFile(pdf), save=False)
    cycle.report_docx.save(file_name(cycle, "docx"), ContentFile(docx), save=False)
    cycle.report_generated_at = timezone.now()
    cycle.save(update_fields=["report_pdf", "report_docx", "report_generated_at"])
