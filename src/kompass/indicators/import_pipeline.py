"""The three steps of an import – read the file, preview, apply – for web request and worker.

Each step works from the stored batch (file, assignment) and stores its outcome on the
batch, so the pages render the same whether a step ran in the request (small files) or in
the background worker (large files), where it runs as a job of ``core.jobs`` and reports
its progress.
"""

import hashlib
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from kompass.core.jobs import job_start
from kompass.core.tabular import Table, cell_text, read_table

from . import importing
from .models import ImportBatch, ImportFormat, ImportState, ImportStatus, Indicator
from .owntable import ColumnMapping
from .statfiles import ParseResult, Problem, read_statistics_file
from .statfiles.detect import collector_paused

# Rows of the preview kept one by one per section (new/changed, unchanged, comparison lines).
PREVIEW_ROWS = 500
MAX_PROBLEMS = 1000
SAMPLE_ROWS = 8
# Series listed with their counts, and examples kept per reason of skipped rows.
MAX_SERIES = 100
SKIP_EXAMPLES = 3
# What summary and preview hold. A batch read by an older version (label-based series keys)
# is read again when it is opened.
SCHEMA = 2
# GET parameters of the preview's status filter → plan actions.
STATUS_FILTERS = {"neu": "create", "geaendert": "update", "unveraendert": "unchanged"}


class ImportChanged(Exception):
    """The data changed between preview and confirmation: the preview must be checked again."""


CHANGED_SINCE_PREVIEW = gettext_lazy(
    "The data changed since the preview (values were entered or imported meanwhile). "
    "Please look at the preview again; nothing was imported."
)
SERIES_READ_AGAIN = gettext_lazy(
    "The file was read again with the current rules (series are now recognised by their "
    "codes). Please check the assignment of the series."
)


def runs_in_background(size: int) -> bool:
    return size >= settings.KOMPASS_IMPORT_BACKGROUND_BYTES


def is_own_table(batch: ImportBatch) -> bool:
    return batch.file_format == ImportFormat.OWN


def read_file(batch: ImportBatch) -> ParseResult | Table:
    with batch.file.open("rb") as handle:
        data = handle.read()
    if is_own_table(batch):
        return read_table(data, batch.file_name)
    if batch.archive_member:
        return read_statistics_file(data, member=batch.archive_member)
    return read_statistics_file(data)


def _problems(problems) -> list[list]:
    return [[p.row, p.column, str(p.message)] for p in problems[:MAX_PROBLEMS]]


def stored_problems(data: dict) -> list[Problem]:
    return [Problem(row, column, message) for row, column, message in data.get("problems", [])]


def problem_context(data: dict) -> dict:
    """The stored problems of a summary or preview for the page: listed, counted, not listed."""
    problems = stored_problems(data)
    count = max(data.get("problem_count", 0), len(problems))
    return {"problems": problems, "problem_count": count, "problems_more": count - len(problems)}


def analyse(batch: ImportBatch) -> bool:
    """Read the file once: what it contains (series or columns) and what is wrong with it.

    A ZIP archive with several CSV files stops here with their names: the user chooses one
    (``choose_member``) and the chosen file is read.
    """
    result = read_file(batch)
    fields = ["summary", "status", "file_format", "mapping", "preview"]
    if isinstance(result, Table):
        summary = {
            "schema": SCHEMA,
            "header": result.header,
            "sample": [
                [row.number, [_cell_text(c) for c in row.cells]]
                for row in result.rows[:SAMPLE_ROWS]
            ],
            "rows": len(result.rows),
            "encoding": result.encoding,
            "problems": _problems(result.problems),
            "problem_count": len(result.problems),
        }
    elif result.format == "archive" and result.archive_members:
        summary = {"schema": SCHEMA, "archive_members": list(result.archive_members)}
    else:
        if not result.problems and not result.values:
            result.problems.append(Problem(None, "", _("The file contains no values.")))
        series = importing.file_series(result)
        summary = {
            "schema": SCHEMA,
            "title": result.title,
            "encoding": result.encoding,
            "language": result.language,
            "values": len(result.values),
            "series": [vars(item) for item in series],
            "problems": _problems(result.problems),
            "problem_count": max(len(result.problems), getattr(result, "problem_count", 0) or 0),
            "warnings": _problems(result.warnings),
            "dashes": sum(1 for value in result.values if value.dash),
        }
        if batch.mapping and batch.summary.get("schema") != SCHEMA:
            batch.mapping = _carried_over(batch.mapping, result)
            summary["read_again"] = True
        if result.format in ImportFormat.values:
            batch.file_format = result.format
    batch.summary = summary
    batch.preview = {}
    batch.status = ImportStatus.FAILED if summary.get("problems") else ImportStatus.PENDING
    batch.save(update_fields=fields)
    return batch.status == ImportStatus.PENDING


