"""Ship the catalogues every municipality starts with (municipality empty = shared).

Fields of action from seeds 002, 003 and 004, target groups from the table in seed 004
plus the population groups that are often hard to reach (a cross-cutting aim, not a box).
Municipalities may add their own entries; the reverse operation removes only the rows
shipped here, and of those only the ones no plan uses yet. The entries are read from
``catalogues/fields_of_action_0002.yaml`` and ``catalogues/target_groups_0002.yaml``, files
frozen with this migration.
"""

from pathlib import Path

from django.db import migrations

from kompass.core.catalogues import read_catalogue

CATALOGUES = Path(__file__).resolve().parent.parent / "catalogues"


def fields_of_action():
    return read_catalogue(
        CATALOGUES / "fields_of_action_0002.yaml", required=["code", "name", "description"]
    )


def target_groups():
    return read_catalogue(
        CATALOGUES / "target_groups_0002.yaml",
        required=["name", "category", "often_hard_to_reach"],
    )


def ship_catalogues(apps, schema_editor):
    FieldCatalogueEntry = apps.get_model("concepts", "FieldCatalogueEntry")
    TargetGroup = apps.get_model("concepts", "TargetGroup")
    for values in fields_of_action():
        code = values.pop("code")
        FieldCatalogueEntry.objects.update_or_create(municipality=None, code=code, defaults=values)
    for values in target_groups():
        name = values.pop("name")
        TargetGroup.objects.update_or_create(municipality=None, name=name, defaults=values)


def _referenced_ids(schema_editor, model) -> set:
    """Ids of ``model`` rows that any table in the database points to by foreign key.

    Asked of the database itself, because the migration state at this point does not know
    the apps that came later (measures, indicators, ...).
    """
    connection = schema_editor.connection
    quote = schema_editor.quote_name
    ids = set()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            relations = connection.introspection.get_relations(cursor, table)
            for column, (_ref_column, ref_table) in relations.items():
                if ref_table == model._meta.db_table:
                    cursor.execute(
                        f"SELECT DISTINCT {quote(column)} FROM {quote(table)} "  # noqa: S608
                        f"WHERE {quote(column)} IS NOT NULL"
                    )
                    ids.update(row[0] for row in cursor.fetchall())
    return ids


def remove_catalogues(apps, schema_editor):
    """Delete the shipped rows again, except those that plans already use."""
    FieldCatalogueEntry = apps.get_model("concepts", "FieldCatalogueEntry")
    TargetGroup = apps.get_model("concepts", "TargetGroup")
    FieldCatalogueEntry.objects.filter(
        municipality__isnull=True, code__in=[entry["code"] for entry in fields_of_action()]
    ).exclude(pk__in=_referenced_ids(schema_editor, FieldCatalogueEntry)).delete()
    TargetGroup.objects.filter(
        municipality__isnull=True, name__in=[entry["name"] for entry in target_groups()]
    ).exclude(pk__in=_referenced_ids(schema_editor, TargetGroup)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("concepts", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(ship_catalogues, remove_catalogues),
    ]
