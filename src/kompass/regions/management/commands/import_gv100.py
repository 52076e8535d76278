"""``manage.py import_gv100 FILE``: read the official municipality directory (GV100AD).

Accepts the text file (.txt/.asc, UTF-8 or ISO 8859-1) or the ZIP archive Destatis ships.
All or nothing: a file with a problem changes nothing and the command ends with exit code 1.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from kompass.regions.services import directory_import


class Command(BaseCommand):
    help = "Import the official municipality directory (GV100AD file or its ZIP archive)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="GV100AD_….txt/.asc or the ZIP archive containing it")

    def handle(self, *args, file, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error}
            ) from None
        plan, counts = directory_import(data=data, file_name=path.name)
        for problem in plan.problems:
            (self.stderr if problem.is_error else self.stdout).write(str(problem))
        if counts is None:
            raise CommandError(
                _("%(file)s was not imported; nothing was changed.") % {"file": path.name}
            )
        directory = plan.directory
        self.stdout.write(
            _("Reference date %(date)s, %(records)s records (%(encoding)s).")
            % {
                "date": directory.reference_date.isoformat(),
                "records": len(directory.records),
                "encoding": directory.encoding,
            }
        )
        for label, level_counts in plan.level_rows:
            self.stdout.write(
                _(
                    "%(level)s: %(create)s new, %(update)s changed, %(unchanged)s unchanged, %(retire)s no longer valid"
                )
                % {"level": label, **level_counts}
            )
        self.stdout.write(self.style.SUCCESS(_("Municipality directory imported.")))