def _carried_over(mapping: dict, result: ParseResult) -> dict:
    """An assignment made under the old label-based series keys, moved to the code-based ones.

    The old key hashed statistic, variable label (flat files: "CODE label") and each
    characteristic's "label=value" with "Insgesamt" for totals. Series whose old key cannot be
    recomputed lose their assignment; the page asks to check it.
    """
    old_to_new = {}
    for value in result.values:
        attributes = [f"{a.variable_label}={a.label or 'Insgesamt'}" for a in value.attributes]
        new = importing.series_key(value)
        for variable in {value.variable, f"{value.variable_code} {value.variable}".strip()}:
            text = "|".join([value.statistic, variable, *attributes])
            old = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]
            old_to_new.setdefault(old, new)
    return {old_to_new[key]: pk for key, pk in mapping.items() if key in old_to_new}


def needs_reading_again(batch: ImportBatch) -> bool:
    """A pending statistics batch read before series were keyed by their codes."""
    return (
        batch.status == ImportStatus.PENDING
        and not is_own_table(batch)
        and batch.summary.get("schema") != SCHEMA
    )


def needs_member(batch: ImportBatch) -> bool:
    """An archive with several CSV files whose member is not chosen yet."""
    return bool(batch.summary.get("archive_members")) and not batch.archive_member


def choose_member(batch: ImportBatch, member: str) -> bool:
    """Remember which CSV file of the archive is imported; it is read next (``analyse``)."""
    if member not in batch.summary.get("archive_members", []):
        return False
    batch.archive_member = member
    batch.status = ImportStatus.READING
    batch.save(update_fields=["archive_member", "status"])
    return True


def _cell_text(cell) -> str:
    """A cell of the file as shown on the assignment page (numbers in German format)."""
    return number_format(cell) if isinstance(cell, Decimal) else cell_text(cell)


def make_plan(batch: ImportBatch, report=None) -> importing.ImportPlan:
    """The plan for the batch's current assignment and choices; re-reads the file."""
    result = read_file(batch)
    if isinstance(result, Table):
        if result.problems:
            plan = importing.ImportPlan()
            for problem in result.problems:
                plan.add_problem(problem)
            return plan
        return importing.plan_table_import(
            table=result,
            columns=ColumnMapping.from_json(batch.mapping.get("columns", {})),
            municipality=batch.municipality,
            version=batch.version,
            progress=report,
        )
    indicators = Indicator.objects.in_bulk(set(batch.mapping.values()))
    mapping = {
        key: indicators[pk]
        for key, pk in batch.mapping.items()
        if pk in indicators and indicators[pk].version_id == batch.version_id
    }
    return importing.plan_import(
        result=result,
        municipality=batch.municipality,
        mapping=mapping,
        progress=report,
        keep_comparison=batch.keep_comparison,
        dash_means=batch.dash_means,
    )


def preview(batch: ImportBatch, report=None) -> importing.ImportPlan:
    """Plan the import and store what the preview page shows."""
    plan = make_plan(batch, report)
    batch.preview = preview_data(batch, plan)
    batch.save(update_fields=["preview"])
    return plan


def _choices(batch: ImportBatch) -> dict:
    """What makes a preview current: the assignment and every choice that changes values."""
    return {
        "schema": SCHEMA,
        "mapping": batch.mapping,
        "dash_means": batch.dash_means,
        "keep_comparison": batch.keep_comparison,
    }


def preview_data(batch: ImportBatch, plan: importing.ImportPlan) -> dict:
    """The preview as stored on the batch, bounded in size whatever the file's size.

    The municipality's new and changed values come first, then unchanged ones, each section
    up to PREVIEW_ROWS rows; comparison lines are a section of their own; skipped rows are
    only counted per reason (with a few examples); counts per status and per series are exact.
    """
    with collector_paused():
        return _preview_data(batch, plan)


