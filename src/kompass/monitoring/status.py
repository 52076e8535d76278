"""The status rules of monitoring, in one place: indicators, measures, goals, fields.

Every verdict carries its reason in words ("Zielwert 2027: 12 %, erwartet 2025: 14 %,
Ist 2025: 15,2 %"), so that nobody has to trust a coloured dot. The rules (also on the
help page, ``templates/monitoring/help.html``):

Indicator – from the latest available value (years without a value are skipped; a
value withheld as secret or not available counts as no value):
  * descriptive indicators (direction "no valuation") and indicators without a target
    are *not rated*; without any value the status is *no data*;
  * the expected path runs in a straight line from the baseline (or, without one, the
    first value) to the target value at the target date;
  * *on track* if the latest value has reached the target or is at least as good as
    the path expects for its year (direction-aware: lower-is-better indicators must be
    at or below the path);
  * *at risk* if it falls short of the path by at most the indicator's tolerance
    (percent of the planned change from baseline to target; default 10 %);
  * *off track* if it falls short by more – and also when the target date has passed
    without reaching the target beyond the tolerance.

Measure – from its state, dates and progress on a given day:
  * completed → *on track*; cancelled → *not rated*;
  * past its end date and not completed → *off track* (overdue);
  * paused, or planned with its start date passed → *at risk*;
  * in progress: the progress expected by now grows linearly from start to end; more
    than 25 percentage points behind → *at risk*, otherwise *on track*;
  * in progress or planned without an end date → *no data* (nothing to compare with);
  * planned with a start in the future → *on track*.

Goal and field of action – rolled up from the rated verdicts below them (a goal's
indicators and measures, a field's goals): none rated → *no data*; at least a third
off track → *off track*; any off track or at risk → *at risk*; otherwise *on track*.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.indicators.models import Direction
from kompass.measures.models import MeasureStatus

MEASURE_LAG_POINTS = 25
OFF_TRACK_SHARE = Decimal(1) / 3


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"
    NOT_RATED = "not_rated"

    @property
    def label(self) -> str:
        return str(LABELS[self])

    @property
    def rated(self) -> bool:
        return self in (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK)


LABELS = {
    Status.ON_TRACK: gettext_lazy("on track"),
    Status.AT_RISK: gettext_lazy("at risk"),
    Status.OFF_TRACK: gettext_lazy("off track"),
    Status.NO_DATA: gettext_lazy("no data"),
    Status.NOT_RATED: gettext_lazy("not rated"),
}
# Worst first: the order of tables and legends.
ORDER = [Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.NO_DATA, Status.NOT_RATED]


@dataclass(frozen=True)
class Verdict:
    status: Status
    reason: str
    expected: Decimal | None = None
    actual: Decimal | None = None
    year: int | None = None

    @property
    def label(self) -> str:
        return self.status.label


def _num(value: Decimal, unit: str = "") -> str:
    """German (or the active language's) number with at most two decimals and the unit."""
    value = Decimal(value)
    if value == value.to_integral_value():
        text = number_format(int(value), 0, force_grouping=True)
    else:
        text = number_format(value.quantize(Decimal("0.01")).normalize(), None, force_grouping=True)
    return f"{text} {unit}".strip() if unit else text


def indicator_status(
    *,
    direction: str,
    values: dict[int, Decimal | None],
    baseline_value: Decimal | None = None,
    baseline_year: int | None = None,
    target_value: Decimal | None = None,
    target_date: datetime.date | None = None,
    tolerance_percent: Decimal = Decimal(10),
    unit: str = "",
) -> Verdict:
    """Where an indicator stands against the straight path from baseline to target."""
    known = {year: value for year, value in values.items() if value is not None}
    if direction == Direction.NEUTRAL:
        return Verdict(Status.NOT_RATED, _("Descriptive indicator without valuation."))
    if not known:
        return Verdict(Status.NO_DATA, _("No value recorded yet."))
    year = max(known)
    actual = Decimal(known[year])
    if target_value is None or target_date is None:
        return Verdict(
            Status.NOT_RATED,
            _("No target value set; latest value %(year)s: %(value)s.")
            % {"year": year, "value": _num(actual, unit)},
            actual=actual,
            year=year,
        )
    target = Decimal(target_value)
    target_year = target_date.year
    if baseline_value is not None and baseline_year is not None:
        start_year, start = baseline_year, Decimal(baseline_value)
    else:
        start_year = min(known)
        start = Decimal(known[start_year])
    sign = 1 if direction == Direction.HIGHER_IS_BETTER else -1
    target_text = _("Target %(year)s: %(value)s") % {
        "year": target_year,
        "value": _num(target, unit),
    }
    actual_text = _("actual %(year)s: %(value)s") % {"year": year, "value": _num(actual, unit)}
    if sign * (actual - target) >= 0:
        return Verdict(
            Status.ON_TRACK,
            _("Target reached. %(target)s, %(actual)s.")
            % {"target": target_text, "actual": actual_text},
            expected=target,
            actual=actual,
            year=year,
        )
    if year >= target_year or target_year <= start_year:
        expected = target
    else:
        share = Decimal(max(0, year - start_year)) / Decimal(target_year - start_year)
        expected = start + (target - start) * share
    gap = sign * (actual - expected)
    expected_text = _("expected %(year)s: %(value)s") % {
        "year": year,
        "value": _num(expected, unit),
    }
    reason = f"{target_text}, {expected_text}, {actual_text}."
    if gap >= 0:
        return Verdict(Status.ON_TRACK, reason, expected, actual, year)
    scale = abs(target - start) or abs(target) or Decimal(1)
    shortfall = -gap / scale * 100
    if year >= target_year:
        reason = _("Target date passed without reaching the target. %(reason)s") % {
            "reason": reason
        }
    status = Status.AT_RISK if shortfall <= Decimal(tolerance_percent) else Status.OFF_TRACK
    return Verdict(status, reason, expected, actual, year)


def measure_status(
    *,
    status: str,
    start_date: datetime.date | None,
    end_date: datetime.date | None,
    progress: int,
    today: datetime.date,
) -> Verdict:
    """Where a measure stands on ``today`` from its state, dates and reported progress."""
    if status == MeasureStatus.CANCELLED:
        return Verdict(Status.NOT_RATED, _("Cancelled."))
    if status == MeasureStatus.DONE:
        return Verdict(Status.ON_TRACK, _("Completed."))
    if end_date and today > end_date:
        return Verdict(
            Status.OFF_TRACK,
            _("Overdue: planned end %(date)s, progress %(progress)s %%.")
            % {"date": date_format(end_date, "SHORT_DATE_FORMAT"), "progress": progress},
        )
    if status == MeasureStatus.PAUSED:
        return Verdict(Status.AT_RISK, _("Paused."))
    if status == MeasureStatus.PLANNED:
        if start_date and today > start_date:
            return Verdict(
                Status.AT_RISK,
                _("Not started although planned for %(date)s.")
                % {"date": date_format(start_date, "SHORT_DATE_FORMAT")},
            )
        if start_date:
            return Verdict(
                Status.ON_TRACK,
                _("Starts on %(date)s.") % {"date": date_format(start_date, "SHORT_DATE_FORMAT")},
            )
    if not end_date or not start_date:
        return Verdict(Status.NO_DATA, _("No start or end date to compare the progress with."))
    total = (end_date - start_date).days
    elapsed = min(max((today - start_date).days, 0), total)
    expected = round(100 * elapsed / total) if total > 0 else 100
    reason = _("Progress %(progress)s %%, expected by now about %(expected)s %%.") % {
        "progress": progress,
        "expected": expected,
    }
    if progress + MEASURE_LAG_POINTS < expected:
        return Verdict(Status.AT_RISK, reason, Decimal(expected), Decimal(progress))
    return Verdict(Status.ON_TRACK, reason, Decimal(expected), Decimal(progress))


def rollup(verdicts) -> Verdict:
    """The status of a goal or field from the verdicts below it, with the counts as reason."""
    counts = dict.fromkeys(Status, 0)
    for verdict in verdicts:
        counts[verdict.status] += 1
    rated = counts[Status.ON_TRACK] + counts[Status.AT_RISK] + counts[Status.OFF_TRACK]
    unrated = counts[Status.NO_DATA] + counts[Status.NOT_RATED]
    reason = _("%(on)s on track, %(risk)s at risk, %(off)s off track, %(none)s without rating.") % {
        "on": counts[Status.ON_TRACK],
        "risk": counts[Status.AT_RISK],
        "off": counts[Status.OFF_TRACK],
        "none": unrated,
    }
    if not rated:
        return Verdict(Status.NO_DATA, reason)
    if Decimal(counts[Status.OFF_TRACK]) / rated >= OFF_TRACK_SHARE:
        return Verdict(Status.OFF_TRACK, reason)
    if counts[Status.OFF_TRACK] or counts[Status.AT_RISK]:
        return Verdict(Status.AT_RISK, reason)
    return Verdict(Status.ON_TRACK, reason)
