"""The process pages as people use them: timeline, starting, editing, owners, communication plan."""

import datetime
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kompass.process.models import (
    CommunicationItem,
    Process,
    ProcessStep,
    ProcessTask,
    StepStatus,
    TaskStatus,
)

from ..core.test_pages import audit

SVG = "{http://www.w3.org/2000/svg}"


def timeline(world):
    return reverse("process_timeline", args=[world.town.slug, world.version.pk])


class SvgExtractor(HTMLParser):
    """The first <svg>…</svg> of a page, as text."""

    def __init__(self, html):
        super().__init__()
        start = html.index("<svg")
        end = html.index("</svg>", start) + len("</svg>")
        self.svg = html[start:end]


def test_timeline_shows_svg_with_phases_steps_milestones_and_today(process_world, client):
    # given: the first three steps are done, we are in the planned time of step 5
    process = process_world.process
    steps = list(process.steps.order_by("position"))
    for step in steps[:3]:
        step.status = StepStatus.DONE
        step.done_on = step.planned_end
        step.save()
    today = timezone.localdate()
    shift = today - steps[4].planned_start
    for step in steps:
        step.planned_start += shift
        step.planned_end += shift
        step.save()
    client.force_login(process_world.users["council"])
    # when
    response = client.get(timeline(process_world))
    # then
    assert response.status_code == 200
    html = response.content.decode()
    root = ET.fromstring(SvgExtractor(html).svg)
    classes = [(e.get("class") or "") for e in root.iter()]
    assert sum("chart__band" in c for c in classes) == 4
    assert sum("chart__step " in c + " " for c in classes) == 12
    assert sum("chart__step--done" in c for c in classes) == 3
    assert sum("chart__milestone" in c for c in classes) == 6
    assert sum("chart__today" in c for c in classes) == 1
    assert root.get("role") == "img"
    # current step: step 4 is the first not-done step whose start has passed
    assert response.context["current"].position == 4
    assert 'id="schritt-' in html


def test_timeline_table_lists_every_phase_step_and_milestone(process_world, client):
    client.force_login(process_world.users["steering_group"])
    response = client.get(timeline(process_world))
    chart = response.context["chart"]
    kinds = [row.cells[0] for row in chart.table.rows]
    # phases, then steps, then milestones
    assert [kinds.count(kind) for kind in dict.fromkeys(kinds)] == [4, 12, 6]
    headers = [row.header for row in chart.table.rows]
    assert "1. Der Entschluss im Kernteam" in headers
    assert "Beschluss des Integrationskonzepts" in headers
    html = response.content.decode()
    assert "<caption>" in html and 'scope="col"' in html


