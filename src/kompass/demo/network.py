"""Musterstadt's network of actors and its bodies: invented relations, members and resolutions.

Two surveys of the participatory network analysis (2023 at the start of the process, 2025
in the workshop after two years of implementation) show a network that has grown: new
links of the migrant organisations, the mosque community in the interreligious dialogue,
the Ukrainian association connected through the welcome initiative. A few actors stay
without any relation. The persons in the bodies are invented; no real person is named.
"""

import datetime

from kompass.actors.models import Actor, ActorRelation, NetworkSurvey, RelationKind
from kompass.actors.network_services import network_survey_copy_relations
from kompass.bodies.models import (
    Body,
    BodyKind,
    BodyMembership,
    Outcome,
    Resolution,
    ResolutionKind,
)
from kompass.concepts.models import ConceptVersion

COOP, FUND, MEMBER, INFO = (
    RelationKind.COOPERATION,
    RelationKind.FUNDING,
    RelationKind.MEMBERSHIP,
    RelationKind.INFORMATION,
)

# Short keys for the demo actors of kompass.demo.actors
A = {
    "frauen": "Interkultureller Frauenverein Musterstadt e. V.",
    "dtkv": "Deutsch-Türkischer Kulturverein Nordstadt e. V.",
    "afrika": "Afrika-Forum Musterstadt e. V.",
    "ukraine": "Ukrainischer Verein Brücke e. V.",
    "caritas": "Caritasverband Musterland e. V.",
    "diakonie": "Diakonisches Werk Musterstadt",
    "awo": "AWO Kreisverband Musterland e. V.",
    "drk": "DRK Ortsverein Musterstadt",
    "ev": "Evangelische Kirchengemeinde Altstadt",
    "kath": "Katholische Pfarrei St. Martin",
    "moschee": "Moscheegemeinde Musterstadt e. V.",
    "gs": "Grundschule am Mühlbach",
    "ges": "Gesamtschule Nordstadt",
    "bs": "Berufliche Schulen Musterstadt",
    "kita": "Kita Regenbogen",
    "fz": "Familienzentrum Lindenhof",
    "tsv": "TSV Musterstadt 1890 e. V.",
    "eichenau": "Nachbarschaftsverein Eichenau e. V.",
    "firma": "Musterstädter Werkzeugbau GmbH",
    "ihk": "Industrie- und Handelskammer Musterland",
    "jc": "Jobcenter Musterstadt",
    "polizei": "Polizeistation Musterstadt",
    "beirat": "Integrationsbeirat der Stadt Musterstadt",
    "hs": "Hochschule Musterland, Fachbereich Soziale Arbeit",
    "vhs": "Volkshochschule Musterstadt",
    "bw": "Bildungswerk der Wirtschaft Musterland",
    "psz": "Psychosoziales Zentrum Musterland",
    "ads": "Antidiskriminierungsstelle Musterland",
    "willkommen": "Initiative Willkommen in Musterstadt",
    "repair": "Repair-Café Südviertel",
    "bib": "Stadtbibliothek Musterstadt",
    "qm": "Quartiersmanagement Nordstadt",
}

# 2023: the network at the start of the process
RELATIONS_2023 = [
    ("beirat", "frauen", INFO, 2), ("beirat", "dtkv", INFO, 2), ("beirat", "afrika", INFO, 1),
    ("frauen", "beirat", MEMBER, 2), ("dtkv", "beirat", MEMBER, 2),
    ("caritas", "jc", COOP, 3), ("caritas", "psz", COOP, 2), ("caritas", "drk", COOP, 2),
    ("caritas", "vhs", COOP, 2), ("caritas", "kath", MEMBER, 1), ("diakonie", "ev", COOP, 3),
    ("diakonie", "awo", INFO, 1), ("awo", "fz", COOP, 2), ("awo", "vhs", INFO, 1),
    ("drk", "willkommen", COOP, 2), ("ev", "kath", COOP, 2), ("ev", "willkommen", COOP, 2),
    ("vhs", "jc", COOP, 3), ("vhs", "frauen", COOP, 2), ("vhs", "bs", INFO, 1),
    ("jc", "bw", FUND, 3), ("jc", "bs", COOP, 2), ("ihk", "bw", COOP, 2), ("ihk", "bs", COOP, 2),
    ("firma", "ihk", MEMBER, 1), ("gs", "kita", COOP, 2), ("gs", "ges", INFO, 1),
    ("ges", "dtkv", COOP, 2), ("ges", "qm", COOP, 1), ("qm", "dtkv", COOP, 2), ("qm", "tsv", INFO, 1),
    ("qm", "fz", INFO, 1), ("kita", "fz", INFO, 1), ("tsv", "afrika", COOP, 1),
    ("bib", "vhs", COOP, 1), ("ads", "beirat", INFO, 1), ("polizei", "qm", INFO, 1),
]  # fmt: skip

