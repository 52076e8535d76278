"""Musterstadt's participation 2023: seven events of five formats, 150 contributions, answers.

Cards are entered through the same parser and service as the bulk-entry page; decisions
go through ``contribution_decide``. Most contributions have an answer linked to a goal or
measure of the version; the late online contributions are still open.
"""

import datetime
import random

from django.db.models import F
from django.utils import timezone

from kompass.concepts.models import ConceptVersion, TargetGroup
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

EVENTS = [
    {
        "format": "kick-off",
        "title": "Auftaktveranstaltung „Musterstadt für alle“",
        "when": (2023, 2, 15, 18),
        "place": "Bürgerhaus Mitte, großer Saal",
        "level": ParticipationLevel.INFORMATION,
        "participants": 140,
        "reach": {"Stadtbevölkerung": 80, "Politik": 12, "Verwaltung": 20, "Vereine": 18},
        "invited": ["Stadtbevölkerung", "Politik", "Verwaltung", "Vereine", "Unternehmen"],
        "header": "",
    },
    {
        "format": "zukunftswerkstatt",
        "title": "Zukunftswerkstatt „Zusammenleben 2030“",
        "when": (2023, 3, 18, 10),
        "place": "Volkshochschule, Räume 1–3",
        "level": ParticipationLevel.CODETERMINATION,
        "participants": 26,
        "reach": {
            "Migrant*innenorganisationen": 6,
            "Wohlfahrtsverbände": 5,
            "Religions-/Glaubensgemeinschaften": 4,
            "Verwaltung": 6,
            "Initiativen": 5,
        },
        "invited": [
            "Migrant*innenorganisationen",
            "Wohlfahrtsverbände",
            "Religions-/Glaubensgemeinschaften",
            "Verwaltung",
            "Initiativen",
        ],
        "header": "@kritik",
    },
    {
        "format": "beteiligungscafe",
        "title": "Beteiligungscafé Nordstadt",
        "when": (2023, 4, 20, 16),
        "place": "Stadtteilzentrum Nordstadt",
        "level": ParticipationLevel.HEARING,
        "participants": 48,
        "reach": {"Stadtbevölkerung": 30, "Stadtteilzentren": 4, "Schulen": 6, "Frauen": 14},
        "invited": ["Stadtbevölkerung", "Stadtteilzentren", "Schulen", "Kindertageseinrichtungen"],
        "header": "@T1R1",
    },
    {
        "format": "stadtgespraech",
        "title": "Stadtgespräch mit sechs Dialogräumen",
        "when": (2023, 5, 25, 17),
        "place": "Rathaus, Foyer und Sitzungsräume",
        "level": ParticipationLevel.CODETERMINATION,
        "participants": 72,
        "reach": {
            "Stadtbevölkerung": 40,
            "Vereine": 10,
            "Beratungsstellen": 6,
            "Interessenvertretungen und Beiräte": 7,
            "Kammern": 3,
        },
        "invited": [
            "Stadtbevölkerung",
            "Vereine",
            "Beratungsstellen",
            "Interessenvertretungen und Beiräte",
            "Kammern",
            "Wirtschaftsförderung",
        ],
        "header": "@Bildung",
    },
    {
        "format": "workshop",
        "title": "Jugendworkshop „Unsere Stadt“",
        "when": (2023, 6, 14, 15),
        "place": "Jugendzentrum am Park",
        "level": ParticipationLevel.SELF_DETERMINATION,
        "participants": 19,
        "reach": {"junge Menschen": 19},
        "invited": ["junge Menschen", "Schulen"],
        "header": "",
    },
    {
        "format": "beteiligungscafe",
        "title": "Beteiligungscafé im Frauencafé",
        "when": (2023, 7, 6, 10),
        "place": "Frauencafé Südstadt (barrierefrei, Kinderbetreuung)",
        "level": ParticipationLevel.HEARING,
        "participants": 23,
        "reach": {"Frauen": 21, "Geflüchtete": 4},
        "invited": ["Frauen", "Geflüchtete", "ältere Menschen"],
        "header": "@T1R1",
    },
    {
        "format": "infostand",
        "title": "Infostand auf dem Wochenmarkt",
        "when": (2023, 8, 12, 9),
        "place": "Marktplatz",
        "level": ParticipationLevel.INFORMATION,
        "participants": 60,
        "reach": {"Stadtbevölkerung": 55, "ältere Menschen": 5},
        "invited": ["Stadtbevölkerung", "ältere Menschen"],
        "header": "",
    },
]