def test_version_without_process_offers_the_templates(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(timeline(world))
    html = response.content.decode()
    assert response.status_code == 200
    assert "12 Schritte zum Integrationskonzept" in html
    assert "4 Phasen (Landesprogramm WIR, Hessen)" in html
    assert "4 Schritte (Landkreis Börde)" in html
    assert reverse("process_start", args=[world.town.slug, world.version.pk]) in html


def test_coordination_starts_a_process_from_a_template(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("process_start", args=[world.town.slug, world.version.pk])
    response = client.post(
        url,
        {
            "template": "hessian_phases",
            "start_date": "2025-09-01",
            "duration_months": "12",
            "budget_total": "35.000",
        },
    )
    assert response.status_code == 302
    process = Process.objects.get(version=world.version)
    assert process.template == "hessian_phases"
    assert str(process.budget_total) == "35000.00"
    assert process.steps.count() == 12
    assert process.history.first().history_user == world.users["coordination"]
    # a second start is refused: the version already has its process
    client.post(url, {"template": "four_steps", "start_date": "2025-09-01", "duration_months": "6"})
    assert Process.objects.filter(version=world.version).count() == 1


def test_bad_start_input_names_the_field_and_creates_nothing(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("process_start", args=[world.town.slug, world.version.pk])
    response = client.post(
        url, {"template": "twelve_steps", "start_date": "2025-09-01", "duration_months": "0"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["duration_months"]
    assert not Process.objects.exists()


def test_overview_shows_the_current_step_with_a_link(process_world, client):
    client.force_login(process_world.users["council"])
    response = client.get(
        reverse("version_overview", args=[process_world.town.slug, process_world.version.pk])
    )
    html = response.content.decode()
    step = process_world.process.steps.get(position=1)
    assert f"#schritt-{step.pk}" in html
    assert "1. Der Entschluss im Kernteam" in html


def test_overview_without_process_links_to_planning(world, client):
    client.force_login(world.users["council"])
    html = client.get(
        reverse("version_overview", args=[world.town.slug, world.version.pk])
    ).content.decode()
    assert timeline(world) in html


def _step_form(step, **changes):
    data = {
        "position": step.position,
        "title": step.title,
        "phase": step.phase_id or "",
        "description": step.description,
        "planned_start": step.planned_start.isoformat(),
        "planned_end": step.planned_end.isoformat(),
        "status": step.status,
        "done_on": "",
        "lock_version": step.lock_version,
    }
    data.update(changes)
    return data


def test_facilitator_marks_a_step_done_with_history(process_world, client):
    step = process_world.step
    client.force_login(process_world.users["facilitator"])
    url = reverse("process_part_edit", args=[process_world.town.slug, "schritte", step.pk])
    response = client.post(url, _step_form(step, status="done", done_on="2025-01-20"))
    assert response.status_code == 302
    step.refresh_from_db()
    assert step.status == StepStatus.DONE
    assert step.done_on == datetime.date(2025, 1, 20)
    assert step.history.first().history_user == process_world.users["facilitator"]
    # the edit page shows who changed what
    page = client.get(url).content.decode()
    assert "Done" in page or "Erledigt" in page


def test_second_save_with_an_old_lock_version_is_a_conflict(process_world, client):
    step = process_world.step
    client.force_login(process_world.users["coordination"])
    url = reverse("process_part_edit", args=[process_world.town.slug, "schritte", step.pk])
    stale = _step_form(step, title="Erste Änderung")
    assert client.post(url, stale).status_code == 302
    response = client.post(url, {**stale, "title": "Zweite Änderung"})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    step.refresh_from_db()
    assert step.title == "Erste Änderung"


def test_a_step_cannot_be_put_into_a_phase_of_another_process(process_world, client):
    from kompass.process.services import process_start

    from ..factories import VersionFactory

    other = process_start(
        version=VersionFactory(concept__municipality=process_world.town),
        template_key="hessian_phases",
        start_date=datetime.date(2025, 1, 1),
        duration_months=12,
        acting_user=process_world.users["coordination"],
    )
    step = process_world.step
    client.force_login(process_world.users["coordination"])
    url = reverse("process_part_edit", args=[process_world.town.slug, "schritte", step.pk])
    response = client.post(url, _step_form(step, phase=other.phases.first().pk))
    assert response.status_code == 200
    assert "phase" in response.context["form"].errors
    step.refresh_from_db()
    assert step.phase_id == process_world.phase.pk


def test_task_owner_from_another_municipality_is_refused(process_world, client):
    client.force_login(process_world.users["coordination"])
    url = reverse(
        "process_part_create",
        args=[process_world.town.slug, process_world.version.pk, "aufgaben"],
    )
    response = client.post(
        url,
        {
            "title": "Fremde Aufgabe",
            "owner_user": process_world.users["foreign_coordinator"].pk,
            "status": "open",
        },
    )
    assert response.status_code == 200
    assert "owner_user" in response.context["form"].errors
    assert not ProcessTask.objects.filter(title="Fremde Aufgabe").exists()


def test_the_owning_unit_changes_the_status_of_its_task_only(process_world, client):
    client.force_login(process_world.users["responsible_unit"])  # school office
    own = reverse("process_task_status", args=[process_world.town.slug, process_world.task.pk])
    other = reverse(
        "process_task_status", args=[process_world.town.slug, process_world.other_task.pk]
    )
    response = client.post(own, {"status": "done", "lock_version": 0})
    assert response.status_code == 302
    process_world.task.refresh_from_db()
    assert process_world.task.status == TaskStatus.DONE
    assert client.post(other, {"status": "done", "lock_version": 0}).status_code == 403
    process_world.other_task.refresh_from_db()
    assert process_world.other_task.status == TaskStatus.OPEN


def test_communication_plan_is_grouped_by_month_and_names_missing_goals(process_world, client):
    CommunicationItem.objects.create(
        process=process_world.process,
        municipality=process_world.town,
        title="Stadtgespräch",
        goal="dialog",
        audience="Stadtbevölkerung",
        channel="Veranstaltung",
        date=datetime.date(2025, 3, 12),
    )
    client.force_login(process_world.users["council"])
    response = client.get(
        reverse("communication_plan", args=[process_world.town.slug, process_world.version.pk])
    )
    months = response.context["months"]
    assert [month for month, _items in months] == [
        datetime.date(2025, 2, 1),
        datetime.date(2025, 3, 1),
    ]
    assert len(response.context["unused_goals"]) == 4
    html = response.content.decode()
    assert "Februar 2025" in html and "März 2025" in html


def test_coordination_adds_and_deletes_communication_items(process_world, client):
    client.force_login(process_world.users["coordination"])
    create = reverse(
        "process_part_create",
        args=[process_world.town.slug, process_world.version.pk, "kommunikation"],
    )
    response = client.post(
        create,
        {
            "title": "Infostand auf dem Wochenmarkt",
            "goal": "motivation",
            "audience": "Stadtbevölkerung",
            "channel": "Infostand",
            "date": "2025-05-10",
            "status": "open",
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/prozess/kommunikation/")
    item = CommunicationItem.objects.get(title="Infostand auf dem Wochenmarkt")
    delete = reverse(
        "process_part_delete", args=[process_world.town.slug, "kommunikation", item.pk]
    )
    assert client.post(delete).status_code == 302
    assert not CommunicationItem.objects.filter(pk=item.pk).exists()


def test_facilitator_contract_total_is_days_times_rate_when_left_empty(process_world, client):
    process_world.contract.delete()
    client.force_login(process_world.users["coordination"])
    url = reverse("process_contract_edit", args=[process_world.town.slug, process_world.version.pk])
    response = client.post(
        url,
        {
            "provider": "Institut Beispiel",
            "scope": "Zwei Workshops, Dokumentation",
            "days": "12,5",
            "day_rate": "1.100",
            "total_cost": "",
            "period_start": "2025-02-01",
            "period_end": "2025-10-31",
        },
    )
    assert response.status_code == 302
    process_world.process.refresh_from_db()
    contract = process_world.process.facilitator_contract
    assert str(contract.total_cost) == "13750.00"


def test_process_factors_are_analysis_items_of_the_municipality(process_world, client):
    from kompass.analysis.models import AnalysisItem

    supporting = AnalysisItem.objects.create(
        municipality=process_world.town, kind="supporting", title="Politischer Wille"
    )
    AnalysisItem.objects.create(municipality=process_world.town, kind="strength", title="Stärke")
    client.force_login(process_world.users["coordination"])
    url = reverse("process_edit", args=[process_world.town.slug, process_world.version.pk])
    form = client.get(url).context["form"]
    assert list(form.fields["factors"].queryset) == [supporting]
    response = client.post(
        url,
        {
            "start_date": "2025-01-01",
            "budget_total": "40.000",
            "notes": "",
            "factors": [supporting.pk],
            "lock_version": process_world.process.lock_version,
        },
    )
    assert response.status_code == 302
    page = client.get(timeline(process_world)).content.decode()
    assert "Politischer Wille" in page


def _add_tasks(world, n):
    step = world.process.steps.get(position=2)
    for i in range(n):
        ProcessTask.objects.create(
            process=world.process,
            municipality=world.town,
            step=step if i % 2 else None,
            title=f"Aufgabe {i}",
            owner_user=world.users["facilitator"] if i % 3 else None,
            owner_unit=world.school_office if i % 2 else None,
            due_date=datetime.date(2025, 3, 1) + datetime.timedelta(days=i),
        )


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


# session, user, municipality, access cache (2), version, the process with its 6 prefetched
# parts (7), the facilitator contract, and a savepoint pair at most
TIMELINE_MAX_QUERIES = 15


@pytest.mark.parametrize("user_key", ["coordination", "responsible_unit"])
def test_timeline_query_count_is_pinned_and_does_not_grow(process_world, client, user_key):
    client.force_login(process_world.users[user_key])
    url = timeline(process_world)
    _count(client, url)  # warm caches (content types, sessions)
    _add_tasks(process_world, 5)
    small = _count(client, url)
    _add_tasks(process_world, 35)
    large = _count(client, url)
    assert small == large
    assert large <= TIMELINE_MAX_QUERIES


def test_communication_plan_query_count_does_not_grow(process_world, client):
    client.force_login(process_world.users["coordination"])
    url = reverse("communication_plan", args=[process_world.town.slug, process_world.version.pk])
    small = _count(client, url)
    for i in range(30):
        CommunicationItem.objects.create(
            process=process_world.process,
            municipality=process_world.town,
            title=f"Eintrag {i}",
            goal="information",
            audience="Verwaltung",
            channel="Intranet",
            date=datetime.date(2025, 1 + i % 12, 1),
            owner_unit=process_world.youth_office,
            owner_user=process_world.users["coordination"],
        )
    assert _count(client, url) == small


PROCESS_PAGES = [
    ("process_timeline", "version"),
    ("process_start", "version"),
    ("communication_plan", "version"),
    ("process_edit", "version"),
    ("process_contract_edit", "version"),
]


@pytest.mark.parametrize(("name", "attribute"), PROCESS_PAGES)
def test_process_pages_pass_the_page_audit(process_world, client, name, attribute):
    client.force_login(process_world.users["coordination"])
    response = client.get(
        reverse(name, args=[process_world.town.slug, getattr(process_world, attribute).pk]),
        follow=True,
    )
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de"
    assert len(page.title.strip()) > len("Integrationskompass")
    unlabelled = [
        n
        for cid, aria, wrapped, n in page.controls
        if not (aria or wrapped or cid in page.label_for)
    ]
    assert unlabelled == []
    assert len(page.ids) == len(set(page.ids))


@pytest.mark.parametrize(
    "kind", ["phasen", "schritte", "meilensteine", "aufgaben", "budget", "kommunikation"]
)
def test_part_forms_pass_the_page_audit(process_world, client, kind):
    client.force_login(process_world.users["coordination"])
    response = client.get(
        reverse(
            "process_part_create", args=[process_world.town.slug, process_world.version.pk, kind]
        )
    )
    assert response.status_code == 200
    page = audit(response)
    unlabelled = [
        n
        for cid, aria, wrapped, n in page.controls
        if not (aria or wrapped or cid in page.label_for)
    ]
    assert unlabelled == []


def test_unknown_part_kind_is_not_found(process_world, client):
    client.force_login(process_world.users["coordination"])
    url = reverse(
        "process_part_create", args=[process_world.town.slug, process_world.version.pk, "unsinn"]
    )
    assert client.get(url).status_code == 404


def test_adopted_version_keeps_its_process_editable(process_world, client):
    """Publishing (step 12) happens after adoption: the process is not locked with the version."""
    from kompass.concepts.services import concept_version_adopt

    concept_version_adopt(
        version=process_world.version,
        adopted_on=datetime.date(2025, 6, 1),
        adopting_resolution="Beschluss 2025/1",
        acting_user=process_world.users["coordination"],
    )
    step = ProcessStep.objects.get(pk=process_world.step.pk)
    client.force_login(process_world.users["coordination"])
    url = reverse("process_part_edit", args=[process_world.town.slug, "schritte", step.pk])
    response = client.post(url, _step_form(step, status="done", done_on="2025-06-02"))
    assert response.status_code == 302
    step.refresh_from_db()
    assert (step.status, str(step.done_on)) == ("done", "2025-06-02")


def test_a_step_marked_done_without_date_is_done_today(process_world, client):
    step = process_world.step
    client.force_login(process_world.users["facilitator"])
    url = reverse("process_part_edit", args=[process_world.town.slug, "schritte", step.pk])
    assert client.post(url, _step_form(step, status="done")).status_code == 302
    step.refresh_from_db()
    assert step.done_on == timezone.localdate()
