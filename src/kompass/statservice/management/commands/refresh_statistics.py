"""Refresh the statistics imported from web services (for a systemd timer or cron).

For every municipality (or the one named) and every table it imported from GENESIS-Online,
the Regionaldatenbank or the Zensus 2022 database, the latest imported year and everything
newer is fetched again by the background worker; where there are new or changed values, a
preview with the same assignment waits for a coordinator's confirmation. Nothing is imported
by itself.
"""

from django.core.management.base import BaseCommand, CommandError

from kompass.statservice.models import ServiceAccount
from kompass.statservice.services import statistics_refresh
from kompass.tenancy.models import Municipality


class Command(BaseCommand):
    help = "Fetch the latest years of every table imported from a statistics web service again."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="only this municipality")

    def handle(self, *args, municipality=None, **options):
        municipalities = Municipality.objects.filter(
            pk__in=ServiceAccount.objects.values("municipality")
        ).order_by("slug")
        if municipality:
            if not Municipality.objects.filter(slug=municipality).exists():
                raise CommandError(f"There is no municipality {municipality!r}.")
            municipalities = municipalities.filter(slug=municipality)
        total = 0
        for town in municipalities:
            started = statistics_refresh(municipality=town)
            total += len(started)
            if started:
                tables = ", ".join(sorted({fetch.table_code for fetch in started}))
                self.stdout.write(f"{town.slug}: {len(started)} queued ({tables})")
        self.stdout.write(f"{total} table(s) queued for refresh.")
