"""How long the concept document takes (PDF, DOCX, HTML) for the demo and a 300-measure concept.

Run: ``.venv/bin/python benchmarks/bench_document.py``. Uses a fresh SQLite file in a
temporary directory unless DATABASE_URL is set. For each concept the document content is
built from the database, laid out by WeasyPrint (pages counted) and written as PDF, and
rendered as DOCX and HTML.
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

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import translation  # noqa: E402

from kompass.concepts.models import ConceptVersion  # noqa: E402
from kompass.demo.synthetic import generate_concept  # noqa: E402
from kompass.documents.content import build_document  # noqa: E402
from kompass.documents.docx_builder import render_docx  # noqa: E402
from kompass.documents.render import pdf_document, render_html  # noqa: E402

# 10 fields × 2 strategic × 3 operative × 5 measures = 300 measures, 60 indicators.
LARGE = {
    "fields": 10,
    "strategic_per_field": 2,
    "operative_per_strategic": 3,
    "measures_per_operative": 5,
    "indicators_per_field": 6,
    "years": 8,
}


def measure(version) -> str:
    timings = {}
    started = time.perf_counter()
    doc = build_document(version)
    timings["build"] = time.perf_counter() - started
    started = time.perf_counter()
    document = pdf_document(doc)
    timings["layout"] = time.perf_counter() - started
    started = time.perf_counter()
    pdf = document.write_pdf()
    timings["write"] = time.perf_counter() - started
    started = time.perf_counter()
    docx = render_docx(doc)
    timings["docx"] = time.perf_counter() - started
    started = time.perf_counter()
    html = render_html(doc)
    timings["html"] = time.perf_counter() - started
    return (
        f"{doc.measure_total} measures, {len(doc.indicators)} indicators: "
        f"build {timings['build']:.1f} s, PDF {timings['layout'] + timings['write']:.1f} s "
        f"(layout {timings['layout']:.1f} s, {len(document.pages)} pages, "
        f"{len(pdf) / 1024:.0f} KiB), DOCX {timings['docx']:.1f} s ({len(docx) / 1024:.0f} KiB), "
        f"HTML {timings['html']:.1f} s ({len(html) / 1024:.0f} KiB)"
    )


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"database: {connection.vendor}")
    with translation.override("de"):
        demo = ConceptVersion.objects.select_related("concept", "municipality").get(
            municipality__slug="musterstadt", status="adopted"
        )
        print("demo (Musterstadt):", measure(demo))
        version = generate_concept(slug="bench-document", **LARGE)
        version = ConceptVersion.objects.select_related("concept", "municipality").get(
            pk=version.pk
        )
        print("300 measures:", measure(version))


if __name__ == "__main__":
    main()
