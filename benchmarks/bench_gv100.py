"""Municipality directory import: the real GV100AD files (16,000 records) through the service
that ``manage.py import_gv100`` and the upload page use.

Run: ``.venv/bin/python benchmarks/bench_gv100.py``. Times the 2017 file twice (all new, then
all unchanged) and the 2021 file over it (nearly every unit changed, some new and retired).
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
if "DATABASE_URL" not in os.environ:
    os.environ["KOMPASS_DATA_DIR"] = tempfile.mkdtemp(prefix="kompass-bench-")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from kompass.regions.models import Region  # noqa: E402
from kompass.regions.services import directory_import  # noqa: E402

DATA = ROOT / "tests" / "data" / "regions"
RUNS = [
    ("GV100AD_311217.zip", "first import"),
    ("GV100AD_311217.zip", "same file again"),
    ("GV100AD_301121.zip", "newer file (updates)"),
]


def main():
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    for name, label in RUNS:
        data = (DATA / name).read_bytes()
        started = time.perf_counter()
        plan, counts = directory_import(data=data, file_name=name)
        elapsed = time.perf_counter() - started
        assert counts is not None, [str(p) for p in plan.problems[:3]]
        total = counts["total"]
        print(
            f"{name} ({label}): {len(plan.directory.records)} records in {elapsed:.2f} s — "
            f"{total['create']} new, {total['update']} changed, {total['unchanged']} unchanged, "
            f"{total['retire']} no longer valid"
        )
    print(f"directory rows: {Region.objects.count()}")


if __name__ == "__main__":
    main()
