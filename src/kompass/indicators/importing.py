"""Importing official statistics into indicator values: plan (preview), apply, undo.

A file is read by ``statfiles``; its series (a variable with its characteristics) are
assigned to indicators of a concept version; every value is then planned as *create*,
*update*, *unchanged* or *skip* with a reason. Applying runs in one transaction with
bulk inserts; undoing removes exactly the batch's new values and restores the ones it
replaced.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connections, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_update_with_history

from kompass.analysis.models import District
from kompass.core import imports
from kompass.core.tabular import Table
from kompass.tenancy.models import Municipality

from .models import ImportBatch, ImportStatus, Indicator, IndicatorValue, ValueFlag
from .owntable import ColumnMapping, read_values
from .statfiles import ParseResult, Problem

TOTAL = "Insgesamt"
CHUNK = 10_000


def series_key(value) -> str:
    """A short stable id for one series of a file (variable plus characteristics)."""
    text = "|".join([value.statistic, value.variable, *(f"{k}={v}" for k, v in value.attributes)])
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]


def group_label(value) -> str:
    """The disaggregation of a value, e.g. ``Nationalität: Ausländer(innen)``; empty for totals."""
    return "; ".join(f"{k}: {v}" for k, v in value.attributes if v != TOTAL)


@dataclass
class Series:
    key: str
    variable: str
    group: str
    unit: str
    count: int


def file_series(result: ParseResult) -> list[Series]:
    counts = Counter(series_key(v) for v in result.values)
    seen = {}
    for value in result.values:
        key = series_key(value)
        if key not in seen:
            seen[key] = Series(key, value.variable, group_label(value), value.unit, counts[key])
    return list(seen.values())


@dataclass
class PlannedRow:
    row: int
    series: str
    region: str
    year: int
    reference_date: object
    value: Decimal | None
    flag: str
    action: str
    reason: str = ""
    indicator: Indicator | None = None
    district: District | None = None
    existing: IndicatorValue | None = None
    group: str = ""
    column: str = ""

    @property
    def flag_label(self) -> str:
        return ValueFlag(self.flag).label if self.flag else ""


@dataclass
class ImportPlan(imports.ImportPlan):
    rows: list[PlannedRow] = field(default_factory=list)


def plan_import(
    *,
    result: ParseResult,
    municipality: Municipality,
    mapping: dict[str, Indicator],
    progress=None,
) -> ImportPlan:
    """What an official statistics file would change for this municipality, and why."""
    plan = ImportPlan(problems=list(result.problems))
    own_keys = {
        key
        for key in (
            municipality.ags,
            municipality.ars[:5] + municipality.ars[-3:] if municipality.ars else "",
        )
        if key
    }
    other_keys = set(
        Municipality.objects.exclude(pk=municipality.pk)
        .exclude(ags="")
        .values_list("ags", flat=True)
    )
    planner = _Planner(plan, mapping.values(), progress, len(result.values))
    for value in result.values:
        key = series_key(value)
        row = PlannedRow(
            row=value.row,
            series=value.variable,
            region=f"{value.region_key} {value.region_name}".strip(),
            year=value.year,
            reference_date=value.reference_date,
            value=value.value,
            flag=value.flag,
            action="skip",
            group=group_label(value),
        )
        indicator = mapping.get(key)
        if indicator is None:
            row.reason = _("not assigned to an indicator")
        # Official files carry official keys only; a district's own code ("06") could collide
        # with a Land key, so districts are never matched here.
        elif value.region_key in own_keys:
            row.indicator = indicator
        elif value.region_key in other_keys or len(value.region_key) < 8:
            row.reason = _("another region")
        else:
            row.reason = _("unknown region key %(key)s") % {"key": value.region_key}
        planner.add(row)
    return plan


def plan_table_import(
    *,
    table: Table,
    columns: ColumnMapping,
    municipality: Municipality,
    version,
    progress=None,
) -> ImportPlan:
    """What an own office table would change, with values per district where it has them."""
    indicators = list(Indicator.objects.filter(version=version).select_related("catalogue_entry"))
    districts = list(District.objects.filter(municipality=municipality))
    skipped = []
    values, problems = read_values(
        table,
        columns,
        municipality=municipality,
        indicators=indicators,
        districts=districts,
        skipped=skipped,
    )
    plan = ImportPlan(problems=problems)
    used = {value.indicator for value in values}
    planner = _Planner(plan, used, progress, len(values) + len(skipped))
    for number, region, reason in skipped:
        planner.add(PlannedRow(number, "", region, 0, None, None, "", "skip", reason=reason))
    for value in values:
        planner.add(
            PlannedRow(
                row=value.row,
                series=value.indicator.name,
                region=value.district.name if value.district else value.region,
                year=value.year,
                reference_date=value.reference_date,
                value=value.value,
                flag=value.flag,
                action="skip",
                group=value.group,
                indicator=value.indicator,
                district=value.district,
                column=value.column,
            )
        )
    plan.rows.sort(key=lambda row: row.row)
    return plan


class _Planner:
    """Decides create / update / unchanged for rows whose target is known; finds duplicates."""

    def __init__(self, plan: ImportPlan, indicators, progress, total: int):
        self.plan, self.progress, self.total = plan, progress, total
        self.existing = {
            (v.indicator_id, v.year, v.district_id, v.group): v
            for v in IndicatorValue.objects.filter(indicator__in=list(indicators))
        }
        self.targets = {}
        self.done = 0

    def add(self, row: PlannedRow) -> None:
        self.plan.rows.append(row)
        self.done += 1
        if self.progress and self.done % 5000 == 0:
            self.progress(self.done, self.total)
        if row.indicator is None:
            return
        target = (row.indicator.pk, row.year, row.district.pk if row.district else None, row.group)
        if target in self.targets:
            row.indicator = None
            row.reason = _("duplicate")
            self.plan.problems.append(
                Problem(
                    row.row,
                    row.column or row.series,
                    _(
                        "Row %(row)s already gives a value for the same indicator, year, district and group."
                    )
                    % {"row": self.targets[target]},
                )
            )
            return
        self.targets[target] = row.row
        row.existing = self.existing.get(target)
        if row.existing is None:
            row.action = "create"
        elif row.existing.value == row.value and row.existing.flag == row.flag:
            row.action, row.reason = "unchanged", _("same value already recorded")
        else:
            row.action = "update"


def file_checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@transaction.atomic
def import_apply(
    *, batch: ImportBatch, plan: ImportPlan, acting_user, progress=None
) -> dict[str, int]:
    """Write the plan: all values or none. The batch remembers what it replaced, for undo."""
    if not plan.is_acceptable:
        raise ValueError("A plan with problems cannot be applied.")
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status not in (ImportStatus.PENDING, ImportStatus.APPLYING):
        raise ValueError("This import has already been applied or undone.")
    source = batch.source_label()
    created = [
        IndicatorValue(
            indicator=row.indicator,
            municipality_id=batch.municipality_id,
            year=row.year,
            reference_date=row.reference_date,
            district=row.district,
            group=row.group,
            value=row.value,
            flag=row.flag,
            source=source,
            entered_by=acting_user,
            import_batch=batch,
        )
        for row in plan.rows
        if row.action == "create"
    ]
    updated, replaced = [], []
    for row in plan.rows:
        if row.action == "update":
            old = row.existing
            replaced.append(
                {
                    "id": old.pk,
                    "value": str(old.value) if old.value is not None else None,
                    "flag": old.flag,
                    "source": old.source,
                    "import_batch": old.import_batch_id,
                }
            )
            old.value, old.flag, old.source, old.import_batch, old.entered_by = (
                row.value,
                row.flag,
                source,
                batch,
                acting_user,
            )
            updated.append(old)
    # New values are audited by their batch (who, when, file, checksum), not one history row
    # each: that keeps a million-value import fast. Replaced values keep their history.
    _insert_values(created, progress)
    bulk_update_with_history(
        updated,
        IndicatorValue,
        ["value", "flag", "source", "import_batch", "entered_by"],
        batch_size=2000,
        default_user=acting_user,
    )
    batch.status = ImportStatus.APPLIED
    batch.applied_at = timezone.now()
    batch.applied_by = acting_user
    batch.counts = plan.counts
    batch.replaced = replaced
    batch.save(update_fields=["status", "applied_at", "applied_by", "counts", "replaced"])
    return batch.counts


def _insert_values(values: list[IndicatorValue], progress=None) -> None:
    """Bulk insert: COPY on PostgreSQL, batched multi-row INSERTs elsewhere."""
    connection = connections[IndicatorValue.objects.db]
    total = len(values)
    if connection.vendor != "postgresql" or not values:
        for start in range(0, total, CHUNK):
            IndicatorValue.objects.bulk_create(values[start : start + CHUNK], batch_size=2000)
            if progress:
                progress(min(start + CHUNK, total), total)
        return
    now = timezone.now()
    fields = [f for f in IndicatorValue._meta.concrete_fields if not f.primary_key]
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(IndicatorValue._meta.db_table)
    for value in values:
        value.entered_at = now
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
    ):
        for done, value in enumerate(values, start=1):
            copy.write_row([getattr(value, f.attname) for f in fields])
            if progress and done % CHUNK == 0:
                progress(done, total)
    if progress:
        progress(total, total)


@transaction.atomic
def import_undo(*, batch: ImportBatch, acting_user) -> None:
    """Remove exactly the values the batch created and restore those it replaced."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status != ImportStatus.APPLIED:
        raise ValueError("Only an applied import can be undone.")
    replaced = {entry["id"]: entry for entry in batch.replaced}
    # The batch's own new values carry no per-row history (see import_apply), so they are
    # removed with one DELETE instead of loading every row for the history signal.
    new_values = IndicatorValue.objects.filter(import_batch=batch).exclude(pk__in=list(replaced))
    new_values._raw_delete(new_values.db)
    restored = list(IndicatorValue.objects.filter(pk__in=replaced))
    for value in restored:
        entry = replaced[value.pk]
        value.value = Decimal(entry["value"]) if entry["value"] is not None else None
        value.flag, value.source, value.import_batch_id = (
            entry["flag"],
            entry["source"],
            entry["import_batch"],
        )
    bulk_update_with_history(
        restored,
        IndicatorValue,
        ["value", "flag", "source", "import_batch"],
        default_user=acting_user,
    )
    batch.status = ImportStatus.UNDONE
    batch.undone_at = timezone.now()
    batch.undone_by = acting_user
    batch.save(update_fields=["status", "undone_at", "undone_by"])
