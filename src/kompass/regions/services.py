"""Importing the municipality directory: plan what a GV100AD file changes, then apply it whole.

A rerun updates, nothing duplicates (the key is unique); a unit that is missing from the new
file is marked no longer current, never deleted. Only the Länder the file covers are compared,
so a file with some Länder leaves the others as they are. Bulk writes only: the full file
(16,000 records) is planned in one query and written in a few dozen.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .gv100 import WARNING, DirectoryFile, DirectoryRecord, Problem, read_gv100
from .models import LEVELS, DirectoryImport, ImportStatus, Level, Region

CREATE, UPDATE, UNCHANGED, RETIRE = "create", "update", "unchanged", "retire"
DIRECTORY_ACTIONS = (CREATE, UPDATE, UNCHANGED, RETIRE)
# Compared with the stored row; a difference in any of them makes the row "changed".
FIELDS = [
    "level",
    "ars",
    "name",
    "seat",
    "text_code",
    "land_key",
    "regbez_key",
    "kreis_key",
    "verband_key",
    "population",
    "population_male",
    "population_female",
    "area_ha",
    "postal_code",
]
WRITTEN = [*FIELDS, "is_current", "reference_date", "imported_at"]
BATCH = 1000


@dataclass
class RegionChange:
    """One created or changed unit, for the preview."""

    key: str
    level: str
    name: str
    action: str
    changed: list[str] = field(default_factory=list)


@dataclass
class DirectoryPlan:
    directory: DirectoryFile
    problems: list[Problem] = field(default_factory=list)
    creates: list[Region] = field(default_factory=list)
    updates: list[Region] = field(default_factory=list)
    retire_ids: list[int] = field(default_factory=list)
    changes: list[RegionChange] = field(default_factory=list)
    by_level: dict = field(default_factory=dict)

    @property
    def is_acceptable(self) -> bool:
        return not any(problem.is_error for problem in self.problems)

    @property
    def has_changes(self) -> bool:
        return bool(self.creates or self.updates or self.retire_ids)

    @property
    def counts(self) -> dict[str, int]:
        totals = Counter()
        for counts in self.by_level.values():
            totals.update(counts)
        return {action: totals[action] for action in DIRECTORY_ACTIONS}

    @property
    def level_rows(self) -> list[tuple[str, dict]]:
        """(level label, counts) top down, for the preview and the command's output."""
        return [
            (Level(level).label, self.by_level[level]) for level in LEVELS if level in self.by_level
        ]

    def as_counts(self) -> dict:
        return {"levels": self.by_level, "total": self.counts}


def _values(record: DirectoryRecord) -> dict:
    return {name: getattr(record, name) for name in FIELDS}


def _in_lands(lands) -> Q:
    return Q(land_key__in=lands) | Q(level=Level.LAND, key__in=lands)


def plan_directory(directory: DirectoryFile) -> DirectoryPlan:
    """What the file would change in the stored directory (reads, never writes)."""
    plan = DirectoryPlan(directory=directory, problems=list(directory.problems))
    if not directory.is_acceptable:
        return plan
    lands = directory.land_keys
    newest = Region.objects.filter(is_current=True).aggregate(Max("reference_date"))[
        "reference_date__max"
    ]
    if newest and directory.reference_date < newest:
        plan.problems.append(
            Problem(
                None,
                "",
                _(
                    "The file's reference date %(file)s is older than the directory's "
                    "(%(stored)s): importing it takes the directory back to the older state."
                )
                % {
                    "file": date_format(directory.reference_date, "SHORT_DATE_FORMAT"),
                    "stored": date_format(newest, "SHORT_DATE_FORMAT"),
                },
                WARNING,
            )
        )
    existing = {region.key: region for region in Region.objects.all()}
    counts = defaultdict(lambda: dict.fromkeys(DIRECTORY_ACTIONS, 0))
    names = {name: str(Region._meta.get_field(name).verbose_name) for name in FIELDS}
    for record in directory.records:
        values = _values(record)
        region = existing.get(record.key)
        if region is None:
            plan.creates.append(
                Region(key=record.key, reference_date=record.reference_date, **values)
            )
            plan.changes.append(RegionChange(record.key, record.level, record.name, CREATE))
            counts[record.level][CREATE] += 1
            continue
        changed = [name for name, value in values.items() if getattr(region, name) != value]
        if changed or not region.is_current:
            for name in changed:
                setattr(region, name, values[name])
            region.is_current = True
            region.reference_date = record.reference_date
            plan.updates.append(region)
            labels = [names[name] for name in changed] or [_("valid again")]
            plan.changes.append(RegionChange(record.key, record.level, record.name, UPDATE, labels))
            counts[record.level][UPDATE] += 1
        else:
            counts[record.level][UNCHANGED] += 1
    in_file = {record.key for record in directory.records}
    for region in existing.values():
        land = region.key if region.level == Level.LAND else region.land_key
        if region.is_current and land in lands and region.key not in in_file:
            plan.retire_ids.append(region.pk)
            counts[region.level][RETIRE] += 1
    plan.by_level = dict(counts)
    return plan


