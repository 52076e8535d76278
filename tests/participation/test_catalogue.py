"""The data migration ships exactly the formats of its file, in the file's order."""

from kompass.core.catalogues import read_catalogue
from kompass.participation.catalogue import CATALOGUE_FILE, FIELDS, load_formats
from kompass.participation.models import ParticipationFormat


def stored_formats():
    return [
        {name: getattr(stored, name) for name in FIELDS}
        for stored in ParticipationFormat.objects.filter(municipality=None).order_by("position")
    ]


def test_the_migration_ships_the_formats_of_the_file_in_order(db):
    shipped = read_catalogue(CATALOGUE_FILE, required=FIELDS)
    assert len(shipped) == 12
    assert stored_formats() == shipped
    assert "\n" in ParticipationFormat.objects.get(code="zukunftswerkstatt").aims


def test_loading_again_restores_a_changed_format_without_duplicating(db):
    ParticipationFormat.objects.filter(code="workshop").update(name="Geändert", position=99)
    load_formats(ParticipationFormat)
    assert ParticipationFormat.objects.filter(municipality=None).count() == 12
    workshop = ParticipationFormat.objects.get(code="workshop")
    assert (workshop.name, workshop.position) == ("Workshop", 5)
