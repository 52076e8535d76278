"""Send today's reminders about process tasks due within 7 days or overdue; for cron, daily:

    30 7 * * *  cd /srv/kompass && .venv/bin/python manage.py send_process_reminders

Safe to run more often: no task is reminded more than once a day. ``--queue`` hands the
work to the background worker (``manage.py db_worker``) instead.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Sendet Erinnerungen an Prozessaufgaben, die in den nächsten 7 Tagen fällig oder "
        "überfällig sind (einmal täglich, z. B. per cron)."
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
            from kompass.process.tasks import send_process_reminders

            send_process_reminders.enqueue()
            self.stdout.write("Die Erinnerungen wurden als Hintergrundaufgabe eingereiht.")
            return
        try:
            today = datetime.date.fromisoformat(date) if date else None
        except ValueError as error:
            raise CommandError(f"Ungültiges Datum „{date}“: bitte JJJJ-MM-TT angeben.") from error
        from kompass.process.reminders import send_reminders

        count = send_reminders(today=today, base_url=url)
        self.stdout.write(f"{count} Erinnerung(en) versendet.")
