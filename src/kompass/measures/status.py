"""The status rule of one measure (the vocabulary is in ``concepts.verdicts``).

Measure – from its state, dates and progress on a given day:
  * completed → *on track*; cancelled → *not rated*;
  * past its end date and not completed → *off track* (overdue);
  * paused, or planned with its start date passed → *at risk*;
  * in progress: the progress expected by now grows linearly from start to end; more
    than 25 percentage points behind → *at risk*, otherwise *on track*;
  * in progress or planned without an end date → *no data* (nothing to compare with);
  * planned with a start in the future → *on track*.
"""

import datetime
from decimal import Decimal

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from kompass.concepts.verdicts import Status, Verdict

from .models import Measure, MeasureStatus

MEASURE_LAG_POINTS = 25


def measure_verdict(measure: Measure, today: datetime.date) -> Verdict:
    """The status of one measure on ``today``."""
    return measure_status(
        status=measure.status,
        start_date=measure.start_date,
        end_date=measure.end_date,
        progress=measure.progress,
        today=today,
    )


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
