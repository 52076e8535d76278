"""Background tasks of reporting (run by ``manage.py db_worker``)."""

from django_tasks import task


@task()
def send_report_reminders() -> int:
    """Today's reminder e-mails for open reporting tasks (see ``notifications``)."""
    from .notifications import send_reminders

    return send_reminders()


@task()
def generate_report(cycle_id: int, language: str) -> None:
    """Render the progress report of a closed cycle as PDF and DOCX and store both with it."""
    from .report import run_generation

    run_generation(cycle_id, language)
