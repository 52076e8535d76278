"""Worked examples for the help page, computed with the real rules so that they never drift."""

import datetime
from dataclasses import dataclass
from decimal import Decimal as D

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Status, Verdict
from kompass.core.charts import format_value
from kompass.indicators.models import Direction
from kompass.indicators.status import indicator_status
from kompass.measures.models import MeasureStatus
from kompass.measures.status import measure_status

from .status import rollup


@dataclass
class Example:
    title: str
    situation: str
    verdict: Verdict


TARGET_2030 = datetime.date(2030, 12, 31)
REPORT_DAY = datetime.date(2026, 1, 1)


def _indicator(direction, value, baseline, target):
    return indicator_status(
        direction=direction,
        values={2025: D(value)},
        baseline_value=D(baseline),
        baseline_year=2020,
        target_value=D(target),
        target_date=TARGET_2030,
        unit="%",
    )


def indicator_examples() -> list[Example]:
    situation = _(
        "Higher is better. Baseline 2020: 10 %%, target by the end of 2030: 20 %%. "
        "The path expects 15 %% for 2025. Value 2025: %(value)s %%."
    )
    lower = _(
        "Lower is better. Baseline 2020: 12 %%, target by the end of 2030: 8 %%. "
        "The path expects 10 %% for 2025. Value 2025: %(value)s %%."
    )
    return [
        Example(
            _("Ahead of the path"),
            situation % {"value": format_value(D("15.2"))},
            _indicator(Direction.HIGHER_IS_BETTER, "15.2", 10, 20),
        ),
        Example(
            _("Slightly behind, within the tolerance of 10 %"),
            situation % {"value": format_value(D("14.5"))},
            _indicator(Direction.HIGHER_IS_BETTER, "14.5", 10, 20),
        ),
        Example(
            _("Far behind"),
            situation % {"value": format_value(D(12))},
            _indicator(Direction.HIGHER_IS_BETTER, "12", 10, 20),
        ),
        Example(
            _("Lower is better, slightly behind"),
            lower % {"value": format_value(D("10.3"))},
            _indicator(Direction.LOWER_IS_BETTER, "10.3", 12, 8),
        ),
    ]


def _measure(status, progress, start, end):
    return measure_status(
        status=status,
        start_date=datetime.date.fromisoformat(start),
        end_date=datetime.date.fromisoformat(end),
        progress=progress,
        today=REPORT_DAY,
    )


def _day(iso: str) -> str:
    return date_format(datetime.date.fromisoformat(iso), "SHORT_DATE_FORMAT")


def measure_examples() -> list[Example]:
    situation = _(
        "Status on 1 January 2026. Period %(period)s, state “%(state)s”, progress %(progress)s %%."
    )
    cases = [
        (_("In time"), MeasureStatus.IN_PROGRESS, 55, "2025-01-01", "2026-12-31"),
        (_("Lagging behind"), MeasureStatus.IN_PROGRESS, 20, "2025-01-01", "2026-12-31"),
        (_("Overdue"), MeasureStatus.IN_PROGRESS, 80, "2024-01-01", "2025-10-31"),
        (_("Not started"), MeasureStatus.PLANNED, 0, "2025-09-01", "2026-12-31"),
    ]
    return [
        Example(
            title,
            situation
            % {
                "period": f"{_day(start)}–{_day(end)}",
                "state": MeasureStatus(state).label,
                "progress": progress,
            },
            _measure(state, progress, start, end),
        )
        for title, state, progress, start, end in cases
    ]


def rollup_examples() -> list[Example]:
    def verdicts(on, risk, off, none=0):
        return (
            [Verdict(Status.ON_TRACK, "")] * on
            + [Verdict(Status.AT_RISK, "")] * risk
            + [Verdict(Status.OFF_TRACK, "")] * off
            + [Verdict(Status.NO_DATA, "")] * none
        )

    return [
        Example(
            _("All on track"),
            _("A goal with two indicators and three measures, all on track."),
            rollup(verdicts(5, 0, 0)),
        ),
        Example(
            _("One at risk"),
            _("Four of five on track, one at risk."),
            rollup(verdicts(4, 1, 0)),
        ),
        Example(
            _("A third off track"),
            _("Two of six off track, one without data (it does not count)."),
            rollup(verdicts(4, 0, 2, 1)),
        ),
    ]
