"""Background tasks of the statistics import (run by ``manage.py db_worker``)."""

from django_tasks import task

from .import_pipeline import run_step


@task()
def analyse_import(batch_id: int) -> None:
    run_step(batch_id, "analyse")


@task()
def preview_import(batch_id: int) -> None:
    run_step(batch_id, "preview")


@task()
def apply_import(batch_id: int, user_id: int | None) -> None:
    run_step(batch_id, "apply", user_id)