# Card texts per field of action (short code): variations are combined from these.
TOPICS = {
    "bildung": [
        ("!bedarf", "Mehr Sprachkurse am Abend für Berufstätige"),
        ("!idee", "Lernpatenschaften zwischen älteren und jüngeren Schülerinnen und Schülern"),
        ("!kritik", "Elternbriefe der Schulen sind nur auf Deutsch"),
        ("!vorschlag", "Kita-Plätze mit Sprachförderung im Stadtteil ausbauen"),
        ("!frage", "Wer berät Eltern bei der Schulwahl in ihrer Sprache?"),
        ("!idee", "Hausaufgabenhilfe in der Stadtbibliothek"),
    ],
    "arbeit": [
        ("!bedarf", "Schnellere Anerkennung ausländischer Berufsabschlüsse"),
        ("!vorschlag", "Ausbildungsmesse gemeinsam mit Migrant*innenorganisationen"),
        ("!kritik", "Praktikumsplätze werden zu selten an Geflüchtete vergeben"),
        ("!idee", "Mentoring durch Unternehmerinnen und Unternehmer vor Ort"),
    ],
    "wohnen": [
        ("!kritik", "Zu wenig bezahlbarer Wohnraum für große Familien"),
        ("!idee", "Nachbarschaftsfest in jedem Stadtteil"),
        ("!vorschlag", "Begegnungsräume in der Nordstadt öffnen"),
        ("!bedarf", "Mehrsprachige Hausordnungen und Ansprechpersonen"),
    ],
    "jugend": [
        ("!bedarf", "Treffpunkte für Jugendliche am Abend"),
        ("!idee", "Jugendbeirat mit eigenem Budget"),
        ("!vorschlag", "Mehrsprachige Beratung im Jugendzentrum"),
        ("!kritik", "Freizeitangebote sind in der Südstadt kaum bekannt"),
    ],
    "gesundheit": [
        ("!bedarf", "Dolmetschende bei Arztbesuchen"),
        ("!idee", "Gesundheitslotsinnen und -lotsen aus den Communities"),
        ("!frage", "Wo gibt es psychologische Beratung in anderen Sprachen?"),
    ],
    "kultur": [
        ("!idee", "Interkulturelle Woche mit Vereinen und Gemeinden"),
        ("!vorschlag", "Sportvereine öffnen Schnuppertrainings für Neuzugewanderte"),
        ("!kritik", "Religiöse Feste sind in der Stadt kaum sichtbar"),
    ],
    "interkulturelle": [
        ("!kritik", "Formulare der Verwaltung sind schwer verständlich"),
        ("!vorschlag", "Schulungen zur interkulturellen Kompetenz für alle Ämter"),
        ("!bedarf", "Informationen der Stadt in einfacher Sprache"),
        ("!idee", "Mehrsprachige Sprechstunde im Bürgerbüro"),
    ],
    "teilhabe": [
        ("!idee", "Patenschaften für das erste Jahr in Musterstadt"),
        ("!vorschlag", "Integrationsbeirat stärker in Entscheidungen einbeziehen"),
        ("!kritik", "Erfahrungen mit Diskriminierung werden nicht ernst genommen"),
        ("!bedarf", "Eine Anlaufstelle bei Diskriminierung"),
    ],
}
SUFFIXES = [
    "",
    ", vor allem in der Nordstadt",
    ", auch am Wochenende",
    " – gemeinsam mit den Vereinen",
    ", gut erreichbar mit Bus und Bahn",
    " (mehrfach genannt)",
]
ONLINE_TEXTS = [
    ("interkulturelle", "Ich wünsche mir mehr Informationen der Stadt in einfacher Sprache."),
    ("bildung", "Bitte Sprachkurse auch für Mütter mit kleinen Kindern anbieten."),
    ("wohnen", "Ein Begegnungscafé im Stadtteil wäre schön."),
    ("interkulturelle", "Die Öffnungszeiten des Bürgerbüros sind für Berufstätige schwierig."),
    ("kultur", "Mehr Sportangebote für Mädchen."),
    ("jugend", "Eine App mit allen Beratungsangeboten in mehreren Sprachen."),
    ("arbeit", "Beratung zur Anerkennung von Abschlüssen auch am Samstag."),
    ("teilhabe", "Mehr Menschen mit Einwanderungsgeschichte im Integrationsbeirat."),
    ("gesundheit", "Informationen zu Vorsorgeuntersuchungen in mehreren Sprachen."),
    ("bildung", "Elternabende mit Sprachmittlung in den Kitas."),
]
REASONS = {
    "adopted": [
        "In das Ziel übernommen; die Umsetzung ist als Maßnahme geplant.",
        "Aufgenommen: Die Maßnahme setzt genau diesen Vorschlag um.",
        "Übernommen und mit dem Fachamt abgestimmt.",
    ],
    "partly": [
        "Teilweise übernommen: zunächst in einem Stadtteil als Pilot.",
        "Im Ziel berücksichtigt; der Umfang hängt von Fördermitteln ab.",
    ],
    "not_adopted": [
        "Liegt nicht in der Zuständigkeit der Stadt; an den Landkreis weitergegeben.",
        "Wird bereits durch ein bestehendes Angebot abgedeckt; wir machen es bekannter.",
        "Derzeit nicht finanzierbar; für die Fortschreibung vorgemerkt.",
    ],
}
PLACES = {
    "phases": ["@kritik", "@fantasie", "@verwirklichung"],
    "tables": ["@T1R1", "@T2R1", "@T3R2", "@T4R2"],
    "rooms": ["@Bildung", "@Arbeit", "@Wohnen", "@Jugend", "@Kultur", "@Offen"],
}


