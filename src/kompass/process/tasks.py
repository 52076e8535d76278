"""Background tasks of the process (run by ``manage.py db_worker``)."""

from django_tasks import task


@task()
def send_process_reminders() -> int:
    """Today's reminder e-mails about due and overdue process tasks (see ``reminders``)."""
    from .reminders import send_reminders

    return send_reminders()
