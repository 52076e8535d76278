"""Units, districts and the municipality's own target groups: coordination edits, others read."""

import pytest
from django.urls import reverse

from kompass.analysis.models import District
from kompass.tenancy.models import OrgUnit

from ..tenancy.test_permission_matrix import ALL_USERS, EDITORS, OUTSIDERS


def expected(user_key):
    if user_key in OUTSIDERS:
        return 404
    return 200 if user_key in EDITORS else 403


def spare_unit(world):
    return OrgUnit.objects.get_or_create(municipality=world.town, name="Unbenutztes Amt")[0]


def owned_urls(world):
    slug = world.town.slug
    return [
        reverse("owned_object_create", args=[slug, "einheiten"]),
        reverse("owned_object_edit", args=[slug, "einheiten", world.school_office.pk]),
        reverse("owned_object_delete", args=[slug, "einheiten", spare_unit(world).pk]),
        reverse("owned_object_create", args=[slug, "sozialraeume"]),
        reverse("owned_object_edit", args=[slug, "sozialraeume", world.district.pk]),
        reverse("owned_object_create", args=[slug, "zielgruppen"]),
    ]


@pytest.mark.parametrize("user_key", ALL_USERS)
def test_owned_object_pages_matrix(world, client, user_key):
    client.force_login(world.users[user_key])
    statuses = {url: client.get(url).status_code for url in owned_urls(world)}
    assert set(statuses.values()) == {expected(user_key)}, statuses


def test_unknown_kind_is_404(world, client):
    client.force_login(world.users["coordination"])
    assert (
        client.get(reverse("owned_object_create", args=[world.town.slug, "nichts"])).status_code
        == 404
    )


def test_foreign_unit_cannot_be_edited_through_own_municipality(world, client):
    client.force_login(world.users["foreign_coordinator"])
    url = reverse(
        "owned_object_edit", args=[world.other_town.slug, "einheiten", world.school_office.pk]
    )
    assert client.post(url, {"name": "Gekapert", "kind": "office"}).status_code == 404
    world.school_office.refresh_from_db()
    assert world.school_office.name == "Schulamt"


def test_coordinator_adds_a_district_and_duplicate_code_is_refused(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("owned_object_create", args=[world.town.slug, "sozialraeume"])
    response = client.post(url, {"code": "NORD", "name": "Nordstadt", "population": "7.450"})
    assert response.status_code == 302
    district = District.objects.get(code="NORD")
    assert district.municipality == world.town and district.population == 7450
    response = client.post(url, {"code": "NORD", "name": "Noch ein Norden"})
    assert response.status_code == 200
    assert District.objects.filter(code="NORD").count() == 1


def test_unit_in_use_cannot_be_deleted_and_says_why(world, client):
    client.force_login(world.users["coordination"])
    url = reverse(
        "owned_object_delete", args=[world.town.slug, "einheiten", world.school_office.pk]
    )
    response = client.post(url, follow=True)
    assert OrgUnit.objects.filter(pk=world.school_office.pk).exists()
    assert world.measure.title in response.content.decode()


def test_district_with_values_or_measures_cannot_be_deleted(world, client):
    from ..factories import IndicatorValueFactory

    IndicatorValueFactory(indicator=world.indicator, district=world.district, year=2023)
    client.force_login(world.users["coordination"])
    url = reverse("owned_object_delete", args=[world.town.slug, "sozialraeume", world.district.pk])
    response = client.post(url, follow=True)
    assert District.objects.filter(pk=world.district.pk).exists()
    assert "1" in response.content.decode()


def test_target_group_used_by_an_adopted_goal_cannot_be_deleted(world, client):
    from kompass.concepts.models import TargetGroup

    group = TargetGroup.objects.create(
        municipality=world.town, name="Eigene Gruppe", category="population"
    )
    world.goal.target_groups.add(group)
    client.force_login(world.users["coordination"])
    url = reverse("owned_object_delete", args=[world.town.slug, "zielgruppen", group.pk])
    assert client.get(url).status_code == 302
    client.post(url)
    assert world.goal.target_groups.filter(pk=group.pk).exists()


def test_unused_district_can_be_deleted(world, client):
    spare = District.objects.create(municipality=world.town, code="LEER", name="Leerviertel")
    client.force_login(world.users["coordination"])
    client.post(reverse("owned_object_delete", args=[world.town.slug, "sozialraeume", spare.pk]))
    assert not District.objects.filter(pk=spare.pk).exists()
