"""The three steps of an import – read the file, preview, apply – for web request and worker.

Each step works from the stored batch (file, assignment) and stores its outcome on the
batch, so the pages render the same whether a step ran in the request (small files) or in
the background worker (large files, ``tasks.py``), where it reports progress through
``core.progress``.
"""

import logging
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from kompass.core import progress as progress_store
from kompass.core.tabular import Table, cell_text, read_table

from . import importing
from .models import ImportBatch, ImportFormat, ImportPhase, ImportStatus, Indicator
from .owntable import ColumnMapping
from .statfiles import ParseProblem, ParseResult, read_statistics_file

logger = logging.getLogger(__name__)
PREVIEW_ROWS = 500
MAX_PROBLEMS = 1000
SAMPLE_ROWS = 8


class ImportChanged(Exception):
    """The data changed between preview and confirmation: the preview must be checked again."""


def runs_in_background(size: int) -> bool:
    return size >= settings.KOMPASS_IMPORT_BACKGROUND_BYTES


def progress_key(batch: ImportBatch) -> str:
    return f"import-{batch.pk}"


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


def stored_problems(data: dict) -> list[ParseProblem]:
    return [ParseProblem(row, column, message) for row, column, message in data.get("problems", [])]


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
            result.problems.append(ParseProblem(None, "", _("The file contains no values.")))
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
    if plan.counts != batch.preview.get("counts") or not plan.ok:
        raise ImportChanged
    if on_writing:
        on_writing()
    return importing.import_apply(batch=batch, plan=plan, acting_user=acting_user, progress=report)


# Background runs ---------------------------------------------------------------------------


def start_in_background(batch: ImportBatch, step: str, acting_user=None) -> None:
    """Queue a step for the worker; the batch shows 'waiting' until the worker takes it."""
    from . import tasks

    batch.phase, batch.error, batch.phase_changed_at = ImportPhase.QUEUED, "", timezone.now()
    fields = ["phase", "error", "phase_changed_at"]
    if step == "apply":
        batch.status = ImportStatus.APPLYING
        fields.append("status")
    batch.save(update_fields=fields)
    progress_store.Reporter(progress_key(batch)).reset()
    user_id = acting_user.pk if acting_user else None
    task = {"analyse": tasks.analyse_import, "preview": tasks.preview_import}.get(step)
    transaction.on_commit(
        lambda: task.enqueue(batch.pk) if task else tasks.apply_import.enqueue(batch.pk, user_id)
    )


def is_stuck(batch: ImportBatch) -> bool:
    """A background step without any sign of life for a long time (the worker was stopped)."""
    if not batch.phase:
        return False
    return progress_store.is_stale(progress_store.read(progress_key(batch)), batch.phase_changed_at)


@transaction.atomic
def reset_stuck(batch: ImportBatch) -> None:
    """Give up a lost background step. Nothing was written: every step runs in a transaction
    that a stopped worker never committed. The file can be checked or imported again."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not is_stuck(batch):
        return
    batch.status = (
        ImportStatus.FAILED if batch.status == ImportStatus.READING else ImportStatus.PENDING
    )
    batch.phase, batch.preview = "", {}
    batch.error = _(
        "The background processing was interrupted (the worker was probably stopped). "
        "Nothing was changed; please start the step again."
    )
    batch.save(update_fields=["status", "phase", "preview", "error"])


def run_step(batch_id: int, step: str, user_id: int | None = None) -> None:
    """Body of the background tasks: run one step, record phase, progress and failure."""
    from django.contrib.auth import get_user_model

    batch = ImportBatch.objects.select_related("municipality", "version").get(pk=batch_id)
    reporter = progress_store.Reporter(progress_key(batch))

    def phase(name):
        ImportBatch.objects.filter(pk=batch.pk).update(phase=name, phase_changed_at=timezone.now())
        reporter.reset()

    phase(ImportPhase.READING)
    try:
        if step == "analyse":
            analyse(batch)
        elif step == "preview":
            phase(ImportPhase.CHECKING)
            preview(batch, reporter)
        else:
            user = get_user_model().objects.filter(pk=user_id).first()
            phase(ImportPhase.CHECKING)
            apply(batch, user, reporter, on_writing=lambda: phase(ImportPhase.WRITING))
    except ImportChanged:
        ImportBatch.objects.filter(pk=batch.pk).update(
            phase="",
            status=ImportStatus.PENDING,
            preview={},
            error=_(
                "The data changed since the preview (values were entered or imported meanwhile). "
                "Please look at the preview again; nothing was imported."
            ),
        )
    except Exception:
        logger.exception("Import %s failed in step %s", batch_id, step)
        ImportBatch.objects.filter(pk=batch.pk).update(
            phase="",
            status=ImportStatus.FAILED if step == "analyse" else ImportStatus.PENDING,
            error=_("The import stopped because of an internal error; nothing was changed."),
        )
        raise
    else:
        ImportBatch.objects.filter(pk=batch.pk).update(phase="")
