"""The shipped catalogue of participation formats (seed 004's tables and DOMAIN.md).

Read from ``catalogues/formats_0002.yaml`` by the data migration participation 0002;
municipalities may add their own formats.
"""

from pathlib import Path

from kompass.core.catalogues import read_catalogue

CATALOGUE_FILE = Path(__file__).resolve().parent / "catalogues" / "formats_0002.yaml"
FIELDS = (
    "code",
    "name",
    "capture",
    "summary",
    "aims",
    "procedure",
    "group_size",
    "duration",
    "sustainability",
    "source",
)


def load_formats(format_model) -> None:
    """Create or update the shipped formats (used by the data migration)."""
    for position, spec in enumerate(read_catalogue(CATALOGUE_FILE, required=FIELDS), start=1):
        format_model.objects.update_or_create(
            municipality=None, code=spec["code"], defaults={**spec, "position": position}
        )
