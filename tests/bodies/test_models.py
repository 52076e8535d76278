"""Resolutions: votes all or none, within the seats, matching the outcome."""

import pytest
from django.core.exceptions import ValidationError

from kompass.bodies.models import BodyMembership, Outcome, Resolution


def votes(resolution, yes, no, abstain, outcome=Outcome.ADOPTED):
    resolution.votes_yes, resolution.votes_no, resolution.votes_abstain = yes, no, abstain
    resolution.outcome = outcome
    return resolution


def test_a_broad_majority_is_valid(resolution):
    votes(resolution, 38, 4, 3).full_clean()
    assert resolution.votes_total == 45
    assert (
        resolution.citation() == "Stadtverordnetenversammlung, 21.03.2024, Beschluss-Nr. 2024/117"
    )


@pytest.mark.parametrize(
    ("yes", "no", "abstain", "outcome", "field"),
    [
        (38, None, 3, Outcome.ADOPTED, "votes_yes"),  # incomplete
        (40, 4, 3, Outcome.ADOPTED, "votes_yes"),  # 47 votes, 45 seats
        (10, 20, 5, Outcome.ADOPTED, "outcome"),  # more no than yes, yet adopted
        (20, 20, 5, Outcome.ADOPTED, "outcome"),  # a tie is not a majority
        (30, 10, 5, Outcome.REJECTED, "outcome"),  # majority, yet rejected
    ],
)
def test_votes_that_do_not_fit_are_refused(resolution, yes, no, abstain, outcome, field):
    with pytest.raises(ValidationError) as error:
        votes(resolution, yes, no, abstain, outcome).full_clean()
    assert field in error.value.message_dict


def test_votes_may_be_left_out_and_postponed_needs_no_majority(resolution):
    votes(resolution, None, None, None).full_clean()
    votes(resolution, 10, 20, 0, Outcome.POSTPONED).full_clean()
    assert not Resolution(votes_yes=None).has_votes


def test_a_member_needs_a_name_or_a_user(steering_group, world):
    member = BodyMembership(body=steering_group, municipality=world.town, function="Mitglied")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert "person_name" in error.value.message_dict
    member.user = world.users["council"]
    member.full_clean()
    assert member.display_name
