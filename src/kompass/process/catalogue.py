"""The process templates shipped with the product, read directly from this module.

Three templates from the seeds, in the users' own (German) wording – content, not UI text:

- ``twelve_steps``: Bertelsmann Stiftung, "Konzept für Integration – ein Leitfaden in
  12 Schritten" (seed 000), grouped into the phases of the lifecycle (DOMAIN.md);
- ``hessian_phases``: the four phases of the Hessian WIR programme with the tasks before,
  during and after the process ("Davor, währenddessen, danach", seed 004);
- ``four_steps``: the four steps of the Landkreis Börde (seed 001), without phases;
- ``revision``: the Fortschreibung of an adopted concept ("das Konzept ist nicht
  abschließend, sondern wird fortlaufend den Entwicklungen angepasst", seed 001; "eine
  kontinuierliche Fortschreibung unter Einbindung möglichst aller Akteure", seed 004),
  built on the monitoring results; a new version starts with it.

They are plain data (dataclasses) rather than database rows: they change with the
product, need no migration to improve, and a municipality adapts its *copy* of a
template (the phases, steps, milestones and tasks of its ``Process``), never the template.
``weight`` is a step's share of the chosen duration; a milestone falls on the end of its
step; a task is due at the end of its step, at the start (before), at the end (during)
or some weeks after the end (after) of the process – see ``schedule.py``.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class TaskSpec:
    title: str
    description: str = ""


@dataclass(frozen=True)
class StepSpec:
    title: str
    description: str
    weight: int = 1
    milestone: str = ""
    tasks: tuple[TaskSpec, ...] = ()


@dataclass(frozen=True)
class PhaseSpec:
    title: str
    description: str
    steps: tuple[StepSpec, ...]


@dataclass(frozen=True)
class ProcessTemplate:
    key: str
    name: str
    source: str
    summary: str
    phases: tuple[PhaseSpec, ...] = ()
    # steps without a phase (a template without phases)
    steps: tuple[StepSpec, ...] = ()
    before: tuple[TaskSpec, ...] = ()
    during: tuple[TaskSpec, ...] = ()
    after: tuple[TaskSpec, ...] = ()
    default_months: int = 12

    def all_steps(self) -> list[tuple[PhaseSpec | None, StepSpec]]:
        """Every step in its order, with its phase (None for a template without phases)."""
        return [(phase, step) for phase in self.phases for step in phase.steps] + [
            (None, step) for step in self.steps
        ]


T = TaskSpec

TWELVE_STEPS = ProcessTemplate(
    key="twelve_steps",
    name="12 Schritte zum Integrationskonzept",
    source="Bertelsmann Stiftung: Konzept für Integration – ein Leitfaden in 12 Schritten",
    summary=(
        "Vom Entschluss im Kernteam über Beschluss, Prozessbegleitung und akteursübergreifenden "
        "Workshop bis zur Verabschiedung mit möglichst breiter Mehrheit und der Vorstellung in "
        "der Öffentlichkeit."
    ),
    default_months=18,
    phases=(
        PhaseSpec(
            "Entschluss und Vorbereitung",
            "Kernteam, Bündnis, Rückhalt der Leitung, Prozessplanung, Beschluss zum Start "
            "und Prozessbegleitung (Schritte 1–6).",
            (
                StepSpec(
                    "Der Entschluss im Kernteam",
                    "Ein Kernteam der Integrationsarbeit entschließt sich, ein "
                    "Integrationskonzept zu erarbeiten.",
                    weight=1,
                    tasks=(T("Kernteam benennen und Entschluss festhalten"),),
                ),
                StepSpec(
                    "Die Idee im Bündnis",
                    "Das Kernteam bespricht diese Idee mit maßgeblichen Akteur*innen der "
                    "Integrationsarbeit, um diese Idee auf breitere Füße zu stellen: "
                    "beispielsweise mit dem Integrations(bei)rat, mit Wohlfahrtsverbänden, "
                    "benachbarten Verwaltungsressorts oder der Volkshochschule.",
                    weight=1,
                    tasks=(
                        T(
                            "Gespräche mit maßgeblichen Akteur*innen führen",
                            "z. B. Integrations(bei)rat, Wohlfahrtsverbände, benachbarte "
                            "Verwaltungsressorts, Volkshochschule",
                        ),
                    ),
                ),
                StepSpec(
                    "Rückhalt von Fachleitung und Verwaltungsvorstand",
                    "Das Vorhaben wird mit der zuständigen Leitung besprochen, um das "
                    "Integrationskonzept zur Chef*innensache zu machen. Dazu zählen sowohl die "
                    "Fachleitung als auch die zuständige Chefebene im Verwaltungsvorstand: "
                    "Dezernent*in oder (Ober-)Bürgermeister*in oder Landrat/Landrätin.",
                    weight=1,
                    tasks=(T("Vorhaben mit Fachleitung und Verwaltungsvorstand besprechen"),),
                ),
                StepSpec(
                    "Planung des Prozesses",
                    "Das Kernteam plant den Prozess in Absprache mit der zuständigen "
                    "Fachleitung. Dazu gehört auch die Frage, wie das Produkt am Ende im Groben "
                    "aussehen soll: Braucht es ein Konzept als Broschüre, was soll es alles "
                    "beinhalten und wie konkret soll es formuliert sein? Auch Zeitplan und "
                    "Beteiligungsprozess werden besprochen: Welche Akteur*innen werden in "
                    "welcher Form beteiligt?",
                    weight=2,
                    tasks=(
                        T(
                            "Produkt festlegen",
                            "Broschüre? Was soll es beinhalten, wie konkret soll es formuliert sein?",
                        ),
                        T("Zeitplan aufstellen"),
                        T(
                            "Beteiligungsprozess planen",
                            "Welche Akteur*innen werden in welcher Form beteiligt?",
                        ),
                    ),
                ),
                StepSpec(
                    "Beschluss in Ratsausschuss oder Kreistagsausschuss",
                    "Eine kurze Verwaltungsvorlage wird in den zuständigen Ratsausschuss "
                    "eingebracht, um die politische Rückendeckung zu erhalten. Im Einzelnen ist "
                    "auch ein Rats- oder Kreistagsbeschluss sinnvoll. Die Verwaltungsvorlage "
                    "sollte das Vorhaben kurz beschreiben und enthalten, welche Akteur*innen mit "
                    "welchem Verfahren beteiligt werden, welcher Zeitplan vorgesehen wird und "
                    "gegebenenfalls welche finanziellen Mittel vorgesehen sind.",
                    weight=2,
                    milestone="Beschluss zum Start des Prozesses",
                    tasks=(
                        T(
                            "Verwaltungsvorlage schreiben",
                            "Vorhaben, beteiligte Akteur*innen und Verfahren, Zeitplan, "
                            "finanzielle Mittel",
                        ),
                    ),
                ),
                StepSpec(
                    "Prozessbegleitung zur Unterstützung",
                    "Je nach Verfahren wird eine externe Prozessbegleitung (in der Regel "
                    "kostenpflichtig) hinzugezogen, mit der das Vorgehen besprochen wird. In "
                    "Einzelfällen gibt es auch methodische Unterstützung durch die ortsansässige "
                    "Hochschule.",
                    weight=2,
                    milestone="Prozessbegleitung beauftragt",
                    tasks=(T("Externe Prozessbegleitung auswählen und beauftragen"),),
                ),
            ),
        ),
        PhaseSpec(
            "Erarbeitung mit Beteiligung",
            "Akteursübergreifender Workshop und Erarbeitung des Konzepts in Arbeitsgruppen "
            "(Schritte 7–8).",
            (
                StepSpec(
                    "Akteursübergreifender Workshop",
                    "Es wird ein akteursübergreifender Workshop geplant und durchgeführt, zu dem "
                    "die Akteur*innen aus Verwaltung, Zivilgesellschaft, Migrant*innenvertretung "
                    "und Vertreter*innen von Einrichtungen (Sozial-, Bildungs-, Wirtschafts-, "
                    "Kultur-, Sport-Einrichtungen) eingeladen werden. Hier sollte die zuständige "
                    "Verwaltungsleitung, am besten der zuständige Verwaltungsvorstand, beteiligt "
                    "werden. Dieser Workshop soll sich über eine grobe Situationsanalyse sowie "
                    "die strategischen Ziele des Integrationskonzeptes verständigen. Auch die "
                    "Festlegung, wie viele und welche Handlungsfelder das Konzept enthält, ist "
                    "an dieser Stelle sinnvoll. Erste Ideen und Vorschläge für Maßnahmen können "
                    "in Arbeitsgruppen erarbeitet werden. Wichtig ist am Ende, das weitere "
                    "Verfahren im Workshop zu kommunizieren.",
                    weight=2,
                    milestone="Akteursübergreifender Workshop",
                    tasks=(
                        T("Einladungen an Verwaltung, Zivilgesellschaft und Einrichtungen"),
                        T("Verwaltungsvorstand für den Workshop gewinnen"),
                        T("Weiteres Verfahren im Workshop kommunizieren"),
                    ),
                ),
                StepSpec(
                    "Erarbeitung des Konzepts",
                    "Je nach Prozessdesign finden einer oder mehrere dieser Workshops statt. "
                    "Denkbar ist beispielsweise, dass im Anschluss an einen solchen Workshop zur "
                    "Erarbeitung des Konzepts eine Arbeitsgruppe für die Konkretisierung und "
                    "Ausarbeitung der Anregungen aus dem Workshop beauftragt wird. Oder es werden "
                    "(zusätzlich) mehrere Fach-Arbeitsgruppen für die einzelnen Handlungsfelder "
                    "eingerichtet und beauftragt.",
                    weight=5,
                    milestone="Entwurf des Integrationskonzepts liegt vor",
                    tasks=(
                        T("Arbeitsgruppen für die Handlungsfelder einrichten und beauftragen"),
                        T("Entwurf des Integrationskonzepts schreiben"),
                    ),
                ),
            ),
        ),
        PhaseSpec(
            "Abstimmung und Beschluss",
            "Abstimmung mit der Fachleitung, Feedback der Beteiligten, Beschluss in den "
            "Gremien (Schritte 9–11).",
            (
                StepSpec(
                    "Abstimmung mit der Fachleitung",
                    "Nach Erarbeitung eines Entwurfes des Integrationskonzepts ist dieser mit der "
                    "zuständigen Fachleitung der Verwaltung abzustimmen.",
                    weight=1,
                ),
                StepSpec(
                    "Feedback und Abstimmung der Entwurfsfassung",
                    "Die beteiligten Akteur*innen sollten die Möglichkeit haben, über die "
                    "Entwurfsfassung abzustimmen – entweder schriftlich oder im Rahmen eines "
                    "weiteren Workshops.",
                    weight=2,
                    tasks=(T("Entwurfsfassung den Beteiligten zur Abstimmung vorlegen"),),
                ),
                StepSpec(
                    "Beschluss und Verabschiedung",
                    "Die endgültige Fassung des Integrationskonzepts sollte im zuständigen "
                    "Ausschuss, im Integrations(bei)rat (bzw. Migrant*innenvertretung mit anderem "
                    "Namen) sowie im Stadtrat oder Kreistag vorgestellt werden und die "
                    "Zustimmung des jeweiligen Gremiums mit möglichst breiter Mehrheit erhalten. "
                    "Je breiter die Mehrheit, desto stärker der Rückhalt!",
                    weight=2,
                    milestone="Beschluss des Integrationskonzepts",
                    tasks=(
                        T("Vorstellung im zuständigen Ausschuss"),
                        T("Vorstellung im Integrations(bei)rat"),
                        T("Beschlussvorlage für Stadtrat oder Kreistag"),
                    ),
                ),
            ),
        ),
        PhaseSpec(
            "Veröffentlichung",
            "Kommunikations- und Öffentlichkeitsarbeit zum beschlossenen Konzept (Schritt 12).",
            (
                StepSpec(
                    "Vorstellung in der Öffentlichkeit",
                    "Nicht zu vergessen ist die anschließende Kommunikations- und "
                    "Öffentlichkeitsarbeit! Eine Pressemitteilung, die Verbreitung auf sozialen "
                    "Netzwerken, Flyer, gedruckte Broschüren und eine Präsentation auf "
                    "Veranstaltungen tragen dazu bei, dass interessierte Bevölkerungsgruppen von "
                    "der Existenz des Integrationskonzeptes wissen.",
                    weight=2,
                    milestone="Integrationskonzept veröffentlicht",
                    tasks=(
                        T("Pressemitteilung"),
                        T("Verbreitung auf sozialen Netzwerken"),
                        T("Flyer und gedruckte Broschüren"),
                        T("Präsentation auf Veranstaltungen"),
                    ),
                ),
            ),
        ),
    ),
    after=(
        T(
            "Umsetzung der Maßnahmen kontrollieren und nachhalten",
            "Natürlich muss die Umsetzung der im Integrationskonzept aufgeführten Maßnahmen "
            "kontrolliert und nachgehalten werden.",
        ),
    ),
)

HESSIAN_PHASES = ProcessTemplate(
    key="hessian_phases",
    name="4 Phasen (Landesprogramm WIR, Hessen)",
    source=(
        "Hessisches Ministerium für Soziales und Integration: Vielfalts- und "
        "Integrationsstrategien, Kapitel „Projektmanagement und Prozessschritte“"
    ),
    summary=(
        "Analyse und Definition, Planung, Umsetzung, Abschluss – mit den Aufgaben davor, "
        "währenddessen und danach."
    ),
    default_months=12,
    phases=(
        PhaseSpec(
            "Analyse und Definition",
            "In einer ersten Phase werden die Rahmenbedingungen und ein Einstieg ins Projekt "
            "geschaffen.",
            (
                StepSpec(
                    "Externe Prozessbegleitung finden und beauftragen",
                    "Die externe Prozessbegleitung muss gefunden und beauftragt werden, und "
                    "erste Gespräche mit Aufgabenverteilung, Informationsaustausch und "
                    "Terminabsprachen finden statt.",
                    weight=2,
                    milestone="Prozessbegleitung beauftragt",
                    tasks=(
                        T("Erstes Gespräch: Aufgabenverteilung, Informationsaustausch, Termine"),
                    ),
                ),
                StepSpec(
                    "Steuerungs- oder Lenkungsgruppe einrichten",
                    "Eine Steuerungs- oder Lenkungsgruppe mit Verantwortlichen aus der "
                    "Verwaltung wird initiiert und mit der Aufgabe der Prozesssteuerung und dem "
                    "Controlling beauftragt. Die Prozessschritte und -ziele werden mit konkreten "
                    "Meilensteinen formuliert.",
                    weight=1,
                    tasks=(
                        T("Prozessschritte und -ziele mit konkreten Meilensteinen formulieren"),
                    ),
                ),
                StepSpec(
                    "Bestandsanalyse",
                    "Eine Übersicht über alle lokalen Angebote, Maßnahmen, Ressourcen und "
                    "Strukturen zu den Themen Integration und Vielfalt, z. B. durch Befragungen "
                    "(Onlinefragebogen, leitfadengestützte Experteninterviews), "
                    "Expertinnen-/Expertenrunden, Internetrecherche, Akteursanalyse, "
                    "Ortsbegehungen, Dokumentenanalyse, Statistikanalyse.",
                    weight=3,
                    tasks=(T("Methoden der Bestandsanalyse auswählen"),),
                ),
            ),
        ),
        PhaseSpec(
            "Planung",
            "Detailplanung des weiteren Vorgehens durch die Steuerungsgruppe und die externe "
            "Prozessbegleitung.",
            (
                StepSpec(
                    "Ergebnisse der Bestandsanalyse auswerten",
                    "Die Ergebnisse der Bestandsanalyse werden ausgewertet und Handlungsbedarfe "
                    "und -schritte daraus abgeleitet.",
                    weight=1,
                ),
                StepSpec(
                    "Termine, Themenschwerpunkte und Beteiligungsformate auswählen",
                    "Termine, Themenschwerpunkte und Beteiligungsformate werden auf die lokalen "
                    "Bedarfe hin ausgewählt – mit konkreten Vorschlägen zu Maßnahmen und Zielen "
                    "oder offen im Sinne von Zukunftswerkstätten.",
                    weight=1,
                ),
                StepSpec(
                    "Arbeitsaufträge und Zuständige festlegen",
                    "Wichtig ist zu diesem Zeitpunkt, konkrete Arbeitsaufträge und Schritte für "
                    "den weiteren Prozess zu benennen und Zuständige festzulegen. Denn am Ende "
                    "sollte die Strukturierung des weiteren Verlaufs stehen.",
                    weight=1,
                    milestone="Detailplanung abgeschlossen",
                ),
            ),
        ),
        PhaseSpec(
            "Umsetzung",
            "Kick-off, Beteiligungsformate, Auswertung und Verschriftlichung der Strategie.",
            (
                StepSpec(
                    "Kick-off-Veranstaltung",
                    "Spätestens mit dem Start der Umsetzungsphase findet eine sogenannte "
                    "Kick-off-Veranstaltung statt, z. B. durch eine offene Großveranstaltung für "
                    "alle Interessierten. Hier werden die breite Öffentlichkeit sowie die gesamte "
                    "Verwaltung über das Projekt, dessen Ziele sowie die konkrete "
                    "Umsetzungsplanung informiert.",
                    weight=1,
                    milestone="Kick-off-Veranstaltung",
                    tasks=(
                        T(
                            "Öffentlichkeitsarbeit zum Kick-off: informieren und zum Mitmachen motivieren"
                        ),
                    ),
                ),
                StepSpec(
                    "Beteiligungsformate durchführen",
                    "Themenworkshops, Konferenzen, Fokusgruppen-Diskussionen, Stadtgespräche, "
                    "ein Strategieworkshop oder offene Arbeitskreistreffen – mit "
                    "Verwaltungsleitung, politischen Vertreterinnen/Vertretern, "
                    "Multiplikatorinnen/Multiplikatoren, Interessenvertreterinnen/-vertretern "
                    "und Interessierten aus der Stadtbevölkerung.",
                    weight=3,
                ),
                StepSpec(
                    "Dokumentation und Auswertung in der Steuerungsgruppe",
                    "Dieser offenen Arbeitsphase folgen Dokumentation und Auswertung in der "
                    "Steuerungs- bzw. Lenkungsgruppe.",
                    weight=1,
                ),
                StepSpec(
                    "Formulierung und Verschriftlichung der Strategie",
                    "Die Ergebnisse finden Eingang in die Formulierung und Verschriftlichung der "
                    "konkreten Vielfalts- und Integrationsstrategie: kommunale Handlungsfelder, "
                    "Ziele und Maßnahmen sowie eine integrationspolitische Vision.",
                    weight=2,
                    milestone="Entwurf der Strategie liegt vor",
                ),
            ),
        ),
        PhaseSpec(
            "Abschluss",
            "Präsentation, Diskussion und Verabschiedung in den Entscheidungsgremien; "
            "Abschlussveranstaltung.",
            (
                StepSpec(
                    "Verabschiedung in den Entscheidungsgremien",
                    "Die verschriftlichte Vielfalts- und Integrationsstrategie wird in den "
                    "Entscheidungsgremien präsentiert, diskutiert und verabschiedet – "
                    "gegebenenfalls erst nach einer erneuten Anpassung.",
                    weight=2,
                    milestone="Strategie verabschiedet",
                ),
                StepSpec(
                    "Abschlussveranstaltung und Medienarbeit",
                    "Die verabschiedete Strategie wird allen Beteiligten sowie der breiten "
                    "Öffentlichkeit durch eine Abschlussveranstaltung sowie die begleitende "
                    "Öffentlichkeits- und gezielte Medienarbeit zugänglich gemacht.",
                    weight=1,
                    milestone="Abschlussveranstaltung",
                ),
            ),
        ),
    ),
    before=(
        T("Entschluss fassen, das Projekt durchzuführen"),
        T("Rückhalt der politischen Spitze und der Verwaltungsleitung sichern"),
        T(
            "Personelle und finanzielle Ressourcen sichern",
            "z. B. durch die Hessische Landesförderung",
        ),
    ),
    during=(
        T(
            "Regelmäßige Treffen der Steuerungsgruppe mit der externen Prozessbegleitung",
            "Projektverlauf und Einhaltung der Projektziele reflektieren, weitere Schritte "
            "planen, Anpassungen an unerwartete Entwicklungen besprechen.",
        ),
        T(
            "Transparente, vielfalts- und diskriminierungssensible Öffentlichkeitsarbeit",
            "Verwaltung und Bevölkerung über die Strategie und die Prozessschritte informieren; "
            "Zielgruppen für Veranstaltungen und Beteiligungsformate erreichen.",
        ),
    ),
    after=(
        T("Strategie realisieren und nachhalten"),
        T(
            "Verantwortlichkeiten über die Projektphase hinaus klären",
            "Strukturen der Nachhaltigkeit schon während des Prozesses ansprechen.",
        ),
    ),
)

FOUR_STEPS = ProcessTemplate(
    key="four_steps",
    name="4 Schritte (Landkreis Börde)",
    source="Landkreis Börde: Integrationskonzept – Erste Überlegungen",
    summary=(
        "Leitlinien, Bestandsaufnahme, Handlungsfelder sowie Ziele, Maßnahmen und Indikatoren – "
        "mit Projektmanagement-Methoden, klaren Ziel- und Zeitvorgaben."
    ),
    default_months=12,
    steps=(
        StepSpec(
            "Darstellung von Leitlinien der kommunalen Integrationspolitik",
            "Wofür steht der Landkreis integrationspolitisch und wohin will er sich entwickeln? "
            "Diese Leitlinien bilden den Maßstab, an dem sich die integrationspolitischen Ziele "
            "der kommunalen Politik messen lassen müssen; hier werden Grundsätze und "
            "Handlungsansätze festgelegt, die der Integrationspolitik eine klare Richtung geben.",
            weight=2,
            milestone="Leitlinien festgelegt",
        ),
        StepSpec(
            "Bestandsaufnahme/-analyse",
            "Stand der Integration vor Ort: Hierfür werden die Bevölkerungs- sowie die "
            "Beratungs- und Netzwerkstrukturen ermittelt. Ziel ist es, die soziale Lage der "
            "Zielgruppe und die lokalen Verhältnisse transparent und nachvollziehbar abzubilden.",
            weight=3,
            tasks=(
                T("Bevölkerungsstrukturen ermitteln"),
                T("Beratungs- und Netzwerkstrukturen ermitteln"),
            ),
        ),
        StepSpec(
            "Definition von Handlungsfeldern",
            "Aufbauend auf die Bestandsanalyse werden die entsprechenden Handlungsfelder "
            "definiert, z. B. Bildung, Erwerbsleben, Sprachförderung, Sport, Gesundheit, "
            "Engagement. Diese Handlungsfelder sind die strukturelle Grundlage für die folgende "
            "Zielsetzung.",
            weight=2,
            milestone="Handlungsfelder definiert",
        ),
        StepSpec(
            "Festlegung von Zielen, Maßnahmen und Indikatoren",
            "Innerhalb der festgesetzten Handlungsfelder werden konkrete Ziele entwickelt, "
            "welche die künftige Integrationsarbeit steuern; zu jedem Ziel werden geeignete "
            "Maßnahmen bestimmt, deren Umsetzung regelmäßig überprüft wird, und geeignete "
            "Indikatoren, an denen sich die lokale Integrationsarbeit messen lässt (woran "
            "erkennen wir, dass wir unsere Ziele erreicht haben?).",
            weight=5,
            milestone="Integrationskonzept fertiggestellt",
        ),
    ),
    before=(
        T(
            "Person bzw. Organisationseinheit benennen, die die Erarbeitung steuert",
            "und für das Integrationsmanagement zuständig ist",
        ),
        T(
            "Persönliches Engagement der Verwaltungsführung und der politischen Spitze sichern",
        ),
    ),
    after=(
        T(
            "Regelmäßige Datenerhebung: IST-Zustand mit den Zielen abgleichen",
            "Anhand der Evaluationsergebnisse das Konzept fortlaufend anpassen und ergänzen.",
        ),
    ),
)

REVISION = ProcessTemplate(
    key="revision",
    name="Fortschreibung eines beschlossenen Konzepts",
    source=(
        "Landkreis Börde: „Das Konzept ist nicht abschließend, sondern wird fortlaufend den "
        "Entwicklungen angepasst“; WIR-Kommunen: „kontinuierliche Fortschreibung unter "
        "Einbindung möglichst aller Akteure“"
    ),
    summary=(
        "Bilanz aus Monitoring und Evaluation ziehen, die Ausgangslage aktualisieren, erneut "
        "beteiligen, Handlungsfelder, Ziele, Maßnahmen und Indikatoren überarbeiten, abstimmen, "
        "beschließen und veröffentlichen."
    ),
    default_months=9,
    phases=(
        PhaseSpec(
            "Bilanz",
            "Was wurde erreicht, was nicht, und warum? Grundlage sind die Fortschrittsberichte, "
            "die Indikatorwerte und die Evaluationen der Maßnahmen.",
            (
                StepSpec(
                    "Monitoring- und Evaluationsergebnisse auswerten",
                    "Soll-Ist-Vergleich der Ziele und Indikatoren, Stand der Maßnahmen, "
                    "Ergebnisse der Evaluationen; abgeschlossene, verzögerte und abgebrochene "
                    "Maßnahmen mit ihren Gründen.",
                    weight=2,
                    milestone="Bilanz der bisherigen Fassung liegt vor",
                    tasks=(
                        T("Letzten Fortschrittsbericht und Evaluationen zusammenstellen"),
                        T("Bilanz mit der Steuerungsgruppe besprechen"),
                    ),
                ),
                StepSpec(
                    "Ausgangslage aktualisieren",
                    "Bevölkerungsstatistik, Angebote, Akteure und Netzwerke auf den neuen Stand "
                    "bringen; neue Entwicklungen vor Ort benennen.",
                    weight=2,
                    tasks=(T("Aktuelle Statistikdaten importieren"),),
                ),
            ),
        ),
        PhaseSpec(
            "Überarbeitung",
            "Die Fortschreibung wird wie das Konzept selbst partizipativ erarbeitet.",
            (
                StepSpec(
                    "Beteiligung zur Fortschreibung",
                    "Beteiligte der ersten Fassung und neue Gruppen einbeziehen; Rückmeldungen "
                    "zur Umsetzung und neue Bedarfe sammeln.",
                    weight=3,
                    milestone="Beteiligung abgeschlossen",
                    tasks=(T("Beteiligungsformate planen und einladen"),),
                ),
                StepSpec(
                    "Handlungsfelder, Ziele, Maßnahmen und Indikatoren überarbeiten",
                    "Ziele und Maßnahmen anpassen, abgeschlossene Maßnahmen beenden, neue "
                    "aufnehmen, Indikatoren und Zielwerte überprüfen.",
                    weight=3,
                    milestone="Entwurf der Fortschreibung liegt vor",
                ),
            ),
        ),
        PhaseSpec(
            "Beschluss und Veröffentlichung",
            "Die neue Fassung wird abgestimmt, beschlossen und bekannt gemacht.",
            (
                StepSpec(
                    "Entwurf abstimmen",
                    "Rückmeldung der Beteiligten und der Steuerungsgruppe zum Entwurf, "
                    "Abstimmung mit der Verwaltungsspitze.",
                    weight=2,
                ),
                StepSpec(
                    "Beschluss der Gremien",
                    "Beratung in Fachausschuss, Integrationsbeirat und Rat bzw. Kreistag.",
                    weight=1,
                    milestone="Fortschreibung beschlossen",
                ),
                StepSpec(
                    "Veröffentlichung",
                    "Konzept, Zusammenfassung, einfache Sprache und Übersetzungen "
                    "veröffentlichen; Pressemitteilung.",
                    weight=1,
                    tasks=(T("Übersetzungen aktualisieren"),),
                ),
            ),
        ),
    ),
    after=(T("Nächsten Berichtszyklus ankündigen"),),
)

TEMPLATES = {t.key: t for t in (TWELVE_STEPS, HESSIAN_PHASES, FOUR_STEPS, REVISION)}
TEMPLATE_CHOICES = [(t.key, t.name) for t in TEMPLATES.values()]


def get_template(key: str) -> ProcessTemplate:
    return TEMPLATES[key]
