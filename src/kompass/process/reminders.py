"""Reminder e-mails about process tasks.

The rule, in one place: every day, a task that is not done and is due within the next
7 days or overdue is reminded to its owners – the person named as owner and the members of
the unit named as owner – at most once per task and day (each send is recorded in
``TaskReminder``). Each person gets one e-mail listing all their tasks of the day. Who is
written to, the once-a-day record and the mail itself follow ``tenancy.reminders``.

Run daily by cron (``manage.py send_process_reminders``) or as the background task
``kompass.process.tasks.send_process_reminders``.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from kompass.tenancy.reminders import record_once, reminder_email, reminder_recipients, send_emails

from .models import ProcessTask, TaskReminder, TaskStatus

WINDOW_DAYS = 7


def tasks_to_remind(today: datetime.date) -> list[ProcessTask]:
    """Tasks not done, due by ``today`` + 7 days, not yet reminded today (two queries)."""
    return list(
        ProcessTask.objects.filter(due_date__lte=today + datetime.timedelta(days=WINDOW_DAYS))
        .exclude(status=TaskStatus.DONE)
        .exclude(reminders__sent_on=today)
        .select_related("owner_user", "owner_unit", "municipality", "process__version__concept")
        .order_by("due_date", "pk")
    )


def _task_url(task, base_url: str) -> str:
    path = reverse("process_timeline", args=[task.municipality.slug, task.process.version_id])
    return f"{base_url.rstrip('/')}{path}#aufgabe-{task.pk}"


def _message(person, tasks, *, today, base_url):
    rows = [
        {
            "task": task,
            "url": _task_url(task, base_url),
            "overdue": task.due_date < today,
            "days_left": (task.due_date - today).days,
        }
        for task in tasks
    ]
    context = {
        "person": person,
        "rows": rows,
        "overdue": sum(1 for r in rows if r["overdue"]),
        "settings_url": f"{base_url.rstrip('/')}{reverse('account_notifications')}",
        "site_name": settings.SITE_NAME,
    }
    return reminder_email(person, templates="process/email/reminder_", context=context)


def send_reminders(today: datetime.date | None = None, base_url: str | None = None) -> int:
    """Send today's task reminders (see the module doc); returns the number of e-mails sent."""
    today = today or timezone.localdate()
    base_url = base_url or settings.KOMPASS_BASE_URL
    tasks = tasks_to_remind(today)
    people = reminder_recipients({t.pk: (t.owner_unit_id, t.owner_user) for t in tasks})
    per_person, persons = defaultdict(list), {}
    for task in tasks:
        recipients = people[task.pk]
        if not record_once(TaskReminder, task=task, sent_on=today, recipients=len(recipients)):
            continue  # another run reminded of this task today
        for person in recipients:
            per_person[person.pk].append(task)
            persons[person.pk] = person
    return send_emails(
        [
            _message(persons[pk], their_tasks, today=today, base_url=base_url)
            for pk, their_tasks in per_person.items()
        ]
    )
