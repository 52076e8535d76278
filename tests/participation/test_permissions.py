"""Role × view × own/foreign municipality for every participation page; pinned query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.participation.models import ContributionDecision
from kompass.participation.services import contribution_decide, response_publish

from ..core.test_pages import audit
from ..tenancy.test_permission_matrix import ALL_USERS, OUTSIDERS, READERS
from .conftest import add_contributions

EDITORS = ["coordination", "instance_admin"]
PARTICIPATION_EDITORS = [*EDITORS, "facilitator"]

READ = [
    ("format_catalogue", None),
    ("participation_overview", "version"),
    ("contribution_triage", "version"),
    ("response_table", "version"),
    ("reach_report", "version"),
    ("event_detail", "event"),
    ("contribution_detail", "contribution"),
    ("consultation_detail", "consultation"),
    ("consultation_report", "consultation"),
]
EDIT = [
    ("event_create", "version"),
    ("contribution_create", "version"),
    ("event_edit", "event"),
    ("event_document", "event"),
    ("card_entry", "event"),
    ("event_file_create", "event"),
]
TRIAGE = [
    ("decision_delete", "decision"),
    ("consultation_create", "version"),
    ("consultation_edit", "consultation"),
    ("consultation_moderation", "consultation"),
    ("draft_comment_answer", "draft_comment"),
]


def url(world, name, attribute, municipality=None):
    slug = (municipality or world.town).slug
    return reverse(name, args=[slug] + ([getattr(world, attribute).pk] if attribute else []))


def expected(user, allowed):
    if user in OUTSIDERS:
        return 404
    return 200 if user in allowed else 403


CASES = [
    (name, attr, allowed)
    for views, allowed in ((READ, READERS), (EDIT, PARTICIPATION_EDITORS), (TRIAGE, EDITORS))
    for name, attr in views
]


@pytest.mark.parametrize(("name", "attribute", "allowed"), CASES)
def test_role_view_matrix(pworld, client, name, attribute, allowed):
    # one world per view, every role in turn (the world is expensive to build)
    statuses = {}
    for user in ALL_USERS:
        client.force_login(pworld.users[user])
        statuses[user] = client.get(url(pworld, name, attribute)).status_code
    assert statuses == {user: expected(user, allowed) for user in ALL_USERS}


@pytest.mark.parametrize(("name", "attribute"), [v for v in READ + EDIT + TRIAGE if v[1]])
def test_objects_are_not_found_under_another_municipality(pworld, client, name, attribute):
    client.force_login(pworld.users["foreign_coordinator"])
    target = url(pworld, name, attribute, municipality=pworld.other_town)
    assert client.get(target).status_code == 404
    assert client.post(target).status_code == 404


def test_foreign_event_is_not_found_under_the_own_municipality(pworld, client):
    client.force_login(pworld.users["coordination"])
    target = reverse("event_detail", args=[pworld.town.slug, pworld.foreign_event.pk])
    assert client.get(target).status_code == 404


@pytest.mark.parametrize("user", ["facilitator", "council", "steering_group"])
def test_only_coordination_decides_and_publishes(pworld, client, user):
    client.force_login(pworld.users[user])
    c = pworld.contribution
    response = client.post(
        reverse("decision_add", args=[pworld.town.slug, c.pk]),
        {"outcome": "not_adopted", "reason": "Nein."},
    )
    assert response.status_code == 403
    toggle = reverse(
        "participation_toggle", args=[pworld.town.slug, "version-response", pworld.version.pk]
    )
    assert client.post(toggle, {"on": "1"}).status_code == 403
    assert not ContributionDecision.objects.filter(contribution=c).exists()


def test_anonymous_users_are_sent_to_the_login(pworld, client):
    response = client.get(url(pworld, "contribution_triage", "version"))
    assert response.status_code == 302 and "anmelden" in response["Location"]


PAGES = READ + EDIT + TRIAGE[1:]


@pytest.mark.parametrize(("name", "attribute"), PAGES)
def test_page_audit(pworld, client, name, attribute):
    client.force_login(pworld.users["coordination"])
    page = audit(client.get(url(pworld, name, attribute)))
    assert page.html_lang == "de" and len(page.title.strip()) > len("Integrationskompass")
    unlabelled = [
        n
        for control_id, aria, wrapped, n in page.controls
        if not (aria or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("public_participation", []),
        ("public_contribution_lookup", []),
        ("public_consultation", ["consultation"]),
    ],
)
def test_public_page_audit(pworld, client, name, args):
    args = [getattr(pworld, a).pk for a in args]
    page = audit(client.get(reverse(name, args=[pworld.town.slug, *args])))
    assert page.html_lang == "de" and pworld.town.name in page.title


def _queries(client, target):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(target).status_code == 200
    return len(ctx.captured_queries)


def _grow(world, n):
    for c in add_contributions(world.version, world.event, n, start=100):
        contribution_decide(
            contribution=c, outcome="adopted", goal=world.goal, reason="Ja.", acting_user=None
        )


@pytest.mark.parametrize("name", ["contribution_triage", "response_table"])
def test_query_count_is_constant_for_10_and_60_contributions(pworld, client, name):
    client.force_login(pworld.users["coordination"])
    target = url(pworld, name, "version")
    _grow(pworld, 8)
    small = _queries(client, target)
    _grow(pworld, 50)
    assert _queries(client, target) == small


def test_public_response_table_query_count_is_constant(pworld, client):
    response_publish(acting_user=None, publish=True, version=pworld.version)
    target = reverse("public_responses", args=[pworld.town.slug, pworld.version.pk])
    _grow(pworld, 8)
    small = _queries(client, target)
    _grow(pworld, 50)
    assert _queries(client, target) == small


def test_an_event_with_contributions_cannot_be_deleted(pworld, client):
    client.force_login(pworld.users["coordination"])
    target = url(pworld, "event_delete", "event")
    assert client.post(target).status_code == 302
    assert type(pworld.event).objects.filter(pk=pworld.event.pk).exists()
    client.force_login(pworld.users["council"])
    assert client.get(target).status_code == 403
