"""Demo data: the fictitious Musterstadt, its county, Beispielheim and the demo accounts.

Everything here is invented. Goals follow the lists of seed 003, reworded in the
potential-oriented language of seeds 002 and 004: they speak of what people can do and
of barriers to remove, never of people's origin as a deficit. Dates are ISO strings;
``kompass.demo.management.commands.load_demo`` turns this data into objects.

A few gaps are deliberate so that the checks panel has realistic findings:
operative goals ``w-O2`` and ``v-O4`` have no target date, ``j-O2`` and ``v-O4`` no
indicator, ``a-O2`` no target group; measures ``a-M7`` and ``k-M5`` have no end date and
``g-M5`` has no budget line.
"""

import json

from kompass.concepts.models import Addressee, GoalKind, GoalLevel, Priority
from kompass.indicators.models import Direction, IndicatorKind
from kompass.measures.models import FundingSource, MeasureStatus, MeasureType, Novelty
from kompass.tenancy.models import MunicipalityKind, OrgUnitKind, Role

PASSWORD = "Demo-Passwort-2026!"

# ---------------------------------------------------------------------------
# Municipalities, units, districts, people
# ---------------------------------------------------------------------------

COUNTY = {
    "slug": "landkreis-musterland",
    "name": "Landkreis Musterland",
    "kind": MunicipalityKind.LANDKREIS,
    "ags": "06999000",
    "population": 182_400,
}

MUSTERSTADT = {
    "slug": "musterstadt",
    "name": "Musterstadt",
    "kind": MunicipalityKind.STADT,
    "ags": "06999001",
    "population": 45_000,
    # named on the flyer and in the press release as the contact
    "responsible_office": "Stabsstelle Integration, Rathaus Musterstadt",
}

BEISPIELHEIM = {
    "slug": "beispielheim",
    "name": "Beispielheim",
    "kind": MunicipalityKind.GEMEINDE,
    "ags": "06999002",
    "population": 12_150,
    "brand_colour": "#2e6b3f",  # the cover and headings of its concept document
    "responsible_office": "Bürgerbüro Beispielheim, Integration und Ehrenamt",
}

DEMO_SLUGS = [MUSTERSTADT["slug"], BEISPIELHEIM["slug"], COUNTY["slug"]]

# (name, abbreviation, kind)
ORG_UNITS = [
    ("Stabsstelle Integration", "StI", OrgUnitKind.STAFF_UNIT),
    ("Amt für Schule und Bildung", "Amt 40", OrgUnitKind.OFFICE),
    ("Kulturamt", "Amt 41", OrgUnitKind.OFFICE),
    ("Sozialamt", "Amt 50", OrgUnitKind.OFFICE),
    ("Jugendamt", "Amt 51", OrgUnitKind.OFFICE),
    ("Sportamt", "Amt 52", OrgUnitKind.OFFICE),
    ("Personal- und Organisationsamt", "Amt 10", OrgUnitKind.OFFICE),
    ("Bürgeramt", "Amt 33", OrgUnitKind.OFFICE),
    ("Amt für Stadtentwicklung", "Amt 61", OrgUnitKind.OFFICE),
    ("Amt für Wirtschaftsförderung", "Amt 80", OrgUnitKind.OFFICE),
    ("Jobcenter Musterstadt", "JC", OrgUnitKind.PARTNER),
    ("Gesundheitsamt Landkreis Musterland", "GA", OrgUnitKind.PARTNER),
]

# (code, name, population) — sums to the town's 45,000 inhabitants
DISTRICTS = [
    ("01", "Altstadt", 6_800),
    ("02", "Nordstadt", 9_400),
    ("03", "Am Mühlbach", 7_300),
    ("04", "Weststadt/Lindenhof", 8_600),
    ("05", "Südviertel", 7_100),
    ("06", "Eichenau", 5_800),
]
ALL_DISTRICTS = [code for code, _name, _population in DISTRICTS]

# Invented outlines (longitude, latitude in WGS 84): named corner points, and each district a
# ring of them, so that neighbouring districts share their borders exactly. The Altstadt
# lies in the middle, Eichenau is the green suburb in the south-east.
# fmt: off
CORNERS = {
    # the Altstadt
    "A1": (8.662, 50.092), "A2": (8.678, 50.095), "A3": (8.690, 50.089),
    "A4": (8.688, 50.079), "A5": (8.672, 50.075), "A6": (8.660, 50.081),
    # the town boundary, clockwise from the west
    "T1": (8.605, 50.078), "T2": (8.612, 50.100), "T3": (8.632, 50.113),
    "T4": (8.662, 50.119), "T5": (8.690, 50.117), "T6": (8.715, 50.108),
    "T7": (8.738, 50.095), "T8": (8.746, 50.078), "T9": (8.735, 50.060),
    "T10": (8.712, 50.051), "T11": (8.685, 50.049), "T12": (8.655, 50.054),
    "T13": (8.625, 50.062),
    # inner borders between the districts
    "N1": (8.645, 50.103), "N2": (8.703, 50.099), "E1": (8.708, 50.074),
    "E2": (8.700, 50.061), "W1": (8.640, 50.071),
}
# fmt: on
DISTRICT_OUTLINES = {
    "01": ["A1", "A6", "A5", "A4", "A3", "A2"],
    "02": ["A1", "A2", "A3", "N2", "T6", "T5", "T4", "T3", "N1"],
    "03": ["A3", "A4", "E1", "T8", "T7", "T6", "N2"],
    "04": ["A1", "N1", "T3", "T2", "T1", "T13", "W1", "A6"],
    "05": ["A6", "W1", "T13", "T12", "T11", "T10", "E2", "E1", "A4", "A5"],
    "06": ["E1", "E2", "T10", "T9", "T8"],
}


def district_shape(code: str) -> str:
    """The outline of a demo district as GeoJSON (a Polygon, outer ring counter-clockwise)."""
    ring = [list(CORNERS[name]) for name in DISTRICT_OUTLINES[code]]
    twice_area = sum(
        x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)
    )
    if twice_area < 0:
        ring.reverse()
    return json.dumps({"type": "Polygon", "coordinates": [[*ring, ring[0]]]})


# Invented people. ``memberships``: (municipality slug, role, org unit name or None).
USERS = [
    {
        "username": "koordination",
        "first_name": "Miriam",
        "last_name": "Musterfrau",
        "email": "koordination@musterstadt.example",
        "label": "Koordination (Stabsstelle Integration)",
        "memberships": [("musterstadt", Role.COORDINATION, "Stabsstelle Integration")],
    },
    {
        "username": "fachbereich-schule",
        "first_name": "Jonas",
        "last_name": "Beispielmann",
        "email": "fachbereich-schule@musterstadt.example",
        "label": "Verantwortliche Stelle (Amt für Schule und Bildung)",
        "memberships": [("musterstadt", Role.RESPONSIBLE_UNIT, "Amt für Schule und Bildung")],
    },
    {
        "username": "fachbereich-jugend",
        "first_name": "Aylin",
        "last_name": "Exempel",
        "email": "fachbereich-jugend@musterstadt.example",
        "label": "Verantwortliche Stelle (Jugendamt)",
        "memberships": [("musterstadt", Role.RESPONSIBLE_UNIT, "Jugendamt")],
    },
    {
        "username": "steuerung",
        "first_name": "Konrad",
        "last_name": "Probemann",
        "email": "steuerung@musterstadt.example",
        "label": "Steuerungsgruppe",
        "memberships": [("musterstadt", Role.STEERING_GROUP, None)],
    },
    {
        "username": "prozessbegleitung",
        "first_name": "Dana",
        "last_name": "Demoweg",
        "email": "prozessbegleitung@beratung.example",
        "label": "Externe Prozessbegleitung",
        "memberships": [("musterstadt", Role.FACILITATOR, None)],
    },
    {
        "username": "rat",
        "first_name": "Helga",
        "last_name": "Ratsmuster",
        "email": "rat@musterstadt.example",
        "label": "Stadtverordnete / Integrationsbeirat",
        "memberships": [("musterstadt", Role.COUNCIL, None)],
    },
    {
        "username": "programm",
        "first_name": "Tobias",
        "last_name": "Landesmuster",
        "email": "programm@ministerium.example",
        "label": "Programmkoordination WIR (Land)",
        "memberships": [],
        "programme_coordinator": True,
    },
    {
        "username": "admin",
        "first_name": "Adrian",
        "last_name": "Systemmann",
        "email": "admin@kompass.example",
        "label": "Administration der Installation",
        "memberships": [],
        "superuser": True,
    },
    {
        "username": "beispielheim",
        "first_name": "Paula",
        "last_name": "Beispielheimer",
        "email": "koordination@beispielheim.example",
        "label": "Koordination",
        "memberships": [
            ("beispielheim", Role.COORDINATION, "Fachbereich Soziales, Familie und Senioren")
        ],
    },
    {
        "username": "mehrfach",
        "first_name": "Sami",
        "last_name": "Zweistädter",
        "email": "mehrfach@beispielheim.example",
        "label": "Koordination bzw. Steuerungsgruppe",
        "memberships": [
            ("beispielheim", Role.COORDINATION, "Hauptamt"),
            ("musterstadt", Role.STEERING_GROUP, None),
        ],
    },
]
DEMO_USERNAMES = [user["username"] for user in USERS]

# Which account reports progress for the measures of a unit (default: coordination).
REPORTERS = {"Amt für Schule und Bildung": "fachbereich-schule", "Jugendamt": "fachbereich-jugend"}

# ---------------------------------------------------------------------------
# The concept, its vision and guidelines
# ---------------------------------------------------------------------------

CONCEPT = {
    "title": "Integrationskonzept Musterstadt 2024–2030",
    "kind_label": "Vielfalts- und Integrationskonzept",
    "period_start": 2024,
    "period_end": 2030,
    "adopted_on": "2024-03-21",
    "adopting_resolution": "Stadtverordnetenversammlung Musterstadt, Beschluss-Nr. 2024/117",
}

VISION = {
    "title": "Musterstadt – gemeinsam vielfältig",
    "text": (
        "Musterstadt ist eine offene Stadt, in der alle Menschen – unabhängig von Herkunft, "
        "Alter, Geschlecht, Religion, Behinderung oder sozialer Lage – gleichberechtigt am "
        "gesellschaftlichen, wirtschaftlichen, kulturellen und politischen Leben teilhaben. "
        "Vielfalt ist für uns Normalität und Stärke unserer Stadtgesellschaft. Verwaltung, Politik "
        "und Zivilgesellschaft gestalten das Zusammenleben gemeinsam, auf Augenhöhe und mit "
        "Respekt vor den unterschiedlichen Lebenswegen der Bürgerinnen und Bürger."
    ),
    "local_narrative": (
        "Musterstadt ist seit Jahrhunderten ein Ort des Ankommens. Als Markt- und Brückenstadt "
        "an der Muster zog sie Händlerinnen und Handwerker an; in den 1960er-Jahren kamen "
        "Arbeitskräfte für die Ziegelei und das Textilwerk am Mühlbach, später Spätaussiedlerinnen "
        "und Spätaussiedler, Studierende der Technischen Hochschule und seit 2015 viele Menschen, "
        "die hier Schutz gefunden haben. Heute leben rund 45.000 Menschen aus mehr als 110 "
        "Nationen in der Stadt, etwa ein Drittel von ihnen hat eine Einwanderungsgeschichte.\n\n"
        "Sie führen Betriebe in der Altstadt, trainieren Jugendmannschaften, sitzen in "
        "Elternbeiräten und Gemeindevorständen und tragen das Stadtfest „Musterstadt tischt auf“. "
        "Auf diesen Erfahrungen baut das Konzept auf. Es wurde zwischen 2022 und 2024 in "
        "Stadtgesprächen, Zukunftswerkstätten in allen sechs Stadtteilen, Fokusgruppen und einer "
        "Online-Befragung mit mehr als 1.200 Beteiligten gemeinsam erarbeitet."
    ),
}

# (title, text) in their order; goals refer to them by position 1..6
GUIDELINES = [
    (
        "Vielfalt als Stärke anerkennen",
        "Wir sehen die Vielfalt der Lebensentwürfe, Sprachen und Erfahrungen in Musterstadt als "
        "Potenzial für die Entwicklung der Stadt und machen sie sichtbar.",
    ),
    (
        "Chancengerechtigkeit von Anfang an",
        "Alle Kinder, Jugendlichen und Erwachsenen sollen ihre Fähigkeiten entfalten können. Wir "
        "bauen Zugangshürden in Bildung, Arbeit und Gesundheit ab.",
    ),
    (
        "Teilhabe und Mitgestaltung ermöglichen",
        "Bürgerinnen und Bürger gestalten ihre Stadt mit. Wir öffnen Gremien, Vereine und "
        "Beteiligungsverfahren für alle, die hier leben.",
    ),
    (
        "Zusammenleben in den Stadtteilen stärken",
        "Begegnung entsteht vor Ort. Wir fördern Nachbarschaften, in denen man sich kennt, "
        "unterstützt und Konflikte fair löst.",
    ),
    (
        "Eine Verwaltung für alle",
        "Die Stadtverwaltung ist Vorbild: diversitätsbewusst, gut erreichbar und verständlich. "
        "Ihr Personal spiegelt die Vielfalt der Stadtgesellschaft wider.",
    ),
    (
        "Gemeinsam gegen Diskriminierung",
        "Wir treten Rassismus und jeder Form von Diskriminierung entschieden entgegen und "
        "stärken Betroffene.",
    ),
]

# ---------------------------------------------------------------------------
# Fields of action and goals
# ---------------------------------------------------------------------------


def goal(
    key,
    level,
    title,
    *,
    description="",
    kind=GoalKind.IMPACT,
    addressee=Addressee.SOCIETY,
    groups=(),
    guidelines=(),
    target=None,
    children=(),
):
    return {
        "key": key,
        "level": level,
        "title": title,
        "description": description,
        "kind": kind,
        "addressee": addressee,
        "groups": list(groups),
        "guidelines": list(guidelines),
        "target": target,
        "children": list(children),
    }


def guiding(key, title, **kwargs):
    return goal(key, GoalLevel.GUIDING, title, **kwargs)


def strategic(key, title, **kwargs):
    return goal(key, GoalLevel.STRATEGIC, title, **kwargs)


def operative(key, title, **kwargs):
    return goal(key, GoalLevel.OPERATIVE, title, **kwargs)


ADMIN = Addressee.ADMINISTRATION
STRUCTURE = GoalKind.STRUCTURE
PROCESS = GoalKind.PROCESS

