"""The goal tree stays a tree: levels rise from parent to child, sub-goals stay in their field."""

from django.urls import reverse

from kompass.concepts.models import Goal

from ..factories import FieldFactory, GoalFactory


def goal_post(goal, **overrides):
    data = {
        "level": goal.level,
        "title": goal.title,
        "field": goal.field_id or "",
        "parent": goal.parent_id or "",
        "kind": goal.kind,
        "addressee": goal.addressee,
        "position": "0",
        "lock_version": goal.lock_version,
    }
    data.update(overrides)
    return data


def test_a_goal_cannot_move_below_its_own_sub_goal(world, client):
    guiding = GoalFactory(field=world.field, level=1, title="Leitziel")
    Goal.objects.filter(pk=world.goal.pk).update(parent=guiding)
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("goal_edit", args=[world.town.slug, guiding.pk]),
        goal_post(guiding, level=3, parent=world.goal.pk),
    )
    assert response.status_code == 200
    guiding.refresh_from_db()
    assert (guiding.level, guiding.parent_id) == (1, None)


def test_level_cannot_sink_below_the_children(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("goal_edit", args=[world.town.slug, world.goal.pk]), goal_post(world.goal, level=3)
    )
    assert response.status_code == 200
    world.goal.refresh_from_db()
    assert world.goal.level == 2


def test_sub_goal_in_another_field_is_refused_and_an_empty_field_is_inherited(world, client):
    other_field = FieldFactory(version=world.version)
    client.force_login(world.users["coordination"])
    url = reverse("goal_create", args=[world.town.slug, world.version.pk])
    base = {
        "level": "3",
        "kind": "impact",
        "addressee": "society",
        "position": "0",
        "parent": world.goal.pk,
    }
    response = client.post(url, {**base, "title": "Anderswo", "field": other_field.pk})
    assert response.status_code == 200
    assert not Goal.objects.filter(title="Anderswo").exists()
    response = client.post(url, {**base, "title": "Erbt das Feld", "field": ""})
    assert response.status_code == 302
    assert Goal.objects.get(title="Erbt das Feld").field == world.field


def test_edit_without_version_number_is_refused(world, client):
    client.force_login(world.users["coordination"])
    data = goal_post(world.goal, title="Ohne Versionsnummer")
    data.pop("lock_version")
    response = client.post(reverse("goal_edit", args=[world.town.slug, world.goal.pk]), data)
    assert response.status_code == 200
    world.goal.refresh_from_db()
    assert world.goal.title != "Ohne Versionsnummer"


def test_stale_goal_edit_gets_a_conflict_message(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("goal_edit", args=[world.town.slug, world.goal.pk])
    assert client.post(url, goal_post(world.goal, title="Erste Fassung")).status_code == 302
    response = client.post(
        url, goal_post(world.goal, title="Zweite Fassung")
    )  # still lock_version 0
    assert response.status_code == 200
    assert "neu" in response.content.decode()  # "Bitte laden Sie die Seite neu ..."
    world.goal.refresh_from_db()
    assert world.goal.title == "Erste Fassung"
