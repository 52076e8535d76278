"""Reminders 7 days and 1 day before the due date and when overdue; at most once per unit and day."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from kompass.reporting.models import CycleTask, ReminderSent
from kompass.reporting.notifications import reminder_stage, reminders_due, send_reminders
from kompass.tenancy.models import ReminderPreference

from ..factories import MembershipFactory

DUE = datetime.date(2026, 12, 10)


@pytest.mark.parametrize(
    ("days_before", "stage"),
    [(8, None), (7, "week"), (3, "week"), (2, "week"), (1, "day"), (0, "day"), (-1, "overdue")],
)
def test_reminder_stage(days_before, stage):
    assert reminder_stage(DUE, DUE - datetime.timedelta(days=days_before)) == stage


@pytest.fixture
def due_cycle(cycle):
    cycle.due_date = DUE
    cycle.save(update_fields=["due_date"])
    return cycle


def _day(days_before):
    return DUE - datetime.timedelta(days=days_before)


def test_seven_days_before_open_tasks_are_reminded(world, due_cycle):
    assert send_reminders(today=_day(8), base_url="http://x") == 0
    sent = send_reminders(today=_day(7), base_url="http://x")
    assert sent == 1  # the school office's member; the youth office has nobody to write to
    assert mail.outbox[0].to == [world.users["responsible_unit"].email]
    assert "/einheit/" in mail.outbox[0].body
    assert set(ReminderSent.objects.values_list("kind", flat=True)) == {"week"}
    # a week reminder goes once: the following days stay quiet until the last day
    assert send_reminders(today=_day(6), base_url="http://x") == 0
    assert send_reminders(today=_day(1), base_url="http://x") == 1
    assert send_reminders(today=_day(-1), base_url="http://x") == 1
    assert send_reminders(today=_day(-3), base_url="http://x") == 0
    assert send_reminders(today=_day(-8), base_url="http://x") == 1  # overdue: again a week later


def test_at_most_once_per_unit_and_day(world, due_cycle):
    assert send_reminders(today=_day(1), base_url="http://x") == 1
    assert send_reminders(today=_day(1), base_url="http://x") == 0
    assert ReminderSent.objects.filter(sent_on=_day(1)).count() == 2  # both units recorded once


def test_done_units_and_closed_cycles_are_not_reminded(world, due_cycle):
    CycleTask.objects.filter(cycle=due_cycle).update(
        done_at=datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)
    )
    assert reminders_due(_day(1)) == []


def test_people_who_switched_reminders_off_get_none(world, client, due_cycle):
    colleague = MembershipFactory(
        municipality=world.town, role="responsible_unit", org_unit=world.school_office
    ).user
    client.force_login(world.users["responsible_unit"])
    from django.urls import reverse

    response = client.get(reverse("reporting_reminder_settings", args=[world.town.slug]))
    assert response.url == reverse("account_notifications")  # the one settings page
    client.post(response.url, {"action": "reminders"})  # unchecked box: reminders off
    assert (
        ReminderPreference.objects.get(user=world.users["responsible_unit"]).reminders_enabled
        is False
    )
    send_reminders(today=_day(7), base_url="http://x")
    assert [m.to for m in mail.outbox] == [[colleague.email]]


def test_the_command_and_the_task_send_the_reminders(world, due_cycle, capsys):
    call_command("send_report_reminders", date=_day(7).isoformat(), url="http://x")
    assert len(mail.outbox) == 1
    from kompass.reporting.tasks import send_report_reminders

    send_report_reminders.enqueue()  # immediate backend in tests: runs at once, nothing new today
    assert "1 Erinnerung" in capsys.readouterr().out
