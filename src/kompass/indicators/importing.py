"""Importing official statistics into indicator values: plan (preview), apply, undo.

A file is read by ``statfiles``; its series (a variable with its characteristics, keyed by
their official codes) are assigned to indicators of a concept version; every value is then
planned as *create*, *update*, *unchanged* or *skip* with a reason. Which rows belong to
the municipality is decided by their full region key (``RegionMatcher``): its own values,
the values of its districts (a Landkreis's Gemeinden), and comparison lines (Land, Germany,
county). Applying runs in one transaction with bulk inserts; undoing removes exactly the
batch's new values and restores the ones it replaced.
"""

import datetime
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
from kompass.regions import keys as region_keys
from kompass.tenancy.models import Municipality, MunicipalityKind

from .models import (
    ComparisonValue,
    DashMeaning,
    ImportBatch,
    ImportStatus,
    Indicator,
    IndicatorValue,
    ValueFlag,
)
from .owntable import ColumnMapping, read_values
from .statfiles import ParseResult, Problem
from .statfiles.detect import collector_paused

CHUNK = 10_000
# IndicatorValue.group and group_code hold at most this many characters.
GROUP_LENGTH = 120
# Problems kept one by one (the rest is only counted): a broken million-row file must not
# hold a million messages.
MAX_KEPT_PROBLEMS = 1000

# Where a row's value goes.
OWN, DISTRICT, COMPARISON = "own", "district", "comparison"

# Why a row is skipped: the kinds the preview groups by (a row's own reason may add details).
NOT_ASSIGNED = _("not assigned to an indicator")
OTHER_REGION = _("another region")
UNKNOWN_KEY = _("unknown region key")
NO_DISTRICT = _("no district with the Gemeinde's key as code")
DUPLICATE = _("duplicate")


# -- series and groups, by their codes ---------------------------------------------------------


def _variable_id(attribute) -> str:
    return attribute.variable_code or attribute.variable_label


def _coded(value) -> list:
    """The characteristics that make a group (totals have no code and drop out), sorted."""
    return sorted((a for a in value.attributes if a.code), key=lambda a: (_variable_id(a), a.code))


def series_key(value) -> str:
    """A short stable id for one series: statistic, variable and characteristics by *code*.

    Labels do not count, so a German and an English download, or an older label
    ("Ausländer/-innen") and a newer one ("ausländisch") of the same code, are one series.
    """
    parts = [value.statistic, value.variable_code or value.variable]
    parts += [f"{_variable_id(a)}={a.code}" for a in _coded(value)]
    return hashlib.sha1("|".join(parts).encode(), usedforsecurity=False).hexdigest()[:12]


def group_code(value) -> str:
    """The group's codes as stored in ``IndicatorValue.group_code``: ``"GES=GESW; NAT=NATA"``."""
    code = "; ".join(f"{_variable_id(a)}={a.code}" for a in _coded(value))
    if len(code) <= GROUP_LENGTH:
        return code
    # Classic tables use text as codes; a long one keeps its start and a hash of the whole.
    digest = hashlib.sha1(code.encode(), usedforsecurity=False).hexdigest()[:12]
    return f"{code[: GROUP_LENGTH - 13]}~{digest}"


def group_label(value) -> str:
    """The disaggregation for display, e.g. ``Nationalität: Ausländer(innen)``; empty for totals."""
    label = "; ".join(f"{a.variable_label}: {a.label}" for a in value.attributes if a.code)
    return label[:GROUP_LENGTH]


class _SeriesOf:
    """Key, group code and group label of a parsed value, computed once per distinct series."""

    def __init__(self):
        self.cache = {}

    def __call__(self, value) -> tuple[str, str, str]:
        identity = (value.statistic, value.variable_code, value.variable, value.attributes)
        found = self.cache.get(identity)
        if found is None:
            found = self.cache[identity] = (
                series_key(value),
                group_code(value),
                group_label(value),
            )
        return found


