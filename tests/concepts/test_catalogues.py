"""Migration concepts 0002 ships the fields of action and target groups of its frozen files;
its reverse removes them again, except the rows that plans already use."""

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from kompass.concepts.models import FieldCatalogueEntry, TargetGroup

migration = importlib.import_module("kompass.concepts.migrations.0002_catalogues")


def test_the_migration_ships_the_fields_of_action_of_its_file(db):
    shipped = migration.fields_of_action()
    assert len(shipped) == 15
    stored = FieldCatalogueEntry.objects.filter(municipality=None).order_by("pk")
    assert [{"code": e.code, "name": e.name, "description": e.description} for e in stored] == (
        shipped
    )


def test_the_migration_ships_the_target_groups_of_its_file(db):
    shipped = migration.target_groups()
    stored = TargetGroup.objects.filter(municipality=None).order_by("pk")
    assert [
        {"name": g.name, "category": g.category, "often_hard_to_reach": g.often_hard_to_reach}
        for g in stored
    ] == shipped
    hard_to_reach = {g["name"] for g in shipped if g["often_hard_to_reach"]}
    assert hard_to_reach == set(
        TargetGroup.objects.filter(category="population").values_list("name", flat=True)
    )
    assert "Geflüchtete" in hard_to_reach


def test_the_reverse_keeps_what_plans_use_and_what_municipalities_added(world):
    used = FieldCatalogueEntry.objects.get(code="sprachfoerderung")
    world.field.catalogue_entry = used
    world.field.save(update_fields=["catalogue_entry"])
    own = TargetGroup.objects.create(municipality=world.town, name="Frauen", category="population")
    schema_editor = SimpleNamespace(connection=connection, quote_name=connection.ops.quote_name)

    migration.remove_catalogues(apps, schema_editor)

    assert list(FieldCatalogueEntry.objects.filter(municipality=None)) == [used]
    assert list(TargetGroup.objects.all()) == [own]