def _preview_data(batch: ImportBatch, plan: importing.ImportPlan) -> dict:
    changed, unchanged, comparisons = [], [], []
    skipped, series = {}, {}
    dashes = 0
    for row in plan.rows:
        key = row.series_key or row.series
        if key and not row.is_comparison:  # comparison lines are counted on their own
            entry = series.get(key)
            if entry is None:
                entry = series[key] = {
                    "key": key,
                    "label": " – ".join(part for part in (row.series, row.group) if part),
                    "indicator": "",
                    "create": 0,
                    "update": 0,
                    "unchanged": 0,
                    "skip": 0,
                }
            entry[row.action] += 1
            if row.indicator is not None and not entry["indicator"]:
                entry["indicator"] = str(row.indicator)
        if row.action == "skip":
            kind = str(row.skip_kind or row.reason)
            group = skipped.get(kind)
            if group is None:
                group = skipped[kind] = {"reason": kind, "count": 0, "examples": []}
            group["count"] += 1
            # Examples are different rows of the file (a table row holds several values).
            examples = group["examples"]
            if len(examples) < SKIP_EXAMPLES and all(e["row"] != row.row for e in examples):
                examples.append(_row_json(row))
            continue
        dashes += row.dash
        section = (
            comparisons
            if row.is_comparison
            else unchanged
            if row.action == "unchanged"
            else changed
        )
        if len(section) < PREVIEW_ROWS:
            section.append(_row_json(row))
    listed = sorted(
        series.values(),
        key=lambda s: (-(s["create"] + s["update"]), -s["unchanged"], s["label"]),
    )
    problem_count = max(plan.problem_count, len(plan.problems))
    return {
        **_choices(batch),
        "counts": plan.counts,
        "comparison_counts": plan.comparison_counts,
        "total": len(plan.rows),
        "problems": _problems(plan.problems),
        "problem_count": problem_count,
        "rows": changed + unchanged,
        "comparison_rows": comparisons,
        "skipped": sorted(skipped.values(), key=lambda g: (-g["count"], g["reason"])),
        "series": listed[:MAX_SERIES],
        "series_count": len(series),
        "dash_count": dashes,
    }


def _row_json(row: importing.PlannedRow) -> dict:
    return {
        "row": row.row,
        "series": row.series,
        "series_key": row.series_key or row.series,
        "group": row.group,
        "indicator": str(row.indicator) if row.indicator else "",
        "region": row.region,
        "district": str(row.district) if row.district else "",
        "year": row.year,
        "value": None if row.value is None else str(row.value),
        "before": None
        if row.existing is None or row.existing.value is None
        else str(row.existing.value),
        "flag": row.flag_label and str(row.flag_label),
        "action": row.action,
        "reason": str(row.reason),
        "dash": row.dash,
    }


def _decoded(rows) -> list[dict]:
    decoded = []
    for row in rows:
        row = dict(row)
        for key in ("value", "before"):
            row[key] = Decimal(row[key]) if row[key] is not None else None
        decoded.append(row)
    return decoded


def preview_rows(batch: ImportBatch, *, status: str = "", series: str = "") -> list[dict]:
    """The stored rows of the preview, optionally only one status (create/update/unchanged)
    and one series."""
    rows = batch.preview.get("rows", [])
    if status:
        rows = [row for row in rows if row["action"] == status]
    if series:
        rows = [row for row in rows if row["series_key"] == series]
    return _decoded(rows)


def comparison_rows(batch: ImportBatch) -> list[dict]:
    return _decoded(batch.preview.get("comparison_rows", []))


def has_current_preview(batch: ImportBatch) -> bool:
    preview = batch.preview
    return bool(preview) and all(preview.get(k) == v for k, v in _choices(batch).items())


def can_apply(batch: ImportBatch) -> bool:
    preview = batch.preview
    counts, comparison = preview.get("counts", {}), preview.get("comparison_counts", {})
    return (
        batch.status == ImportStatus.PENDING
        and has_current_preview(batch)
        and not preview.get("problems")
        and not preview.get("problem_count")
        and any(counts.get(a) or comparison.get(a) for a in ("create", "update"))
    )


def apply(batch: ImportBatch, acting_user, report=None, on_writing=None) -> dict:
    """Plan again and write – refusing if the outcome differs from the confirmed preview."""
    plan = make_plan(batch, report)
    confirmed = batch.preview
    if (
        plan.counts != confirmed.get("counts")
        or plan.comparison_counts != confirmed.get("comparison_counts")
        or not plan.is_acceptable
    ):
        raise ImportChanged
    if on_writing:
        on_writing()
    return importing.import_apply(batch=batch, plan=plan, acting_user=acting_user, progress=report)


# Background runs ---------------------------------------------------------------------------


def start_in_background(batch: ImportBatch, step: str, acting_user=None) -> None:
    """Queue a step for the worker; the batch shows 'waiting' until the worker takes it."""
    with transaction.atomic():
        if step == "apply":
            batch.status = ImportStatus.APPLYING
            batch.save(update_fields=["status"])
        job_start(batch, acting_user=acting_user, step=step)


def run_step(batch: ImportBatch, *, progress, acting_user, step: str) -> None:
    """The background work (``core.jobs``): run one step, moving through its states."""
    if step == "analyse":
        analyse(batch)
        return
    progress.state(ImportState.CHECKING)
    try:
        if step == "preview":
            preview(batch, progress)
        else:
            apply(
                batch,
                acting_user,
                progress,
                on_writing=lambda: progress.state(ImportState.WRITING),
            )
    except ImportChanged:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportStatus.PENDING, preview={}, error=CHANGED_SINCE_PREVIEW
        )
