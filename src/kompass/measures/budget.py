"""Honest budget totals: what was stated, and how many measures have no stated amount.

A concept rarely states an amount for every measure ("nicht beziffert", "aus vorhandenen
Mitteln"). A sum over the stated amounts is then a lower bound, and a measure without any
stated amount must never read as "0 €". Every total in a page or generated text goes
through ``BudgetSum``.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kompass.core.templatetags.kompass import euro

from .models import AmountKind, Measure


@dataclass(frozen=True)
class BudgetSum:
    stated: Decimal  # the sum of all stated amounts
    has_stated: bool  # at least one line states an amount (0 € stated is a statement)
    measures_without_amount: int  # measures with no line, or a line without a stated amount
    only_existing: bool = False  # every line without an amount is "from existing funds"
    has_lines: bool = True
    has_lines_without_amount: bool = False

    @property
    def is_complete(self) -> bool:
        return (
            self.has_stated
            and not self.measures_without_amount
            and not self.has_lines_without_amount
        )

    @property
    def text(self) -> str:
        """The total in words: "12.000 €", "mindestens 12.000 €, dazu 3 Maßnahmen ohne Betrag"."""
        if not self.has_stated:
            return _("no stated amount")
        if not self.measures_without_amount:
            return euro(self.stated)
        return ngettext(
            "at least %(amount)s, plus %(count)d measure without an amount",
            "at least %(amount)s, plus %(count)d measures without an amount",
            self.measures_without_amount,
        ) % {"amount": euro(self.stated), "count": self.measures_without_amount}

    @property
    def amount_text(self) -> str:
        """The stated sum alone ("mindestens 12.000 €"), or "" when nothing is stated."""
        if not self.has_stated:
            return ""
        if self.measures_without_amount or self.has_lines_without_amount:
            return _("at least %(amount)s") % {"amount": euro(self.stated)}
        return euro(self.stated)

    @property
    def row_text(self) -> str:
        """The budget of one measure (or one year) in a table cell."""
        if not self.has_lines:
            return "—"
        if not self.has_stated:
            if self.only_existing:
                return str(AmountKind.EXISTING.label)
            return str(AmountKind.NOT_STATED.label)
        return self.amount_text

    def __str__(self):
        return self.text


def summarize_rows(measure_ids: Iterable, rows: Iterable[tuple]) -> BudgetSum:
    """``rows`` are (measure_id, amount_kind, planned_amount) of the budget lines."""
    measure_ids = set(measure_ids)
    stated = Decimal("0")
    has_stated = False
    with_amount: set = set()
    without_amount: set = set()
    kinds_without_amount: set = set()
    has_lines = False
    for measure_id, kind, amount in rows:
        has_lines = True
        if kind == AmountKind.STATED and amount is not None:
            stated += amount
            has_stated = True
            with_amount.add(measure_id)
        else:
            without_amount.add(measure_id)
            kinds_without_amount.add(kind)
    without_amount |= measure_ids - with_amount
    return BudgetSum(
        stated=stated,
        has_stated=has_stated,
        measures_without_amount=len(without_amount & measure_ids) if measure_ids else 0,
        only_existing=kinds_without_amount == {AmountKind.EXISTING},
        has_lines=has_lines,
        has_lines_without_amount=bool(kinds_without_amount),
    )


def summarize_lines(lines: Iterable) -> BudgetSum:
    """The budget of some lines of one measure (e.g. one year): counts no measures."""
    return summarize_rows((), ((None, line.amount_kind, line.planned_amount) for line in lines))


def summarize_measures(measures: Iterable) -> BudgetSum:
    """The budget of ``measures`` with prefetched ``budget_lines``."""
    measures = list(measures)
    return summarize_rows(
        (m.pk for m in measures),
        (
            (m.pk, line.amount_kind, line.planned_amount)
            for m in measures
            for line in m.budget_lines.all()
        ),
    )


def summarize_version(version) -> BudgetSum:
    """The budget of a concept version in one query (measures left-joined to their lines)."""
    rows = list(
        Measure.objects.filter(version=version).values_list(
            "pk", "budget_lines__amount_kind", "budget_lines__planned_amount"
        )
    )
    return summarize_rows(
        {pk for pk, _kind, _amount in rows},
        [row for row in rows if row[1] is not None],
    )
