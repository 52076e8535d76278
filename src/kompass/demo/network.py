"""Musterstadt's network of actors and its bodies: invented relations, members and resolutions.

Two surveys of the participatory network analysis (2023 at the start of the process, 2025
in the workshop after two years of implementation) show a network that has grown: new
links of the migrant organisations, the mosque community in the interreligious dialogue,
the Ukrainian association connected through the welcome initiative. A few actors stay
without any relation. The persons in the bodies are invented; no real person is named.
The content is in ``data/musterstadt/network.yaml``; surveys, relations, bodies and their
members go through the services of the network and bodies screens.
"""

import datetime

from kompass.actors.models import Actor, ActorRelation, NetworkSurvey
from kompass.actors.network_services import network_survey_save, network_survey_save_relations
from kompass.bodies.models import Body, BodyMembership, Resolution
from kompass.bodies.services import body_save
from kompass.concepts.models import ConceptVersion
from kompass.core.services import ChildRows, object_save

from .content import read

NETWORK = read("musterstadt/network")


def _date(value):
    return datetime.date.fromisoformat(value)


def build_network(town, *, acting_user):
    """Two surveys of Musterstadt's network (2023 and 2025), the second built on the first."""
    by_name = {a.name: a for a in Actor.objects.filter(municipality=town)}
    actors = {key: by_name[name] for key, name in NETWORK["actors"].items()}
    surveys = []
    for spec in NETWORK["surveys"]:
        survey = network_survey_save(
            survey=NetworkSurvey(
                municipality=town,
                title=spec["title"],
                surveyed_on=_date(spec["surveyed_on"]),
                method=spec["method"],
                notes=spec.get("notes", ""),
            ),
            copy_from=surveys[-1] if surveys else None,
            acting_user=acting_user,
        )
        copied = {(r.source_id, r.target_id, r.kind): r for r in survey.relations.all()}

        def relation_key(source, target, kind, *_strength):
            return (actors[source].pk, actors[target].pk, kind)

        stronger = []
        for row in spec.get("stronger", []):
            relation = copied[relation_key(*row)]
            relation.strength = row[3]
            stronger.append(relation)
        network_survey_save_relations(
            survey=survey,
            relations=ChildRows(
                changed=stronger
                + [
                    ActorRelation(
                        source=actors[source], target=actors[target], kind=kind, strength=strength
                    )
                    for source, target, kind, strength in spec["relations"]
                ],
                deleted=[copied[relation_key(*row)] for row in spec.get("lost", [])],
            ),
            acting_user=acting_user,
        )
        surveys.append(survey)
    return surveys


def build_bodies(town, *, acting_user, users):
    """Council, committee, integration advisory council and steering group with resolutions."""
    actors = {a.name: a for a in Actor.objects.filter(municipality=town)}
    version = ConceptVersion.objects.filter(municipality=town).order_by("number").first()
    members = {
        "steuerung": [
            BodyMembership(
                person_name=spec["name"],
                user=users.get(spec["user"]) if "user" in spec else None,
                function=spec["function"],
                organisation=spec.get("organisation", ""),
                actor=actors[NETWORK["actors"][spec["actor"]]] if "actor" in spec else None,
                since=_date(spec["since"]),
            )
            for spec in NETWORK["steering_group"]
        ]
    }
    bodies = {
        key: body_save(
            body=Body(
                municipality=town,
                kind=spec["kind"],
                name=spec["name"],
                seats=spec["seats"],
                description=spec["task"],
            ),
            members=ChildRows(changed=members.get(key, [])),
            acting_user=acting_user,
        )
        for key, spec in NETWORK["bodies"].items()
    }
    for spec in NETWORK["resolutions"]:
        votes_yes, votes_no, votes_abstain = spec["votes"]
        object_save(
            Resolution(
                municipality=town,
                body=bodies[spec["body"]],
                date=_date(spec["date"]),
                subject=spec["subject"],
                kind=spec["kind"],
                outcome=spec["outcome"],
                votes_yes=votes_yes,
                votes_no=votes_no,
                votes_abstain=votes_abstain,
                concept_version=version,
                reference=spec["reference"],
                paper_url=NETWORK["paper_url"].format(spec["paper"]),
            ),
            acting_user=acting_user,
        )
    return bodies


def build(town, *, acting_user, users=None):
    """Musterstadt's network surveys, bodies with members and resolutions."""
    build_network(town, acting_user=acting_user)
    build_bodies(town, acting_user=acting_user, users=users or {})