@dataclass
class Series:
    key: str
    variable: str
    group: str
    unit: str
    count: int
    variable_code: str = ""
    group_code: str = ""


def file_series(result: ParseResult) -> list[Series]:
    """The file's series in file order, each with its number of values."""
    series_of = _SeriesOf()
    seen: dict[str, Series] = {}
    for value in result.values:
        key, code, label = series_of(value)
        found = seen.get(key)
        if found is None:
            seen[key] = Series(key, value.variable, label, value.unit, 1, value.variable_code, code)
        else:
            found.count += 1
    return list(seen.values())


# -- region keys ---------------------------------------------------------------------------------


class RegionMatcher:
    """Where the rows of a region key go for this municipality, decided once per key.

    The municipality's own keys (AGS, ARS, and for a kreisfreie Stadt or a Landkreis the
    5-digit county key) and any Gemeinde key that stands for its AGS without contradicting
    its ARS are its own values. A Landkreis takes the rows of its Gemeinden as values of
    its districts whose code is the Gemeinde's AGS. With ``keep_comparison`` the Land,
    Germany and — for a kreisangehörige Gemeinde — its county become comparison lines.
    Keys are compared in full, never shortened.
    """

    def __init__(self, municipality: Municipality, *, keep_comparison: bool):
        self.ags = region_keys.normalise(municipality.ags)
        self.ars = region_keys.normalise(municipality.ars)
        self.own = region_keys.own_keys(ags=self.ags, ars=self.ars, kind=municipality.kind)
        self.county = region_keys.county_of(self.ags)
        self.landkreis = municipality.kind == MunicipalityKind.LANDKREIS and bool(self.county)
        self.districts = {}
        if self.landkreis:
            self.districts = {d.code: d for d in District.objects.filter(municipality=municipality)}
        self.comparison = set()
        if keep_comparison:
            self.comparison = {
                region_keys.GERMANY,
                region_keys.land_of(self.ags) or municipality.land,
            }
            if municipality.kind not in region_keys.COUNTY_LEVEL_KINDS and self.county:
                self.comparison.add(self.county)
            self.comparison.discard("")
        self.cache = {}

    def match(self, key: str) -> tuple[str, District | None, str, str]:
        """(target: own/district/comparison or "", district, skip kind, skip reason)."""
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = self._match(region_keys.normalise(key))
        return found

    def _match(self, key: str):
        if key in self.own or self._is_own_gemeinde(key):
            return OWN, None, "", ""
        if key in self.comparison:
            return COMPARISON, None, "", ""
        level = region_keys.level_of(key)
        if level is None:
            return "", None, UNKNOWN_KEY, _("unknown region key %(key)s") % {"key": key}
        if (
            self.landkreis
            and level == region_keys.RegionLevel.GEMEINDE
            and region_keys.county_of(key) == self.county
        ):
            code = region_keys.gemeinde_ags(key)
            district = self.districts.get(code)
            if district is None:
                return "", None, NO_DISTRICT, _("no district with code %(code)s") % {"code": code}
            return DISTRICT, district, "", ""
        return "", None, OTHER_REGION, OTHER_REGION

    def _is_own_gemeinde(self, key: str) -> bool:
        """A Gemeinde key (ARS, or a classic table's key with association) for our AGS."""
        if not self.ags or len(key) == 8 or region_keys.gemeinde_ags(key) != self.ags:
            return False
        if len(self.ars) != 12:
            return True
        if len(key) == 12:
            return key == self.ars
        # 10 and 11 digits (classic tables): Kreis, the association's last 2 or 3 digits
        # (zeros for a Gemeinde outside any association), Gemeinde.
        association = key[5:-3]
        return association.strip("0") == "" or self.ars[5:9].endswith(association)


# -- the plan ------------------------------------------------------------------------------------