def _at(parts):
    return timezone.make_aware(datetime.datetime(*parts))


def _card_lines(rng, codes, capture, count):
    lines, places = [], PLACES.get(capture)
    for index in range(count):
        if places and index % 6 == 0:
            lines.append(places[(index // 6) % len(places)])  # a new flip-chart
        code = rng.choice(codes)
        kind, text = rng.choice(TOPICS[code])
        lines.append(f"#{code} {kind} {text}{rng.choice(SUFFIXES)}")
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
    codes = [code for code in TOPICS if code in all_codes]
    events = []
    for index, spec in enumerate(EVENTS):
        fmt = formats[spec["format"]]
        event = ParticipationEvent(
            municipality=town,
            version=version,
            format=fmt,
            title=spec["title"],
            starts_at=_at(spec["when"]),
            ends_at=_at(spec["when"]) + datetime.timedelta(hours=3),
            place=spec["place"],
            accessibility="Stufenloser Zugang, barrierefreies WC, Induktionsschleife auf Anfrage.",
            languages="Deutsch, Türkisch, Arabisch, Ukrainisch",
            interpreting="Gebärdensprache auf Anfrage; Sprachmittlerinnen und Sprachmittler vor Ort",
            childcare=index in {2, 5},
            invitation_text=(
                f"Wie wollen wir in Musterstadt zusammenleben? Zur Veranstaltung „{spec['title']}“ "
                "laden wir Sie herzlich ein. Ihre Ideen fließen in die Integrationsstrategie ein."
            ),
            invitation_easy_language=(
                "Wir machen einen Plan für gutes Zusammenleben in Musterstadt. "
                "Sie können mitreden. Kommen Sie zu unserem Treffen. Es kostet nichts."
            ),
            structure_notes=(
                "T1 Bildung – Gastgeberin: Amt für Schule und Bildung\n"
                "T2 Arbeit – Gastgeber: Jobcenter\nT3 Wohnen – Gastgeberin: Quartiersmanagement\n"
                "T4 Freizeit – Gastgeber: Stadtsportbund"
                if fmt.capture == "tables"
                else ""
            ),
            published=True,
        )
        event._history_user = facilitator
        event.save()
        event.invited_target_groups.set([groups[name] for name in spec["invited"]])
        event_document(
            event=event,
            counts={groups[name]: count for name, count in spec["reach"].items()},
            participant_count=spec["participants"],
            level=spec["level"],
            documentation="Fotoprotokoll der Pinnwände liegt vor; die Karten sind vollständig erfasst.",
            acting_user=facilitator,
        )
        text = _card_lines(rng, codes, fmt.capture, 20)
        parsed = parse_cards(text, capture=fmt.capture, fields=fields)
        cards_save(event=event, parsed=parsed, acting_user=facilitator)
        events.append(event)

    field_by_code = {code: all_codes[code] for code in codes}
    for number, (code, text) in enumerate(ONLINE_TEXTS):
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
            reason=rng.choice(REASONS[outcome]),
            acting_user=coordinator,
            **target,
        )


# (target kind, index among the version's goals or measures, author or None for the public,
#  comment, answer, outcome)
DRAFT_COMMENTS = [
    (
        "goal",
        0,
        "steuerung",
        "Das Ziel sollte messbar formuliert werden, mit Jahreszahl.",
        "Übernommen: Das Ziel nennt jetzt das Zieljahr 2027.",
        "adopted",
    ),
    (
        "goal",
        1,
        "rat",
        "Bitte die Elternarbeit ausdrücklich nennen.",
        "Teilweise übernommen: Elternarbeit ist als Unterziel ergänzt.",
        "partly",
    ),
    (
        "goal",
        2,
        "prozessbegleitung",
        "Hier fehlt die Perspektive der Jugendlichen.",
        "Übernommen: Das Jugendforum wird beteiligt.",
        "adopted",
    ),
    (
        "goal",
        3,
        None,
        "Wichtig wäre, dass auch ältere Menschen mitgedacht werden.",
        "Übernommen: Die Zielgruppe Seniorinnen und Senioren ist ergänzt.",
        "adopted",
    ),
    (
        "measure",
        0,
        "fachbereich-schule",
        "Die Maßnahme braucht mehr Personal als geplant.",
        "Nicht übernommen: Der Haushalt lässt keine zusätzliche Stelle zu; Prüfung 2025.",
        "not_adopted",
    ),
    (
        "measure",
        1,
        "steuerung",
        "Der Start sollte vorgezogen werden.",
        "Übernommen: Beginn ist jetzt das erste Quartal.",
        "adopted",
    ),
    (
        "measure",
        2,
        "rat",
        "Wer ist für die Umsetzung verantwortlich?",
        "Die Federführung liegt beim Amt für Schule und Bildung; das ist jetzt benannt.",
        "partly",
    ),
    (
        "measure",
        3,
        None,
        "Die Kurse bitte auch abends und am Wochenende anbieten.",
        "Übernommen: Abend- und Samstagskurse sind eingeplant.",
        "adopted",
    ),
    (
        "measure",
        4,
        "prozessbegleitung",
        "Kooperation mit den Migrant*innenorganisationen stärken.",
        "Übernommen: Die Organisationen sind als Partner genannt.",
        "adopted",
    ),
    (
        "goal",
        4,
        "steuerung",
        "Den Begriff „Integration“ bitte im Glossar erläutern.",
        "Nicht übernommen für dieses Ziel; das Glossar des Konzepts erläutert den Begriff.",
        "not_adopted",
    ),
]


def _consultation(town, version, users, coordinator):
    """A closed consultation on the draft of 2023: ten comments with answers and a vote."""
    from kompass.participation import consultation as cs
    from kompass.participation.models import Consultation

    consultation = Consultation.objects.create(
        municipality=town,
        version=version,
        title="Konsultation des Entwurfs 2023",
        intro="Die Steuerungsgruppe und die Teilnehmenden der Werkstätten kommentieren den "
        "Entwurf; die Öffentlichkeit ist eingeladen. Alle Kommentare erhalten eine Antwort.",
        opens_on=timezone.localdate(),
        is_public=True,
    )
    goals = list(version.goals.order_by("level", "position", "pk"))
    measures = list(Measure.objects.filter(version=version).order_by("pk"))
    targets = {"goal": goals, "measure": measures}
    for kind, index, author, text, answer, outcome in DRAFT_COMMENTS:
        pool = targets[kind]
        if not pool:
            continue
        target = pool[index % len(pool)]
        comment = cs.comment_create(
            consultation=consultation,
            target_key=f"{kind}-{target.pk}",
            text=text,
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
    votes = {
        "steuerung": ("approve", ""),
        "koordination": ("approve", ""),
        "rat": ("changes", "Zustimmung, wenn die Elternarbeit ergänzt wird."),
        "prozessbegleitung": ("approve", ""),
        "fachbereich-schule": ("changes", "Personalbedarf der Sprachkurse prüfen."),
        "fachbereich-jugend": ("approve", ""),
    }
    for username, (vote, remark) in votes.items():
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
