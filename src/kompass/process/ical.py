"""The private calendar feed of a person (iCalendar, RFC 5545), written by hand.

Contains the milestones and open tasks of the processes and the milestones of the measures
in every municipality the person may open. Dates are all-day events (``DTSTART;VALUE=DATE``,
``DTEND`` the day after). Lines end in CRLF and are folded at 75 octets without splitting a
UTF-8 character; text values escape backslash, semicolon, comma and newlines; every event
has a ``UID`` that stays the same for the same object, and the ``DTSTAMP`` of the moment
the feed was written.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.concepts.models import VersionStatus
from kompass.measures.models import Milestone
from kompass.tenancy.models import Municipality

from .models import ProcessMilestone, ProcessTask, TaskStatus

CRLF = "\r\n"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into parts of at most 75 octets, continuation lines start with a space."""
    parts, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        limit = MAX_OCTETS if not parts else MAX_OCTETS - 1  # the leading space counts
        if size + octets > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += octets
    parts.append(current)
    return (CRLF + " ").join(parts)


@dataclass(frozen=True)
class Event:
    uid: str
    day: datetime.date
    summary: str
    description: str = ""
    url: str = ""


def host() -> str:
    return urlsplit(settings.KOMPASS_BASE_URL).hostname or "localhost"


def calendar_events(user, base_url: str) -> list[Event]:
    """The events of ``user``'s feed (five queries, whatever the number of municipalities):
    process milestones and open tasks, measure milestones, and the meetings – sessions of
    bodies (the dates of their resolutions) and participation events."""
    municipalities = Municipality.objects.for_user(user)
    domain = host()
    base = base_url.rstrip("/")
    events = []
    milestones = ProcessMilestone.objects.filter(municipality__in=municipalities).select_related(
        "municipality", "process__version__concept"
    )
    for m in milestones:
        version = m.process.version
        events.append(
            Event(
                uid=f"process-milestone-{m.pk}@{domain}",
                day=m.date,
                summary=_("Milestone") + f": {m.title}",
                description=f"{m.municipality.name} – {version.concept.title}"
                + (" (" + _("reached") + ")" if m.reached else ""),
                url=base + reverse("process_timeline", args=[m.municipality.slug, version.pk]),
            )
        )
    tasks = (
        ProcessTask.objects.filter(municipality__in=municipalities, due_date__isnull=False)
        .exclude(status=TaskStatus.DONE)
        .select_related("municipality", "process__version__concept", "owner_user", "owner_unit")
    )
    for t in tasks:
        version = t.process.version
        owner = t.owner_name
        events.append(
            Event(
                uid=f"process-task-{t.pk}@{domain}",
                day=t.due_date,
                summary=_("Task due") + f": {t.title}",
                description="\n".join(
                    filter(
                        None,
                        [
                            f"{t.municipality.name} – {version.concept.title}",
                            _("Owner") + f": {owner}" if owner else "",
                            _("Status") + f": {t.get_status_display()}",
                            t.description,
                        ],
                    )
                ),
                url=base + reverse("process_timeline", args=[t.municipality.slug, version.pk]),
            )
        )
    measure_milestones = (
        Milestone.objects.filter(measure__municipality__in=municipalities)
        .exclude(measure__version__status=VersionStatus.SUPERSEDED)
        .select_related("measure__municipality")
    )
    for m in measure_milestones:
        measure = m.measure
        events.append(
            Event(
                uid=f"measure-milestone-{m.pk}@{domain}",
                day=m.due_date,
                summary=_("Measure milestone") + f": {m.title}",
                description=f"{measure.municipality.name} – {measure.title}"
                + (" (" + _("reached") + ")" if m.done_on else ""),
                url=base + reverse("measure_detail", args=[measure.municipality.slug, measure.pk]),
            )
        )
    events += _meetings(municipalities, base, domain)
    return sorted(events, key=lambda e: (e.day, e.uid))


def _meetings(municipalities, base: str, domain: str) -> list[Event]:
    from kompass.bodies.models import Resolution
    from kompass.participation.models import ParticipationEvent

    sessions: dict = {}
    resolutions = Resolution.objects.filter(municipality__in=municipalities).select_related(
        "body", "municipality"
    )
    for resolution in resolutions.order_by("date", "pk"):
        sessions.setdefault((resolution.body_id, resolution.date), []).append(resolution)
    events = [
        Event(
            uid=f"body-session-{first.body_id}-{first.date:%Y%m%d}@{domain}",
            day=first.date,
            summary=_("Session") + f": {first.body.name}",
            description="\n– ".join([first.municipality.name, *(r.subject for r in items)]),
            url=base + reverse("body_detail", args=[first.municipality.slug, first.body_id]),
        )
        for items in sessions.values()
        for first in items[:1]
    ]
    for event in ParticipationEvent.objects.filter(municipality__in=municipalities).select_related(
        "municipality"
    ):
        events.append(
            Event(
                uid=f"participation-event-{event.pk}@{domain}",
                day=timezone.localtime(event.starts_at).date(),
                summary=_("Participation") + f": {event.title}",
                description=f"{event.municipality.name} – {event.place}".rstrip(" –"),
                url=base + reverse("event_detail", args=[event.municipality.slug, event.pk]),
            )
        )
    return events


def render_calendar(events: list[Event], *, name: str, now: datetime.datetime | None = None) -> str:
    """The iCalendar text of ``events``."""
    stamp = (now or timezone.now()).astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Integrationskompass//Prozesskalender//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.day + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        if event.url:
            lines.append(f"URL:{event.url}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
