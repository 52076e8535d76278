"""One reminder service for every kind: who is written to, the once-a-day record, one
preference on one page, one set of command options."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from kompass.process import reminders as process_reminders
from kompass.process.models import ProcessTask, TaskReminder
from kompass.reporting import notifications as report_reminders
from kompass.reporting.services import cycle_open
from kompass.tenancy.models import ReminderPreference, Role
from kompass.tenancy.reminders import record_once, reminder_recipients

from ..factories import MembershipFactory, UserFactory
from ..process.fixtures import add_process

TODAY = datetime.date(2026, 12, 3)


def _member(world, **user):
    """Another member of the school office."""
    return MembershipFactory(
        user=UserFactory(**user),
        municipality=world.town,
        role=Role.RESPONSIBLE_UNIT,
        org_unit=world.school_office,
    ).user


@pytest.fixture
def both_kinds(world):
    """A process task of the school office due today and a reporting cycle due in 7 days."""
    add_process(world)
    ProcessTask.objects.exclude(pk=world.task.pk).delete()
    ProcessTask.objects.filter(pk=world.task.pk).update(due_date=TODAY)
    cycle_open(
        version=world.version,
        title="Bericht 2026",
        reporting_year=2026,
        due_date=TODAY + datetime.timedelta(days=7),
        acting_user=world.users["coordination"],
        base_url="",
        notify=False,
    )
    return world


def test_recipients_are_the_units_members_and_the_owner_each_once(world, django_assert_num_queries):
    member, owner = world.users["responsible_unit"], world.users["coordination"]
    opted_out = _member(world)
    ReminderPreference.objects.create(user=opted_out, reminders_enabled=False)
    _member(world, email="")
    _member(world, is_active=False)
    owners = {
        "unit": (world.school_office.pk, None),
        "unit and member": (world.school_office.pk, member),
        "person": (None, owner),
        "nobody": (None, None),
    }
    with django_assert_num_queries(2):
        people = reminder_recipients(owners)
    assert people == {
        "unit": [member],
        "unit and member": [member],
        "person": [owner],
        "nobody": [],
    }
    invited = reminder_recipients(owners, honour_preference=False)["unit"]
    assert sorted(p.pk for p in invited) == sorted([member.pk, opted_out.pk])


def test_a_send_is_recorded_once_a_day(world):
    add_process(world)
    assert record_once(TaskReminder, task=world.task, sent_on=TODAY, recipients=1) is True
    assert record_once(TaskReminder, task=world.task, sent_on=TODAY, recipients=1) is False
    assert TaskReminder.objects.filter(task=world.task).count() == 1


def test_one_switch_on_the_one_page_silences_both_kinds_of_reminder(both_kinds, client):
    world = both_kinds
    person, colleague = world.users["responsible_unit"], _member(world)
    client.force_login(person)
    response = client.get(reverse("reporting_reminder_settings", args=[world.town.slug]))
    assert response.url == reverse("account_notifications")
    client.post(response.url, {"action": "reminders"})  # the box left empty: reminders off
    assert ReminderPreference.objects.get(user=person).reminders_enabled is False

    assert process_reminders.send_reminders(today=TODAY, base_url="http://x") == 1
    assert report_reminders.send_reminders(today=TODAY, base_url="http://x") == 1
    assert [m.to for m in mail.outbox] == [[colleague.email], [colleague.email]]

    client.post(response.url, {"action": "reminders", "reminders_enabled": "on"})
    assert process_reminders.send_reminders(today=TODAY + datetime.timedelta(days=1)) == 2
    assert sorted(m.to[0] for m in mail.outbox[2:]) == sorted([person.email, colleague.email])


def test_the_page_shows_the_saved_choice(world, client):
    person = world.users["responsible_unit"]
    ReminderPreference.objects.create(user=person, reminders_enabled=False)
    client.force_login(person)
    page = client.get(reverse("account_notifications")).content.decode()
    assert not re.search(r'<input[^>]*name="reminders_enabled"[^>]*checked', page)


def test_the_reporting_address_is_not_found_in_a_foreign_municipality(world, client):
    client.force_login(world.users["foreign_coordinator"])
    url = reverse("reporting_reminder_settings", args=[world.town.slug])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("command", ["send_process_reminders", "send_report_reminders"])
def test_both_commands_refuse_a_bad_date_with_the_same_message(world, command):
    message = "Ungültiges Datum „2026-13-01“: bitte JJJJ-MM-TT angeben."
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command(command, "--date", "2026-13-01")
    assert mail.outbox == []
