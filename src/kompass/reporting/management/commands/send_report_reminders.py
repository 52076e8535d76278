"""Send today's reminders of open reporting cycles; meant for cron, once a day:

    15 7 * * *  manage.py send_report_reminders

Safe to run more often: no unit gets more than one message per day. ``--queue`` hands the
work to the background worker (``manage.py db_worker``) instead.
"""

from kompass.reporting.notifications import send_reminders
from kompass.reporting.tasks import send_report_reminders
from kompass.tenancy.reminders import ReminderCommand


class Command(ReminderCommand):
    help = (
        "Sendet die fälligen Erinnerungen offener Berichtsrunden (einmal täglich, z. B. per cron)."
    )
    task = send_report_reminders
    send_reminders = send_reminders
