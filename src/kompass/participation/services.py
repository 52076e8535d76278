"""Operations on events, contributions and their answers; each runs in one transaction."""

import secrets

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .cards import ParsedCards
from .models import (
    AdoptionOverride,
    Contribution,
    ContributionDecision,
    ContributionSource,
    EventReach,
    Outcome,
    ParticipationEvent,
    VersionParticipation,
)
from .selectors import open_contributions

# No 0/O, 1/I/L: a code read aloud or copied from paper is still found.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_reference_code() -> str:
    """An unguessable short code (31^8 ≈ 8.5·10^11 possibilities)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(value: str) -> str:
    """What a person typed, as stored: upper case, without spaces and dashes."""
    return "".join(ch for ch in value.upper() if ch.isalnum())


@transaction.atomic
def contribution_create(
    *,
    version,
    text: str,
    source: str,
    acting_user=None,
    event=None,
    kind: str = "",
    field=None,
    origin=None,
    with_reference_code: bool = False,
    **place,
) -> Contribution:
    """Record one contribution of a version (online, survey answer, draft comment, card).

    Surveys and the draft consultation call this with ``origin`` set to the object the
    contribution came from. Online contributions get a reference code for the public look-up.
    """
    if event is not None and event.version_id != version.pk:
        raise ValidationError(_("The event belongs to another concept version."))
    if field is not None and field.version_id != version.pk:
        raise ValidationError(_("The field of action belongs to another concept version."))
    contribution = Contribution(
        municipality_id=version.municipality_id,
        version=version,
        event=event,
        source=source,
        kind=kind,
        text=text.strip(),
        field=field,
        created_by=acting_user if getattr(acting_user, "is_authenticated", False) else None,
        **place,
    )
    if origin is not None:
        contribution.origin = origin
    contribution.full_clean(exclude=["reference_code"])
    contribution._history_user = contribution.created_by
    if not with_reference_code:
        contribution.save()
        return contribution
    for _attempt in range(5):
        contribution.reference_code = new_reference_code()
        try:
            with transaction.atomic():
                contribution.save()
            return contribution
        except IntegrityError:
            contribution.pk = None
    raise RuntimeError("no free reference code")  # pragma: no cover - 31^8 codes


@transaction.atomic
def cards_save(*, event: ParticipationEvent, parsed: ParsedCards, acting_user) -> list:
    """Save all parsed cards of an event, or none: refuses while any line has an error."""
    if not parsed.ok:
        raise ValidationError(_("The cards have errors; nothing has been saved."))
    start = (event.contributions.aggregate(m=Max("position"))["m"] or 0) + 1
    contributions = [
        Contribution(
            municipality_id=event.municipality_id,
            version_id=event.version_id,
            event=event,
            source=ContributionSource.CARD,
            kind=card.kind,
            text=card.text,
            field=card.field,
            phase=card.phase,
            table_number=card.table_number,
            round_number=card.round_number,
            room=card.room,
            position=start + offset,
            created_by=acting_user,
        )
        for offset, card in enumerate(parsed.cards)
    ]
    created = Contribution.objects.bulk_create(contributions, batch_size=500)
    Contribution.history.bulk_history_create(created, default_user=acting_user)
    return created


@transaction.atomic
def contribution_merge(*, duplicate: Contribution, into: Contribution, acting_user) -> Contribution:
    """Absorb ``duplicate`` into ``into``: it keeps its text and its link, and shares the answer."""
    while into.merged_into_id:  # merge into the surviving contribution, never into a chain
        into = into.merged_into
    if duplicate.pk == into.pk:
        raise ValidationError(_("A contribution cannot be merged into itself."))
    if duplicate.version_id != into.version_id:
        raise ValidationError(_("Only contributions of the same concept version can be merged."))
    Contribution.objects.filter(merged_into=duplicate).update(merged_into=into)
    duplicate.merged_into = into
    duplicate._history_user = acting_user
    duplicate.save(update_fields=["merged_into"])
    return into


@transaction.atomic
def contribution_unmerge(*, contribution: Contribution, acting_user) -> Contribution:
    contribution.merged_into = None
    contribution._history_user = acting_user
    contribution.save(update_fields=["merged_into"])
    return contribution


@transaction.atomic
def contribution_decide(
    *, contribution: Contribution, outcome: str, reason: str, acting_user, goal=None, measure=None
) -> ContributionDecision:
    """Record what became of a contribution: adopted (partly) into a goal or measure, or why not.

    An adopted or partly adopted contribution names the goal or measure it shaped; every
    decision gives a reason, because the public reads it in the response table.
    """
    if contribution.merged_into_id:
        raise ValidationError(
            _("This contribution has been merged; decide on the contribution it was merged into.")
        )
    if goal is not None and measure is not None:
        raise ValidationError(_("Choose either a goal or a measure, not both."))
    target = goal or measure
    if outcome in {Outcome.ADOPTED, Outcome.PARTLY} and target is None:
        raise ValidationError({"target": _("Name the goal or measure the contribution went into.")})
    if target is not None and target.version_id != contribution.version_id:
        raise ValidationError({"target": _("The goal or measure belongs to another version.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Please give a reason; the public will read it.")})
    decision = ContributionDecision(
        municipality_id=contribution.municipality_id,
        contribution=contribution,
        outcome=outcome,
        goal=goal,
        measure=measure,
        reason=reason.strip(),
        decided_by=acting_user,
    )
    decision.full_clean()
    decision._history_user = acting_user
    decision.save()
    return decision


@transaction.atomic
@transaction.atomic
def event_document(
    *, event: ParticipationEvent, counts: dict, participant_count, level, documentation, acting_user
) -> ParticipationEvent:
    """Record the outcome of an event: anonymous counts per target group, participants, level."""
    event.participant_count = participant_count
    event.level = level
    event.documentation = documentation
    event._history_user = acting_user
    event.save(update_fields=["participant_count", "level", "documentation"])
    EventReach.objects.filter(event=event).exclude(target_group__in=list(counts)).delete()
    for group, count in counts.items():
        EventReach.objects.update_or_create(
            event=event,
            target_group=group,
            defaults={"count": count, "municipality_id": event.municipality_id},
        )
    return event


def version_participation(version) -> VersionParticipation:
    """The participation settings of a version (created on first use)."""
    settings, _created = VersionParticipation.objects.get_or_create(
        version=version, defaults={"municipality_id": version.municipality_id}
    )
    return settings


@transaction.atomic
def response_publish(*, acting_user, publish: bool, event=None, version=None):
    """Publish (or withdraw) the response table of an event or of the whole version."""
    when = timezone.now() if publish else None
    if event is not None:
        event.response_published_at = when
        event._history_user = acting_user
        event.save(update_fields=["response_published_at"])
        return event
    settings = version_participation(version)
    settings.response_published_at = when
    settings._history_user = acting_user
    settings.save(update_fields=["response_published_at"])
    return settings


@transaction.atomic
def online_form_switch(*, acting_user, accept: bool, event=None, version=None):
    """Open or close the public form for online contributions of an event or the version."""
    if event is not None:
        event.accepts_online_contributions = accept
        event._history_user = acting_user
        event.save(update_fields=["accepts_online_contributions"])
        return event
    settings = version_participation(version)
    settings.accepts_online_contributions = accept
    settings._history_user = acting_user
    settings.save(update_fields=["accepts_online_contributions"])
    return settings


def adoption_guard(*, version, override: bool, override_reason: str, acting_user) -> None:
    """The adoption guard: a version is adopted only when every contribution has an answer.

    The coordinator may adopt anyway by confirming an override with a written reason; the
    override is logged with who, when, why and how many contributions were still open.
    """
    count = open_contributions(version).count()
    if not count:
        return
    if not override:
        raise ValidationError(
            _(
                "%(count)s contributions of this version have no decision yet. Every contribution "
                "gets an answer before adoption – or confirm the adoption anyway with a reason."
            )
            % {"count": count}
        )
    if not override_reason.strip():
        raise ValidationError(_("Please give a reason for adopting despite open contributions."))
    AdoptionOverride.objects.create(
        municipality_id=version.municipality_id,
        version=version,
        acting_user=acting_user,
        reason=override_reason.strip(),
        open_contributions=count,
    )