@dataclass(slots=True)
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
    existing: IndicatorValue | ComparisonValue | None = None
    group: str = ""
    column: str = ""
    series_key: str = ""
    group_code: str = ""
    region_key: str = ""
    region_name: str = ""
    # own, district or comparison once the region is known; "" for other regions.
    target: str = ""
    # The kind of reason a skipped row has (the preview groups by it).
    skip_kind: str = ""
    # A flat file's "-" without quality code, resolved by the batch's choice.
    dash: bool = False

    @property
    def flag_label(self) -> str:
        return ValueFlag(self.flag).label if self.flag else ""

    @property
    def is_comparison(self) -> bool:
        return self.target == COMPARISON


@dataclass
class ImportPlan(imports.ImportPlan):
    """The plan of a statistics import; comparison lines are counted apart from the values."""

    rows: list[PlannedRow] = field(default_factory=list)
    # The true number of problems; ``problems`` keeps the first MAX_KEPT_PROBLEMS.
    problem_count: int = 0

    def add_problem(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)

    @property
    def counts(self) -> dict[str, int]:
        """New, changed, unchanged and skipped rows of the municipality and its districts."""
        counts = Counter(row.action for row in self.rows if row.target != COMPARISON)
        counts[imports.UNCHANGED] += self.unchanged
        counts[imports.SKIP] += self.skipped
        return {action: counts[action] for action in imports.ACTIONS}

    @property
    def comparison_counts(self) -> dict[str, int]:
        counts = Counter(row.action for row in self.rows if row.target == COMPARISON)
        return {
            action: counts[action] for action in (imports.CREATE, imports.UPDATE, imports.UNCHANGED)
        }

    @property
    def has_changes(self) -> bool:
        return any(row.action in (imports.CREATE, imports.UPDATE) for row in self.rows)


def resolve_dash(dash_means: str) -> tuple[Decimal | None, str]:
    """The value and flag a flat file's "-" without quality code gets by the user's choice."""
    if dash_means == DashMeaning.ZERO:
        return Decimal("0"), ValueFlag.NOTHING
    return None, ValueFlag.NOT_PUBLISHED


def plan_import(
    *,
    result: ParseResult,
    municipality: Municipality,
    mapping: dict[str, Indicator],
    progress=None,
    keep_comparison: bool = False,
    dash_means: str = DashMeaning.NO_VALUE,
) -> ImportPlan:
    """What an official statistics file would change for this municipality, and why."""
    plan = ImportPlan()
    for problem in result.problems:
        plan.add_problem(problem)
    plan.problem_count = max(plan.problem_count, getattr(result, "problem_count", 0) or 0)
    regions = RegionMatcher(municipality, keep_comparison=keep_comparison)
    planner = _Planner(plan, mapping.values(), progress, len(result.values))
    with collector_paused():
        _plan_values(result, mapping, planner, regions, dash_means)
    return plan


def _plan_values(result, mapping, planner, regions, dash_means) -> None:
    series_of = _SeriesOf()
    dash_value, dash_flag = resolve_dash(dash_means)
    for value in result.values:
        key, code, label = series_of(value)
        target, district, skip_kind, reason = regions.match(value.region_key)
        row = PlannedRow(
            row=value.row,
            series=value.variable,
            region=f"{value.region_key} {value.region_name}".strip(),
            year=value.year,
            reference_date=value.reference_date,
            value=dash_value if value.dash else value.value,
            flag=dash_flag if value.dash else value.flag,
            action=imports.SKIP,
            group=label,
            series_key=key,
            group_code=code,
            region_key=value.region_key,
            region_name=value.region_name,
            district=district,
            target=target,
            skip_kind=skip_kind,
            reason=reason,
            dash=value.dash,
        )
        if target:
            indicator = mapping.get(key)
            if indicator is None:
                row.skip_kind = row.reason = NOT_ASSIGNED
            else:
                row.indicator = indicator
        planner.add(row)


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
    plan = ImportPlan()
    for problem in problems:
        plan.add_problem(problem)
    used = {value.indicator for value in values}
    planner = _Planner(plan, used, progress, len(values) + len(skipped))
    for number, region, reason in skipped:
        planner.add(
            PlannedRow(
                number, "", region, 0, None, None, "", "skip", reason=reason, skip_kind=reason
            )
        )
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
                target=DISTRICT if value.district else OWN,
            )
        )
    plan.rows.sort(key=lambda row: row.row)
    return plan


