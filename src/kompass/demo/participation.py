"""Musterstadt's participation 2023: seven events of five formats, 150 contributions, answers.

The texts are in ``data/musterstadt/participation.yaml``. Cards are entered through the same
parser and service as the bulk-entry page; decisions go through ``contribution_decide``. Most
contributions have an answer linked to a goal or measure of the version; the late online
contributions are still open.
"""

import datetime
import random

from django.db.models import F
from django.utils import timezone

from kompass.concepts.models import ConceptVersion, TargetGroup
from kompass.core.services import object_save
from kompass.measures.models import Measure
from kompass.participation.cards import parse_cards
from kompass.participation.models import (
    Contribution,
    ContributionSource,
    ParticipationEvent,
    ParticipationFormat,
    ParticipationLevel,
)
from kompass.participation.services import (
    cards_save,
    contribution_create,
    contribution_decide,
    contribution_merge,
    event_document,
    online_form_switch,
    response_publish,
)

from . import content as data

PARTICIPATION = data.read("musterstadt/participation")


def _at(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def _card_lines(rng, codes, capture, count):
    lines, places = [], PARTICIPATION["places"].get(capture)
    for index in range(count):
        if places and index % 6 == 0:
            lines.append(places[(index // 6) % len(places)])  # a new flip-chart
        code = rng.choice(codes)
        kind, text = rng.choice(PARTICIPATION["topics"][code])
        lines.append(f"#{code} {kind} {text}{rng.choice(PARTICIPATION['suffixes'])}")
    return "\n".join(lines)


def build_participation(town, *, users, acting_user):
    """Events, reach, cards, online contributions, decisions and published answers."""
    rng = random.Random(2023)
    version = ConceptVersion.objects.get(
        municipality=town, concept__title=data.MUSTERSTADT_CONCEPT["title"], number=1
    )
    coordinator = users.get("koordination", acting_user)
    facilitator = users.get("prozessbegleitung", acting_user)
    groups = {g.name: g for g in TargetGroup.objects.available_to(town)}
    formats = {f.code: f for f in ParticipationFormat.objects.filter(municipality__isnull=True)}
    fields = list(version.fields.select_related("catalogue_entry"))
    from kompass.participation.cards import field_codes

    all_codes = field_codes(fields)
    codes = [code for code in PARTICIPATION["topics"] if code in all_codes]
    shared = PARTICIPATION["event"]
    events = []
    for spec in PARTICIPATION["events"]:
        fmt = formats[spec["format"]]
        starts_at = _at(spec["starts_at"])
        event = object_save(
            ParticipationEvent(
                municipality=town,
                version=version,
                format=fmt,
                title=spec["title"],
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=3),
                place=spec["place"],
                accessibility=shared["accessibility"],
                languages=shared["languages"],
                interpreting=shared["interpreting"],
                childcare=spec.get("childcare", False),
                invitation_text=shared["invitation_text"].format(title=spec["title"]),
                invitation_easy_language=shared["invitation_easy_language"],
                structure_notes=shared["table_notes"] if fmt.capture == "tables" else "",
                published=True,
            ),
            acting_user=facilitator,
            m2m={"invited_target_groups": [groups[name] for name in spec["invited"]]},
        )
        event_document(
            event=event,
            counts={groups[name]: count for name, count in spec["reach"].items()},
            participant_count=spec["participants"],
            level=ParticipationLevel[spec["level"].upper()],
            documentation=shared["documentation"],
            acting_user=facilitator,
        )
        text = _card_lines(rng, codes, fmt.capture, 20)
        parsed = parse_cards(text, capture=fmt.capture, fields=fields)
        cards_save(event=event, parsed=parsed, acting_user=facilitator)
        events.append(event)

    field_by_code = {code: all_codes[code] for code in codes}
    for number, (code, text) in enumerate(PARTICIPATION["online"]):
        contribution_create(
            version=version,
            source=ContributionSource.ONLINE,
            text=text,
            kind="idea" if number % 2 else "need",
            field=field_by_code.get(code),
            with_reference_code=True,
        )

    _decide(version, rng, coordinator)
    for event in events[:6]:
        response_publish(acting_user=coordinator, publish=True, event=event)
    response_publish(acting_user=coordinator, publish=True, version=version)
    online_form_switch(acting_user=coordinator, accept=True, version=version)
    _consultation(town, version, users, coordinator)


def _decide(version, rng, coordinator):
    """Answer most contributions, linked to a goal or measure of their field; merge duplicates."""
    goals_by_field, measures_by_field = {}, {}
    for goal in version.goals.all():
        goals_by_field.setdefault(goal.field_id, []).append(goal)
    for measure in Measure.objects.filter(version=version):
        measures_by_field.setdefault(measure.field_id, []).append(measure)
    contributions = list(
        Contribution.objects.filter(version=version).order_by(
            F("event__starts_at").asc(nulls_last=True), "position", "pk"
        )
    )
    seen = {}
    for index, contribution in enumerate(contributions):
        # the same card twice at one event: merged, sharing the answer
        key = (contribution.event_id, contribution.text)
        if key in seen and contribution.event_id:
            contribution_merge(duplicate=contribution, into=seen[key], acting_user=coordinator)
            continue
        seen[key] = contribution
        # the last online contributions arrived after the answers were written
        if contribution.event_id is None and index >= len(contributions) - 4:
            continue
        if index % 17 == 5:
            continue
        roll = rng.random()
        outcome = "adopted" if roll < 0.55 else "partly" if roll < 0.8 else "not_adopted"
        target = {}
        if outcome != "not_adopted":
            measures = measures_by_field.get(contribution.field_id) or []
            goals = goals_by_field.get(contribution.field_id) or []
            if measures and (rng.random() < 0.5 or not goals):
                target["measure"] = rng.choice(measures)
            elif goals:
                target["goal"] = rng.choice(goals)
            else:
                outcome = "not_adopted"
        contribution_decide(
            contribution=contribution,
            outcome=outcome,
            reason=rng.choice(PARTICIPATION["reasons"][outcome]),
            acting_user=coordinator,
            **target,
        )


def _consultation(town, version, users, coordinator):
    """A closed consultation on the draft of 2023: ten comments with answers and a vote."""
    from kompass.participation import consultation as cs
    from kompass.participation.models import Consultation

    spec = PARTICIPATION["consultation"]
    consultation = object_save(
        Consultation(
            municipality=town,
            version=version,
            title=spec["title"],
            intro=spec["intro"],
            opens_on=timezone.localdate(),
            is_public=True,
        ),
        acting_user=coordinator,
    )
    goals = list(version.goals.order_by("level", "position", "pk"))
    measures = list(Measure.objects.filter(version=version).order_by("pk"))
    targets = {"goal": goals, "measure": measures}
    for item in spec["comments"]:
        kind, author, answer, outcome = (
            item["target"],
            item["author"],
            item["answer"],
            item["outcome"],
        )
        pool = targets[kind]
        if not pool:
            continue
        target = pool[item["index"] % len(pool)]
        comment = cs.comment_create(
            consultation=consultation,
            target_key=f"{kind}-{target.pk}",
            text=item["text"],
            acting_user=users.get(author) if author else None,
        )
        if author is None:
            cs.comment_moderate(comment=comment, publish=True, acting_user=coordinator)
        cs.comment_answer(comment=comment, answer=answer, acting_user=coordinator)
        contribution = Contribution.objects.get(
            source=ContributionSource.DRAFT_COMMENT, origin_id=comment.pk
        )
        contribution_decide(
            contribution=contribution,
            outcome=outcome,
            reason=answer,
            acting_user=coordinator,
            **({kind: target} if outcome != "not_adopted" else {}),
        )
    for username, (vote, remark) in spec["votes"].items():
        if username in users:
            cs.vote_record(
                consultation=consultation, user=users[username], vote=vote, remark=remark
            )
    # the comments arrived in September 2023 and were answered before the council decision
    for day, comment in enumerate(consultation.comments.order_by("pk"), start=5):
        received = timezone.make_aware(datetime.datetime(2023, 9, day, 10, 0))
        type(comment).objects.filter(pk=comment.pk).update(
            created_at=received, answered_at=received + datetime.timedelta(days=21)
        )
    consultation.votes.update(voted_at=timezone.make_aware(datetime.datetime(2023, 10, 5, 12)))
    Consultation.objects.filter(pk=consultation.pk).update(
        opens_on=datetime.date(2023, 9, 4),
        closes_on=datetime.date(2023, 10, 6),
        closed_at=timezone.make_aware(datetime.datetime(2023, 10, 6, 18, 0)),
    )
