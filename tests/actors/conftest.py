from pathlib import Path

import pytest

from kompass.actors.models import Actor, ActorType, Offer
from kompass.concepts.models import FieldCatalogueEntry, TargetGroup

from ..factories import DistrictFactory

DATA = Path(__file__).parent.parent / "data" / "actors"


def data_file(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture
def places(world):
    """Two districts of Musterstadt with the names and codes the sample files use."""
    return {
        "north": DistrictFactory(municipality=world.town, code="N1", name="Nordstadt"),
        "south": DistrictFactory(municipality=world.town, code="S1", name="Südstadt"),
    }


@pytest.fixture
def catalogue(db):
    return {
        "language": FieldCatalogueEntry.objects.get(code="sprachfoerderung"),
        "work": FieldCatalogueEntry.objects.get(code="arbeit-wirtschaft"),
        "sport": FieldCatalogueEntry.objects.get(code="sport"),
        "women": TargetGroup.objects.get(municipality=None, name="Frauen"),
        "young": TargetGroup.objects.get(municipality=None, name="junge Menschen"),
    }


@pytest.fixture
def actor(world):
    return Actor.objects.create(
        municipality=world.town, name="Stadtteilverein Nord e. V.", actor_type=ActorType.CLUB
    )


@pytest.fixture
def offer(world, actor):
    return Offer.objects.create(municipality=world.town, title="Hausaufgabenhilfe", provider=actor)
