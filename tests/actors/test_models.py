"""Actors and offers in the model layer: names, languages, dates, tenancy, deletion rules."""

import pytest
from django.core.exceptions import ValidationError
from django.db.models import RestrictedError

from kompass.actors.models import Actor, Offer, normalise_languages


def test_actor_names_are_unique_per_municipality_regardless_of_case(world, actor):
    duplicate = Actor(municipality=world.town, name="  STADTTEILVEREIN nord e. V. ")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "name" in str(error.value) or "__all__" in error.value.message_dict
    # the same name in another municipality is another actor
    Actor(municipality=world.other_town, name=actor.name).full_clean()


def test_languages_are_normalised():
    assert normalise_languages(" Deutsch;arabisch, Deutsch ,, Türkisch") == (
        "Deutsch, arabisch, Türkisch"
    )


def test_offer_dates_must_be_in_order(world):
    import datetime

    offer = Offer(
        municipality=world.town,
        title="Kurs",
        start_date=datetime.date(2025, 9, 1),
        end_date=datetime.date(2025, 8, 1),
    )
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "end_date" in error.value.message_dict


def test_provider_must_belong_to_the_same_municipality(world, actor):
    offer = Offer(municipality=world.other_town, title="Kurs", provider=actor)
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "provider" in error.value.message_dict


def test_actor_with_offers_cannot_be_deleted_but_the_municipality_can(world, offer):
    with pytest.raises(RestrictedError):
        offer.provider.delete()
    world.other_town.delete()  # unrelated
    from kompass.concepts.models import Concept

    Concept.objects.filter(municipality=world.town).delete()
    world.town.memberships.all().delete()
    world.town.delete()
    assert not Actor.objects.exists() and not Offer.objects.exists()


def test_changes_are_in_the_history(world, actor):
    actor.description = "Neu"
    actor.save()
    assert [h.history_type for h in actor.history.all()] == ["~", "+"]
