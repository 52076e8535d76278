"""Dates of a process: spreading a template over a chosen duration, and which step is current."""

import calendar
import datetime
from collections.abc import Sequence
from dataclasses import dataclass

# "After the process" tasks fall due this long after its last step.
AFTER_DAYS = 56


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later (the last day of the month where that day does not exist)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Slot:
    start: datetime.date
    end: datetime.date


def spread(start: datetime.date, months: int, weights: Sequence[int]) -> list[Slot]:
    """Consecutive slots from ``start`` over ``months``, each as long as its share of the weights.

    Slots do not overlap (a slot ends the day before the next begins), the last one ends
    the day before ``start`` + ``months``, and every slot is at least one day long.
    """
    total_days = (add_months(start, months) - start).days
    total_weight = sum(weights) or 1
    slots, cumulative = [], 0
    previous_end = start - datetime.timedelta(days=1)
    for weight in weights:
        slot_start = previous_end + datetime.timedelta(days=1)
        cumulative += weight
        offset = total_days * cumulative // total_weight
        slot_end = max(start + datetime.timedelta(days=offset - 1), slot_start)
        slots.append(Slot(slot_start, slot_end))
        previous_end = slot_end
    return slots


def current_step(steps: Sequence, today: datetime.date):
    """The step the process is at: the first step not yet done (or skipped) whose planned start
    has passed; if none has started yet, the first open step; None when all are done.

    ``steps`` must be in their order (position).
    """
    open_steps = [step for step in steps if not step.is_closed]
    started = [s for s in open_steps if s.planned_start and s.planned_start <= today]
    if started:
        return started[0]
    return open_steps[0] if open_steps else None
