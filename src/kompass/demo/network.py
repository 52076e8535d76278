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


def build(town, *, acting_user):
    """Musterstadt's network surveys (and, once loaded, its bodies and resolutions)."""
    build_network(town, acting_user=acting_user)