def apply_plan(plan: DirectoryPlan) -> dict:
    """Write a problem-free plan (inside the caller's transaction); returns its counts."""
    if not plan.is_acceptable:
        raise ValueError("A plan with problems cannot be applied.")
    now = timezone.now()
    for region in [*plan.creates, *plan.updates]:
        region.imported_at = now
    Region.objects.bulk_create(plan.creates, batch_size=BATCH)
    # One upsert per batch (INSERT … ON CONFLICT (key) DO UPDATE): a new year's file changes
    # the population of every Gemeinde, and row-by-row or CASE updates take a minute.
    Region.objects.bulk_create(
        [
            Region(key=region.key, **{name: getattr(region, name) for name in WRITTEN})
            for region in plan.updates
        ],
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=WRITTEN,
    )
    for start in range(0, len(plan.retire_ids), BATCH):
        Region.objects.filter(pk__in=plan.retire_ids[start : start + BATCH]).update(
            is_current=False
        )
    # Unchanged units are confirmed by the newer file: they carry its reference date.
    reference_date: date = plan.directory.reference_date
    Region.objects.filter(_in_lands(plan.directory.land_keys), is_current=True).exclude(
        reference_date=reference_date
    ).update(reference_date=reference_date)
    return plan.as_counts()


def directory_import(
    *, data: bytes, file_name: str, acting_user=None
) -> tuple[DirectoryPlan, dict | None]:
    """Read, plan and apply a GV100AD file in one transaction (the command's way in).

    Returns the plan and the counts, or the plan with its problems and ``None``: then nothing
    was changed.
    """
    directory = read_gv100(data)
    with transaction.atomic():
        plan = plan_directory(directory)
        if not plan.is_acceptable:
            return plan, None
        counts = apply_plan(plan)
        DirectoryImport.objects.create(
            file_name=file_name[:255],
            reference_date=directory.reference_date,
            status=ImportStatus.APPLIED,
            counts=counts,
            uploaded_by=acting_user,
            applied_by=acting_user,
            applied_at=timezone.now(),
        )
    return plan, counts


def plan_batch(batch: DirectoryImport) -> DirectoryPlan:
    return plan_directory(read_gv100(bytes(batch.data)))


def directory_import_apply(
    *, batch: DirectoryImport, acting_user
) -> tuple[DirectoryPlan, dict | None]:
    """Re-check an uploaded file against the current directory and import it, all or nothing.

    The stored file is dropped once it is imported; the import stays as the record of it.
    """
    with transaction.atomic():
        batch = DirectoryImport.objects.select_for_update().get(pk=batch.pk)
        if batch.status != ImportStatus.PENDING:
            raise ValueError("This import has already been applied.")
        plan = plan_batch(batch)
        if not plan.is_acceptable:
            return plan, None
        counts = apply_plan(plan)
        batch.status = ImportStatus.APPLIED
        batch.counts = counts
        batch.reference_date = plan.directory.reference_date
        batch.applied_by = acting_user
        batch.applied_at = timezone.now()
        batch.data = b""
        batch.save(
            update_fields=["status", "counts", "reference_date", "applied_by", "applied_at", "data"]
        )
    return plan, counts
