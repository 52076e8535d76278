"""The three steps of an import – read the file, preview, apply – for web request and worker.

Each step works from the stored batch (file, assignment) and stores its outcome on the
batch, so the pages render the same whether a step ran in the request (small files) or in
the background worker (large files), where it runs as a job of ``core.jobs`` and reports
its progress.
"""

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

PREVIEW_ROWS = 500
MAX_PROBLEMS = 1000
SAMPLE_ROWS = 8


class ImportChanged(Exception):
    """The data changed between preview and confirmation: the preview must be checked again."""


CHANGED_SINCE_PREVIEW = gettext_lazy(
    "The data changed since the preview (values were entered or imported meanwhile). "
    "Please look at the preview again; nothing was imported."
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
    return read_statistics_file(data)


def _problems(problems) -> list[list]:
    return [[p.row, p.column, str(p.message)] for p in problems[:MAX_PROBLEMS]]


def stored_problems(data: dict) -> list[Problem]:
    return [Problem(row, column, message) for row, column, message in data.get("problems", [])]


def analyse(batch: ImportBatch) -> bool:
    """Read the file once: what it contains (series or columns) and what is wrong with it."""
    result = read_file(batch)
    if isinstance(result, Table):
        summary = {
            "header": result.header,
            "sample": [
                [row.number, [_cell_text(c) for c in row.cells]]
                for row in result.rows[:SAMPLE_ROWS]
            ],
            "rows": len(result.rows),
            "encoding": result.encoding,
            "problems": _problems(result.problems),
        }
    else:
        if not result.problems and not result.values:
            result.problems.append(Problem(None, "", _("The file contains no values.")))
        summary = {
            "title": result.title,
            "encoding": result.encoding,
            "values": len(result.values),
            "series": [vars(series) for series in importing.file_series(result)],
            "problems": _problems(result.problems),
            "problem_count": len(result.problems),
        }
        batch.file_format = result.format or batch.file_format
    batch.summary = summary
    batch.status = ImportStatus.FAILED if summary["problems"] else ImportStatus.PENDING
    batch.save(update_fields=["summary", "status", "file_format"])
    return batch.status == ImportStatus.PENDING


def _cell_text(cell) -> str:
    """A cell of the file as shown on the assignment page (numbers in German format)."""
    return number_format(cell) if isinstance(cell, Decimal) else cell_text(cell)


def make_plan(batch: ImportBatch, report=None) -> importing.ImportPlan:
    """The plan for the batch's current assignment; re-reads the file."""
    result = read_file(batch)
    if isinstance(result, Table):
        if result.problems:
            return importing.ImportPlan(problems=result.problems)
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
        result=result, municipality=batch.municipality, mapping=mapping, progress=report
    )


def preview(batch: ImportBatch, report=None) -> importing.ImportPlan:
    """Plan the import and store what the preview page shows."""
    plan = make_plan(batch, report)
    batch.preview = {
        "mapping": batch.mapping,
        "counts": plan.counts,
        "total": len(plan.rows),
        "problems": _problems(plan.problems),
        "problem_count": len(plan.problems),
        "rows": [_row_json(row) for row in plan.rows[:PREVIEW_ROWS]],
    }
    batch.save(update_fields=["preview"])
    return plan


def _row_json(row: importing.PlannedRow) -> dict:
    return {
        "row": row.row,
        "series": row.series,
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
    }


def preview_rows(batch: ImportBatch) -> list[dict]:
    rows = []
    for row in batch.preview.get("rows", []):
        row = dict(row)
        for key in ("value", "before"):
            row[key] = Decimal(row[key]) if row[key] is not None else None
        rows.append(row)
    return rows


def has_current_preview(batch: ImportBatch) -> bool:
    return bool(batch.preview) and batch.preview.get("mapping") == batch.mapping


def can_apply(batch: ImportBatch) -> bool:
    counts = batch.preview.get("counts", {})
    return (
        batch.status == ImportStatus.PENDING
        and has_current_preview(batch)
        and not batch.preview.get("problems")
        and bool(counts.get("create") or counts.get("update"))
    )


def apply(batch: ImportBatch, acting_user, report=None, on_writing=None) -> dict:
    """Plan again and write – refusing if the outcome differs from the confirmed preview."""
    plan = make_plan(batch, report)
    if plan.counts != batch.preview.get("counts") or not plan.is_acceptable:
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
