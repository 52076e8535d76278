import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from kompass.participation.models import (
    ContributionSource,
    ParticipationEvent,
    ParticipationFormat,
)
from kompass.participation.services import contribution_create


@pytest.fixture(autouse=True)
def fresh_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


def make_event(version, code="beteiligungscafe", **extra):
    return ParticipationEvent.objects.create(
        municipality_id=version.municipality_id,
        version=version,
        format=ParticipationFormat.objects.get(code=code, municipality__isnull=True),
        title=extra.pop("title", "Beteiligungscafé Nord"),
        starts_at=timezone.make_aware(datetime.datetime(2024, 3, 5, 17, 0)),
        **extra,
    )


def add_contributions(version, event, n, *, start=0):
    return [
        contribution_create(
            version=version,
            event=event,
            source=ContributionSource.CARD,
            text=f"Karte {start + i}: Mehr Sprachkurse am Abend",
        )
        for i in range(n)
    ]


@pytest.fixture
def pworld(world):
    world.event = make_event(world.version)
    world.contribution = add_contributions(world.version, world.event, 1)[0]
    world.online = contribution_create(
        version=world.version,
        source=ContributionSource.ONLINE,
        text="Bitte mehr Informationen in einfacher Sprache.",
        with_reference_code=True,
    )
    from kompass.participation.services import contribution_decide

    world.decision = contribution_decide(
        contribution=world.online,
        outcome="adopted",
        reason="Aufgenommen in das Ziel.",
        goal=world.goal,
        acting_user=world.users["coordination"],
    )
    from kompass.participation.models import Consultation, DraftComment

    world.consultation = Consultation.objects.create(
        municipality=world.town,
        version=world.version,
        title="Entwurf zur Diskussion",
        opens_on=timezone.localdate(),
        is_public=True,
    )
    # created directly, without its contribution: the counts of the triage tests stay as they are
    world.draft_comment = DraftComment.objects.create(
        municipality=world.town,
        consultation=world.consultation,
        goal=world.goal,
        text="Bitte konkreter.",
        author=world.users["steering_group"],
    )
    world.foreign_event = make_event(
        __import__("tests.factories", fromlist=["VersionFactory"]).VersionFactory(
            concept__municipality=world.other_town
        )
    )
    return world