FIELDS = [
    {
        "key": "bildung",
        "name": "Bildung und Sprachförderung",
        "catalogue": "bildung-ausbildung",
        "priority": Priority.HIGH,
        "lead": "Amt für Schule und Bildung",
        "description": (
            "Frühe Bildung, Schule und Übergänge sowie Sprachbildung in allen Lebensphasen. "
            "Deutsch als gemeinsame Sprache wird gefördert, Mehrsprachigkeit wird als Ressource "
            "wertgeschätzt."
        ),
        "goals": [
            guiding(
                "b-L",
                "Alle Kinder, Jugendlichen und Erwachsenen in Musterstadt können ihre "
                "Bildungspotenziale entfalten – unabhängig vom Bildungsweg ihrer Eltern.",
                guidelines=[2],
                children=[
                    strategic(
                        "b-S1",
                        "Bildungserfolg aller Kinder und Jugendlichen stärken",
                        description=(
                            "Schulen, Jugendhilfe und Zivilgesellschaft arbeiten zusammen, damit "
                            "jede und jeder einen Abschluss und einen guten Anschluss erreicht."
                        ),
                        groups=["Schulen", "junge Menschen"],
                        guidelines=[2],
                        target="2030-07-31",
                        children=[
                            operative(
                                "b-O1",
                                "Der Anteil der Schulabgängerinnen und Schulabgänger ohne "
                                "Abschluss sinkt bis 2030 auf unter 5 Prozent.",
                                groups=["Schulen", "junge Menschen"],
                                guidelines=[2],
                                target="2030-07-31",
                            ),
                            operative(
                                "b-O2",
                                "Bis 2027 bieten alle sechs Grundschulen eine Begleitung beim "
                                "Übergang auf weiterführende Schulen mit Elternbeteiligung an.",
                                kind=STRUCTURE,
                                groups=["Schulen", "Stadtbevölkerung"],
                                guidelines=[2, 3],
                                target="2027-07-31",
                            ),
                        ],
                    ),
                    strategic(
                        "b-S2",
                        "Sprachliche Bildung von Anfang an fördern und Mehrsprachigkeit "
                        "wertschätzen",
                        groups=["Kindertageseinrichtungen", "Bildungsträger"],
                        guidelines=[1, 2],
                        target="2028-12-31",
                        children=[
                            operative(
                                "b-O3",
                                "Bis Ende 2026 ist in allen Kindertageseinrichtungen "
                                "alltagsintegrierte Sprachbildung mit qualifizierten "
                                "Sprachfachkräften verankert.",
                                kind=STRUCTURE,
                                groups=["Kindertageseinrichtungen"],
                                guidelines=[2],
                                target="2026-12-31",
                            ),
                            operative(
                                "b-O4",
                                "Das Angebot an Deutschkursen mit Kinderbetreuung wächst bis 2026 "
                                "auf zwölf Kurse pro Jahr.",
                                groups=["Frauen", "Bildungsträger"],
                                guidelines=[2],
                                target="2026-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "arbeit",
        "name": "Arbeit und Wirtschaft",
        "catalogue": "arbeit-wirtschaft",
        "priority": Priority.HIGH,
        "lead": "Amt für Wirtschaftsförderung",
        "description": (
            "Zugang zu Ausbildung und guter Arbeit, Anerkennung mitgebrachter Qualifikationen und "
            "eine lokale Wirtschaft, die die Kompetenzen aller Bürgerinnen und Bürger nutzt."
        ),
        "goals": [
            guiding(
                "a-L",
                "Alle erwerbsfähigen Menschen in Musterstadt finden Zugang zu Ausbildung und "
                "guter Arbeit; ihre Kompetenzen werden anerkannt und genutzt.",
                guidelines=[2],
                children=[
                    strategic(
                        "a-S1",
                        "Übergänge von der Schule in Ausbildung und Beruf verbessern",
                        groups=["junge Menschen", "Unternehmen"],
                        guidelines=[2],
                        target="2028-12-31",
                        children=[
                            operative(
                                "a-O1",
                                "Ab 2025 werden jährlich mindestens 60 junge Menschen durch "
                                "Ausbildungspatenschaften bis zum Ausbildungsvertrag begleitet.",
                                groups=["junge Menschen", "Unternehmen", "Kammern"],
                                guidelines=[2],
                                target="2028-12-31",
                            ),
                            operative(
                                "a-O2",
                                "Ein jährliches Ausbildungsforum mit Betrieben, Schulen und "
                                "Kammern ist etabliert.",
                                kind=PROCESS,
                                guidelines=[2],
                                target="2025-12-31",
                            ),
                        ],
                    ),
                    strategic(
                        "a-S2",
                        "Erwerbsbeteiligung erhöhen und mitgebrachte Qualifikationen nutzen",
                        description=(
                            "Besonderes Augenmerk gilt Frauen, deren Erwerbsbeteiligung in "
                            "Musterstadt unter dem hessischen Durchschnitt liegt."
                        ),
                        groups=["Frauen", "Unternehmen"],
                        guidelines=[1, 2],
                        target="2030-12-31",
                        children=[
                            operative(
                                "a-O3",
                                "Die SGB-II-Quote sinkt bis 2030 auf 7,5 Prozent.",
                                groups=["Stadtbevölkerung", "Frauen"],
                                guidelines=[2],
                                target="2030-12-31",
                            ),
                            operative(
                                "a-O4",
                                "Ab 2025 erhalten jährlich mindestens 150 Personen eine "
                                "Erstberatung zur Anerkennung ihrer im Ausland erworbenen "
                                "Berufs- und Studienabschlüsse.",
                                groups=["Menschen mit Migrationsbiografie", "Kammern"],
                                guidelines=[1, 2],
                                target="2027-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "wohnen",
        "name": "Wohnen und Zusammenleben im Stadtteil",
        "catalogue": "wohnen-stadtteil",
        "priority": Priority.MEDIUM,
        "lead": "Amt für Stadtentwicklung",
        "description": (
            "Gute Nachbarschaft, Begegnungsorte und bezahlbarer Wohnraum in allen sechs "
            "Stadtteilen; Konflikte werden früh und fair bearbeitet."
        ),
        "goals": [
            guiding(
                "w-L",
                "In allen Stadtteilen leben die Menschen in guter Nachbarschaft zusammen und "
                "finden angemessenen, bezahlbaren Wohnraum.",
                guidelines=[4],
                children=[
                    strategic(
                        "w-S1",
                        "Begegnung und nachbarschaftliches Engagement in den Stadtteilen fördern",
                        groups=["Stadtbevölkerung", "Stadtteilzentren"],
                        guidelines=[4],
                        target="2027-12-31",
                        children=[
                            operative(
                                "w-O1",
                                "Bis Ende 2026 gibt es in jedem der sechs Stadtteile einen offenen "
                                "Begegnungsort mit regelmäßigen Öffnungszeiten.",
                                kind=STRUCTURE,
                                groups=["Stadtteilzentren", "Stadtbevölkerung"],
                                guidelines=[4],
                                target="2026-12-31",
                            ),
                            operative(
                                "w-O2",
                                "Nachbarschaftskonflikte werden frühzeitig und fair durch eine "
                                "Stadtteilmediation bearbeitet.",
                                kind=PROCESS,
                                groups=["Stadtbevölkerung", "Initiativen"],
                                guidelines=[4],
                            ),
                        ],
                    ),
                    strategic(
                        "w-S2",
                        "Zugang zu bezahlbarem Wohnraum für alle Haushalte verbessern",
                        groups=["Stadtbevölkerung", "Wohlfahrtsverbände"],
                        guidelines=[2, 4],
                        target="2028-12-31",
                        children=[
                            operative(
                                "w-O3",
                                "Ab 2026 vermittelt die Wohnraumvermittlung jährlich mindestens "
                                "30 Wohnungen an Haushalte, die am Wohnungsmarkt schwer Zugang "
                                "finden.",
                                groups=["Geflüchtete", "Wohlfahrtsverbände"],
                                guidelines=[2, 4],
                                target="2028-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "jugend",
        "name": "Jugend, Soziales und Beratung",
        "catalogue": "jugend-soziales-beratung",
        "priority": Priority.HIGH,
        "lead": "Jugendamt",
        "description": (
            "Offene Kinder- und Jugendarbeit, Familienbildung und soziale Beratung, die alle "
            "erreichen: mehrsprachig, wohnortnah und ohne Hürden."
        ),
        "goals": [
            guiding(
                "j-L",
                "Kinder, Jugendliche und Familien finden in Musterstadt verlässliche Unterstützung "
                "und erreichbare Beratung in allen Lebenslagen.",
                guidelines=[2, 3],
                children=[
                    strategic(
                        "j-S1",
                        "Jugendarbeit als Ort der Teilhabe für alle jungen Menschen öffnen",
                        groups=["junge Menschen"],
                        guidelines=[3],
                        target="2027-12-31",
                        children=[
                            operative(
                                "j-O1",
                                "Bis 2027 steigt der Anteil der Mädchen und jungen Frauen unter "
                                "den Besuchenden der offenen Jugendarbeit auf 40 Prozent.",
                                groups=["junge Menschen", "Frauen"],
                                guidelines=[3],
                                target="2027-12-31",
                            ),
                            operative(
                                "j-O2",
                                "Jugendliche gestalten in jedem Stadtteil das Programm der "
                                "Jugendtreffs in Jugendforen mit.",
                                kind=PROCESS,
                                groups=["junge Menschen"],
                                guidelines=[3],
                                target="2026-06-30",
                            ),
                        ],
                    ),
                    strategic(
                        "j-S2",
                        "Beratungsangebote bekannt, mehrsprachig und niedrigschwellig zugänglich "
                        "machen",
                        groups=["Beratungsstellen", "Stadtbevölkerung"],
                        guidelines=[2, 5],
                        target="2028-12-31",
                        children=[
                            operative(
                                "j-O3",
                                "Bis Ende 2025 liegt ein gemeinsamer mehrsprachiger "
                                "Beratungswegweiser aller Beratungsstellen online und gedruckt vor.",
                                kind=STRUCTURE,
                                groups=["Beratungsstellen", "Stadtbevölkerung"],
                                guidelines=[5],
                                target="2025-12-31",
                            ),
                            operative(
                                "j-O4",
                                "Die Zahl der Beratungskontakte in den Stadtteilbüros steigt bis "
                                "2028 um ein Viertel gegenüber 2023.",
                                groups=["Stadtbevölkerung", "ältere Menschen"],
                                guidelines=[2, 4],
                                target="2028-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "gesundheit",
        "name": "Gesundheit",
        "catalogue": "gesundheit",
        "priority": Priority.MEDIUM,
        "lead": "Sozialamt",
        "description": (
            "Gesundheitsförderung, Prävention und Versorgung, die alle erreichen – mit "
            "verständlichen Informationen, Sprachmittlung und Angeboten im Quartier."
        ),
        "goals": [
            guiding(
                "g-L",
                "Alle Menschen in Musterstadt haben gleichberechtigten Zugang zu "
                "Gesundheitsförderung, Prävention und Versorgung.",
                guidelines=[2],
                children=[
                    strategic(
                        "g-S1",
                        "Gesundheitsförderung und Prävention für alle Altersgruppen erreichbar "
                        "machen",
                        groups=["Stadtbevölkerung", "ältere Menschen"],
                        guidelines=[2, 4],
                        target="2028-12-31",
                        children=[
                            operative(
                                "g-O1",
                                "Bis 2027 informieren 20 ausgebildete Gesundheitslotsinnen und "
                                "-lotsen in mindestens acht Sprachen über Angebote des "
                                "Gesundheitswesens.",
                                groups=["Migrant*innenorganisationen", "Stadtbevölkerung"],
                                guidelines=[1, 2],
                                target="2027-12-31",
                            ),
                            operative(
                                "g-O2",
                                "Bis 2028 haben mindestens 95 Prozent der Kinder bei der "
                                "Schuleingangsuntersuchung einen vollständigen Masern-Impfschutz.",
                                groups=["Kindertageseinrichtungen", "Stadtbevölkerung"],
                                guidelines=[2],
                                target="2028-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "kultur",
        "name": "Kultur, Religion und Sport",
        "catalogue": "kultur-religion",
        "priority": Priority.MEDIUM,
        "lead": "Kulturamt",
        "description": (
            "Kultur, Sport und der Dialog der Religionen als Orte der Begegnung, an denen die "
            "Vielfalt der Stadt sichtbar wird und alle mitmachen können."
        ),
        "goals": [
            guiding(
                "k-L",
                "Kultur, Sport und der Dialog der Religionen verbinden die Menschen in "
                "Musterstadt und machen die Vielfalt der Stadt sichtbar.",
                guidelines=[1, 4],
                children=[
                    strategic(
                        "k-S1",
                        "Interkulturelle und interreligiöse Begegnung fördern",
                        groups=["Religions-/Glaubensgemeinschaften", "Vereine"],
                        guidelines=[1],
                        target="2027-12-31",
                        children=[
                            operative(
                                "k-O1",
                                "Ab 2025 findet jährlich eine Woche der Religionen mit mindestens "
                                "acht beteiligten Gemeinden statt.",
                                groups=["Religions-/Glaubensgemeinschaften", "Stadtbevölkerung"],
                                guidelines=[1, 6],
                                target="2025-12-31",
                            ),
                            operative(
                                "k-O2",
                                "Bis 2027 zeigen mindestens 30 Prozent der städtisch geförderten "
                                "Kulturveranstaltungen die Vielfalt der Stadtgesellschaft in "
                                "Programm und Mitwirkenden.",
                                kind=STRUCTURE,
                                addressee=ADMIN,
                                groups=["Vereine", "Initiativen"],
                                guidelines=[1],
                                target="2027-12-31",
                            ),
                        ],
                    ),
                    strategic(
                        "k-S2",
                        "Zugang zu Sportvereinen für alle erleichtern, besonders für Mädchen und "
                        "Frauen",
                        groups=["Vereine", "Frauen"],
                        guidelines=[3],
                        target="2030-12-31",
                        children=[
                            operative(
                                "k-O3",
                                "Der Anteil der Mädchen und Frauen an den Mitgliedern der "
                                "Musterstädter Sportvereine steigt bis 2030 auf 40 Prozent.",
                                groups=["Vereine", "Frauen"],
                                guidelines=[3],
                                target="2030-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "verwaltung",
        "name": "Interkulturelle Öffnung der Verwaltung",
        "catalogue": "interkulturelle-oeffnung",
        "priority": Priority.HIGH,
        "lead": "Personal- und Organisationsamt",
        "description": (
            "Die Stadtverwaltung als diversitätsbewusste Dienstleisterin und Arbeitgeberin: "
            "verständliche Zugänge, kompetente Beschäftigte und ein vielfältiges Team."
        ),
        "goals": [
            guiding(
                "v-L",
                "Die Stadtverwaltung ist eine gut erreichbare, diversitätsbewusste Dienstleisterin "
                "für alle Bürgerinnen und Bürger und eine attraktive Arbeitgeberin für alle.",
                kind=STRUCTURE,
                addressee=ADMIN,
                guidelines=[5],
                children=[
                    strategic(
                        "v-S1",
                        "Vielfalt im Personal der Stadtverwaltung erhöhen",
                        kind=STRUCTURE,
                        addressee=ADMIN,
                        groups=["Verwaltung"],
                        guidelines=[5],
                        target="2030-12-31",
                        children=[
                            operative(
                                "v-O1",
                                "Der Anteil der Beschäftigten mit Einwanderungsgeschichte steigt "
                                "bis 2030 auf 20 Prozent.",
                                kind=STRUCTURE,
                                addressee=ADMIN,
                                groups=["Verwaltung"],
                                guidelines=[5],
                                target="2030-12-31",
                            ),
                            operative(
                                "v-O2",
                                "Ab Mitte 2025 laden alle Stellenausschreibungen ausdrücklich zur "
                                "Bewerbung ein und werden auch über Migrant*innenorganisationen "
                                "verbreitet.",
                                kind=PROCESS,
                                addressee=ADMIN,
                                groups=["Verwaltung", "Migrant*innenorganisationen"],
                                guidelines=[5],
                                target="2025-06-30",
                            ),
                        ],
                    ),
                    strategic(
                        "v-S2",
                        "Diversitätskompetenz und Bürgerfreundlichkeit der Verwaltung stärken",
                        addressee=ADMIN,
                        groups=["Verwaltung"],
                        guidelines=[5, 6],
                        target="2027-12-31",
                        children=[
                            operative(
                                "v-O3",
                                "Bis 2027 haben 80 Prozent der Beschäftigten mit Publikumsverkehr "
                                "an einer Fortbildung zu diversitätssensibler Kommunikation "
                                "teilgenommen.",
                                addressee=ADMIN,
                                groups=["Verwaltung"],
                                guidelines=[5, 6],
                                target="2027-12-31",
                            ),
                            operative(
                                "v-O4",
                                "Die 20 meistgenutzten Formulare und Bescheide des Bürgeramts "
                                "liegen in Leichter Sprache und in fünf weiteren Sprachen vor.",
                                kind=STRUCTURE,
                                addressee=ADMIN,
                                groups=["Verwaltung", "Stadtbevölkerung"],
                                guidelines=[5],
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
    {
        "key": "teilhabe",
        "name": "Teilhabe, Engagement und Antidiskriminierung",
        "catalogue": "teilhabe-engagement",
        "priority": Priority.MEDIUM,
        "lead": "Stabsstelle Integration",
        "description": (
            "Mitgestaltung in Beteiligungsverfahren, Gremien, Vereinen und Initiativen, "
            "Stärkung von Migrant*innenorganisationen und Ehrenamt sowie Schutz vor "
            "Diskriminierung."
        ),
        "goals": [
            guiding(
                "t-L",
                "Alle Bürgerinnen und Bürger können das Leben in Musterstadt aktiv mitgestalten – "
                "im Ehrenamt, in Vereinen und in der Kommunalpolitik – und sind vor "
                "Diskriminierung geschützt.",
                guidelines=[3, 6],
                children=[
                    strategic(
                        "t-S1",
                        "Politische Teilhabe und Beteiligung an der Stadtentwicklung stärken",
                        groups=["Stadtbevölkerung", "Interessenvertretungen und Beiräte"],
                        guidelines=[3],
                        target="2027-12-31",
                        children=[
                            operative(
                                "t-O1",
                                "Bis 2027 werden alle städtischen Beteiligungsverfahren "
                                "mehrsprachig beworben und bieten bei Bedarf Sprachmittlung und "
                                "Kinderbetreuung an.",
                                kind=PROCESS,
                                addressee=ADMIN,
                                groups=["Stadtbevölkerung", "Interessenvertretungen und Beiräte"],
                                guidelines=[3],
                                target="2027-12-31",
                            ),
                        ],
                    ),
                    strategic(
                        "t-S2",
                        "Bürgerschaftliches Engagement und Migrant*innenorganisationen stärken",
                        groups=["Vereine", "Initiativen", "Migrant*innenorganisationen"],
                        guidelines=[1, 3],
                        target="2028-12-31",
                        children=[
                            operative(
                                "t-O2",
                                "Bis 2028 vermittelt die Freiwilligenagentur jährlich 400 "
                                "Engagierte, ein Viertel davon jünger als 30 Jahre.",
                                groups=["junge Menschen", "Initiativen", "Vereine"],
                                guidelines=[3],
                                target="2028-12-31",
                            ),
                            operative(
                                "t-O3",
                                "Ab 2025 erhalten Migrant*innenorganisationen und Initiativen "
                                "jährlich Mittel aus einem Vielfaltsfonds sowie Beratung zur "
                                "Vereinsentwicklung.",
                                kind=STRUCTURE,
                                groups=["Migrant*innenorganisationen", "Initiativen"],
                                guidelines=[1, 3],
                                target="2028-12-31",
                            ),
                        ],
                    ),
                    strategic(
                        "t-S3",
                        "Schutz vor Diskriminierung sichern und Betroffene stärken",
                        groups=["Stadtbevölkerung", "Beratungsstellen"],
                        guidelines=[6],
                        target="2027-12-31",
                        children=[
                            operative(
                                "t-O4",
                                "Bis Ende 2025 ist eine unabhängige, mehrsprachige "
                                "Antidiskriminierungsberatung eingerichtet und bekannt.",
                                kind=STRUCTURE,
                                groups=["Stadtbevölkerung", "Beratungsstellen"],
                                guidelines=[6],
                                target="2025-12-31",
                            ),
                        ],
                    ),
                ],
            ),
        ],
    },
]

# ---------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------

OWN = FundingSource.OWN
LAND = FundingSource.LAND
FEDERAL = FundingSource.FEDERAL
EU = FundingSource.EU
FOUNDATION = FundingSource.FOUNDATION

WIR = "WIR-Programm Hessen"
ESF = "ESF Plus"
DEMOKRATIE = "Bundesprogramm „Demokratie leben!“"
SOZIALER_ZUSAMMENHALT = "Städtebauförderung „Sozialer Zusammenhalt“"
GWA = "Landesprogramm Gemeinwesenarbeit Hessen"
BUERGERSTIFTUNG = "Bürgerstiftung Musterstadt"

PLANNED = MeasureStatus.PLANNED
IN_PROGRESS = MeasureStatus.IN_PROGRESS
DONE = MeasureStatus.DONE
PAUSED = MeasureStatus.PAUSED
CANCELLED = MeasureStatus.CANCELLED

ACTIVATING = MeasureType.ACTIVATING
COMPENSATORY = MeasureType.COMPENSATORY
NEW = Novelty.NEW
EXISTING = Novelty.EXISTING


def measure(
    key,
    title,
    *,
    goals,
    unit,
    start,
    end,
    description="",
    partners=(),
    groups=(),
    districts=(),
    staff_hours=None,
    measure_type=ACTIVATING,
    novelty=NEW,
    status=PLANNED,
    progress=0,
    note="",
    budget=(),
    milestones=(),
):
    """One measure. ``budget``: (year, source, programme, planned, spent or None);
    ``milestones``: (title, due, reached on or None)."""
    return {
        "key": key,
        "title": title,
        "description": description,
        "goals": list(goals),
        "unit": unit,
        "partners": list(partners),
        "groups": list(groups),
        "districts": list(districts),
        "start": start,
        "end": end,
        "staff_hours": staff_hours,
        "measure_type": measure_type,
        "novelty": novelty,
        "status": status,
        "progress": progress,
        "note": note,
        "budget": list(budget),
        "milestones": list(milestones),
    }


MEASURES = {
    "bildung": [
        measure(
            "b-M1",
            "Sprach-Kitas Musterstadt: alltagsintegrierte Sprachbildung",
            description=(
                "Sprachfachkräfte begleiten die Teams aller Kindertageseinrichtungen dabei, "
                "Sprachbildung in den Alltag einzubetten und mit den Familien "
                "zusammenzuarbeiten – auch in deren Familiensprachen."
            ),
            goals=["b-O3"],
            unit="Jugendamt",
            partners=[
                "Kita-Träger in Musterstadt",
                "Evangelisches Dekanat Musterland",
                "Fachberatung Sprache des Landkreises Musterland",
            ],
            groups=["Kindertageseinrichtungen"],
            districts=ALL_DISTRICTS,
            start="2024-01-01",
            end="2027-12-31",
            staff_hours=800,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=60,
            note="Elf von 14 Einrichtungen haben ihr Sprachbildungskonzept abgeschlossen.",
            budget=[
                (2024, LAND, "Landesprogramm Sprachförderung in Kitas", 40_000, 38_500),
                (2025, LAND, "Landesprogramm Sprachförderung in Kitas", 42_000, 41_200),
                (2026, OWN, "", 25_000, 14_000),
            ],
            milestones=[
                (
                    "Fortbildungsreihe für Sprachfachkräfte abgeschlossen",
                    "2024-12-15",
                    "2024-12-10",
                ),
                ("Sprachbildungskonzepte in allen Einrichtungen verankert", "2026-07-31", None),
            ],
        ),
        measure(
            "b-M2",
            "Deutschkurse für Eltern mit Kinderbetreuung",
            description=(
                "Vormittagskurse in den Familienzentren mit paralleler Kinderbetreuung, damit "
                "auch Eltern mit kleinen Kindern Deutsch lernen können."
            ),
            goals=["b-O4"],
            unit="Stabsstelle Integration",
            partners=[
                "Volkshochschule Musterland",
                "Familienzentrum Nordstadt",
                "Familienzentrum Südviertel",
            ],
            groups=["Frauen", "Bildungsträger"],
            districts=["02", "05"],
            start="2024-02-01",
            end="2026-12-31",
            staff_hours=200,
            measure_type=COMPENSATORY,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=75,
            note="2026 laufen elf Kurse; der zwölfte startet im Herbst in Eichenau.",
            budget=[
                (2024, LAND, WIR, 18_000, 17_650),
                (2025, LAND, WIR, 20_000, 19_800),
                (2026, OWN, "", 8_000, 5_100),
            ],
            milestones=[("Zwölf Kurse pro Jahr erreicht", "2026-06-30", None)],
        ),
        measure(
            "b-M3",
            "Übergangsbegleitung Grundschule – weiterführende Schule mit Elternlotsinnen und -lotsen",
            description=(
                "Geschulte Elternlotsinnen und -lotsen informieren mehrsprachig über das hessische "
                "Schulsystem und begleiten Familien zu Beratungsgesprächen."
            ),
            goals=["b-O2"],
            unit="Amt für Schule und Bildung",
            partners=[
                "Staatliches Schulamt für den Landkreis Musterland",
                "Grundschulen in Musterstadt",
                "Stadtelternbeirat",
            ],
            groups=["Schulen", "Stadtbevölkerung"],
            districts=ALL_DISTRICTS,
            start="2024-08-01",
            end="2027-07-31",
            staff_hours=320,
            status=IN_PROGRESS,
            progress=45,
            note="Vier von sechs Grundschulen sind beteiligt.",
            budget=[
                (2024, OWN, "", 6_000, 5_400),
                (2025, OWN, "", 9_000, 8_700),
                (2026, FOUNDATION, BUERGERSTIFTUNG, 5_000, 2_500),
            ],
            milestones=[
                ("Konzept mit den Schulleitungen abgestimmt", "2024-10-31", "2024-11-12"),
                ("Elternlotsinnen und -lotsen an allen sechs Grundschulen", "2027-07-31", None),
            ],
        ),
        measure(
            "b-M4",
            "Lernpatenschaften und Hausaufgabenhilfe in den Stadtteilen",
            description=(
                "Ehrenamtliche Lernpatinnen und -paten unterstützen Schülerinnen und Schüler "
                "wöchentlich in Stadtteiltreffs, Gemeindehäusern und der Stadtbibliothek."
            ),
            goals=["b-O1"],
            unit="Amt für Schule und Bildung",
            partners=[
                "Freiwilligenagentur Musterstadt",
                "Schulsozialarbeit",
                "Moscheegemeinde Nordstadt",
                "Evangelische Kirchengemeinde Altstadt",
            ],
            groups=["junge Menschen", "Schulen"],
            districts=["02", "04", "05"],
            start="2024-03-01",
            end="2030-07-31",
            staff_hours=260,
            measure_type=COMPENSATORY,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=55,
            budget=[
                (2024, OWN, "", 12_000, 11_800),
                (2025, OWN, "", 12_000, 12_000),
                (2026, OWN, "", 12_500, 9_100),
            ],
            milestones=[("50 aktive Lernpatinnen und -paten", "2025-06-30", "2025-09-15")],
        ),
        measure(
            "b-M5",
            "Schulsozialarbeit an der Gesamtschule Am Mühlbach ausbauen",
            description="Eine zusätzliche Vollzeitstelle für Schulsozialarbeit mit Schwerpunkt Berufsorientierung.",
            goals=["b-O1"],
            unit="Jugendamt",
            partners=["Gesamtschule Am Mühlbach", "Diakonisches Werk Musterland"],
            groups=["Schulen", "junge Menschen"],
            districts=["03"],
            start="2025-08-01",
            end="2029-07-31",
            staff_hours=1_560,
            measure_type=COMPENSATORY,
            status=IN_PROGRESS,
            progress=35,
            budget=[
                (2025, EU, ESF, 28_000, 27_100),
                (2026, EU, ESF, 56_000, 39_000),
                (2026, OWN, "", 14_000, 9_800),
            ],
            milestones=[("Stelle besetzt", "2025-09-30", "2025-10-01")],
        ),
        measure(
            "b-M6",
            "Tag der Mehrsprachigkeit und herkunftssprachlicher Unterricht",
            description=(
                "Jährlich am 21. Februar zeigen Schulen und Kitas die Sprachen ihrer Kinder; "
                "Elternvereine werden beim Aufbau herkunftssprachlicher Angebote beraten."
            ),
            goals=["b-S2"],
            unit="Amt für Schule und Bildung",
            partners=[
                "Staatliches Schulamt für den Landkreis Musterland",
                "Elternvereine",
                "Stadtbibliothek",
            ],
            groups=["Schulen", "Migrant*innenorganisationen"],
            districts=ALL_DISTRICTS,
            start="2025-02-21",
            end="2030-12-31",
            staff_hours=80,
            status=IN_PROGRESS,
            progress=30,
            budget=[(2025, OWN, "", 3_500, 3_200), (2026, OWN, "", 4_000, 3_900)],
            milestones=[
                ("Erster Tag der Mehrsprachigkeit", "2025-02-21", "2025-02-21"),
                ("Zweiter Tag der Mehrsprachigkeit", "2026-02-21", "2026-02-20"),
            ],
        ),
        measure(
            "b-M7",
            "MINT-Ferienakademie für Schülerinnen",
            description="Einwöchige Ferienkurse in Laboren der Technischen Hochschule, gestaltet mit Unternehmen der Region.",
            goals=["b-S1"],
            unit="Amt für Schule und Bildung",
            partners=["Technische Hochschule Musterland", "Unternehmerverband Musterland"],
            groups=["junge Menschen", "Universitäten", "Unternehmen"],
            start="2027-07-01",
            end="2030-08-31",
            staff_hours=60,
            budget=[
                (2027, FOUNDATION, "Sparkassenstiftung Musterland", 8_000, None),
                (2028, OWN, "", 8_000, None),
            ],
            milestones=[("Kooperationsvertrag mit der Hochschule", "2027-03-31", None)],
        ),
    ],
    "arbeit": [
        measure(
            "a-M1",
            "Ausbildungspatenschaften „Azubi-Brücke“",
            description=(
                "Ehrenamtliche aus Betrieben und dem Ruhestand begleiten junge Menschen von der "
                "Bewerbung bis zum Ende der Probezeit."
            ),
            goals=["a-O1"],
            unit="Amt für Wirtschaftsförderung",
            partners=[
                "Industrie- und Handelskammer",
                "Handwerkskammer",
                "Jobcenter Musterstadt",
                "Senior-Expertinnen und -Experten Musterland",
            ],
            groups=["junge Menschen", "Unternehmen", "Kammern"],
            start="2024-04-01",
            end="2028-12-31",
            staff_hours=400,
            status=IN_PROGRESS,
            progress=50,
            note="2025 wurden 54 Tandems gebildet, 41 Ausbildungsverträge kamen zustande.",
            budget=[
                (2024, LAND, WIR, 15_000, 14_200),
                (2025, LAND, WIR, 15_000, 15_000),
                (2026, OWN, "", 10_000, 6_400),
            ],
            milestones=[("Erste 30 Tandems gebildet", "2024-10-31", "2024-11-20")],
        ),
        measure(
            "a-M2",
            "Ausbildungsforum Musterstadt",
            description="Jährliche Ausbildungsmesse mit Speed-Dating zwischen Betrieben und Schülerinnen und Schülern.",
            goals=["a-O2"],
            unit="Amt für Wirtschaftsförderung",
            partners=[
                "Industrie- und Handelskammer",
                "Handwerkskammer",
                "Agentur für Arbeit",
                "Weiterführende Schulen",
            ],
            groups=["Unternehmen", "Schulen", "junge Menschen"],
            start="2024-09-01",
            end="2030-12-31",
            staff_hours=180,
            novelty=NEW,
            status=IN_PROGRESS,
            progress=40,
            budget=[
                (2024, OWN, "", 7_500, 7_320),
                (2025, OWN, "", 8_000, 8_150),
                (2026, OWN, "", 8_000, 1_200),
            ],
            milestones=[
                ("1. Ausbildungsforum in der Stadthalle", "2024-11-14", "2024-11-14"),
                ("2. Ausbildungsforum", "2025-11-13", "2025-11-13"),
                ("3. Ausbildungsforum", "2026-11-12", None),
            ],
        ),
        measure(
            "a-M3",
            "Anerkennungsberatung im Welcome Center",
            description="Wöchentliche Sprechstunde zur Anerkennung ausländischer Berufs- und Studienabschlüsse im Rathaus.",
            goals=["a-O4"],
            unit="Stabsstelle Integration",
            partners=["IQ Netzwerk Hessen", "Agentur für Arbeit", "Industrie- und Handelskammer"],
            groups=["Menschen mit Migrationsbiografie", "Kammern"],
            start="2024-01-15",
            end="2027-12-31",
            staff_hours=240,
            measure_type=COMPENSATORY,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=70,
            budget=[
                (
                    2024,
                    FEDERAL,
                    "Förderprogramm „Integration durch Qualifizierung (IQ)“",
                    9_000,
                    9_000,
                ),
                (
                    2025,
                    FEDERAL,
                    "Förderprogramm „Integration durch Qualifizierung (IQ)“",
                    9_000,
                    8_800,
                ),
                (
                    2026,
                    FEDERAL,
                    "Förderprogramm „Integration durch Qualifizierung (IQ)“",
                    9_000,
                    6_000,
                ),
            ],
        ),
        measure(
            "a-M4",
            "Berufliche Perspektiven für Frauen: Coaching und Netzwerk",
            description=(
                "Einzelcoaching, Praktika und ein Netzwerktreffen für Frauen, die nach einer "
                "Familienphase oder nach dem Zuzug beruflich (wieder) einsteigen."
            ),
            goals=["a-O3"],
            unit="Jobcenter Musterstadt",
            partners=[
                "Frauenbeauftragte der Stadt Musterstadt",
                "Bildungswerk der Wirtschaft",
                "Familienzentren",
            ],
            groups=["Frauen"],
            districts=["02", "04", "05"],
            start="2024-06-01",
            end="2026-12-31",
            staff_hours=300,
            status=IN_PROGRESS,
            progress=80,
            budget=[
                (2024, EU, ESF, 22_000, 20_500),
                (2025, EU, ESF, 30_000, 29_400),
                (2026, EU, ESF, 30_000, 21_000),
            ],
            milestones=[("Netzwerk „Frauen in Arbeit“ gegründet", "2024-11-30", "2024-11-28")],
        ),
        measure(
            "a-M5",
            "Lokales Bündnis „Vielfalt in Unternehmen“",
            description="Unternehmen der Stadt unterzeichnen die Charta der Vielfalt und tauschen sich zweimal jährlich aus.",
            goals=["a-S2"],
            unit="Amt für Wirtschaftsförderung",
            partners=["Unternehmerverband Musterland", "Gewerbeverein Musterstadt"],
            groups=["Unternehmen", "Wirtschaftsförderung"],
            start="2025-03-01",
            end="2025-12-31",
            staff_hours=90,
            status=DONE,
            progress=100,
            note="18 Unternehmen haben unterzeichnet; das Bündnis trifft sich weiter in Eigenregie.",
            budget=[(2025, OWN, "", 4_000, 3_700)],
            milestones=[("15 Unternehmen unterzeichnen", "2025-10-31", "2025-10-20")],
        ),
        measure(
            "a-M6",
            "Stellenbörse in Leichter Sprache",
            description="Regionale Stellenangebote in Leichter Sprache im städtischen Bürgerportal.",
            goals=["a-O3"],
            unit="Jobcenter Musterstadt",
            partners=["Agentur für Arbeit", "Büro für Leichte Sprache Musterland"],
            groups=["Stadtbevölkerung", "Unternehmen"],
            start="2025-01-01",
            end="2026-12-31",
            staff_hours=60,
            status=PAUSED,
            progress=15,
            note="Zurückgestellt bis zur Einführung des neuen Bürgerportals, voraussichtlich 2027.",
            budget=[(2025, OWN, "", 5_000, 800)],
        ),
        measure(
            "a-M7",
            "Gründungsberatung „Mein Betrieb in Musterstadt“",
            description="Mehrsprachige Gründungsberatung und Mentoring durch erfahrene Unternehmerinnen und Unternehmer.",
            goals=["a-S2"],
            unit="Amt für Wirtschaftsförderung",
            partners=["Industrie- und Handelskammer", "Gewerbeverein Musterstadt"],
            groups=["Unternehmen", "Menschen mit Migrationsbiografie"],
            start="2027-03-01",
            end=None,
            staff_hours=150,
            budget=[(2027, OWN, "", 6_000, None), (2028, OWN, "", 6_000, None)],
        ),
    ],
    "wohnen": [
        measure(
            "w-M1",
            "Stadtteiltreffs in allen sechs Stadtteilen",
            description=(
                "Offene Begegnungsorte mit festen Öffnungszeiten, getragen von Stadtteilvereinen, "
                "Kirchengemeinden und der Wohnungsbaugesellschaft."
            ),
            goals=["w-O1"],
            unit="Amt für Stadtentwicklung",
            partners=[
                "Wohnungsbaugesellschaft Musterstadt",
                "Stadtteilvereine",
                "Kirchengemeinden",
            ],
            groups=["Stadtteilzentren", "Stadtbevölkerung"],
            districts=ALL_DISTRICTS,
            start="2024-01-01",
            end="2026-12-31",
            staff_hours=900,
            status=IN_PROGRESS,
            progress=85,
            note="Fünf Treffs sind geöffnet; in Eichenau verzögert sich der Umbau des Bürgerhauses.",
            budget=[
                (2024, FEDERAL, SOZIALER_ZUSAMMENHALT, 60_000, 58_200),
                (2025, FEDERAL, SOZIALER_ZUSAMMENHALT, 45_000, 44_100),
                (2026, OWN, "", 20_000, 12_500),
            ],
            milestones=[
                ("Stadtteiltreff Nordstadt eröffnet", "2024-05-15", "2024-05-18"),
                ("Stadtteiltreff Südviertel eröffnet", "2025-03-31", "2025-04-05"),
                ("Stadtteiltreff Eichenau eröffnet", "2026-09-30", None),
            ],
        ),
        measure(
            "w-M2",
            "Quartiersmanagement Nordstadt",
            description="Ein Quartiersbüro vernetzt Bewohnerinnen und Bewohner, Vereine und Dienste und stößt Nachbarschaftsprojekte an.",
            goals=["w-S1"],
            unit="Amt für Stadtentwicklung",
            partners=["Caritasverband Musterland", "Wohnungsbaugesellschaft Musterstadt"],
            groups=["Stadtbevölkerung", "Initiativen"],
            districts=["02"],
            start="2024-01-01",
            end="2030-12-31",
            staff_hours=1_560,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=40,
            budget=[
                (2024, LAND, GWA, 35_000, 35_000),
                (2025, LAND, GWA, 35_000, 34_600),
                (2026, LAND, GWA, 35_000, 26_250),
            ],
        ),
        measure(
            "w-M3",
            "Stadtteilmediation und Nachbarschaftsschlichtung",
            description="Ausgebildete ehrenamtliche Mediatorinnen und Mediatoren vermitteln bei Konflikten in Nachbarschaften.",
            goals=["w-O2"],
            unit="Amt für Stadtentwicklung",
            partners=[
                "Mediationszentrum Musterland e. V.",
                "Polizeistation Musterstadt",
                "Wohnungsbaugesellschaft Musterstadt",
            ],
            groups=["Stadtbevölkerung", "Polizei"],
            districts=["02", "04", "05"],
            start="2025-01-01",
            end="2027-12-31",
            staff_hours=120,
            status=IN_PROGRESS,
            progress=30,
            budget=[(2025, OWN, "", 6_000, 5_800), (2026, OWN, "", 6_000, 2_000)],
            milestones=[
                ("Zwölf Mediatorinnen und Mediatoren ausgebildet", "2025-10-31", "2025-11-08")
            ],
        ),
        measure(
            "w-M4",
            "Wohnraumvermittlung und Mietführerschein",
            description=(
                "Vermittlung zwischen Vermieterinnen und Vermietern und Wohnungssuchenden, "
                "begleitet von einem Kurs zu Rechten und Pflichten im Mietverhältnis."
            ),
            goals=["w-O3"],
            unit="Sozialamt",
            partners=[
                "Wohnungsbaugesellschaft Musterstadt",
                "Haus & Grund Musterstadt",
                "Diakonisches Werk Musterland",
            ],
            groups=["Geflüchtete", "Wohlfahrtsverbände"],
            start="2024-01-01",
            end="2028-12-31",
            staff_hours=700,
            measure_type=COMPENSATORY,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=55,
            budget=[
                (2024, LAND, WIR, 12_000, 12_000),
                (2025, LAND, WIR, 12_000, 11_400),
                (2026, OWN, "", 12_000, 8_000),
            ],
        ),
        measure(
            "w-M5",
            "Stadtteilfeste „Musterstadt tischt auf“ neu aufstellen",
            description="Das zentrale Stadtfest wird zu einer Reihe von Stadtteilfesten, die Nachbarschaften selbst gestalten.",
            goals=["w-O1", "k-S1"],
            unit="Amt für Stadtentwicklung",
            partners=[
                "Stadtteilvereine",
                "Migrant*innenorganisationen",
                "Stadtmarketing Musterstadt",
            ],
            groups=["Stadtbevölkerung", "Vereine"],
            districts=ALL_DISTRICTS,
            start="2024-03-01",
            end="2025-09-30",
            staff_hours=250,
            novelty=EXISTING,
            status=DONE,
            progress=100,
            note="Sechs Stadtteilfeste 2025 mit rund 3.500 Gästen; die Reihe wird aus dem Regelbudget fortgeführt.",
            budget=[(2024, OWN, "", 15_000, 14_800), (2025, OWN, "", 15_000, 15_600)],
            milestones=[("Erstes Stadtteilfest in der Weststadt", "2024-06-22", "2024-06-22")],
        ),
        measure(
            "w-M6",
            "Interkultureller Gemeinschaftsgarten Am Mühlbach",
            description="Ein Gemeinschaftsgarten auf einer städtischen Brachfläche.",
            goals=["w-S1"],
            unit="Amt für Stadtentwicklung",
            partners=["Kleingartenverein Am Mühlbach", "Umweltinitiative Musterstadt"],
            groups=["Stadtbevölkerung", "Initiativen"],
            districts=["03"],
            start="2026-03-01",
            end="2026-10-31",
            staff_hours=40,
            status=CANCELLED,
            progress=10,
            note="Die Fläche wird für den Neubau einer Kita benötigt; das Stadtteilforum sucht einen neuen Standort.",
            budget=[(2026, OWN, "", 3_000, 450)],
        ),
    ],
    "jugend": [
        measure(
            "j-M1",
            "Mädchentreff und Mädchenaktionstage in der offenen Jugendarbeit",
            description="Feste Mädchenzeiten in den Jugendhäusern und Aktionstage mit Sport, Musik und Medien.",
            goals=["j-O1"],
            unit="Jugendamt",
            partners=[
                "Jugendzentrum Altstadt",
                "Frauenbeauftragte der Stadt Musterstadt",
                "Sportvereine",
            ],
            groups=["junge Menschen", "Frauen"],
            districts=["01", "02"],
            start="2024-03-01",
            end="2027-12-31",
            staff_hours=350,
            status=IN_PROGRESS,
            progress=60,
            budget=[
                (2024, OWN, "", 5_000, 4_800),
                (2025, OWN, "", 6_000, 6_000),
                (2026, OWN, "", 6_000, 4_100),
            ],
        ),
        measure(
            "j-M2",
            "Jugendforen in den Stadtteilen",
            description="Zweimal jährlich entscheiden Jugendliche über Programm und Ausstattung ihrer Jugendtreffs mit.",
            goals=["j-O2"],
            unit="Jugendamt",
            partners=["Stadtjugendring Musterstadt", "Schülervertretungen"],
            groups=["junge Menschen"],
            districts=ALL_DISTRICTS,
            start="2025-01-01",
            end="2026-12-31",
            staff_hours=160,
            status=IN_PROGRESS,
            progress=50,
            budget=[
                (2025, FEDERAL, DEMOKRATIE, 8_000, 7_600),
                (2026, FEDERAL, DEMOKRATIE, 8_000, 3_900),
            ],
            milestones=[
                ("Jugendforen in drei Stadtteilen", "2025-06-30", "2025-07-04"),
                ("Jugendforen in allen sechs Stadtteilen", "2026-06-30", None),
            ],
        ),
        measure(
            "j-M3",
            "Mehrsprachiger Beratungswegweiser",
            description="Alle Beratungsangebote der Stadt auf einen Blick – online, gedruckt und in sechs Sprachen.",
            goals=["j-O3"],
            unit="Sozialamt",
            partners=[
                "Beratungsstellen in Musterstadt",
                "Migrationsberatung der Wohlfahrtsverbände",
                "Sprachmittlerpool Musterland",
            ],
            groups=["Beratungsstellen", "Stadtbevölkerung"],
            start="2024-05-01",
            end="2025-12-31",
            staff_hours=140,
            status=DONE,
            progress=100,
            note="Online seit April 2025, Druckfassung seit September 2025 in sechs Sprachen.",
            budget=[(2024, LAND, WIR, 6_000, 5_900), (2025, OWN, "", 2_500, 2_380)],
            milestones=[
                ("Online-Wegweiser freigeschaltet", "2025-03-31", "2025-04-14"),
                ("Druckfassung in sechs Sprachen", "2025-09-30", "2025-09-22"),
            ],
        ),
        measure(
            "j-M4",
            "Stadtteilbüros mit offener Sozialberatung",
            description="Offene Sprechstunden der Wohlfahrtsverbände in drei Stadtteilbüros, ohne Termin und mit Sprachmittlung.",
            goals=["j-O4"],
            unit="Sozialamt",
            partners=[
                "Caritasverband Musterland",
                "Diakonisches Werk Musterland",
                "Arbeiterwohlfahrt Musterland",
            ],
            groups=["Stadtbevölkerung", "ältere Menschen"],
            districts=["02", "04", "05"],
            start="2024-01-01",
            end="2028-12-31",
            staff_hours=2_400,
            measure_type=COMPENSATORY,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=50,
            budget=[
                (2024, OWN, "", 48_000, 47_500),
                (2025, OWN, "", 50_000, 49_800),
                (2026, OWN, "", 52_000, 39_000),
            ],
        ),
        measure(
            "j-M5",
            "Aufsuchende Jugendarbeit im Südviertel",
            description="Streetwork an Treffpunkten junger Menschen im Südviertel.",
            goals=["j-S1"],
            unit="Jugendamt",
            partners=["Jugendmigrationsdienst Musterland", "Polizeistation Musterstadt"],
            groups=["junge Menschen"],
            districts=["05"],
            start="2024-09-01",
            end="2026-08-31",
            staff_hours=1_560,
            measure_type=COMPENSATORY,
            status=PAUSED,
            progress=40,
            note="Pausiert seit März 2026, weil die Stelle unbesetzt ist; Neubesetzung zum 1. Januar 2027 geplant.",
            budget=[
                (2024, OWN, "", 18_000, 17_000),
                (2025, OWN, "", 52_000, 50_100),
                (2026, OWN, "", 52_000, 14_000),
            ],
        ),
        measure(
            "j-M6",
            "Familienpatenschaften für neu zugezogene Familien",
            description="Ehrenamtliche Familien begleiten neu zugezogene Familien im ersten Jahr.",
            goals=["j-S2"],
            unit="Jugendamt",
            partners=["Familienzentrum Nordstadt", "Freiwilligenagentur Musterstadt"],
            groups=["Geflüchtete", "Initiativen"],
            start="2027-01-01",
            end="2029-12-31",
            staff_hours=200,
            budget=[(2027, FOUNDATION, BUERGERSTIFTUNG, 4_000, None)],
        ),
    ],
    "gesundheit": [
        measure(
            "g-M1",
            "Gesundheitslotsinnen und -lotsen",
            description=(
                "Engagierte mit verschiedenen Sprachen werden geschult und informieren in "
                "Vereinen, Gemeinden und Familienzentren über Prävention und Versorgung."
            ),
            goals=["g-O1"],
            unit="Sozialamt",
            partners=[
                "Gesundheitsamt Landkreis Musterland",
                "Migrant*innenorganisationen",
                "Kreisklinik Musterland",
            ],
            groups=["Migrant*innenorganisationen", "Stadtbevölkerung"],
            start="2024-02-01",
            end="2027-12-31",
            staff_hours=220,
            status=IN_PROGRESS,
            progress=65,
            budget=[
                (2024, LAND, WIR, 9_000, 8_700),
                (2025, LAND, WIR, 9_000, 9_000),
                (2026, OWN, "", 6_000, 3_500),
            ],
            milestones=[
                ("Erster Ausbildungsdurchgang abgeschlossen", "2024-11-30", "2024-11-27"),
                ("Zweiter Ausbildungsdurchgang abgeschlossen", "2025-11-30", "2025-12-05"),
            ],
        ),
        measure(
            "g-M2",
            "Impfsprechstunden in Kitas und Familienzentren",
            goals=["g-O2"],
            unit="Gesundheitsamt Landkreis Musterland",
            description="Kinderärztinnen und -ärzte des Gesundheitsamts bieten Impfberatung direkt in den Einrichtungen an.",
            partners=["Kita-Träger in Musterstadt", "Kinder- und Jugendärztinnen und -ärzte"],
            groups=["Kindertageseinrichtungen"],
            districts=["02", "04", "05"],
            start="2025-01-01",
            end="2028-12-31",
            staff_hours=120,
            status=IN_PROGRESS,
            progress=35,
            budget=[(2025, OWN, "", 3_000, 2_600), (2026, OWN, "", 3_000, 1_500)],
        ),
        measure(
            "g-M3",
            "Sprachmittlung im Gesundheitswesen",
            description="Ein Pool geschulter Sprachmittlerinnen und Sprachmittler für Arztpraxen, Kreisklinik und Beratungsstellen.",
            goals=["g-S1"],
            unit="Sozialamt",
            partners=["Sprachmittlerpool Musterland", "Kreisklinik Musterland"],
            groups=["Stadtbevölkerung", "Beratungsstellen"],
            start="2024-06-01",
            end="2026-05-31",
            staff_hours=100,
            measure_type=COMPENSATORY,
            status=DONE,
            progress=100,
            note="Der Pool wird ab Juni 2026 vom Landkreis weitergeführt.",
            budget=[
                (2024, OWN, "", 7_000, 7_000),
                (2025, OWN, "", 7_000, 6_850),
                (2026, OWN, "", 2_000, 1_900),
            ],
        ),
        measure(
            "g-M4",
            "Bewegung im Quartier für ältere Menschen",
            description="Wöchentliche Bewegungsangebote in Parks und Stadtteiltreffs, angeleitet von Übungsleiterinnen und -leitern der Vereine.",
            goals=["g-S1"],
            unit="Sportamt",
            partners=["Seniorenbeirat Musterstadt", "Turnverein 1862 Musterstadt"],
            groups=["ältere Menschen"],
            districts=["01", "06"],
            start="2026-04-01",
            end="2028-10-31",
            staff_hours=80,
            status=IN_PROGRESS,
            progress=20,
            budget=[
                (
                    2026,
                    FOUNDATION,
                    "Präventionsmittel der Krankenkassen (§ 20a SGB V)",
                    5_000,
                    1_800,
                )
            ],
        ),
        measure(
            "g-M5",
            "Psychosoziale Beratung für Menschen mit Fluchterfahrung",
            description="Wohnortnahe Sprechstunden des Psychosozialen Zentrums in Musterstadt.",
            goals=["g-S1"],
            unit="Sozialamt",
            partners=["Psychosoziales Zentrum Musterland", "Gesundheitsamt Landkreis Musterland"],
            groups=["Geflüchtete", "Beratungsstellen"],
            start="2027-01-01",
            end="2029-12-31",
            staff_hours=None,
            measure_type=COMPENSATORY,
            note="Die Finanzierung wird derzeit mit dem Landkreis verhandelt.",
        ),
    ],
    "kultur": [
        measure(
            "k-M1",
            "Woche der Religionen",
            description="Offene Gotteshäuser, Gespräche und ein gemeinsames Friedensgebet, vorbereitet vom Runden Tisch der Religionen.",
            goals=["k-O1"],
            unit="Kulturamt",
            partners=[
                "Runder Tisch der Religionen Musterstadt",
                "Kirchengemeinden",
                "Moscheegemeinden",
                "Jüdische Gemeinde Musterland",
                "Alevitische Gemeinde",
            ],
            groups=["Religions-/Glaubensgemeinschaften", "Stadtbevölkerung"],
            start="2025-01-01",
            end="2030-12-31",
            staff_hours=120,
            status=IN_PROGRESS,
            progress=30,
            budget=[(2025, OWN, "", 5_000, 4_900), (2026, OWN, "", 5_000, 4_700)],
            milestones=[
                ("Erste Woche der Religionen mit neun Gemeinden", "2025-11-09", "2025-11-09"),
                ("Zweite Woche der Religionen", "2026-11-08", None),
            ],
        ),
        measure(
            "k-M2",
            "Vielfalt als Kriterium der Kulturförderung",
            description="Die Förderrichtlinie Kultur wird um Vielfaltskriterien ergänzt; ein Kulturbeirat mit neuen Stimmen berät die Vergabe.",
            goals=["k-O2"],
            unit="Kulturamt",
            partners=["Kulturbeirat Musterstadt", "Künstlerinnen und Künstler aus Musterstadt"],
            groups=["Vereine", "Initiativen"],
            start="2024-09-01",
            end="2025-06-30",
            staff_hours=120,
            status=DONE,
            progress=100,
            note="Neue Förderrichtlinie seit 1. Juli 2025 in Kraft.",
            budget=[(2024, OWN, "", 0, 0)],
            milestones=[
                ("Förderrichtlinie vom Kulturausschuss beschlossen", "2025-05-31", "2025-05-22")
            ],
        ),
        measure(
            "k-M3",
            "Stadtbibliothek: Medien in zwölf Sprachen und Sprachcafés",
            goals=["k-S1", "b-S2"],
            unit="Kulturamt",
            description="Ausbau des mehrsprachigen Medienbestands und wöchentliche Sprachcafés mit Ehrenamtlichen.",
            partners=[
                "Stadtbibliothek Musterstadt",
                "Migrant*innenorganisationen",
                "Freiwilligenagentur Musterstadt",
            ],
            groups=["Stadtbevölkerung", "Migrant*innenorganisationen"],
            districts=["01"],
            start="2024-01-01",
            end="2026-12-31",
            staff_hours=200,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=80,
            budget=[
                (2024, LAND, WIR, 4_000, 4_000),
                (2025, OWN, "", 6_000, 5_800),
                (2026, OWN, "", 6_000, 4_200),
            ],
        ),
        measure(
            "k-M4",
            "Sport für alle: Schnupperangebote für Mädchen und Frauen",
            description="Kostenfreie Schnupperkurse, Schwimmzeiten für Frauen und Übungsleiterinnen-Ausbildung.",
            goals=["k-O3"],
            unit="Sportamt",
            partners=[
                "Sportkreis Musterland",
                "Turnverein 1862 Musterstadt",
                "Schwimmverein Musterstadt",
            ],
            groups=["Frauen", "Vereine"],
            start="2024-05-01",
            end="2028-12-31",
            staff_hours=150,
            status=IN_PROGRESS,
            progress=45,
            budget=[
                (2024, LAND, "Landesprogramm „Sport und Flüchtlinge“", 6_000, 5_800),
                (2025, LAND, "Landesprogramm „Sport und Flüchtlinge“", 6_000, 6_000),
                (2026, OWN, "", 4_000, 2_500),
            ],
        ),
        measure(
            "k-M5",
            "Vereinslotsinnen und -lotsen für Sportvereine",
            description="Ehrenamtliche begleiten neue Mitglieder in den ersten Monaten im Verein.",
            goals=["k-S2"],
            unit="Sportamt",
            partners=["Sportkreis Musterland", "Freiwilligenagentur Musterstadt"],
            groups=["Vereine"],
            start="2025-04-01",
            end=None,
            staff_hours=60,
            status=IN_PROGRESS,
            progress=25,
            budget=[(2025, OWN, "", 2_000, 1_500)],
        ),
    ],
    "verwaltung": [
        measure(
            "v-M1",
            "Diversitätsorientierte Personalgewinnung",
            description=(
                "Leitfaden für Stellenausschreibungen, anonymisierte Vorauswahl in Pilotämtern "
                "und Verbreitung von Ausschreibungen über Migrant*innenorganisationen."
            ),
            goals=["v-O1", "v-O2"],
            unit="Personal- und Organisationsamt",
            partners=["Personalrat", "Migrant*innenorganisationen", "Agentur für Arbeit"],
            groups=["Verwaltung", "Migrant*innenorganisationen"],
            start="2024-04-01",
            end="2030-12-31",
            staff_hours=300,
            status=IN_PROGRESS,
            progress=40,
            budget=[
                (2024, OWN, "", 8_000, 7_400),
                (2025, OWN, "", 8_000, 7_900),
                (2026, OWN, "", 8_000, 5_600),
            ],
            milestones=[
                ("Leitfaden Stellenausschreibungen beschlossen", "2025-03-31", "2025-03-28")
            ],
        ),
        measure(
            "v-M2",
            "Ausbildungsinitiative „Musterstadt bildet aus“",
            description="Die Stadtverwaltung wirbt an allen Schulen für ihre Ausbildungsberufe und bietet Praktika an.",
            goals=["v-O1"],
            unit="Personal- und Organisationsamt",
            partners=["Weiterführende Schulen", "Berufsschulzentrum Musterland"],
            groups=["junge Menschen", "Schulen"],
            start="2025-01-01",
            end="2029-12-31",
            staff_hours=200,
            status=IN_PROGRESS,
            progress=30,
            budget=[(2025, OWN, "", 12_000, 11_200), (2026, OWN, "", 12_000, 8_000)],
        ),
        measure(
            "v-M3",
            "Fortbildungsreihe Diversitätssensible Kommunikation",
            description="Halbtägige Pflichtfortbildung für alle Beschäftigten mit Publikumsverkehr.",
            goals=["v-O3"],
            unit="Personal- und Organisationsamt",
            partners=["Studieninstitut für kommunale Verwaltung Musterland"],
            groups=["Verwaltung"],
            start="2024-02-01",
            end="2027-12-31",
            staff_hours=150,
            status=IN_PROGRESS,
            progress=60,
            budget=[
                (2024, LAND, WIR, 10_000, 9_600),
                (2025, LAND, WIR, 10_000, 10_000),
                (2026, OWN, "", 8_000, 5_500),
            ],
        ),
        measure(
            "v-M4",
            "Formulare und Bescheide in Leichter Sprache und in fünf Sprachen",
            goals=["v-O4"],
            unit="Bürgeramt",
            description="Die meistgenutzten Formulare werden überarbeitet, getestet und übersetzt.",
            partners=["Büro für Leichte Sprache Musterland", "Übersetzungsdienst"],
            groups=["Verwaltung", "Stadtbevölkerung"],
            start="2025-01-01",
            end="2026-12-31",
            staff_hours=260,
            status=IN_PROGRESS,
            progress=55,
            budget=[(2025, OWN, "", 9_000, 8_700), (2026, OWN, "", 9_000, 3_200)],
        ),
        measure(
            "v-M5",
            "Videodolmetschen im Bürgeramt",
            description="Videodolmetschen in 40 Sprachen an allen Schaltern des Bürgeramts.",
            goals=["v-S2"],
            unit="Bürgeramt",
            partners=["Sprachmittlerpool Musterland"],
            groups=["Verwaltung"],
            start="2024-01-01",
            end="2024-12-31",
            staff_hours=60,
            status=DONE,
            progress=100,
            note="Seit Oktober 2024 im Regelbetrieb; 2025 rund 600 Einsätze.",
            budget=[(2024, OWN, "", 11_000, 10_450)],
        ),
        measure(
            "v-M6",
            "Interkulturelle Öffnung in den Zielvereinbarungen der Ämter",
            description="Jedes Amt vereinbart jährlich ein Ziel zur interkulturellen Öffnung mit der Verwaltungsspitze.",
            goals=["v-S2"],
            unit="Personal- und Organisationsamt",
            partners=["Bürgermeisteramt"],
            groups=["Verwaltung", "Bürgermeisteramt"],
            start="2028-01-01",
            end="2030-12-31",
            staff_hours=40,
            budget=[(2028, OWN, "", 0, None)],
        ),
    ],
    "teilhabe": [
        measure(
            "t-M1",
            "Mehrsprachige Einladungen und Assistenz in Beteiligungsverfahren",
            description="Beteiligungsverfahren werden mehrsprachig beworben, mit Sprachmittlung und Kinderbetreuung durchgeführt.",
            goals=["t-O1"],
            unit="Stabsstelle Integration",
            partners=[
                "Amt für Stadtentwicklung",
                "Ausländerbeirat Musterstadt",
                "Sprachmittlerpool Musterland",
            ],
            groups=["Stadtbevölkerung", "Interessenvertretungen und Beiräte"],
            start="2024-06-01",
            end="2027-12-31",
            staff_hours=180,
            status=IN_PROGRESS,
            progress=55,
            budget=[
                (2024, OWN, "", 4_000, 3_900),
                (2025, OWN, "", 6_000, 5_800),
                (2026, OWN, "", 6_000, 3_600),
            ],
        ),
        measure(
            "t-M2",
            "Freiwilligenagentur: Engagement für alle Generationen",
            description="Beratung und Vermittlung ins Ehrenamt, Engagementbörse und Anerkennungsabend.",
            goals=["t-O2"],
            unit="Stabsstelle Integration",
            partners=["Freiwilligenagentur Musterstadt e. V.", "Vereine in Musterstadt"],
            groups=["junge Menschen", "Initiativen", "Vereine"],
            start="2024-01-01",
            end="2028-12-31",
            staff_hours=780,
            novelty=EXISTING,
            status=IN_PROGRESS,
            progress=50,
            budget=[
                (2024, OWN, "", 20_000, 20_000),
                (2025, OWN, "", 20_000, 19_500),
                (2026, OWN, "", 20_000, 15_000),
            ],
        ),
        measure(
            "t-M3",
            "Vielfaltsfonds für Vereine und Initiativen",
            description="Kleinprojektförderung bis 2.000 Euro; eine Jury mit Mitgliedern des Ausländerbeirats entscheidet.",
            goals=["t-O3"],
            unit="Stabsstelle Integration",
            partners=["Ausländerbeirat Musterstadt", "Migrant*innenorganisationen"],
            groups=["Migrant*innenorganisationen", "Initiativen"],
            start="2025-01-01",
            end="2030-12-31",
            staff_hours=160,
            status=IN_PROGRESS,
            progress=35,
            budget=[
                (2025, OWN, "", 15_000, 14_700),
                (2026, OWN, "", 15_000, 11_000),
                (2026, LAND, WIR, 5_000, 5_000),
            ],
            milestones=[("Erste Vergaberunde", "2025-05-31", "2025-05-27")],
        ),
        measure(
            "t-M4",
            "Unabhängige Antidiskriminierungsberatung",
            description="Beratung für Betroffene von Diskriminierung in vier Sprachen, zweimal wöchentlich im Rathaus und online.",
            goals=["t-O4"],
            unit="Stabsstelle Integration",
            partners=["Antidiskriminierungsnetzwerk Musterland e. V."],
            groups=["Stadtbevölkerung", "Beratungsstellen"],
            start="2024-10-01",
            end="2027-12-31",
            staff_hours=400,
            status=IN_PROGRESS,
            progress=70,
            budget=[
                (2024, FEDERAL, DEMOKRATIE, 6_000, 5_500),
                (2025, FEDERAL, DEMOKRATIE, 24_000, 23_800),
                (2026, OWN, "", 12_000, 8_100),
            ],
            milestones=[("Beratungsstelle eröffnet", "2025-01-15", "2025-01-20")],
        ),
        measure(
            "t-M5",
            "Kampagne „Musterstadt zeigt Haltung“",
            description="Plakate, Schulprojekte und Vereinsaktionen während der Internationalen Wochen gegen Rassismus.",
            goals=["t-S3"],
            unit="Stabsstelle Integration",
            partners=["Schulen", "Sportvereine", "Stadtmarketing Musterstadt"],
            groups=["Stadtbevölkerung", "Schulen"],
            start="2025-03-01",
            end="2025-03-31",
            staff_hours=120,
            status=DONE,
            progress=100,
            budget=[(2025, FEDERAL, DEMOKRATIE, 7_000, 6_800)],
        ),
        measure(
            "t-M6",
            "Einbürgerungsfeier und Informationsabende",
            description="Jährliche Feier im Rathaus und Informationsabende zum Weg zur Einbürgerung.",
            goals=["t-S1"],
            unit="Bürgeramt",
            partners=[
                "Einbürgerungsbehörde des Landkreises Musterland",
                "Ausländerbeirat Musterstadt",
            ],
            groups=["Stadtbevölkerung"],
            start="2026-01-01",
            end="2030-12-31",
            staff_hours=50,
            status=IN_PROGRESS,
            progress=25,
            budget=[(2026, OWN, "", 3_000, 1_400)],
        ),
    ],
}

# ---------------------------------------------------------------------------
# Indicators (values for 2018..2025; None = no value, see ``flags``)
# ---------------------------------------------------------------------------

YEARS = list(range(2018, 2026))

HSL = "Hessisches Statistisches Landesamt"
BA = "Bundesagentur für Arbeit, Statistik"
EMA = "Einwohnermeldeamt Musterstadt"
GA = "Gesundheitsamt Landkreis Musterland, Schuleingangsuntersuchung"

HIGHER = Direction.HIGHER_IS_BETTER
LOWER = Direction.LOWER_IS_BETTER
NEUTRAL = Direction.NEUTRAL
GOAL = IndicatorKind.GOAL
CONTEXT = IndicatorKind.CONTEXT


def indicator(
    key,
    name,
    *,
    field,
    goals,
    unit,
    values,
    definition,
    source,
    responsible,
    kind=GOAL,
    direction=HIGHER,
    numerator="",
    denominator="",
    disaggregations="",
    baseline_year=None,
    target=None,
    target_date=None,
    flags=None,
    districts=None,
    groups=None,
    catalogue_code="",
):
    return {
        "key": key,
        "name": name,
        "field": field,
        "goals": list(goals),
        "kind": kind,
        "unit": unit,
        "definition": definition,
        "numerator": numerator,
        "denominator": denominator,
        "source": source,
        "responsible": responsible,
        "direction": direction,
        "disaggregations": disaggregations,
        "baseline_year": baseline_year,
        "target": target,
        "target_date": target_date,
        "values": list(values),
        "flags": dict(flags or {}),
        "districts": dict(districts or {}),
        "groups": dict(groups or {}),
        "catalogue_code": catalogue_code,
    }


# Values by age band are stored with the group label "Altersgruppe: …": the part before the
# colon names the breakdown in charts.
AGE_BANDS = [
    f"Altersgruppe: {band}"
    for band in (
        "unter 6",
        "6 bis unter 18",
        "18 bis unter 30",
        "30 bis unter 45",
        "45 bis unter 65",
        "65 und älter",
    )
]

INDICATORS = [
    indicator(
        "abschluss",
        "Schulabgänge ohne Hauptschulabschluss",
        field="bildung",
        goals=["b-S1", "b-O1"],
        unit="%",
        direction=LOWER,
        definition="Anteil der Schulabgängerinnen und Schulabgänger allgemeinbildender Schulen ohne mindestens den Hauptschulabschluss.",
        numerator="Schulabgänge ohne Hauptschulabschluss",
        denominator="alle Schulabgänge allgemeinbildender Schulen",
        source=HSL,
        responsible="Amt für Schule und Bildung",
        disaggregations="Geschlecht, Staatsangehörigkeit",
        values=[7.4, 7.9, None, 8.2, 7.6, 7.1, 6.8, 6.4],
        flags={2020: "secret", 2025: "provisional"},
        baseline_year=2023,
        target=5.0,
        target_date="2030-07-31",
        catalogue_code="schulabgang-ohne-abschluss",
    ),
    indicator(
        "gymnasium",
        "Übergänge von der Grundschule auf das Gymnasium",
        field="bildung",
        goals=["b-O2"],
        unit="%",
        definition="Anteil der Kinder der vierten Klassen, die auf ein Gymnasium oder den gymnasialen Zweig einer Gesamtschule wechseln.",
        numerator="Übergänge auf das Gymnasium",
        denominator="Schülerinnen und Schüler der 4. Klassen",
        source=HSL,
        responsible="Amt für Schule und Bildung",
        values=[38.5, 39.1, 40.2, 39.8, 41.0, 41.6, 42.3, 43.0],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=45.0,
        target_date="2030-08-31",
    ),
    indicator(
        "sprachbedarf",
        "Kinder mit Sprachförderbedarf bei der Schuleingangsuntersuchung",
        field="bildung",
        goals=["b-S2", "b-O3"],
        unit="%",
        direction=LOWER,
        definition="Anteil der untersuchten Kinder, bei denen die Schuleingangsuntersuchung einen Förderbedarf in der deutschen Sprache feststellt.",
        numerator="Kinder mit festgestelltem Sprachförderbedarf",
        denominator="untersuchte Kinder",
        source=GA,
        responsible="Gesundheitsamt Landkreis Musterland",
        disaggregations="Stadtteil",
        values=[24.1, 25.3, 27.8, 29.0, 28.4, 27.1, 25.9, 24.8],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=20.0,
        target_date="2028-12-31",
        districts={
            2022: {"01": 27.5, "02": 36.8, "03": 26.0, "04": 31.2, "05": 33.5, "06": 12.4},
            2024: {"01": 25.1, "02": 33.0, "03": 24.2, "04": 28.0, "05": 29.6, "06": 11.8},
        },
    ),
    indicator(
        "deutschkurse",
        "Teilnahmen an Deutschkursen mit Kinderbetreuung",
        field="bildung",
        goals=["b-O4"],
        unit="Personen",
        definition="Zahl der Teilnehmenden, die im Jahr einen städtisch geförderten Deutschkurs mit Kinderbetreuung begonnen haben.",
        source="Stabsstelle Integration, Teilnahmelisten der Kursträger",
        responsible="Stabsstelle Integration",
        values=[64, 71, 38, 45, 92, 118, 140, 156],
        baseline_year=2023,
        target=180,
        target_date="2026-12-31",
    ),
    indicator(
        "u3",
        "Betreuungsquote der Kinder unter drei Jahren",
        field="bildung",
        goals=["b-L"],
        unit="%",
        kind=CONTEXT,
        definition="Anteil der Kinder unter drei Jahren in Kindertageseinrichtungen und Kindertagespflege an allen Kindern dieser Altersgruppe (Stichtag 1. März).",
        numerator="betreute Kinder unter 3 Jahren",
        denominator="Kinder unter 3 Jahren",
        source=f"{HSL}, Kinder- und Jugendhilfestatistik",
        responsible="Jugendamt",
        disaggregations="Stadtteil",
        values=[28.9, 30.2, 31.0, 31.8, 33.1, 34.0, 34.6, 35.2],
        flags={2025: "provisional"},
        catalogue_code="betreuungsquote-u3",
        districts={
            2022: {"01": 35.2, "02": 27.4, "03": 34.0, "04": 31.5, "05": 29.8, "06": 41.3},
            2024: {"01": 36.8, "02": 30.1, "03": 35.2, "04": 33.0, "05": 31.6, "06": 42.0},
        },
    ),
    indicator(
        "sgb2",
        "SGB-II-Quote",
        field="arbeit",
        goals=["a-S2", "a-O3"],
        unit="%",
        direction=LOWER,
        definition="Anteil der Personen in Bedarfsgemeinschaften nach dem SGB II an der Bevölkerung unter der Regelaltersgrenze (Stichtag 31. Dezember).",
        numerator="Personen in Bedarfsgemeinschaften (SGB II)",
        denominator="Bevölkerung unter der Regelaltersgrenze",
        source=BA,
        responsible="Jobcenter Musterstadt",
        disaggregations="Stadtteil",
        values=[9.8, 9.5, 10.1, 9.9, 9.4, 9.2, 9.0, 8.8],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=7.5,
        target_date="2030-12-31",
        catalogue_code="sgb2-quote",
        districts={
            2022: {"01": 8.1, "02": 12.6, "03": 8.7, "04": 9.6, "05": 10.4, "06": 3.9},
            2024: {"01": 7.8, "02": 12.1, "03": 8.4, "04": 9.3, "05": 10.0, "06": 3.7},
        },
    ),
    indicator(
        "alq",
        "Arbeitslosenquote",
        field="arbeit",
        goals=["a-L"],
        unit="%",
        kind=CONTEXT,
        direction=LOWER,
        definition="Arbeitslose in Prozent aller zivilen Erwerbspersonen, Jahresdurchschnitt.",
        numerator="Arbeitslose",
        denominator="alle zivilen Erwerbspersonen",
        source=BA,
        responsible="Amt für Wirtschaftsförderung",
        disaggregations="Geschlecht, Alter, Staatsangehörigkeit",
        values=[4.9, 4.6, 5.8, 5.5, 5.1, 5.4, 5.7, 5.9],
        flags={2025: "provisional"},
        catalogue_code="arbeitslosenquote",
    ),
    indicator(
        "beschaeftigung-frauen",
        "Beschäftigungsquote der Frauen",
        field="arbeit",
        goals=["a-S2"],
        unit="%",
        definition="Sozialversicherungspflichtig beschäftigte Frauen am Wohnort in Prozent aller Frauen von 15 bis unter 65 Jahren (Stichtag 30. Juni).",
        numerator="sozialversicherungspflichtig beschäftigte Frauen (Wohnort)",
        denominator="Frauen von 15 bis unter 65 Jahren",
        source=BA,
        responsible="Amt für Wirtschaftsförderung",
        disaggregations="Staatsangehörigkeit",
        values=[55.2, 56.0, 55.7, 56.9, 58.1, 58.8, 59.4, 59.9],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=63.0,
        target_date="2030-12-31",
        catalogue_code="beschaeftigungsquote",
    ),
    indicator(
        "ausbildung",
        "Ausbildungsquote",
        field="arbeit",
        goals=["a-S1", "a-O1", "a-O2"],
        unit="Auszubildende je 100 Beschäftigte",
        definition="Sozialversicherungspflichtige Auszubildende je 100 sozialversicherungspflichtig Beschäftigte am Arbeitsort.",
        numerator="Auszubildende (Arbeitsort)",
        denominator="sozialversicherungspflichtig Beschäftigte (Arbeitsort)",
        source=BA,
        responsible="Amt für Wirtschaftsförderung",
        values=[5.1, 5.0, 4.7, 4.6, 4.6, 4.7, 4.8, 4.9],
        baseline_year=2023,
        target=5.5,
        target_date="2028-12-31",
        catalogue_code="ausbildungsquote",
    ),
    indicator(
        "anerkennung",
        "Erstberatungen zur Anerkennung ausländischer Abschlüsse",
        field="arbeit",
        goals=["a-O4"],
        unit="Beratungen",
        definition="Zahl der Erstberatungen zur Anerkennung im Ausland erworbener Berufs- und Studienabschlüsse im Welcome Center.",
        source="Stabsstelle Integration, Beratungsdokumentation",
        responsible="Stabsstelle Integration",
        values=[42, 55, 31, 48, 96, 121, 134, 141],
        baseline_year=2023,
        target=150,
        target_date="2027-12-31",
    ),
    indicator(
        "nachbarschaft",
        "Teilnehmende an Nachbarschaftsaktionen und Stadtteilfesten",
        field="wohnen",
        goals=["w-S1", "w-O1", "w-O2"],
        unit="Personen",
        definition="Geschätzte Zahl der Teilnehmenden an städtisch unterstützten Nachbarschaftsaktionen, Stadtteilfesten und Angeboten der Stadtteiltreffs.",
        source="Amt für Stadtentwicklung, Quartiersmanagement",
        responsible="Amt für Stadtentwicklung",
        values=[2600, 2850, 450, 900, 2400, 3100, 3550, 3800],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=4200,
        target_date="2027-12-31",
    ),
    indicator(
        "wohnraum",
        "Über die Wohnraumvermittlung vermittelte Wohnungen",
        field="wohnen",
        goals=["w-O3"],
        unit="Wohnungen",
        definition="Zahl der Mietverträge, die im Jahr durch die städtische Wohnraumvermittlung zustande gekommen sind.",
        source="Sozialamt, Fachstelle Wohnen",
        responsible="Sozialamt",
        values=[8, 11, 9, 14, 19, 22, 27, 31],
        baseline_year=2023,
        target=30,
        target_date="2028-12-31",
    ),
    indicator(
        "maedchen-jugendarbeit",
        "Anteil der Mädchen und jungen Frauen in der offenen Jugendarbeit",
        field="jugend",
        goals=["j-S1", "j-O1"],
        unit="%",
        definition="Anteil der Besucherinnen an allen Besuchen der städtischen Jugendhäuser (Zählwochen im Frühjahr und Herbst).",
        numerator="Besuche von Mädchen und jungen Frauen",
        denominator="alle Besuche",
        source="Jugendamt, Besuchsstatistik der Jugendhäuser",
        responsible="Jugendamt",
        values=[26, 27, 22, 24, 28, 30, 33, 35],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=40,
        target_date="2027-12-31",
    ),
    indicator(
        "beratungskontakte",
        "Beratungskontakte in den Stadtteilbüros",
        field="jugend",
        goals=["j-S2", "j-O3", "j-O4"],
        unit="Kontakte",
        definition="Zahl der dokumentierten Beratungskontakte in den offenen Sprechstunden der Stadtteilbüros.",
        source="Sozialamt, Jahresberichte der Träger",
        responsible="Sozialamt",
        disaggregations="Stadtteil, Sprache",
        values=[3120, 3300, 2450, 2890, 3520, 3680, 4010, 4240],
        baseline_year=2023,
        target=4600,
        target_date="2028-12-31",
        # Eichenau has no Stadtteilbüro: no value, which the map shows as "no data".
        districts={2025: {"01": 820, "02": 1350, "03": 540, "04": 880, "05": 650}},
    ),
    indicator(
        "masern",
        "Vollständiger Masern-Impfschutz bei der Schuleingangsuntersuchung",
        field="gesundheit",
        goals=["g-S1", "g-O2"],
        unit="%",
        definition="Anteil der Kinder mit zwei dokumentierten Masernimpfungen an allen Kindern mit vorgelegtem Impfausweis.",
        numerator="Kinder mit zwei Masernimpfungen",
        denominator="Kinder mit vorgelegtem Impfausweis",
        source=GA,
        responsible="Gesundheitsamt Landkreis Musterland",
        values=[91.2, 92.0, 92.4, 91.5, 92.8, 93.1, 93.9, 94.2],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=95.0,
        target_date="2028-12-31",
    ),
    indicator(
        "gesundheitslotsen",
        "Aktive Gesundheitslotsinnen und -lotsen",
        field="gesundheit",
        goals=["g-O1"],
        unit="Personen",
        definition="Zahl der ausgebildeten Gesundheitslotsinnen und -lotsen, die im Jahr mindestens eine Informationsveranstaltung durchgeführt haben.",
        source="Sozialamt, Projektdokumentation",
        responsible="Sozialamt",
        values=[0, 0, 0, 0, 6, 11, 15, 18],
        baseline_year=2023,
        target=20,
        target_date="2027-12-31",
    ),
    indicator(
        "kulturbesuche",
        "Besuche interkultureller und interreligiöser Veranstaltungen",
        field="kultur",
        goals=["k-S1", "k-O1", "k-O2"],
        unit="Besuche",
        definition="Besuche der Woche der Religionen und der städtisch geförderten Veranstaltungen mit interkulturellem Schwerpunkt.",
        source="Kulturamt, Veranstaltungsstatistik",
        responsible="Kulturamt",
        values=[1800, 1950, 300, 700, 2100, 2400, 2900, 3150],
        baseline_year=2023,
        target=3500,
        target_date="2027-12-31",
    ),
    indicator(
        "sportvereine-frauen",
        "Anteil weiblicher Mitglieder in Sportvereinen",
        field="kultur",
        goals=["k-S2", "k-O3"],
        unit="%",
        definition="Anteil der Mädchen und Frauen an allen Mitgliedern der Sportvereine mit Sitz in Musterstadt (Stichtag 1. Januar).",
        numerator="weibliche Mitglieder",
        denominator="alle Mitglieder",
        source="Landessportbund Hessen, Bestandserhebung",
        responsible="Sportamt",
        disaggregations="Altersgruppe",
        values=[33.8, 34.1, 33.2, 33.0, 34.5, 35.1, 35.9, 36.4],
        baseline_year=2023,
        target=40.0,
        target_date="2030-12-31",
    ),
    indicator(
        "personal-vielfalt",
        "Beschäftigte der Stadtverwaltung mit Einwanderungsgeschichte",
        field="verwaltung",
        goals=["v-S1", "v-O1", "v-O2"],
        unit="%",
        definition=(
            "Anteil der Beschäftigten, die in der freiwilligen, anonymen Beschäftigtenbefragung angeben, "
            "selbst oder mit beiden Elternteilen nach Deutschland eingewandert zu sein. Bis 2022 wurde nach "
            "„Migrationshintergrund“ gefragt (siehe Definitionsänderung)."
        ),
        numerator="Beschäftigte mit Einwanderungsgeschichte (Befragung)",
        denominator="antwortende Beschäftigte",
        source="Personal- und Organisationsamt, Beschäftigtenbefragung",
        responsible="Personal- und Organisationsamt",
        values=[9.5, 10.1, 10.4, 11.2, 12.0, 13.1, 14.0, 14.8],
        flags={2025: "provisional"},
        baseline_year=2023,
        target=20.0,
        target_date="2030-12-31",
        catalogue_code="personal-einwanderungsgeschichte",
    ),
    indicator(
        "fortbildung",
        "Beschäftigte mit Publikumsverkehr mit Fortbildung zu diversitätssensibler Kommunikation",
        field="verwaltung",
        goals=["v-S2", "v-O3"],
        unit="%",
        definition="Anteil der Beschäftigten mit Publikumsverkehr, die seit 2018 an der Fortbildung teilgenommen haben (kumuliert).",
        numerator="fortgebildete Beschäftigte mit Publikumsverkehr",
        denominator="Beschäftigte mit Publikumsverkehr",
        source="Personal- und Organisationsamt, Fortbildungsstatistik",
        responsible="Personal- und Organisationsamt",
        values=[4, 6, 7, 12, 21, 33, 48, 57],
        baseline_year=2023,
        target=80,
        target_date="2027-12-31",
    ),
    indicator(
        "beteiligung-mehrsprachig",
        "Beteiligungsverfahren mit mehrsprachiger Einladung",
        field="teilhabe",
        goals=["t-S1", "t-O1"],
        unit="%",
        definition="Anteil der städtischen Beteiligungsverfahren eines Jahres, die in mindestens drei Sprachen beworben wurden.",
        numerator="mehrsprachig beworbene Verfahren",
        denominator="alle städtischen Beteiligungsverfahren",
        source="Stabsstelle Integration, Verfahrensliste",
        responsible="Stabsstelle Integration",
        values=[0, 0, 10, 15, 25, 40, 55, 70],
        baseline_year=2023,
        target=100,
        target_date="2027-12-31",
    ),
    indicator(
        "engagierte",
        "Über die Freiwilligenagentur vermittelte Engagierte",
        field="teilhabe",
        goals=["t-S2", "t-O2"],
        unit="Personen",
        disaggregations="Altersgruppe",
        definition="Zahl der Personen, die im Jahr über die Freiwilligenagentur in ein Engagement vermittelt wurden.",
        source="Freiwilligenagentur Musterstadt e. V., Jahresbericht",
        responsible="Stabsstelle Integration",
        values=[120, 135, 90, 110, 160, 205, 248, 276],
        baseline_year=2023,
        target=400,
        target_date="2028-12-31",
    ),
    indicator(
        "gefoerderte-projekte",
        "Geförderte Projekte von Migrant*innenorganisationen und Initiativen",
        field="teilhabe",
        goals=["t-O3"],
        unit="Projekte",
        definition="Zahl der Projekte von Migrant*innenorganisationen und Initiativen, die im Jahr städtische Fördermittel erhalten haben.",
        source="Stabsstelle Integration, Förderdatenbank",
        responsible="Stabsstelle Integration",
        values=[6, 7, 5, 6, 9, 11, 14, 16],
        baseline_year=2023,
        target=20,
        target_date="2028-12-31",
    ),
    indicator(
        "antidiskriminierung",
        "Anfragen an die Antidiskriminierungsberatung",
        field="teilhabe",
        goals=["t-S3", "t-O4"],
        unit="Anfragen",
        definition=(
            "Zahl der Beratungsanfragen aus Musterstadt bei der Antidiskriminierungsberatung. Ein Anstieg "
            "zeigt vor allem, dass das Angebot bekannt ist und ihm vertraut wird."
        ),
        source="Antidiskriminierungsnetzwerk Musterland e. V.",
        responsible="Stabsstelle Integration",
        values=[14, 19, 22, 31, 38, 45, 61, 79],
        baseline_year=2023,
        target=100,
        target_date="2027-12-31",
    ),
    indicator(
        "einbuergerungen",
        "Einbürgerungen",
        field="teilhabe",
        goals=["t-L"],
        unit="Personen",
        kind=CONTEXT,
        definition="Zahl der Einbürgerungen von Einwohnerinnen und Einwohnern Musterstadts im Kalenderjahr.",
        source="Landkreis Musterland, Einbürgerungsbehörde",
        responsible="Bürgeramt",
        values=[118, 131, 97, 142, 176, 228, 301, 342],
        flags={2025: "provisional"},
        catalogue_code="einbuergerungen",
    ),
    indicator(
        "bevoelkerung",
        "Einwohnerinnen und Einwohner mit Hauptwohnsitz",
        field="wohnen",
        goals=["w-L"],
        unit="Personen",
        kind=CONTEXT,
        disaggregations="Stadtteil",
        definition="Bevölkerung mit Hauptwohnsitz in Musterstadt am 31. Dezember laut Melderegister.",
        source=EMA,
        responsible="Bürgeramt",
        values=[43870, 44105, 44190, 44320, 44960, 45080, 45000, 45140],
        districts={
            2022: {"01": 6790, "02": 9450, "03": 7210, "04": 8590, "05": 7120, "06": 5800},
            2024: {"01": 6800, "02": 9400, "03": 7300, "04": 8600, "05": 7100, "06": 5800},
        },
        groups={
            2020: dict(zip(AGE_BANDS, [2560, 5210, 6740, 8020, 12300, 9360], strict=True)),
            2024: dict(zip(AGE_BANDS, [2700, 5450, 6820, 8480, 11950, 9600], strict=True)),
        },
    ),
    indicator(
        "auslaendisch",
        "Anteil der Bevölkerung mit ausländischer Staatsangehörigkeit",
        field="teilhabe",
        goals=[],
        unit="%",
        kind=CONTEXT,
        direction=NEUTRAL,
        disaggregations="Stadtteil",
        definition="Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit in Prozent aller Einwohnerinnen und Einwohner mit Hauptwohnsitz am 31. Dezember.",
        numerator="Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit",
        denominator="Einwohnerinnen und Einwohner mit Hauptwohnsitz",
        source=EMA,
        responsible="Bürgeramt",
        values=[14.2, 14.6, 14.9, 15.3, 16.8, 17.4, 17.9, 18.3],
        flags={2025: "provisional"},
        districts={
            2022: {"01": 19.6, "02": 22.9, "03": 15.0, "04": 17.8, "05": 17.0, "06": 5.7},
            2024: {"01": 20.5, "02": 24.0, "03": 15.8, "04": 18.6, "05": 17.9, "06": 6.1},
        },
        catalogue_code="auslaendische-staatsangehoerigkeit",
    ),
    indicator(
        "einwanderungsgeschichte",
        "Anteil der Bevölkerung mit Einwanderungsgeschichte",
        field="teilhabe",
        goals=[],
        unit="%",
        kind=CONTEXT,
        direction=NEUTRAL,
        disaggregations="Altersgruppe, Stadtteil",
        definition=(
            "Einwohnerinnen und Einwohner, die selbst seit 1950 eingewandert sind oder deren beide "
            "Elternteile seit 1950 eingewandert sind, in Prozent aller Einwohnerinnen und Einwohner "
            "mit Hauptwohnsitz. Aus dem Melderegister abgeleitet; erst seit 2022 ausgewertet."
        ),
        numerator="Einwohnerinnen und Einwohner mit Einwanderungsgeschichte",
        denominator="Einwohnerinnen und Einwohner mit Hauptwohnsitz",
        source=f"{EMA}, Ableitung aus dem Melderegister",
        responsible="Bürgeramt",
        values=[None, None, None, None, 31.2, 32.0, 32.9, 33.6],
        flags={
            2018: "not_applicable",
            2019: "not_applicable",
            2020: "not_applicable",
            2021: "not_applicable",
            2025: "provisional",
        },
        districts={
            2024: {"01": 38.0, "02": 44.2, "03": 30.5, "04": 36.1, "05": 34.8, "06": 13.9},
        },
        groups={
            2024: dict(zip(AGE_BANDS, [45.1, 41.8, 38.5, 37.9, 27.4, 16.2], strict=True)),
        },
        catalogue_code="bevoelkerung-einwanderungsgeschichte",
    ),
]

DEFINITION_CHANGES = {
    "personal-vielfalt": (
        "2023-01-01",
        "Die Beschäftigtenbefragung fragt seit 2023 nach „Einwanderungsgeschichte“ (selbst oder beide "
        "Elternteile seit 1950 eingewandert) statt nach „Migrationshintergrund“. Werte ab 2023 sind mit "
        "den Vorjahren nur eingeschränkt vergleichbar.",
    ),
}

# ---------------------------------------------------------------------------
# Beispielheim: a small adopted concept, translated into Arabic and English
# (the translations are in demo/translations.py)
# ---------------------------------------------------------------------------

BEISPIELHEIM_ORG_UNITS = [
    ("Hauptamt", "HA", OrgUnitKind.OFFICE),
    ("Fachbereich Soziales, Familie und Senioren", "FB 3", OrgUnitKind.DEPARTMENT),
]
BH_SOCIAL = "Fachbereich Soziales, Familie und Senioren"
BH_OFFICE = "Hauptamt"
BH_REGISTRY = "Einwohnermeldeamt Beispielheim"

BEISPIELHEIM_CONCEPT = {
    "title": "Integrationsleitfaden Beispielheim",
    "kind_label": "Integrationsleitfaden",
    "period_start": 2026,
    "period_end": 2030,
    "adopted_on": "2025-11-20",
    "adopting_resolution": "Gemeindevertretung Beispielheim, Beschluss vom 20. November 2025 (Drucksache 2025/118)",
    "vision_title": "Gemeinsam in Beispielheim",
    "vision": (
        "Beispielheim ist ein Ort, an dem alle, die hier wohnen, sich zu Hause fühlen können – "
        "ob sie hier geboren oder neu zugezogen sind. Wir begegnen einander mit Respekt, sprechen "
        "miteinander und gestalten das Leben in unserer Gemeinde gemeinsam."
    ),
    "local_narrative": (
        "Beispielheim ist in den vergangenen zehn Jahren um fast 1.500 Menschen gewachsen. Viele "
        "sind wegen der Arbeit in den Betrieben des Gewerbegebiets gekommen, andere haben hier "
        "Schutz gefunden. Vereine, Kirchengemeinden und Nachbarschaften haben sie mit großem "
        "Einsatz aufgenommen. Mit diesem Leitfaden unterstützt die Gemeinde dieses Engagement "
        "verlässlich."
    ),
    "guidelines": [
        (
            "Willkommen heißen",
            "Wer neu nach Beispielheim kommt, erhält früh Orientierung und persönliche "
            "Ansprechpersonen.",
        ),
        (
            "Miteinander sprechen",
            "Deutsch ist unsere gemeinsame Sprache. Wir fördern das Deutschlernen und schätzen "
            "die vielen Sprachen in unserer Gemeinde.",
        ),
        (
            "Gemeinsam gestalten",
            "Alle Einwohnerinnen und Einwohner können sich in Vereinen, Gremien und Projekten "
            "einbringen.",
        ),
    ],
    "fields": [
        {
            "key": "willkommen",
            "name": "Willkommen und Orientierung",
            "catalogue": "willkommenskultur",
            "lead": BH_SOCIAL,
            "priority": "high",
            "description": (
                "Neu Zugezogene erhalten Orientierung und finden schnell Anschluss an Vereine "
                "und Nachbarschaft."
            ),
            "goals": [
                guiding(
                    "bh-L",
                    "Neu Zugezogene fühlen sich in Beispielheim schnell willkommen und finden "
                    "Anschluss an das Gemeindeleben.",
                    guidelines=[1],
                    children=[
                        strategic(
                            "bh-S1",
                            "Informationen für Neubürgerinnen und Neubürger bündeln und "
                            "persönlich vermitteln",
                            description=(
                                "Ab 2027 erhalten alle, die sich in Beispielheim anmelden, eine "
                                "Willkommensmappe und eine Einladung zum Neubürgerempfang."
                            ),
                            kind=PROCESS,
                            addressee=ADMIN,
                            groups=["Stadtbevölkerung", "Vereine"],
                            guidelines=[1],
                            target="2027-12-31",
                        ),
                    ],
                ),
            ],
        },
        {
            "key": "sprache",
            "name": "Sprache und Bildung",
            "catalogue": "sprachfoerderung",
            "lead": BH_SOCIAL,
            "priority": "high",
            "description": (
                "Kinder und Erwachsene lernen Deutsch dort, wo sie ihren Alltag verbringen: in "
                "der Kita, in der Schule und im Ort."
            ),
            "goals": [
                guiding(
                    "bh-L2",
                    "Kinder und Erwachsene können sich im Alltag sicher auf Deutsch verständigen.",
                    guidelines=[2],
                    children=[
                        strategic(
                            "bh-S2",
                            "Sprachangebote im Ort ausbauen und bekannter machen",
                            description=(
                                "Bis Ende 2028 gibt es im Ort zwei Deutschkurse am Abend und ein "
                                "Angebot mit Kinderbetreuung."
                            ),
                            groups=["Stadtbevölkerung", "Bildungsträger"],
                            guidelines=[2],
                            target="2028-12-31",
                        ),
                    ],
                ),
            ],
        },
        {
            "key": "teilhabe",
            "name": "Teilhabe und Engagement",
            "catalogue": "teilhabe-engagement",
            "lead": BH_OFFICE,
            "priority": "medium",
            "description": (
                "Mehr Einwohnerinnen und Einwohner mit Einwanderungsgeschichte wirken in "
                "Vereinen, im Ehrenamt und in den Gremien der Gemeinde mit."
            ),
            "goals": [
                guiding(
                    "bh-L3",
                    "Menschen mit Einwanderungsgeschichte gestalten das Gemeindeleben aktiv mit.",
                    guidelines=[3],
                    children=[
                        strategic(
                            "bh-S3",
                            "Vereine und Gremien öffnen sich für neue Mitglieder",
                            description=(
                                "Bis 2030 beteiligen sich mindestens zehn Vereine am "
                                "Vereinsforum, und ein Integrationsbeirat berät die "
                                "Gemeindevertretung."
                            ),
                            kind=STRUCTURE,
                            groups=["Vereine", "Migrant*innenorganisationen"],
                            guidelines=[3],
                            target="2030-12-31",
                        ),
                    ],
                ),
            ],
        },
    ],
    "measures": {
        "willkommen": [
            measure(
                "bh-M1",
                "Willkommensmappe und Neubürgerempfang",
                description=(
                    "Eine Willkommensmappe mit Vereinen, Ansprechpersonen und Angeboten und ein "
                    "jährlicher Empfang im Bürgerhaus."
                ),
                goals=["bh-S1"],
                unit=BH_OFFICE,
                partners=["Vereinsring Beispielheim", "Evangelische Kirchengemeinde Beispielheim"],
                groups=["Stadtbevölkerung", "Vereine"],
                start="2026-03-01",
                end="2027-12-31",
                staff_hours=60,
                status=IN_PROGRESS,
                progress=50,
                note="Die Willkommensmappe ist gedruckt; der erste Empfang fand im Juni statt.",
                budget=[(2026, OWN, "", 2_500, 2_180), (2027, OWN, "", 2_000, None)],
            ),
            measure(
                "bh-M2",
                "Willkommenslotsinnen und Willkommenslotsen",
                description=(
                    "Ehrenamtliche begleiten neu Zugezogene in den ersten Monaten zu Ämtern, "
                    "Arztpraxen und Vereinen. Die Gemeinde schult sie und übernimmt die "
                    "Versicherung."
                ),
                goals=["bh-S1"],
                unit=BH_SOCIAL,
                partners=["Vereinsring Beispielheim"],
                groups=["Stadtbevölkerung", "Geflüchtete"],
                start="2026-01-01",
                end="2028-12-31",
                staff_hours=120,
                novelty=EXISTING,
                status=IN_PROGRESS,
                progress=40,
                note="Zwölf Lotsinnen und Lotsen sind geschult und begleiten 21 Familien.",
                budget=[
                    (2026, OWN, "", 3_000, None),
                    (2027, LAND, WIR, 3_000, None),
                    (2028, LAND, WIR, 3_000, None),
                ],
            ),
        ],
        "sprache": [
            measure(
                "bh-M3",
                "Deutschkurs am Abend im Bürgerhaus",
                description=(
                    "Ein Deutschkurs für Berufstätige an zwei Abenden in der Woche, gemeinsam mit "
                    "der Volkshochschule des Landkreises."
                ),
                goals=["bh-S2"],
                unit=BH_SOCIAL,
                partners=["Volkshochschule Landkreis Musterland"],
                groups=["Bildungsträger", "Stadtbevölkerung"],
                start="2026-02-01",
                end="2028-12-31",
                staff_hours=40,
                measure_type=COMPENSATORY,
                status=IN_PROGRESS,
                progress=35,
                note="Der Kurs läuft mit 14 Teilnehmenden; ein zweiter Kurs beginnt im Januar.",
                budget=[
                    (2026, OWN, "", 4_800, None),
                    (2027, OWN, "", 4_800, None),
                    (2028, OWN, "", 4_800, None),
                ],
            ),
            measure(
                "bh-M4",
                "Sprachcafé mit Kinderbetreuung",
                description=(
                    "Jeden Samstagvormittag üben Erwachsene im Gemeindehaus Deutsch im Gespräch. "
                    "Ihre Kinder werden währenddessen betreut."
                ),
                goals=["bh-S2"],
                unit=BH_SOCIAL,
                partners=["Evangelische Kirchengemeinde Beispielheim"],
                groups=["Frauen", "Stadtbevölkerung"],
                start="2026-04-01",
                end="2027-12-31",
                staff_hours=30,
                status=IN_PROGRESS,
                progress=30,
                budget=[(2026, OWN, "", 1_500, 900), (2027, OWN, "", 1_500, None)],
            ),
        ],
        "teilhabe": [
            measure(
                "bh-M5",
                "Vereinsforum „Offen für alle“",
                description=(
                    "Ein jährliches Treffen der Vereine zu der Frage, wie sie neue Mitglieder "
                    "gewinnen, mit Beratung zu Beiträgen, Sprache und Ansprache."
                ),
                goals=["bh-S3"],
                unit=BH_OFFICE,
                partners=["Vereinsring Beispielheim"],
                groups=["Vereine", "Migrant*innenorganisationen"],
                start="2026-09-01",
                end="2030-12-31",
                staff_hours=50,
                status=IN_PROGRESS,
                progress=10,
                note="Das erste Forum fand im Oktober mit sieben Vereinen statt.",
                budget=[(year, OWN, "", 1_000, None) for year in range(2026, 2031)],
            ),
            measure(
                "bh-M6",
                "Integrationsbeirat einrichten",
                description=(
                    "Die Gemeindevertretung richtet einen Integrationsbeirat ein, der sie in allen "
                    "Fragen des Zusammenlebens berät."
                ),
                goals=["bh-S3"],
                unit=BH_OFFICE,
                groups=["Interessenvertretungen und Beiräte"],
                start="2026-01-01",
                end="2026-12-31",
                staff_hours=80,
                measure_type=COMPENSATORY,
                status=DONE,
                progress=100,
                note="Der Integrationsbeirat hat sich im September konstituiert.",
                budget=[(2026, OWN, "", 500, 420)],
            ),
        ],
    },
    "indicators": [
        indicator(
            "bh-kurs",
            "Teilnehmende an Deutschkursen im Ort",
            field="sprache",
            goals=["bh-S2"],
            unit="Personen",
            definition=(
                "Zahl der Personen, die im Lauf des Jahres an einem Deutschkurs in Beispielheim "
                "teilgenommen haben."
            ),
            source="Gemeinde Beispielheim, Fachbereich 3",
            responsible=BH_SOCIAL,
            values=[None, None, None, 18, 22, 25, 31, 36],
            flags={2018: "not_available", 2019: "not_available", 2020: "not_available"},
            baseline_year=2024,
            target=60,
            target_date="2028-12-31",
        ),
        indicator(
            "bh-zuzug",
            "Zuzüge nach Beispielheim",
            field="willkommen",
            goals=[],
            kind=CONTEXT,
            direction=NEUTRAL,
            unit="Personen",
            definition="Zahl der Personen, die im Lauf des Jahres nach Beispielheim gezogen sind.",
            source=BH_REGISTRY,
            responsible=BH_OFFICE,
            values=[512, 498, 455, 530, 688, 604, 571, 590],
        ),
        indicator(
            "bh-auslaender",
            "Anteil der Einwohnerinnen und Einwohner mit ausländischer Staatsangehörigkeit",
            field="teilhabe",
            goals=[],
            kind=CONTEXT,
            direction=NEUTRAL,
            unit="%",
            definition=(
                "Anteil der Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit an "
                "allen Einwohnerinnen und Einwohnern am 31. Dezember."
            ),
            numerator="Einwohnerinnen und Einwohner mit ausländischer Staatsangehörigkeit",
            denominator="alle Einwohnerinnen und Einwohner",
            source=BH_REGISTRY,
            responsible=BH_OFFICE,
            values=[9.8, 10.4, 10.9, 11.3, 12.6, 13.1, 13.5, 13.9],
        ),
    ],
    "narratives": {
        "preface": (
            "Vorwort des Bürgermeisters",
            "<p>Liebe Beispielheimerinnen und Beispielheimer,</p>"
            "<p>unsere Gemeinde wächst, und sie wird vielfältiger. Viele Menschen sind in den "
            "letzten Jahren zu uns gezogen, um hier zu arbeiten, zu lernen und zu leben. Dass sie "
            "sich in Beispielheim zu Hause fühlen, verdanken wir vor allem den Vereinen, den "
            "Kirchengemeinden und vielen engagierten Nachbarinnen und Nachbarn.</p>"
            "<p>Dieser Leitfaden bündelt, was wir gemeinsam erreichen wollen. Er ist in drei "
            "Gesprächsabenden im Bürgerhaus entstanden, an denen mehr als 80 Menschen teilgenommen "
            "haben. Ich danke allen, die ihre Ideen eingebracht haben.</p>"
            "<p><em>Ihr Bürgermeister der Gemeinde Beispielheim</em></p>",
        ),
        "understanding": (
            "",
            "<p>Integration bedeutet für uns, dass alle Menschen in Beispielheim gleichberechtigt "
            "am Leben der Gemeinde teilhaben können. Sie ist eine Aufgabe für alle: für die "
            "Menschen, die neu zu uns kommen, und für diejenigen, die schon lange hier leben.</p>"
            "<p>Als kleine Gemeinde setzen wir auf kurze Wege und persönliche Kontakte. Die "
            "Verwaltung koordiniert, die Vereine und die Nachbarschaft tragen das "
            "Zusammenleben.</p>",
        ),
        "participation": (
            "",
            "<p>Der Leitfaden ist zwischen März und September 2025 entstanden. An drei "
            "Gesprächsabenden im Bürgerhaus haben mehr als 80 Einwohnerinnen und Einwohner, "
            "Vereine, Kirchengemeinden und die Verwaltung ihre Erfahrungen und Vorschläge "
            "eingebracht. Bei den Abenden standen Dolmetscherinnen und Dolmetscher für Arabisch, "
            "Türkisch und Ukrainisch bereit, und es gab eine Kinderbetreuung.</p>"
            "<p>Eine Arbeitsgruppe aus Verwaltung, Vereinsring und der Integrationsbeauftragten "
            "hat die Vorschläge zu Zielen und Maßnahmen verdichtet. Den Entwurf konnten alle im "
            "Herbst 2025 vier Wochen lang kommentieren.</p>",
        ),
        "evaluation": (
            "",
            "<p>Der Fachbereich Soziales, Familie und Senioren berichtet der Gemeindevertretung "
            "einmal im Jahr über den Stand der Maßnahmen und die Entwicklung der Kennzahlen. Der "
            "Integrationsbeirat nimmt zu dem Bericht Stellung.</p>"
            "<p>Nach drei Jahren, im Jahr 2028, wird der Leitfaden gemeinsam mit allen "
            "Beteiligten überprüft und fortgeschrieben.</p>",
        ),
    },
}
