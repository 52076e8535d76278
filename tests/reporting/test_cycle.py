"""Opening a cycle: a task per responsible unit, an invitation e-mail, completeness per unit."""

import datetime

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kompass.concepts.models import VersionStatus
from kompass.concepts.services import concept_version_adopt
from kompass.measures.services import measure_update_progress
from kompass.reporting.models import CycleTask, ReminderSent, ReportingCycle

from ..factories import IndicatorFactory, MeasureFactory, MembershipFactory, OrgUnitFactory


def test_opening_a_cycle_creates_tasks_and_invites_the_units(
    world, client, django_capture_on_commit_callbacks
):
    # given: the version is adopted; the school office has a member with an e-mail address
    concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2024, 3, 1),
        adopting_resolution="Beschluss",
        acting_user=world.users["coordination"],
    )
    client.force_login(world.users["coordination"])
    due = timezone.localdate() + datetime.timedelta(days=30)
    # when
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reporting_cycle_create", args=[world.town.slug]),
            {
                "version": world.version.pk,
                "title": "Bericht 2025",
                "reporting_year": "2025",
                "due_date": due.isoformat(),
            },
        )
    # then
    cycle = ReportingCycle.objects.get()
    assert response.status_code == 302
    assert {t.unit for t in cycle.tasks.all()} == {world.school_office, world.youth_office}
    assert len(mail.outbox) == 1  # the youth office has no members with an e-mail address
    message = mail.outbox[0]
    assert message.to == [world.users["responsible_unit"].email]
    assert "Bericht 2025" in message.subject
    assert f"/musterstadt/berichte/{cycle.pk}/einheit/{world.school_office.pk}/" in message.body
    assert ReminderSent.objects.filter(kind="opened").count() == 2


def test_only_one_open_cycle_per_version(world, client, cycle):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("reporting_cycle_create", args=[world.town.slug]),
        {
            "version": world.version.pk,
            "title": "Noch einer",
            "reporting_year": "2025",
            "due_date": (timezone.localdate() + datetime.timedelta(days=3)).isoformat(),
        },
    )
    # the draft version is not offered, and an open cycle refuses a second one anyway
    assert response.status_code == 200
    assert ReportingCycle.objects.count() == 1
    assert world.version.status == VersionStatus.DRAFT


def test_cycle_page_shows_completeness_per_unit(world, client, cycle):
    task = CycleTask.objects.get(cycle=cycle, unit=world.school_office)
    task.done_at = timezone.now()
    task.save(update_fields=["done_at"])
    measure_update_progress(
        measure=world.measure,
        status="in_progress",
        progress=20,
        note="",
        expected_lock_version=world.measure.lock_version,
        acting_user=world.users["responsible_unit"],
    )
    client.force_login(world.users["council"])
    content = client.get(reverse("reporting_cycle", args=[world.town.slug, cycle.pk])).content
    text = content.decode()
    assert "1 / 2" in text  # units done
    assert "Schulamt" in text and "Jugendamt" in text
    # the council reads, but has no link to a unit's form
    assert f"/einheit/{world.school_office.pk}/" not in text


def _grow(world, count):
    for _ in range(count):
        unit = OrgUnitFactory(municipality=world.town)
        MembershipFactory(municipality=world.town, role="responsible_unit", org_unit=unit)
        MeasureFactory(field=world.field, responsible_unit=unit)
        IndicatorFactory(field=world.field, responsible_unit=unit)


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


CYCLE_PAGE_MAX_QUERIES = 16


def test_cycle_page_query_count_is_pinned(world, client):
    from kompass.reporting import services

    _grow(world, 2)
    cycle = services.cycle_open(
        version=world.version,
        title="Bericht",
        reporting_year=2025,
        due_date=timezone.localdate(),
        acting_user=world.users["coordination"],
        base_url="",
        notify=False,
    )
    client.force_login(world.users["coordination"])
    url = reverse("reporting_cycle", args=[world.town.slug, cycle.pk])
    small = _queries(client, url)
    _grow(world, 10)
    cycle.tasks.all().delete()
    from kompass.reporting.services import units_to_report

    CycleTask.objects.bulk_create(
        CycleTask(cycle=cycle, municipality=world.town, unit=u)
        for u in units_to_report(world.version)
    )
    large = _queries(client, url)
    assert small == large <= CYCLE_PAGE_MAX_QUERIES


def test_the_service_refuses_a_second_open_cycle(world, cycle):
    import pytest
    from django.core.exceptions import ValidationError

    from kompass.reporting import services

    with pytest.raises(ValidationError) as error:
        services.cycle_open(
            version=world.version,
            title="Zweite Runde",
            reporting_year=2025,
            due_date=timezone.localdate(),
            acting_user=world.users["coordination"],
            base_url="",
            notify=False,
        )
    assert error.value.code == "open"
    assert ReportingCycle.objects.count() == 1