# 2025: what the workshop changed (added or new strength) and what was no longer named
ADDED_2025 = [
    ("beirat", "moschee", INFO, 2), ("moschee", "ev", COOP, 2), ("moschee", "kath", COOP, 1),
    ("ukraine", "willkommen", COOP, 3), ("ukraine", "caritas", COOP, 2), ("ukraine", "vhs", COOP, 2),
    ("afrika", "hs", INFO, 1), ("frauen", "jc", COOP, 2), ("qm", "beirat", INFO, 2),
    ("ads", "frauen", COOP, 2), ("ads", "caritas", INFO, 1), ("gs", "frauen", COOP, 1),
    ("firma", "bs", COOP, 2), ("firma", "jc", COOP, 1), ("polizei", "beirat", INFO, 1),
    ("willkommen", "beirat", INFO, 2), ("fz", "frauen", COOP, 2), ("bib", "kita", COOP, 1),
]  # fmt: skip
STRONGER_2025 = [("beirat", "frauen", INFO, 3), ("qm", "dtkv", COOP, 3), ("tsv", "afrika", COOP, 2)]
LOST_2025 = [("awo", "vhs", INFO), ("gs", "ges", INFO)]


def _relations(survey, actors, rows, acting_user):
    created = []
    for source, target, kind, strength in rows:
        relation = ActorRelation(
            municipality=survey.municipality,
            survey=survey,
            source=actors[A[source]],
            target=actors[A[target]],
            kind=kind,
            strength=strength,
            recorded_on=survey.surveyed_on,
        )
        relation.full_clean()
        relation._history_user = acting_user
        relation.save()
        created.append(relation)
    return created


def build_network(town, *, acting_user):
    """Two surveys of Musterstadt's network (2023 and 2025), the second built on the first."""
    actors = {a.name: a for a in Actor.objects.filter(municipality=town)}
    first = NetworkSurvey(
        municipality=town,
        title="Netzwerkanalyse 2023",
        surveyed_on=datetime.date(2023, 6, 14),
        method="Workshop der Steuerungsgruppe mit 21 Teilnehmenden (Netzwerkkarte)",
    )
    first._history_user = acting_user
    first.full_clean()
    first.save()
    _relations(first, actors, RELATIONS_2023, acting_user)

    second = NetworkSurvey(
        municipality=town,
        title="Netzwerkanalyse 2025",
        surveyed_on=datetime.date(2025, 5, 7),
        method="Partizipative Netzwerkanalyse im Fachforum Integration, 34 Teilnehmende",
        notes="Aufbauend auf der Erhebung 2023; geänderte Beziehungen wurden gemeinsam nachgetragen.",
    )
    second._history_user = acting_user
    second.full_clean()
    second.save()
    network_survey_copy_relations(source=first, target=second, acting_user=acting_user)
    for source, target, kind in LOST_2025:
        second.relations.filter(
            source=actors[A[source]], target=actors[A[target]], kind=kind
        ).delete()
    for source, target, kind, strength in STRONGER_2025:
        second.relations.filter(
            source=actors[A[source]], target=actors[A[target]], kind=kind
        ).update(strength=strength)
    _relations(second, actors, ADDED_2025, acting_user)
    return first, second


# Bodies: (key, kind, name, seats, task)
BODIES = [
    ("svv", BodyKind.COUNCIL, "Stadtverordnetenversammlung Musterstadt", 45,
     "Beschließt über das Integrationskonzept und stellt die Mittel im Haushalt bereit."),
    ("ausschuss", BodyKind.COMMITTEE, "Ausschuss für Soziales und Integration", 13,
     "Berät die Vorlagen zum Integrationskonzept vor und gibt eine Beschlussempfehlung ab."),
    ("beirat", BodyKind.ADVISORY_COUNCIL, "Integrationsbeirat der Stadt Musterstadt", 11,
     "Vertritt die Interessen der Einwohnerinnen und Einwohner mit Einwanderungsgeschichte "
     "und gibt Stellungnahmen zu allen Vorlagen ab, die sie betreffen."),
    ("steuerung", BodyKind.STEERING_GROUP, "Steuerungsgruppe Integrationskonzept", None,
     "Steuert den Prozess: Verwaltung, Politik, Zivilgesellschaft und Migrant*innenorganisationen."),
]  # fmt: skip

