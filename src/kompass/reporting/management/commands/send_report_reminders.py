"""Send today's reminders of open reporting cycles; meant for cron, once a day:

    15 7 * * *  manage.py send_report_reminders

Safe to run more often: no unit gets more than one message per day.
"""

import datetime

from django.core.management.base import BaseCommand

from kompass.reporting.notifications import send_reminders


class Command(BaseCommand):
    help = (
        "Sendet die fälligen Erinnerungen offener Berichtsrunden (einmal täglich, z. B. per cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Stichtag JJJJ-MM-TT (Standard: heute)")
        parser.add_argument("--url", help="Adresse der Installation für die Links")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Als Hintergrundaufgabe einreihen statt sofort senden",
        )

    def handle(self, *args, date=None, url=None, queue=False, **options):
        if queue:
            from kompass.reporting.tasks import send_report_reminders

            send_report_reminders.enqueue()
            self.stdout.write("Die Erinnerungen wurden als Hintergrundaufgabe eingereiht.")
            return
        today = datetime.date.fromisoformat(date) if date else None
        count = send_reminders(today=today, base_url=url)
        self.stdout.write(f"{count} Erinnerung(en) versendet.")
