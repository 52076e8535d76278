"""How long the progress report (PDF and DOCX) takes for the demo and for a 300-measure concept.

Run: ``.venv/bin/python benchmarks/bench_report.py``. Uses a fresh SQLite file in a
temporary directory unless DATABASE_URL is set. Each concept gets a closed cycle; the
report is built from its snapshot, laid out (pages counted) and rendered to PDF and DOCX.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kompass.settings")
os.environ.setdefault("KOMPASS_DEMO", "1")
if "DATABASE_URL" not in os.environ:
    os.environ["KOMPASS_DATA_DIR"] = tempfile.mkdtemp(prefix="kompass-bench-")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from kompass.demo.synthetic import generate_concept  # noqa: E402
from kompass.reporting import report, services  # noqa: E402
from kompass.reporting.models import ReportingCycle  # noqa: E402
from kompass.reporting.report_docx import render_docx  # noqa: E402

# 10 fields × 2 strategic × 3 operative × 5 measures = 300 measures, 60 indicators.
LARGE = {
    "fields": 10,
    "strategic_per_field": 2,
    "operative_per_strategic": 3,
    "measures_per_operative": 5,
    "indicators_per_field": 6,
    "years": 8,
}


def measure(cycle) -> str:
    timings = {}
    started = time.perf_counter()
    built = report.build_report(cycle, cycle.snapshot.data, report.previous_snapshot(cycle))
    timings["build"] = time.perf_counter() - started
    started = time.perf_counter()
    document = report.pdf_document(built, cycle=cycle)
    pdf = document.write_pdf()
    timings["pdf"] = time.perf_counter() - started
    started = time.perf_counter()
    docx = render_docx(built)
    timings["docx"] = time.perf_counter() - started
    return (
        f"{len(built.measures)} measures, {len(built.charts)} charts: build {timings['build']:.1f} s, "
        f"PDF {timings['pdf']:.1f} s ({len(document.pages)} pages, {len(pdf) / 1024:.0f} KiB), "
        f"DOCX {timings['docx']:.1f} s ({len(docx) / 1024:.0f} KiB)"
    )


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"database: {connection.vendor}")
    with translation.override("de"):
        demo = ReportingCycle.objects.get(municipality__slug="musterstadt", title="Bericht 2025")
        print("demo (Bericht 2025):", measure(demo))
        version = generate_concept(slug="bench-report", **LARGE)
        user = get_user_model().objects.create(username="bench-report")
        cycle = services.cycle_open(
            version=version,
            title="Bericht 2025",
            reporting_year=2025,
            due_date=timezone.localdate(),
            acting_user=user,
            base_url="",
            notify=False,
        )
        started = time.perf_counter()
        services.cycle_close(cycle=ReportingCycle.objects.get(pk=cycle.pk), acting_user=user)
        print(f"300 measures: snapshot taken in {time.perf_counter() - started:.2f} s")
        print("300 measures:", measure(ReportingCycle.objects.get(pk=cycle.pk)))


if __name__ == "__main__":
    main()