# Steering group: (name, function, organisation or actor key, demo user)
STEERING_GROUP = [
    ("Dr. Helene Sommerfeld", "Vorsitz", "Erste Stadträtin, Dezernat für Soziales", None),
    ("", "Geschäftsführung", "Stabsstelle Integration", "koordination"),
    ("Jonas Brückner", "Mitglied", "Amt für Soziales und Integration", None),
    ("Aylin Demirtaş", "stellvertretender Vorsitz", "@beirat", None),
    ("Grace Mensah", "Mitglied", "@afrika", None),
    ("Petra Lindner", "Mitglied", "@caritas", None),
    ("Olena Koval", "Mitglied (seit 2024)", "@ukraine", None),
    ("Markus Feld", "Mitglied", "@jc", None),
    ("Sabine Roth", "Mitglied", "@vhs", None),
    ("Thomas Winterberg", "Mitglied", "Ausschuss für Soziales und Integration", None),
    ("Lea Hartmann", "beratend", "Prozessbegleitung, Büro Perspektive (extern)", None),
]

# Resolutions: (body key, date, subject, kind, outcome, votes, reference, paper number)
RESOLUTIONS = [
    ("svv", "2022-09-29", "Aufstellung eines Integrationskonzepts für Musterstadt",
     ResolutionKind.START, Outcome.ADOPTED, (41, 0, 4), "Vorlage 2022/215", "2022-215"),
    ("beirat", "2024-02-27", "Stellungnahme zum Entwurf des Integrationskonzepts 2024–2030",
     ResolutionKind.OTHER, Outcome.ADOPTED, (11, 0, 0), "Vorlage 2024/117", "2024-117"),
    ("ausschuss", "2024-03-05", "Beschlussempfehlung zum Integrationskonzept 2024–2030",
     ResolutionKind.OTHER, Outcome.ADOPTED, (9, 2, 2), "Vorlage 2024/117", "2024-117"),
    ("svv", "2024-03-21", "Beschluss des Integrationskonzepts Musterstadt 2024–2030",
     ResolutionKind.ADOPTION, Outcome.ADOPTED, (38, 4, 3), "Beschluss-Nr. 2024/117", "2024-117"),
]  # fmt: skip
PAPER_URL = "https://ris.musterstadt.example/oparl/v1.1/paper/{}"


def _save(obj, acting_user):
    obj._history_user = acting_user
    obj.full_clean()
    obj.save()
    return obj


def build_bodies(town, *, acting_user, users):
    """Council, committee, integration advisory council and steering group with resolutions."""
    actors = {a.name: a for a in Actor.objects.filter(municipality=town)}
    version = ConceptVersion.objects.filter(municipality=town).order_by("number").first()
    bodies = {}
    for key, kind, name, seats, task in BODIES:
        bodies[key] = _save(
            Body(municipality=town, kind=kind, name=name, seats=seats, description=task),
            acting_user,
        )
    for name, function, organisation, username in STEERING_GROUP:
        actor = actors[A[organisation[1:]]] if organisation.startswith("@") else None
        _save(
            BodyMembership(
                body=bodies["steuerung"],
                municipality=town,
                person_name=name,
                user=users.get(username) if username else None,
                function=function,
                organisation="" if actor else organisation,
                actor=actor,
                since=datetime.date(2024, 1, 1)
                if "2024" in function
                else datetime.date(2022, 11, 1),
            ),
            acting_user,
        )
    for body, date, subject, kind, outcome, votes, reference, paper in RESOLUTIONS:
        _save(
            Resolution(
                municipality=town,
                body=bodies[body],
                date=datetime.date.fromisoformat(date),
                subject=subject,
                kind=kind,
                outcome=outcome,
                votes_yes=votes[0],
                votes_no=votes[1],
                votes_abstain=votes[2],
                concept_version=version,
                reference=reference,
                paper_url=PAPER_URL.format(paper),
            ),
            acting_user,
        )
    return bodies


def build(town, *, acting_user, users=None):
    """Musterstadt's network surveys, bodies with members and resolutions."""
    build_network(town, acting_user=acting_user)
    build_bodies(town, acting_user=acting_user, users=users or {})
