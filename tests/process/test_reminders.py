"""Reminder e-mails about due process tasks: who gets one, for which tasks, how often."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from kompass.process.models import ProcessTask, TaskReminder, TaskStatus
from kompass.process.reminders import send_reminders, tasks_to_remind
from kompass.tenancy.models import ReminderPreference

from ..factories import MembershipFactory, UserFactory

TODAY = datetime.date(2025, 6, 16)


@pytest.fixture
def tasks(process_world):
    """Tasks due at various distances from TODAY, owned by the facilitator."""
    world = process_world
    ProcessTask.objects.filter(process=world.process).delete()
    owner = world.users["facilitator"]

    def task(title, days, **extra):
        return ProcessTask.objects.create(
            process=world.process,
            municipality=world.town,
            title=title,
            owner_user=owner,
            due_date=TODAY + datetime.timedelta(days=days),
            **extra,
        )

    return {
        "overdue": task("Überfällig", -3),
        "today": task("Heute fällig", 0),
        "in_7_days": task("In sieben Tagen", 7),
        "in_8_days": task("In acht Tagen", 8),
        "done": task("Erledigt", -1, status=TaskStatus.DONE),
        "in_progress": task("In Arbeit", 2, status=TaskStatus.IN_PROGRESS),
        "undated": ProcessTask.objects.create(
            process=world.process, municipality=world.town, title="Ohne Datum", owner_user=owner
        ),
    }


def test_selection_takes_overdue_and_due_within_7_days_but_not_done_tasks(tasks):
    chosen = {t.title for t in tasks_to_remind(TODAY)}
    assert chosen == {"Überfällig", "Heute fällig", "In sieben Tagen", "In Arbeit"}


def test_each_owner_gets_one_e_mail_listing_the_tasks(tasks, process_world):
    sent = send_reminders(today=TODAY, base_url="https://kompass.example/")
    assert sent == 1
    message = mail.outbox[0]
    assert message.to == [process_world.users["facilitator"].email]
    for title in ("Überfällig", "Heute fällig", "In sieben Tagen", "In Arbeit"):
        assert title in message.body
    assert "In acht Tagen" not in message.body and "Erledigt" not in message.body
    timeline = reverse("process_timeline", args=[process_world.town.slug, process_world.version.pk])
    assert f"https://kompass.example{timeline}#aufgabe-{tasks['overdue'].pk}" in message.body
    assert "https://kompass.example" + reverse("account_notifications") in message.body
    assert TaskReminder.objects.filter(sent_on=TODAY).count() == 4


def test_at_most_one_reminder_per_task_and_day(tasks):
    assert send_reminders(today=TODAY) == 1
    assert send_reminders(today=TODAY) == 0
    assert len(mail.outbox) == 1
    # the next day they are reminded again
    assert send_reminders(today=TODAY + datetime.timedelta(days=1)) == 1
    assert TaskReminder.objects.filter(task=tasks["overdue"]).count() == 2


def test_a_unit_task_reaches_every_member_of_the_unit(process_world):
    world = process_world
    ProcessTask.objects.filter(process=world.process).exclude(pk=world.task.pk).delete()
    colleague = MembershipFactory(
        municipality=world.town, role="responsible_unit", org_unit=world.school_office
    ).user
    ProcessTask.objects.filter(pk=world.task.pk).update(due_date=TODAY)
    send_reminders(today=TODAY)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [world.users["responsible_unit"].email, colleague.email]
    )


def test_people_who_switched_reminders_off_get_none(tasks, process_world):
    ReminderPreference.objects.create(
        user=process_world.users["facilitator"], reminders_enabled=False
    )
    assert send_reminders(today=TODAY) == 0
    assert mail.outbox == []


def test_inactive_owners_and_owners_without_address_get_none(tasks, process_world):
    owner = process_world.users["facilitator"]
    owner.email = ""
    owner.save()
    assert send_reminders(today=TODAY) == 0
    inactive = UserFactory(is_active=False)
    MembershipFactory(user=inactive, municipality=process_world.town, role="facilitator")
    ProcessTask.objects.update(owner_user=inactive)
    assert send_reminders(today=TODAY + datetime.timedelta(days=1)) == 0


def test_the_settings_page_switches_reminders_off(process_world, client, tasks):
    user = process_world.users["facilitator"]
    client.force_login(user)
    url = reverse("account_notifications")
    response = client.post(url, {"action": "reminders"})  # checkbox left empty
    assert response.status_code == 302
    assert ReminderPreference.objects.get(user=user).reminders_enabled is False
    assert send_reminders(today=TODAY) == 0
    client.post(url, {"action": "reminders", "reminders_enabled": "on"})
    assert send_reminders(today=TODAY + datetime.timedelta(days=1)) == 1


def test_management_command_and_background_task_send_the_reminders(tasks):
    call_command("send_process_reminders", "--date", TODAY.isoformat())
    assert len(mail.outbox) == 1
    from kompass.process.tasks import send_process_reminders

    result = send_process_reminders.enqueue()  # tests run tasks at once; today is real today
    assert result.return_value == 1  # by now every open task of 2025 is overdue
    assert len(mail.outbox) == 2
