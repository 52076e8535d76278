"""Musterstadt's situation analysis: findings (SWOT) and the factors of its process.

Invented, in the words municipalities use; linked to catalogue fields where they belong.
"""

from kompass.analysis.models import AnalysisItem, AnalysisKind
from kompass.concepts.models import FieldCatalogueEntry

# (kind, title, description, source, catalogue field codes)
FINDINGS = [
    (
        AnalysisKind.STRENGTH,
        "Dichtes Netz an Sprachkursen mit Kinderbetreuung",
        "Volkshochschule, Familienzentren und zwei Vereine bieten zusammen 14 Kurse im Jahr an; "
        "die Teilnahmen haben sich seit 2021 mehr als verdoppelt.",
        "Angebotsinventar, Teilnahmelisten",
        ["sprachfoerderung", "bildung-ausbildung"],
    ),
    (
        AnalysisKind.STRENGTH,
        "Aktives Vereinsleben mit vielen Engagierten",
        "Sport- und Kulturvereine sowie Migrantenorganisationen tragen Feste, Patenschaften und "
        "Hausaufgabenhilfe; viele Engagierte sind selbst zugewandert.",
        "Workshop Bestandsaufnahme",
        ["teilhabe-engagement", "sport"],
    ),
    (
        AnalysisKind.STRENGTH,
        "Integrationsbeirat mit klarer Rolle",
        "Der Beirat ist in den Ausschüssen beratend vertreten und wird bei Vorlagen zur "
        "Integration früh beteiligt.",
        "Interview Integrationsbeirat",
        ["teilhabe-engagement"],
    ),
    (
        AnalysisKind.WEAKNESS,
        "Angebote konzentrieren sich auf die Innenstadt",
        "In Eichenau und im Südviertel gibt es kaum Beratungs- und Gesundheitsangebote vor Ort; "
        "die Wege sind ohne Auto weit.",
        "Angebotslücken, Sozialraumkarte",
        ["gesundheit", "jugend-soziales-beratung"],
    ),
    (
        AnalysisKind.WEAKNESS,
        "Mehrsprachige Information der Verwaltung fehlt",
        "Bescheide, Formulare und die Website gibt es fast nur auf Deutsch; Einfache Sprache wird "
        "selten genutzt.",
        "Workshop Verwaltung",
        ["interkulturelle-oeffnung", "information-sensibilisierung"],
    ),
    (
        AnalysisKind.WEAKNESS,
        "Hoher Sprachförderbedarf bei der Schuleingangsuntersuchung in der Nordstadt",
        "Gut ein Drittel der untersuchten Kinder braucht Unterstützung in der deutschen Sprache – "
        "deutlich mehr als im Durchschnitt der Stadt.",
        "Gesundheitsamt, Schuleingangsuntersuchung 2022",
        ["sprachfoerderung", "bildung-ausbildung"],
    ),
    (
        AnalysisKind.OPPORTUNITY,
        "Fachkräftebedarf der örtlichen Betriebe",
        "Handwerk und Pflege suchen Auszubildende; die Kammern bieten Kooperationen für "
        "Anerkennung und Ausbildung an.",
        "Gespräch mit Kammern und Wirtschaftsförderung",
        ["arbeit-wirtschaft"],
    ),
    (
        AnalysisKind.OPPORTUNITY,
        "Landesprogramm für Vielfalts- und Integrationsstrategien",
        "Die Förderung ermöglicht eine externe Prozessbegleitung und Beteiligungsformate.",
        "Förderaufruf des Landes",
        [],
    ),
    (
        AnalysisKind.RISK,
        "Knapper Wohnraum",
        "Steigende Mieten erschweren den Zuzug und das Ankommen in allen Stadtteilen; "
        "Konflikte im Quartier können zunehmen.",
        "Wohnungsmarktbericht, Quartiersmanagement",
        ["wohnen-stadtteil", "konfliktmediation"],
    ),
    (
        AnalysisKind.RISK,
        "Befristete Finanzierung zentraler Angebote",
        "Mehrere Beratungsangebote hängen an Projektmitteln, die 2027 auslaufen.",
        "Haushaltsplanung",
        ["jugend-soziales-beratung"],
    ),
    (
        AnalysisKind.SUPPORTING,
        "Politischer Wille",
        "Bürgermeisterin und alle Fraktionen haben den Start des Prozesses unterstützt.",
        "Ratsbeschluss zum Prozessstart",
        [],
    ),
    (
        AnalysisKind.SUPPORTING,
        "Starke Netzwerkstrukturen vor Ort",
        "Der Arbeitskreis Integration besteht seit über zehn Jahren.",
        "Netzwerkanalyse",
        [],
    ),
    (
        AnalysisKind.HINDERING,
        "Knappe personelle Ressourcen in der Verwaltung",
        "Die Stabsstelle Integration hat 1,5 Stellen für Koordination und Beteiligung.",
        "Stellenplan",
        ["interkulturelle-oeffnung"],
    ),
]


def build_analysis(town, *, acting_user=None) -> None:
    fields = {entry.code: entry for entry in FieldCatalogueEntry.objects.all()}
    for position, (kind, title, description, source, codes) in enumerate(FINDINGS):
        item = AnalysisItem(
            municipality=town,
            kind=kind,
            title=title,
            description=description,
            source=source,
            position=position,
        )
        item._history_user = acting_user
        item.save()
        item.fields.set([fields[code] for code in codes if code in fields])
