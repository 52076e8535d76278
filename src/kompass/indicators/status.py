"""The status rule of one indicator (the vocabulary is in ``concepts.verdicts``).

Indicator – from the latest available value (years without a value are skipped; a
value withheld as secret, not available or not published counts as no value, never as
zero, and the reason names the newer years without a value; a value "nothing there" is a
true zero and counts):
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
"""

import datetime
from dataclasses import replace
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Status, Verdict

from .models import Direction, Indicator, IndicatorValue, ValueFlag


def town_level(values) -> list[IndicatorValue]:
    """Values for the whole municipality: neither a district nor a group."""
    return [v for v in values if v.district_id is None and not v.group]


def _last_per_year(values) -> dict[int, IndicatorValue]:
    """The town-level value of each year; of several reference dates the last wins."""
    by_year: dict[int, IndicatorValue] = {}
    for value in sorted(
        town_level(values),
        key=lambda v: (v.year, v.reference_date or datetime.date.min, v.pk or 0),
    ):
        by_year[value.year] = value
    return by_year


def number_of(value) -> Decimal | None:
    """The number a value (an indicator's or a comparison value) stands for: None for a value
    withheld or without one, never zero."""
    return None if value.flag in ValueFlag.without_value() else value.value


def yearly_values(values) -> dict[int, Decimal | None]:
    """One value per year from town-level values; of several reference dates the last wins.

    A value withheld (secret, not available, not published, ...) or without a number counts
    as no value, never as zero; a value "nothing there" is the zero it stands for.
    """
    return {year: number_of(value) for year, value in _last_per_year(values).items()}


def latest_known(values) -> IndicatorValue | None:
    """The town-level value of the latest year that has a number (the one the status rates),
    so that pages can show it with its note ("nothing there", "provisional")."""
    known = [v for v in _last_per_year(values).values() if number_of(v) is not None]
    return max(known, key=lambda v: v.year, default=None)


def indicator_verdict(indicator: Indicator, values) -> Verdict:
    """The status of one indicator from its (already loaded) values."""
    return indicator_status(
        direction=indicator.direction,
        values=yearly_values(values),
        baseline_value=indicator.baseline_value,
        baseline_year=indicator.baseline_year,
        target_value=indicator.target_value,
        target_date=indicator.target_date,
        tolerance_percent=indicator.tolerance_percent,
        unit=indicator.unit,
    )


def _years(years) -> str:
    return ", ".join(str(year) for year in sorted(years))


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
        if values:
            return Verdict(
                Status.NO_DATA,
                _("No value available: %(years)s without a value.") % {"years": _years(values)},
            )
        return Verdict(Status.NO_DATA, _("No value recorded yet."))
    year = max(known)
    actual = Decimal(known[year])
    newer = [y for y, value in values.items() if value is None and y > year]
    if newer:
        verdict = indicator_status(
            direction=direction,
            values=known,
            baseline_value=baseline_value,
            baseline_year=baseline_year,
            target_value=target_value,
            target_date=target_date,
            tolerance_percent=tolerance_percent,
            unit=unit,
        )
        no_current = _(
            "No current value: %(years)s without a value; the status rests on %(year)s."
        ) % {
            "years": _years(newer),
            "year": year,
        }
        return replace(verdict, reason=f"{no_current} {verdict.reason}")
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
