"""Reminder e-mails about process tasks.

The rule, in one place: every day, a task that is not done and is due within the next
7 days or overdue is reminded to its owners – the person named as owner and the members of
the unit named as owner – at most once per task and day (each send is recorded in
``TaskReminder``). Each person gets one e-mail listing all their tasks of the day. People
who switched reminders off (``ReminderPreference``, shared with the reporting reminders)
and inactive people or people without an e-mail address get none.

Run daily by cron (``manage.py send_process_reminders``) or as the background task
``kompass.process.tasks.send_process_reminders``.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from kompass.tenancy.models import Membership, ReminderPreference

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


def recipients_of(tasks: list[ProcessTask]) -> dict[int, list]:
    """The people to remind of each task (owner and owning unit's members, minus opt-outs)."""
    unit_ids = {t.owner_unit_id for t in tasks if t.owner_unit_id}
    members = defaultdict(list)
    for membership in Membership.objects.filter(org_unit_id__in=unit_ids).select_related("user"):
        members[membership.org_unit_id].append(membership.user)
    candidates = {t.owner_user_id for t in tasks if t.owner_user_id}
    candidates |= {u.pk for users in members.values() for u in users}
    opted_out = set(
        ReminderPreference.objects.filter(
            user_id__in=candidates, reminders_enabled=False
        ).values_list("user_id", flat=True)
    )
    result = {}
    for task in tasks:
        people = list(members.get(task.owner_unit_id, [])) if task.owner_unit_id else []
        if task.owner_user_id:
            people.append(task.owner_user)
        seen, chosen = set(), []
        for person in people:
            if person.pk in seen or person.pk in opted_out:
                continue
            seen.add(person.pk)
            if person.is_active and person.email:
                chosen.append(person)
        result[task.pk] = chosen
    return result


def _task_url(task, base_url: str) -> str:
    path = reverse("process_timeline", args=[task.municipality.slug, task.process.version_id])
    return f"{base_url.rstrip('/')}{path}#aufgabe-{task.pk}"


def _message(person, tasks, *, today, base_url) -> EmailMessage:
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
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("process/email/reminder_subject.txt", context).strip()
        body = render_to_string("process/email/reminder_body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[person.email])


def send_reminders(today: datetime.date | None = None, base_url: str | None = None) -> int:
    """Send today's task reminders (see the module doc); returns the number of e-mails sent."""
    today = today or timezone.localdate()
    base_url = base_url or settings.KOMPASS_BASE_URL
    tasks = tasks_to_remind(today)
    people = recipients_of(tasks)
    per_person, persons = defaultdict(list), {}
    for task in tasks:
        recipients = people.get(task.pk, [])
        try:
            with transaction.atomic():
                TaskReminder.objects.create(task=task, sent_on=today, recipients=len(recipients))
        except IntegrityError:
            continue  # another run reminded of this task today
        for person in recipients:
            per_person[person.pk].append(task)
            persons[person.pk] = person
    messages = [
        _message(persons[pk], tasks, today=today, base_url=base_url)
        for pk, tasks in per_person.items()
    ]
    if messages:
        get_connection().send_messages(messages)
    return len(messages)
