"""Musterstadt's process: the 12 steps from spring 2022 to the adoption on 21 March 2024.

Started through the same service as the UI (``process_start``), then brought to the state a
real process would have: steps 1–11 done on the dates of the start resolution (29 September
2022) and the adoption (21 March 2024), step 12 – publishing – still running because the
easy-language edition and the translations are late. Tasks that are still open fall due
relative to the day the demo is loaded, so the reminders and the calendar always show
something due soon and something overdue. Invented throughout.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from kompass.analysis.models import AnalysisItem
from kompass.concepts.models import ConceptVersion
from kompass.process.models import (
    CommunicationGoal,
    CommunicationItem,
    FacilitatorContract,
    ProcessBudgetLine,
    ProcessMilestone,
    ProcessTask,
    StepStatus,
    TaskStatus,
    TaskTiming,
)
from kompass.process.services import process_start
from kompass.tenancy.models import OrgUnit

from . import content as data

D = datetime.date
START = D(2022, 4, 1)

# position: (planned start, planned end, done on) – step 12 is still in progress
STEP_DATES = {
    1: (D(2022, 4, 1), D(2022, 4, 30), D(2022, 4, 26)),
    2: (D(2022, 5, 1), D(2022, 6, 15), D(2022, 6, 20)),
    3: (D(2022, 6, 16), D(2022, 7, 15), D(2022, 7, 12)),
    4: (D(2022, 7, 16), D(2022, 8, 31), D(2022, 8, 30)),
    5: (D(2022, 9, 1), D(2022, 9, 30), D(2022, 9, 29)),
    6: (D(2022, 10, 1), D(2022, 12, 15), D(2023, 1, 16)),
    7: (D(2023, 1, 16), D(2023, 4, 30), D(2023, 4, 22)),
    8: (D(2023, 5, 1), D(2023, 11, 30), D(2023, 12, 8)),
    9: (D(2023, 12, 1), D(2023, 12, 22), D(2023, 12, 20)),
    10: (D(2024, 1, 8), D(2024, 2, 16), D(2024, 2, 16)),
    11: (D(2024, 2, 19), D(2024, 3, 21), D(2024, 3, 21)),
    12: (D(2024, 4, 1), D(2024, 6, 30), None),
}

# milestone title of the template: (date, reached)
MILESTONES = {
    "Beschluss zum Start des Prozesses": (D(2022, 9, 29), True),
    "Prozessbegleitung beauftragt": (D(2023, 1, 16), True),
    "Akteursübergreifender Workshop": (D(2023, 4, 22), True),
    "Entwurf des Integrationskonzepts liegt vor": (D(2023, 12, 8), True),
    "Beschluss des Integrationskonzepts": (D(2024, 3, 21), True),
    "Integrationskonzept veröffentlicht": (D(2024, 5, 15), True),
}

# template task title: (owner user, owner unit)
OWNERS = {
    "Kernteam benennen und Entschluss festhalten": ("koordination", None),
    "Gespräche mit maßgeblichen Akteur*innen führen": ("koordination", None),
    "Vorhaben mit Fachleitung und Verwaltungsvorstand besprechen": ("koordination", None),
    "Produkt festlegen": (None, "Stabsstelle Integration"),
    "Zeitplan aufstellen": ("koordination", None),
    "Beteiligungsprozess planen": ("koordination", "Stabsstelle Integration"),
    "Verwaltungsvorlage schreiben": ("koordination", None),
    "Externe Prozessbegleitung auswählen und beauftragen": (None, "Stabsstelle Integration"),
    "Einladungen an Verwaltung, Zivilgesellschaft und Einrichtungen": ("prozessbegleitung", None),
    "Verwaltungsvorstand für den Workshop gewinnen": ("koordination", None),
    "Weiteres Verfahren im Workshop kommunizieren": ("prozessbegleitung", None),
    "Arbeitsgruppen für die Handlungsfelder einrichten und beauftragen": (
        "prozessbegleitung",
        None,
    ),
    "Entwurf des Integrationskonzepts schreiben": ("koordination", "Stabsstelle Integration"),
    "Entwurfsfassung den Beteiligten zur Abstimmung vorlegen": ("prozessbegleitung", None),
    "Vorstellung im zuständigen Ausschuss": ("koordination", None),
    "Vorstellung im Integrations(bei)rat": ("koordination", None),
    "Beschlussvorlage für Stadtrat oder Kreistag": ("koordination", None),
    "Pressemitteilung": (None, "Stabsstelle Integration"),
    "Verbreitung auf sozialen Netzwerken": (None, "Stabsstelle Integration"),
    "Flyer und gedruckte Broschüren": (None, "Stabsstelle Integration"),
    "Präsentation auf Veranstaltungen": ("koordination", None),
    "Umsetzung der Maßnahmen kontrollieren und nachhalten": ("koordination", None),
}

# (title, description, owner user, owner unit, days from today, status, step position, timing)
EXTRA_TASKS = [
    (
        "Fassung in Leichter Sprache abnehmen",
        "Prüfgruppe der Lebenshilfe hat Anmerkungen geschickt; Endfassung freigeben.",
        "koordination",
        None,
        3,
        TaskStatus.IN_PROGRESS,
        12,
        "",
    ),
    (
        "Übersetzungen ins Arabische, Türkische und Ukrainische beauftragen",
        "Angebote von drei Übersetzungsbüros liegen vor.",
        None,
        "Stabsstelle Integration",
        -6,
        TaskStatus.OPEN,
        12,
        "",
    ),
    (
        "Dokumentation der Beteiligung auf der Website veröffentlichen",
        "Fotoprotokolle der Stadtgespräche und Auswertung der Online-Befragung.",
        "prozessbegleitung",
        None,
        -2,
        TaskStatus.IN_PROGRESS,
        12,
        "",
    ),
    (
        "Wanderausstellung zum Konzept im Stadtteilzentrum Nordstadt aufbauen",
        "",
        "fachbereich-jugend",
        "Jugendamt",
        6,
        TaskStatus.OPEN,
        12,
        "",
    ),
    (
        "Konzept im Elternbeirat der Grundschulen vorstellen",
        "",
        "fachbereich-schule",
        "Amt für Schule und Bildung",
        5,
        TaskStatus.OPEN,
        12,
        "",
    ),
    (
        "Umsetzungsbericht 2026 in der Steuerungsgruppe vorstellen",
        "",
        "koordination",
        None,
        24,
        TaskStatus.OPEN,
        None,
        TaskTiming.AFTER,
    ),
    (
        "Fortschreibung vorbereiten: Kernteam-Klausur planen",
        "Erfahrungen aus dem ersten Prozess und die Monitoringergebnisse auswerten.",
        "koordination",
        "Stabsstelle Integration",
        75,
        TaskStatus.OPEN,
        None,
        TaskTiming.AFTER,
    ),
]

# (item, year, amount, funding, programme)
BUDGET = [
    ("Externe Prozessbegleitung", 2023, "22000", "land", "WIR-Programm, Prozessbegleitung"),
    ("Externe Prozessbegleitung", 2024, "5600", "land", "WIR-Programm, Prozessbegleitung"),
    ("Beteiligungsveranstaltungen (Räume, Verpflegung, Material)", 2023, "6800", "own", ""),
    ("Dolmetschen und Kinderbetreuung bei Veranstaltungen", 2023, "3400", "own", ""),
    ("Online-Befragung (Lizenz und Auswertung)", 2023, "900", "own", ""),
    ("Layout und Druck der Broschüre", 2024, "5200", "own", ""),
    ("Leichte Sprache und Übersetzungen", 2024, "4100", "land", "WIR-Programm, Vielfalt"),
]

G = CommunicationGoal
# (date or days from today, title, goal, audience, channel, owner user, owner unit, status)
COMMUNICATION = [
    (D(2022, 10, 6), "Pressemitteilung zum Beschluss der Stadtverordnetenversammlung",
     G.LEGITIMATION, "Stadtbevölkerung, Presse", "Pressemitteilung", None, "Stabsstelle Integration", "done"),
    (D(2022, 11, 15), "Vorstellung des Vorhabens in der Amtsleitungsrunde und im Intranet",
     G.INFORMATION, "Verwaltung", "Amtsleitungsrunde, Intranet", "koordination", None, "done"),
    (D(2023, 2, 20), "Gespräche mit Migrant*innenorganisationen und Religionsgemeinschaften",
     G.DIALOG, "Migrant*innenorganisationen, Religions-/Glaubensgemeinschaften",
     "Persönliches Gespräch", "prozessbegleitung", None, "done"),
    (D(2023, 3, 25), "Plakate und Flyer in sechs Sprachen zum Workshop",
     G.MARKETING, "Stadtbevölkerung", "Plakate, Flyer", None, "Stabsstelle Integration", "done"),
    (D(2023, 4, 15), "Infostand auf dem Wochenmarkt",
     G.MOTIVATION, "Stadtbevölkerung", "Infostand", "koordination", None, "done"),
    (D(2023, 4, 18), "Persönliche Einladung zum akteursübergreifenden Workshop",
     G.ACTION, "Vereine, Initiativen, Sozialverbände, Schulen, Unternehmen", "E-Mail und Brief",
     "prozessbegleitung", None, "done"),
    (D(2023, 6, 10), "Stadtgespräche in allen sechs Stadtteilen",
     G.DIALOG, "Stadtbevölkerung", "Veranstaltung im Stadtteilzentrum", "prozessbegleitung",
     "Jugendamt", "done"),
    (D(2023, 9, 12), "Zwischenstand im Integrationsbeirat",
     G.INFORMATION, "Interessenvertretungen und Beiräte", "Sitzung", "koordination", None, "done"),
    (D(2024, 1, 10), "Online-Kommentierung der Entwurfsfassung",
     G.ACTION, "Stadtbevölkerung, alle Beteiligten", "Website, soziale Netzwerke", None,
     "Stabsstelle Integration", "done"),
    (D(2024, 3, 22), "Pressemitteilung zum Beschluss des Integrationskonzepts",
     G.INFORMATION, "Stadtbevölkerung, Presse", "Pressemitteilung", None,
     "Stabsstelle Integration", "done"),
    (D(2024, 5, 15), "Vorstellung beim Stadtfest „Musterstadt tischt auf“",
     G.MOTIVATION, "Stadtbevölkerung", "Bühne und Infostand", "koordination", "Kulturamt", "done"),
    (10, "Konzept in Leichter Sprache veröffentlichen",
     G.INFORMATION, "Menschen, die Leichte Sprache nutzen", "Website, gedruckte Broschüre",
     "koordination", None, "in_progress"),
    (35, "Beiträge in mehrsprachigen Medien (Lokalradio, Zeitungen der Communities)",
     G.MARKETING, "Stadtbevölkerung", "Zielgruppenspezifische Medien", None,
     "Stabsstelle Integration", "open"),
]  # fmt: skip


def _save(obj, user):
    obj._history_user = user
    obj.full_clean()
    obj.save()
    return obj


def build_process(town, *, users, acting_user, today: datetime.date | None = None):
    """Musterstadt's 12-step process with contract, budget, tasks and communication plan."""
    today = today or timezone.localdate()
    version = ConceptVersion.objects.get(
        municipality=town, concept__title=data.MUSTERSTADT_CONCEPT["title"], number=1
    )
    units = {unit.name: unit for unit in OrgUnit.objects.filter(municipality=town)}

    def owner(username, unit_name):
        return {
            "owner_user": users.get(username) if username else None,
            "owner_unit": units[unit_name] if unit_name else None,
        }

    process = process_start(
        version=version,
        template_key="twelve_steps",
        start_date=START,
        duration_months=27,
        budget_total=Decimal("50000"),
        acting_user=acting_user,
    )
    process.notes = (
        "Gefördert im Landesprogramm WIR. Die Steuerungsgruppe trifft sich alle sechs Wochen "
        "mit der Prozessbegleitung. Schritt 12 läuft noch: Leichte Sprache und Übersetzungen "
        "haben sich verzögert."
    )
    _save(process, acting_user)
    process.factors.set(
        AnalysisItem.objects.filter(municipality=town, kind__in=["supporting", "hindering"])
    )

    steps = {step.position: step for step in process.steps.all()}
    for position, (start, end, done_on) in STEP_DATES.items():
        step = steps[position]
        step.planned_start, step.planned_end, step.done_on = start, end, done_on
        step.status = StepStatus.DONE if done_on else StepStatus.IN_PROGRESS
        _save(step, users.get("prozessbegleitung", acting_user))

    for milestone in process.milestones.all():
        milestone.date, milestone.reached = MILESTONES[milestone.title]
        _save(milestone, acting_user)
    _save(
        ProcessMilestone(
            process=process,
            municipality=town,
            step=steps[12],
            date=today + datetime.timedelta(days=25),
            title="Leichte Sprache und Übersetzungen veröffentlicht",
        ),
        acting_user,
    )

    for task in process.tasks.select_related("step"):
        user_name, unit_name = OWNERS.get(task.title, ("koordination", None))
        for name, value in owner(user_name, unit_name).items():
            setattr(task, name, value)
        if task.step_id:
            task.due_date = task.step.planned_end
            task.status = TaskStatus.DONE
        if task.title == "Flyer und gedruckte Broschüren":
            task.status, task.due_date = TaskStatus.IN_PROGRESS, today + datetime.timedelta(days=4)
        elif task.title == "Präsentation auf Veranstaltungen":
            task.status, task.due_date = TaskStatus.OPEN, today + datetime.timedelta(days=12)
        elif task.timing == TaskTiming.AFTER:
            task.status, task.due_date = TaskStatus.IN_PROGRESS, today + datetime.timedelta(days=40)
        _save(task, acting_user)
    for title, description, user_name, unit_name, days, status, position, timing in EXTRA_TASKS:
        _save(
            ProcessTask(
                process=process,
                municipality=town,
                step=steps[position] if position else None,
                timing=timing,
                title=title,
                description=description,
                due_date=today + datetime.timedelta(days=days),
                status=status,
                **owner(user_name, unit_name),
            ),
            acting_user,
        )

    for item, year, amount, funding, programme in BUDGET:
        _save(
            ProcessBudgetLine(
                process=process,
                municipality=town,
                item=item,
                year=year,
                amount=Decimal(amount),
                funding=funding,
                funding_programme=programme,
            ),
            acting_user,
        )
    _save(
        FacilitatorContract(
            process=process,
            municipality=town,
            provider="Beratungsbüro Brückenschlag (fiktiv)",
            scope=(
                "Konzeption und Moderation des akteursübergreifenden Workshops, von sechs "
                "Stadtgesprächen und zwei Fokusgruppen; Begleitung der Arbeitsgruppen; "
                "Dokumentation; Beratung der Steuerungsgruppe (alle sechs Wochen). Nicht "
                "enthalten: das Schreiben des Konzepttextes."
            ),
            days=Decimal("24"),
            day_rate=Decimal("1150"),
            total_cost=Decimal("27600"),
            period_start=D(2023, 1, 16),
            period_end=D(2024, 4, 30),
        ),
        acting_user,
    )
    for when, title, goal, audience, channel, user_name, unit_name, status in COMMUNICATION:
        day = when if isinstance(when, datetime.date) else today + datetime.timedelta(days=when)
        _save(
            CommunicationItem(
                process=process,
                municipality=town,
                title=title,
                goal=goal,
                audience=audience,
                channel=channel,
                date=day,
                status=status,
                **owner(user_name, unit_name),
            ),
            acting_user,
        )
    return process
