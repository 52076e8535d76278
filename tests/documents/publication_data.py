"""The test world furnished for step 12: participation, an adopting resolution, an office."""

import datetime

from django.utils import timezone

from kompass.bodies.models import Body, BodyKind, Outcome, Resolution, ResolutionKind
from kompass.concepts.models import ConceptVersion, VersionStatus
from kompass.participation.models import ContributionSource, ParticipationEvent, ParticipationFormat
from kompass.participation.services import contribution_create, contribution_decide


def furnish(world, *, adopt=True):
    town = world.town
    town.responsible_office = "Stabsstelle Integration und Vielfalt"
    town.brand_colour = "#0f5670"
    town.save(update_fields=["responsible_office", "brand_colour"])
    concept = world.version.concept
    concept.title = "Integrationskonzept Musterstadt"
    concept.save(update_fields=["title"])
    ConceptVersion.objects.filter(pk=world.version.pk).update(period_start=2024, period_end=2030)
    event = ParticipationEvent.objects.create(
        municipality=town,
        version=world.version,
        format=ParticipationFormat.objects.filter(municipality__isnull=True).first(),
        title="Zukunftswerkstatt",
        starts_at=timezone.make_aware(datetime.datetime(2023, 5, 6, 10, 0)),
        participant_count=64,
    )
    cards = [
        contribution_create(
            version=world.version,
            event=event,
            source=ContributionSource.CARD,
            text=f"Idee {i}: Sprachcafés in jedem Stadtteil",
        )
        for i in range(3)
    ]
    user = world.users["coordination"]
    contribution_decide(
        contribution=cards[0], outcome="adopted", reason="Ziel", goal=world.goal, acting_user=user
    )
    contribution_decide(
        contribution=cards[1],
        outcome="not_adopted",
        reason="Gibt es schon",
        acting_user=user,
    )
    council = Body.objects.create(
        municipality=town, kind=BodyKind.COUNCIL, name="Stadtverordnetenversammlung", seats=45
    )
    world.resolution = Resolution.objects.create(
        municipality=town,
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
    if adopt:
        ConceptVersion.objects.filter(pk=world.version.pk).update(
            status=VersionStatus.ADOPTED,
            adopted_on=datetime.date(2024, 3, 21),
            adopting_resolution="Stadtverordnetenversammlung, 21.03.2024, Beschluss-Nr. 2024/117",
        )
    world.version.refresh_from_db()
    world.event = event
    return world
