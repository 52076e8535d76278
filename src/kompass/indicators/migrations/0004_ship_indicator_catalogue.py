"""Ship the indicator catalogue for integration monitoring (shared by all municipalities).

The entries follow the Länder integration monitoring (topic areas A-I plus subjective
indicators) and the municipal monitoring in the KGSt tradition (Wiesbaden model). Each
names the usual source as a municipality finds it: the Statistisches Landesamt with
Regionaldatenbank table codes, the Bundesagentur für Arbeit, the Einwohnermeldeamt,
Zensus 2022, Kita- and Schulstatistik, the administration's own personnel statistics,
the Wahlstatistik and the municipality's own surveys.

Descriptive indicators of the population structure carry no valuation ("neutral"): they
are context for planning, never a measure of success. The reverse operation removes only
the rows shipped here, and of those only the ones no concept uses yet. The entries are read
from ``catalogues/indicators_0004.yaml``, a file frozen with this migration.
"""

from pathlib import Path

from django.db import migrations

from kompass.core.catalogues import read_catalogue

CATALOGUE_FILE = Path(__file__).resolve().parent.parent / "catalogues" / "indicators_0004.yaml"
REQUIRED = ("code", "name", "topic_area", "definition", "unit", "direction", "data_source")
DEFAULTS = {
    "numerator": "",
    "denominator": "",
    "periodicity": "annual",
    "disaggregations": "",
    "notes": "",
}


def load_catalogue():
    """The shipped entries in catalogue order, with the optional fields filled in."""
    return read_catalogue(CATALOGUE_FILE, required=REQUIRED, defaults=DEFAULTS)


def ship_catalogue(apps, schema_editor):
    IndicatorCatalogueEntry = apps.get_model("indicators", "IndicatorCatalogueEntry")
    for position, fields in enumerate(load_catalogue(), start=1):
        values = dict(fields)
        code = values.pop("code")
        IndicatorCatalogueEntry.objects.update_or_create(
            code=code, defaults={**values, "position": position * 10}
        )


def remove_catalogue(apps, schema_editor):
    """Delete the shipped entries again, except those that concepts already use."""
    IndicatorCatalogueEntry = apps.get_model("indicators", "IndicatorCatalogueEntry")
    IndicatorCatalogueEntry.objects.filter(
        code__in=[fields["code"] for fields in load_catalogue()], indicators__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0003_indicator_catalogue"),
    ]

    operations = [
        migrations.RunPython(ship_catalogue, remove_catalogue),
    ]
