"""Reminder e-mails: one implementation for every kind (process tasks, reporting cycles).

The rules, in one place:

- A reminder goes to the members of the owning unit and to the person named as owner, each
  once, if the account is active, has an e-mail address and its person has not switched
  reminders off (``ReminderPreference``: one choice for every kind; invitations ignore it).
- Each send is recorded before it goes out; when the record's once-a-day constraint refuses
  it, another run already wrote today and nothing is sent twice.
- A mail is rendered in its recipient's language, which is the installation's language
  (accounts carry no language of their own).

Every reminder command takes the same options (``ReminderCommand``).
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import Membership, ReminderPreference


@transaction.atomic
def reminder_preference_set(*, enabled: bool, acting_user) -> ReminderPreference:
    """A person switches every kind of reminder e-mail on or off for themselves."""
    preference, _created = ReminderPreference.objects.update_or_create(
        user=acting_user, defaults={"reminders_enabled": enabled}
    )
    return preference


def reminder_recipients(owners: dict, *, honour_preference: bool = True) -> dict:
    """The people to write to for each key of ``owners`` (key → (unit id or None, user or None)).

    The unit's members first, then the named person; each once, active, with an e-mail address
    and – unless ``honour_preference`` is off (invitations) – not opted out. Two queries.
    """
    unit_ids = {unit_id for unit_id, _user in owners.values() if unit_id}
    members = defaultdict(list)
    for membership in Membership.objects.filter(org_unit_id__in=unit_ids).select_related("user"):
        members[membership.org_unit_id].append(membership.user)
    opted_out = set()
    if honour_preference:
        candidates = {user.pk for users in members.values() for user in users}
        candidates |= {user.pk for _unit_id, user in owners.values() if user}
        opted_out = set(
            ReminderPreference.objects.filter(
                user_id__in=candidates, reminders_enabled=False
            ).values_list("user_id", flat=True)
        )
    result = {}
    for key, (unit_id, user) in owners.items():
        people = [*members.get(unit_id, []), *([user] if user else [])]
        chosen = {p.pk: p for p in people if p.is_active and p.email and p.pk not in opted_out}
        result[key] = list(chosen.values())
    return result


def record_once(model, **fields) -> bool:
    """Record a send; False when another run already recorded it (the model's unique constraint)."""
    try:
        with transaction.atomic():
            model.objects.create(**fields)
    except IntegrityError:
        return False
    return True


def reminder_email(person, *, templates: str, context: dict) -> EmailMessage:
    """The e-mail to ``person`` from ``<templates>subject.txt`` and ``<templates>body.txt``,
    rendered in the recipient's language."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"{templates}subject.txt", context)
        body = render_to_string(f"{templates}body.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[person.email])


def send_emails(messages: list[EmailMessage]) -> int:
    """Send ``messages`` over one connection; returns how many were sent."""
    if messages:
        get_connection().send_messages(messages)
    return len(messages)


class ReminderCommand(BaseCommand):
    """A reminder command for cron: ``--date`` (checked), ``--url`` and ``--queue``.

    Subclasses name the background ``task`` and the ``send_reminders(today=, base_url=)``
    function; both are safe to run more often than daily.
    """

    task = None
    send_reminders = None

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Stichtag JJJJ-MM-TT (Standard: heute)")
        parser.add_argument("--url", help="Adresse der Installation für die Links")
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Als Hintergrundaufgabe einreihen statt sofort senden",
        )

    def handle(self, *args, date=None, url=None, queue=False, **options):
        if queue:
            self.task.enqueue()
            self.stdout.write("Die Erinnerungen wurden als Hintergrundaufgabe eingereiht.")
            return
        try:
            today = datetime.date.fromisoformat(date) if date else None
        except ValueError as error:
            raise CommandError(f"Ungültiges Datum „{date}“: bitte JJJJ-MM-TT angeben.") from error
        count = type(self).send_reminders(today=today, base_url=url)
        self.stdout.write(f"{count} Erinnerung(en) versendet.")
