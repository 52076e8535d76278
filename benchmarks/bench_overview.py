"""How long the concept overview takes for a large concept, and how many queries it needs.

Run: ``make benchmark`` (or ``.venv/bin/python benchmarks/bench_overview.py``).
Uses a fresh SQLite file under var/ unless DATABASE_URL is set.
"""

import os
import statistics
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
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from kompass.demo.synthetic import generate_concept  # noqa: E402
from kompass.tenancy.models import Membership  # noqa: E402

SIZES = {
    "small (demo size)": {
        "fields": 7,
        "strategic_per_field": 2,
        "operative_per_strategic": 2,
        "measures_per_operative": 1,
        "indicators_per_field": 2,
    },
    "large (1,080 measures)": {
        "fields": 12,
        "strategic_per_field": 3,
        "operative_per_strategic": 3,
        "measures_per_operative": 10,
        "indicators_per_field": 8,
    },
}


def main():
    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user("bench", password="bench-passwort-123")
    client = Client()
    client.force_login(user)
    print(f"database: {connection.vendor}")
    for index, (label, size) in enumerate(SIZES.items()):
        started = time.perf_counter()
        version = generate_concept(slug=f"bench-{index}", **size)
        generated = time.perf_counter() - started
        Membership.objects.create(user=user, municipality=version.municipality, role="coordination")
        url = reverse("version_overview", args=[version.municipality.slug, version.pk])
        timings = []
        for _ in range(5):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append(time.perf_counter() - started)
            assert response.status_code == 200
        print(
            f"{label}: generated in {generated:.1f} s; overview median {statistics.median(timings) * 1000:.0f} ms, "
            f"{len(queries.captured_queries)} queries, {len(response.content) / 1024:.0f} KiB HTML"
        )


if __name__ == "__main__":
    main()
