"""Background tasks of reporting (run by ``manage.py db_worker``)."""

from django_tasks import task


@task()
def send_report_reminders() -> int:
    """Today's reminder e-mails for open reporting tasks (see ``notifications``)."""
    from .notifications import send_reminders

    return send_reminders()