def _group_key(code: str, label: str) -> tuple[str, str]:
    """How a value's group is identified: by its codes, or by its label where it has none."""
    return ("code", code) if code else ("label", label)


class _Planner:
    """Decides create / update / unchanged for rows whose target is known; finds duplicates.

    Existing values are matched by (indicator, year, district, group codes) and reference
    date; values typed by hand have no codes and are matched by their group label, and a
    value without a date stands for its year when it is the only one. A group code already
    stored on the indicator keeps its label, so a renamed characteristic continues the same
    series. Two rows for the same target (several dates within a year are several targets)
    are a problem.
    """

    def __init__(self, plan: ImportPlan, indicators, progress, total: int):
        self.plan, self.progress, self.total = plan, progress, total
        indicators = list(indicators)
        self.existing, self.labels = {}, {}
        for value in IndicatorValue.objects.filter(indicator__in=indicators).order_by("year", "pk"):
            group = _group_key(value.group_code, value.group)
            key = (value.indicator_id, value.year, value.district_id, group)
            self.existing.setdefault(key, []).append(value)
            if value.group_code:
                self.labels[(value.indicator_id, value.group_code)] = value.group
        self.comparisons = {}
        for value in ComparisonValue.objects.filter(indicator__in=indicators):
            group = _group_key(value.group_code, value.group)
            key = (value.indicator_id, value.region_key, value.year, group)
            self.comparisons.setdefault(key, []).append(value)
        self.targets, self.claimed = {}, set()
        self.done = 0

    def _find(self, candidates, date, comparison=False):
        """The existing value a row of this date replaces: the same date, or the year's only
        value when one of the two has no date."""
        if not candidates:
            return None
        for value in candidates:
            if value.reference_date == date and (comparison, value.pk) not in self.claimed:
                return value
        if len(candidates) == 1 and None in (date, candidates[0].reference_date):
            value = candidates[0]
            return value if (comparison, value.pk) not in self.claimed else None
        return None

    def add(self, row: PlannedRow) -> None:
        self.plan.rows.append(row)
        self.done += 1
        if self.progress and self.done % 5000 == 0:
            self.progress(self.done, self.total)
        if row.indicator is None:
            return
        indicator = row.indicator.pk
        if row.group_code:
            row.group = self.labels.get((indicator, row.group_code), row.group)
        group = _group_key(row.group_code, row.group)
        date = row.reference_date
        if row.target == COMPARISON:
            target = (COMPARISON, indicator, row.region_key, row.year, group, date)
            existing = self._find(self.comparisons.get(target[1:5]), date, comparison=True)
        else:
            district = row.district.pk if row.district else None
            target = (indicator, row.year, district, group, date)
            existing = self._find(self.existing.get(target[:4]), date)
            if existing is None and row.group_code:
                by_label = (indicator, row.year, district, ("label", row.group))
                existing = self._find(self.existing.get(by_label), date)
        if target in self.targets:
            row.indicator = None
            row.reason = row.skip_kind = DUPLICATE
            self.plan.add_problem(
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
        row.existing = existing
        if existing is None:
            row.action = imports.CREATE
            return
        self.claimed.add((row.target == COMPARISON, existing.pk))
        if (
            existing.value == row.value
            and existing.flag == row.flag
            and (date is None or existing.reference_date == date)
        ):
            row.action, row.reason = imports.UNCHANGED, _("same value already recorded")
        else:
            row.action = imports.UPDATE


def file_checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@transaction.atomic
def import_apply(
    *, batch: ImportBatch, plan: ImportPlan, acting_user, progress=None
) -> dict[str, int]:
    """Write the plan: all values and comparison lines or none. The batch remembers what it
    replaced, for undo."""
    if not plan.is_acceptable:
        raise ValueError("A plan with problems cannot be applied.")
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status not in (ImportStatus.PENDING, ImportStatus.APPLYING):
        raise ValueError("This import has already been applied or undone.")
    with collector_paused():
        replaced = _write(batch, plan, acting_user, progress)
    batch.status = ImportStatus.APPLIED
    batch.applied_at = timezone.now()
    batch.applied_by = acting_user
    comparison = plan.comparison_counts
    batch.counts = {
        **plan.counts,
        "comparison_create": comparison[imports.CREATE],
        "comparison_update": comparison[imports.UPDATE],
    }
    batch.replaced = replaced
    batch.save(update_fields=["status", "applied_at", "applied_by", "counts", "replaced"])
    return batch.counts


def _write(batch: ImportBatch, plan: ImportPlan, acting_user, progress) -> list[dict]:
    """Insert the new values and comparison lines, update the changed ones; what was replaced."""
    source = batch.source_label()
    created, comparisons_created = [], []
    updated, comparisons_updated, replaced = [], [], []
    for row in plan.rows:
        if row.action == imports.CREATE and row.is_comparison:
            comparisons_created.append(
                ComparisonValue(
                    indicator=row.indicator,
                    municipality_id=batch.municipality_id,
                    region_key=row.region_key,
                    region_name=row.region_name[:200],
                    year=row.year,
                    reference_date=row.reference_date,
                    group=row.group,
                    group_code=row.group_code,
                    value=row.value,
                    flag=row.flag,
                    source=source,
                    import_batch=batch,
                )
            )
        elif row.action == imports.CREATE:
            created.append(row)
        elif row.action == imports.UPDATE:
            old = row.existing
            entry = {
                "id": old.pk,
                "value": str(old.value) if old.value is not None else None,
                "flag": old.flag,
                "source": old.source,
                "import_batch": old.import_batch_id,
                "group_code": old.group_code,
                "reference_date": old.reference_date.isoformat() if old.reference_date else None,
            }
            old.value, old.flag, old.source, old.import_batch = row.value, row.flag, source, batch
            # An undated value of the year that the file dates (e.g. "31.12.2022") takes the date.
            old.reference_date = row.reference_date or old.reference_date
            # A value typed by hand and matched by its label learns the group's codes.
            old.group_code = row.group_code or old.group_code
            if row.is_comparison:
                entry["comparison"] = True
                comparisons_updated.append(old)
            else:
                old.entered_by = acting_user
                updated.append(old)
            replaced.append(entry)
    # New values are audited by their batch (who, when, file, checksum), not one history row
    # each: that keeps a million-value import fast. Replaced values keep their history.
    _insert_values(created, batch=batch, source=source, acting_user=acting_user, progress=progress)
    bulk_update_with_history(
        updated,
        IndicatorValue,
        ["value", "flag", "source", "import_batch", "entered_by", "group_code", "reference_date"],
        batch_size=2000,
        default_user=acting_user,
    )
    ComparisonValue.objects.bulk_create(comparisons_created, batch_size=2000)
    ComparisonValue.objects.bulk_update(
        comparisons_updated,
        ["value", "flag", "source", "import_batch", "group_code", "reference_date"],
        batch_size=2000,
    )
    return replaced


def _new_value_columns(row: PlannedRow, *, batch, source, user_id, now) -> dict:
    """The columns of a new IndicatorValue for a planned row (by attribute name)."""
    return {
        "indicator_id": row.indicator.pk,
        "municipality_id": batch.municipality_id,
        "year": row.year,
        "reference_date": row.reference_date,
        "district_id": row.district.pk if row.district else None,
        "group": row.group,
        "group_code": row.group_code,
        "value": row.value,
        "flag": row.flag,
        "source": source,
        "entered_by_id": user_id,
        "entered_at": now,
        "import_batch_id": batch.pk,
    }


def _insert_values(rows: list[PlannedRow], *, batch, source, acting_user, progress=None) -> None:
    """Bulk insert of new values: COPY on PostgreSQL (straight from the planned rows, no model
    instances), batched multi-row INSERTs elsewhere."""
    connection = connections[IndicatorValue.objects.db]
    total = len(rows)
    fields = [f for f in IndicatorValue._meta.concrete_fields if not f.primary_key]
    columns = {
        "now": timezone.now(),
        "batch": batch,
        "source": source,
        "user_id": acting_user.pk if acting_user else None,
    }
    if not rows:
        return
    if connection.vendor != "postgresql":
        for start in range(0, total, CHUNK):
            IndicatorValue.objects.bulk_create(
                [
                    IndicatorValue(**_new_value_columns(row, **columns))
                    for row in rows[start : start + CHUNK]
                ],
                batch_size=2000,
            )
            if progress:
                progress(min(start + CHUNK, total), total)
        return
    by_name = {f.attname: f for f in fields}
    order = list(_new_value_columns(rows[0], **columns))
    if set(order) != set(by_name):
        # A field added to the model must be written here too.
        raise RuntimeError(f"COPY columns {order} differ from the model's {list(by_name)}")
    table = connection.ops.quote_name(IndicatorValue._meta.db_table)
    quoted = ", ".join(connection.ops.quote_name(by_name[name].column) for name in order)
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy,
    ):
        for done, row in enumerate(rows, start=1):
            copy.write_row(list(_new_value_columns(row, **columns).values()))
            if progress and done % CHUNK == 0:
                progress(done, total)
    if progress:
        progress(total, total)


