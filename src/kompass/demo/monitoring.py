"""Monitoring in the Musterstadt demo: recent status reports and evaluations of measures.

Runs after the concept has been adopted and the first reports are in. It uses the same
services as the screens (``measure_update_progress``, ``evaluation_save``),
so that the dashboard shows a realistic mix: most measures on track, some lagging, a few
overdue, some completed or cancelled.

Dates are relative to the day the demo is loaded, so the reports always look recent.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone

from kompass.concepts.models import ConceptVersion
from kompass.measures.models import Measure, MeasureStatus, StatusUpdate
from kompass.measures.services import measure_update_progress
from kompass.monitoring.models import Evaluation
from kompass.monitoring.services import evaluation_save

from .content import reporter

# (title starts with, days ago, state, progress, note): the latest reports of the units.
RECENT_REPORTS = [
    (
        "Mehrsprachiger Beratungswegweiser",
        41,
        MeasureStatus.IN_PROGRESS,
        90,
        "Die deutsche, englische und türkische Fassung sind online. Die arabische und die "
        "ukrainische Fassung hängen noch in der fachlichen Abstimmung; der Druck verschiebt "
        "sich ins erste Quartal.",
    ),
    (
        "Lokales Bündnis „Vielfalt in Unternehmen“",
        33,
        MeasureStatus.IN_PROGRESS,
        85,
        "Die Gründungsphase ist nicht ganz abgeschlossen: Geschäftsordnung und gemeinsame "
        "Website fehlen noch; die Wirtschaftsförderung rechnet mit dem Frühjahr.",
    ),
    (
        "Stadtteilmediation und Nachbarschaftsschlichtung",
        20,
        MeasureStatus.IN_PROGRESS,
        45,
        "Zwölf neue Mediatorinnen und Mediatoren ausgebildet; die Schlichtungsstelle ist "
        "jetzt in allen Stadtteilen erreichbar.",
    ),
    (
        "Deutschkurse für Eltern mit Kinderbetreuung",
        12,
        MeasureStatus.IN_PROGRESS,
        85,
        "Zwei zusätzliche Kurse im Südviertel gestartet; die Kinderbetreuung ist gesichert.",
    ),
    (
        "Stadtteiltreffs in allen sechs Stadtteilen",
        9,
        MeasureStatus.IN_PROGRESS,
        90,
        "Der sechste Treff in der Weststadt hat im Oktober eröffnet.",
    ),
    (
        "Jugendforen in den Stadtteilen",
        6,
        MeasureStatus.IN_PROGRESS,
        55,
        "Zwei Foren mussten mangels Räumen verschoben werden; neue Termine im Januar.",
    ),
    (
        "Formulare und Bescheide in Leichter Sprache",
        4,
        MeasureStatus.IN_PROGRESS,
        60,
        "Die Übersetzung der Wohngeld-Bescheide dauert länger als geplant.",
    ),
    (
        "Anerkennungsberatung im Welcome Center",
        2,
        MeasureStatus.IN_PROGRESS,
        75,
        "Die Wartezeit auf einen Beratungstermin liegt wieder unter zwei Wochen.",
    ),
]

# (title starts with, evaluation fields): methods and recommendations of every kind.
EVALUATIONS = [
    (
        "Videodolmetschen im Bürgeramt",
        {
            "title": "Auswertung der Nutzung 2024",
            "method": "statistics",
            "method_note": "Auswertung der Einsatzprotokolle des Videodolmetschdienstes und der "
            "Terminstatistik des Bürgeramts.",
            "evaluated_by": "Bürgeramt mit Stabsstelle Integration",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "result": "1.140 Gespräche in 19 Sprachen; die durchschnittliche Gesprächsdauer sank "
            "um ein Viertel, Folgetermine wegen Verständigungsproblemen gingen deutlich zurück.",
            "goal_achievement": "reached",
            "recommendation": "continue",
            "recommendation_note": "In den Regelbetrieb übernehmen und auf das Standesamt "
            "ausweiten.",
        },
    ),
    (
        "Kampagne „Musterstadt zeigt Haltung“",
        {
            "title": "Wirkungsbefragung zur Kampagne",
            "method": "survey",
            "method_note": "Online- und Straßenbefragung (n = 612) vier Wochen nach dem Ende "
            "der Kampagne.",
            "evaluated_by": "Hochschule Musterland, Fachbereich Sozialwesen",
            "period_start": "2025-03-01",
            "period_end": "2025-05-31",
            "result": "58 % der Befragten kannten die Kampagne; junge Menschen wurden über "
            "soziale Medien gut erreicht, ältere Menschen kaum.",
            "goal_achievement": "partly",
            "recommendation": "change",
            "recommendation_note": "Bei einer Neuauflage Plakate und Stadtteilzeitungen stärker "
            "nutzen und Seniorentreffs einbeziehen.",
        },
    ),
    (
        "Vielfalt als Kriterium der Kulturförderung",
        {
            "title": "Prüfung der Förderentscheidungen 2025",
            "method": "documents",
            "method_note": "Durchsicht aller Förderanträge und Bescheide des Kulturamts.",
            "evaluated_by": "Kulturamt",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "result": "Das Kriterium wurde in allen 64 Entscheidungen angewendet; der Anteil "
            "geförderter Projekte von Migrant*innenorganisationen stieg von 6 auf 14 %.",
            "goal_achievement": "reached",
            "recommendation": "continue",
        },
    ),
    (
        "Lokales Bündnis „Vielfalt in Unternehmen“",
        {
            "title": "Selbstevaluation des Bündnisses",
            "method": "self",
            "method_note": "Reflexionsworkshop mit den Mitgliedsunternehmen.",
            "evaluated_by": "Wirtschaftsförderung",
            "period_start": "2025-03-01",
            "period_end": "2025-12-31",
            "result": "21 Unternehmen sind beigetreten, vor allem aus Handel und Pflege; das "
            "Handwerk ist bisher kaum vertreten.",
            "goal_achievement": "partly",
            "recommendation": "change",
            "recommendation_note": "Gemeinsam mit der Kreishandwerkerschaft gezielt "
            "Handwerksbetriebe ansprechen.",
        },
    ),
    (
        "Deutschkurse für Eltern mit Kinderbetreuung",
        {
            "title": "Befragung der Teilnehmenden 2025",
            "method": "survey",
            "method_note": "Kurze mehrsprachige Befragung am Kursende (n = 143).",
            "evaluated_by": "Volkshochschule Musterstadt",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "result": "92 % würden den Kurs weiterempfehlen; ohne die Kinderbetreuung hätten "
            "zwei Drittel nicht teilnehmen können.",
            "goal_achievement": "reached",
            "recommendation": "continue",
        },
    ),
    (
        "Stellenbörse in Leichter Sprache",
        {
            "title": "Zwischenbilanz nach dem ersten Jahr",
            "method": "self",
            "method_note": "Auswertung der Zugriffszahlen und Gespräch mit dem Jobcenter.",
            "evaluated_by": "Wirtschaftsförderung",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "result": "Nur wenige Arbeitgeber haben Stellen eingestellt; das Jobcenter bietet "
            "inzwischen ein vergleichbares Angebot an.",
            "goal_achievement": "not_reached",
            "recommendation": "stop",
            "recommendation_note": "Die Mittel in die Anerkennungsberatung umschichten und auf "
            "das Angebot des Jobcenters verweisen.",
        },
    ),
    (
        "Sprach-Kitas Musterstadt",
        {
            "title": "Externe Begleitevaluation, Zwischenbericht",
            "method": "external",
            "method_note": "Beobachtungen in acht Kitas, Interviews mit Fachkräften und Eltern.",
            "evaluated_by": "Institut für Frühpädagogik Musterland",
            "period_start": "2024-01-01",
            "period_end": "2025-12-31",
            "result": "Die Fachkräfte setzen die alltagsintegrierte Sprachbildung sicher um; "
            "Wirkungen auf die Sprachstände lassen sich erst mit der Schuleingangsuntersuchung "
            "2027 belegen.",
            "goal_achievement": "open",
            "recommendation": "continue",
        },
    ),
    (
        "Stadtteilfeste „Musterstadt tischt auf“",
        {
            "title": "Rückmeldungen der Nachbarschaften",
            "method": "other",
            "method_note": "Feedbackwände auf den Festen und Auswertungsrunde mit den "
            "Stadtteilvereinen.",
            "evaluated_by": "Quartiersmanagement",
            "period_start": "2024-03-01",
            "period_end": "2025-09-30",
            "result": "Gut besucht in Nordstadt und Südviertel; in der Altstadt kamen vor allem "
            "Menschen, die sich ohnehin engagieren.",
            "goal_achievement": "partly",
            "recommendation": "change",
            "recommendation_note": "In der Altstadt mit den Religionsgemeinschaften gemeinsam "
            "einladen.",
        },
    ),
]


PERIOD = ("period_start", "period_end")


def _measures_by_title(version) -> dict[str, Measure]:
    return {m.title: m for m in Measure.objects.filter(version=version)}


def _find(measures: dict[str, Measure], start: str) -> Measure:
    for title, measure in measures.items():
        if title.startswith(start):
            return measure
    raise CommandError(f"Demo-Maßnahme „{start}“ fehlt in Musterstadt.")


def build_monitoring(town, *, users, acting_user, today: datetime.date | None = None) -> None:
    """Recent status reports and evaluations for Musterstadt's adopted version."""
    today = today or timezone.localdate()
    version = ConceptVersion.objects.get(municipality=town)
    measures = _measures_by_title(version)
    for start, days_ago, state, progress, note in RECENT_REPORTS:
        measure = _find(measures, start)
        measure.refresh_from_db()
        update = measure_update_progress(
            measure=measure,
            status=state,
            progress=progress,
            note=note,
            expected_lock_version=measure.lock_version,
            acting_user=reporter(users, measure.responsible_unit.name, acting_user),
        )
        reported = datetime.datetime.combine(
            today - datetime.timedelta(days=days_ago), datetime.time(9, 30)
        )
        StatusUpdate.objects.filter(pk=update.pk).update(created_at=timezone.make_aware(reported))
    for start, fields in EVALUATIONS:
        measure = _find(measures, start)
        dates = {name: datetime.date.fromisoformat(fields[name]) for name in PERIOD}
        evaluation_save(
            evaluation=Evaluation(measure=measure, municipality=town, **fields | dates),
            acting_user=reporter(users, measure.responsible_unit.name, acting_user),
        )
