import datetime

import pytest

from kompass.bodies.models import (
    Body,
    BodyKind,
    BodyMembership,
    Outcome,
    Resolution,
    ResolutionKind,
)


@pytest.fixture
def council(world):
    return Body.objects.create(
        municipality=world.town, kind=BodyKind.COUNCIL, name="Stadtverordnetenversammlung", seats=45
    )


@pytest.fixture
def steering_group(world):
    body = Body.objects.create(
        municipality=world.town, kind=BodyKind.STEERING_GROUP, name="Steuerungsgruppe"
    )
    BodyMembership.objects.create(
        body=body, municipality=world.town, person_name="Dr. Helene Sommerfeld", function="Vorsitz"
    )
    return body


@pytest.fixture
def resolution(world, council):
    return Resolution.objects.create(
        municipality=world.town,
        body=council,
        date=datetime.date(2024, 3, 21),
        subject="Beschluss des Integrationskonzepts",
        kind=ResolutionKind.ADOPTION,
        outcome=Outcome.ADOPTED,
        votes_yes=38,
        votes_no=4,
        votes_abstain=3,
        concept_version=world.version,
        reference="Beschluss-Nr. 2024/117",
    )
