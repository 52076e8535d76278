"""Send today's reminders about process tasks due within 7 days or overdue; for cron, daily:

    30 7 * * *  cd /srv/kompass && .venv/bin/python manage.py send_process_reminders

Safe to run more often: no task is reminded more than once a day. ``--queue`` hands the
work to the background worker (``manage.py db_worker``) instead.
"""

from kompass.process.reminders import send_reminders
from kompass.process.tasks import send_process_reminders
from kompass.tenancy.reminders import ReminderCommand


class Command(ReminderCommand):
    help = (
        "Sendet Erinnerungen an Prozessaufgaben, die in den nächsten 7 Tagen fällig oder "
        "überfällig sind (einmal täglich, z. B. per cron)."
    )
    task = send_process_reminders
    send_reminders = send_reminders
