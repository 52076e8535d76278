"""The demo brings actors and offers through the import planner, with gaps left on purpose."""

from io import StringIO

import pytest
from django.core.management import call_command

from kompass.actors.models import Actor, ActorType, Offer
from kompass.actors.selectors import offer_gap_matrix
from kompass.tenancy.models import Municipality


@pytest.mark.django_db
def test_demo_has_actors_of_many_types_offers_and_gaps():
    call_command("load_demo", stdout=StringIO())
    town = Municipality.objects.get(slug="musterstadt")
    actors = Actor.objects.filter(municipality=town)
    assert actors.count() >= 30
    assert len(set(actors.values_list("actor_type", flat=True))) >= 15
    assert set(actors.values_list("actor_type", flat=True)) <= set(ActorType.values)
    offers = Offer.objects.filter(municipality=town)
    assert offers.count() >= 60 and not offers.filter(provider=None).exists()
    assert not actors.filter(email="").exists()
    assert all(a.email.endswith(".example") for a in actors)
    matrix = offer_gap_matrix(town)
    assert matrix.uses_concept_fields and len(matrix.districts) == 6
    assert 3 <= matrix.gap_count <= 15
    # the history names the demo coordinator as author
    assert actors.first().history.first().history_user.username == "koordination"
