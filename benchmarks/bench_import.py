"""Statistics import throughput: parse, plan (with the preview data) and apply a flat file of N
values (default 1 million).

Run: ``make benchmark`` or ``.venv/bin/python benchmarks/bench_import.py [N]``.
Uses a fresh SQLite file unless DATABASE_URL is set (then that database must be empty).
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

from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from kompass.concepts.models import Concept, ConceptVersion  # noqa: E402
from kompass.indicators import import_pipeline, importing  # noqa: E402
from kompass.indicators.models import ImportBatch, Indicator, IndicatorValue  # noqa: E402
from kompass.indicators.statfiles import read_statistics_file  # noqa: E402
from kompass.tenancy.models import Municipality  # noqa: E402

VARIABLES, YEARS = 100, 25
HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
    "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
    "value_variable_label;value_q\n"
)


def flat_file(n: int) -> bytes:
    groups = max(1, n // (VARIABLES * YEARS))
    rows = [HEADER]
    for v in range(VARIABLES):
        for g in range(groups):
            for y in range(YEARS):
                rows.append(
                    f"99999;Benchmark;JAHR;Jahr;{2000 + y};GEMEIN;Gemeinden;06999001;Benchmarkstadt;"
                    f"GRP;Gruppe;G{g};Gruppe {g};{(v * 7 + g * 3 + y) % 9973},5;Anzahl;V{v:03d};Merkmal {v};e\n"
                )
    return "".join(rows).encode()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    call_command("migrate", verbosity=0)
    town = Municipality.objects.create(
        name="Benchmarkstadt", slug="benchmarkstadt", kind="stadt", land="06", ags="06999001"
    )
    concept = Concept.objects.create(municipality=town, title="Benchmark")
    version = ConceptVersion.objects.create(concept=concept, municipality=town)
    indicators = {
        f"V{v:03d}": Indicator.objects.create(
            version=version, municipality=town, name=f"Merkmal {v}", unit="Anzahl"
        )
        for v in range(VARIABLES)
    }
    data = flat_file(n)
    print(f"database: {connection.vendor}; file: {len(data) / 1e6:.0f} MB")

    batch = ImportBatch.objects.create(
        municipality=town,
        version=version,
        file=ContentFile(b"", name="bench.csv"),
        file_name="bench.csv",
        checksum=importing.file_checksum(data),
        file_format="ffcsv",
    )

    started = time.perf_counter()
    result = read_statistics_file(data)
    parsed = time.perf_counter()
    # Series are keyed by their codes; the benchmark assigns each variable code its indicator.
    mapping = {s.key: indicators[s.variable_code] for s in importing.file_series(result)}
    plan = importing.plan_import(
        result=result,
        municipality=town,
        mapping=mapping,
        keep_comparison=batch.keep_comparison,
        dash_means=batch.dash_means,
    )
    preview = import_pipeline.preview_data(batch, plan)  # what the preview page stores
    planned = time.perf_counter()
    assert plan.is_acceptable, [str(p) for p in plan.problems[:3]]
    assert preview["counts"]["create"] == len(result.values)
    importing.import_apply(batch=batch, plan=plan, acting_user=None)
    applied = time.perf_counter()
    count = IndicatorValue.objects.filter(import_batch=batch).count()
    assert count == len(result.values) == plan.counts["create"], (
        count,
        len(result.values),
        plan.counts,
    )
    print(
        f"{count:,} values: read {parsed - started:.1f} s, planned {planned - parsed:.1f} s, "
        f"written {applied - planned:.1f} s; "
        f"{count / (applied - started):,.0f} values/s end to end"
    )
    started = time.perf_counter()
    importing.import_undo(batch=batch, acting_user=None)
    print(f"undo: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
