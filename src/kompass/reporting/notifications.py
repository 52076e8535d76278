"""E-mails of a reporting cycle: the invitation when it opens and the reminders before and after
the due date.

The reminder rule, in one place: a unit whose task is still open is reminded

- in the last week before the due date (7 days before, or later if the cycle opened later),
- on the last day before the due date (1 day before or on the due date itself),
- after the due date, then again every 7 days,

each stage once, and never more than one message per unit and day (the invitation counts).
Who is written to (the unit's members; no reminders to those who switched them off, the
invitation always), the once-a-day record and the mail follow ``tenancy.reminders``.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from kompass.tenancy.reminders import record_once, reminder_email, reminder_recipients, send_emails

from .models import CycleStatus, CycleTask, ReminderKind, ReminderSent

OVERDUE_REPEAT_DAYS = 7


def reminder_stage(due_date: datetime.date, today: datetime.date) -> str | None:
    """Which reminder is due for an open task on ``today``; None more than 7 days before."""
    days_left = (due_date - today).days
    if days_left < 0:
        return ReminderKind.OVERDUE
    if days_left <= 1:
        return ReminderKind.DAY
    if days_left <= 7:
        return ReminderKind.WEEK
    return None


@dataclass
class Due:
    task: CycleTask
    kind: str


def reminders_due(today: datetime.date) -> list[Due]:
    """Open tasks of open cycles that should be reminded today (a fixed number of queries)."""
    tasks = list(
        CycleTask.objects.filter(
            cycle__status=CycleStatus.OPEN,
            done_at__isnull=True,
            cycle__due_date__lte=today + datetime.timedelta(days=7),
        )
        .select_related("cycle", "unit", "municipality")
        .order_by("cycle_id", "unit__name")
    )
    sent = {}
    for reminder in ReminderSent.objects.filter(task__in=tasks).order_by("sent_on"):
        sent.setdefault(reminder.task_id, []).append(reminder)
    due = []
    for task in tasks:
        kind = reminder_stage(task.cycle.due_date, today)
        history = sent.get(task.pk, [])
        if kind is None or any(r.sent_on == today for r in history):
            continue
        if kind == ReminderKind.OVERDUE:
            last = max((r.sent_on for r in history if r.kind == kind), default=None)
            if last and (today - last).days < OVERDUE_REPEAT_DAYS:
                continue
        elif any(r.kind == kind for r in history):
            continue
        due.append(Due(task, kind))
    return due


def unit_form_url(task, base_url: str) -> str:
    path = reverse("reporting_unit", args=[task.municipality.slug, task.cycle_id, task.unit_id])
    return base_url.rstrip("/") + path


def _messages(task, kind, users, base_url, today) -> list:
    context = {
        "task": task,
        "cycle": task.cycle,
        "unit": task.unit,
        "kind": kind,
        "url": unit_form_url(task, base_url),
        "days_left": (task.cycle.due_date - today).days,
        "site_name": settings.SITE_NAME,
    }
    return [reminder_email(user, templates="reporting/email/", context=context) for user in users]


def _record_and_send(items, *, today, base_url, reminder: bool) -> int:
    """Record each (task, kind) and send its messages; a task already written today is skipped."""
    owners = {task.pk: (task.unit_id, None) for task, _kind in items}
    people = reminder_recipients(owners, honour_preference=reminder)
    messages = []
    for task, kind in items:
        users = people[task.pk]
        if record_once(ReminderSent, task=task, kind=kind, sent_on=today, recipients=len(users)):
            messages += _messages(task, kind, users, base_url, today)
    return send_emails(messages)


def send_invitations(cycle_id: int, task_ids: list[int], base_url: str) -> int:
    """The invitation of a new cycle to every unit (sent after the cycle is committed)."""
    tasks = CycleTask.objects.filter(pk__in=task_ids, cycle_id=cycle_id).select_related(
        "cycle", "unit", "municipality"
    )
    today = timezone.localdate()
    return _record_and_send(
        [(t, ReminderKind.OPENED) for t in tasks], today=today, base_url=base_url, reminder=False
    )


def send_reminders(today: datetime.date | None = None, base_url: str | None = None) -> int:
    """Send today's reminders (see the module doc); returns the number of e-mails sent."""
    today = today or timezone.localdate()
    base_url = base_url or settings.KOMPASS_BASE_URL
    items = [(d.task, d.kind) for d in reminders_due(today)]
    return _record_and_send(items, today=today, base_url=base_url, reminder=True)