@transaction.atomic
def import_undo(*, batch: ImportBatch, acting_user) -> None:
    """Remove exactly the values and comparison lines the batch created and restore those it
    replaced."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if batch.status != ImportStatus.APPLIED:
        raise ValueError("Only an applied import can be undone.")
    replaced = {e["id"]: e for e in batch.replaced if not e.get("comparison")}
    replaced_comparisons = {e["id"]: e for e in batch.replaced if e.get("comparison")}
    # The batch's own new values carry no per-row history (see import_apply), so they are
    # removed with one DELETE instead of loading every row for the history signal.
    new_values = IndicatorValue.objects.filter(import_batch=batch).exclude(pk__in=list(replaced))
    new_values._raw_delete(new_values.db)
    ComparisonValue.objects.filter(import_batch=batch).exclude(
        pk__in=list(replaced_comparisons)
    ).delete()
    restored_fields = ["value", "flag", "source", "import_batch", "group_code", "reference_date"]
    bulk_update_with_history(
        _restore(IndicatorValue, replaced),
        IndicatorValue,
        restored_fields,
        default_user=acting_user,
    )
    ComparisonValue.objects.bulk_update(
        _restore(ComparisonValue, replaced_comparisons), restored_fields
    )
    batch.status = ImportStatus.UNDONE
    batch.undone_at = timezone.now()
    batch.undone_by = acting_user
    batch.save(update_fields=["status", "undone_at", "undone_by"])


def _restore(model, replaced: dict) -> list:
    """The replaced rows with what they held before the batch (entries of ``batch.replaced``)."""
    restored = list(model.objects.filter(pk__in=list(replaced)))
    for value in restored:
        entry = replaced[value.pk]
        value.value = Decimal(entry["value"]) if entry["value"] is not None else None
        value.flag, value.source, value.import_batch_id = (
            entry["flag"],
            entry["source"],
            entry["import_batch"],
        )
        # Batches applied before group codes existed did not record code and date.
        value.group_code = entry.get("group_code", value.group_code)
        if "reference_date" in entry:
            date = entry["reference_date"]
            value.reference_date = datetime.date.fromisoformat(date) if date else None
    return restored
