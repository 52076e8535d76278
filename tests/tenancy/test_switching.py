"""A person with roles in several municipalities switches between them."""

from django.urls import reverse

from kompass.tenancy.models import Role

from ..factories import MembershipFactory


def test_user_with_two_municipalities_chooses_and_switches(world, client):
    user = world.users["steering_group"]
    MembershipFactory(user=user, municipality=world.other_town, role=Role.COORDINATION)
    client.force_login(user)

    start = client.get(reverse("home"))
    assert start.status_code == 200
    content = start.content.decode()
    assert "Musterstadt" in content and "Anderstadt" in content

    page = client.get(reverse("municipality_home", args=[world.town.slug])).content.decode()
    assert 'id="switch-municipality"' in page

    response = client.get(reverse("switch_municipality"), {"municipality": world.other_town.slug})
    assert response.status_code == 302
    assert response["Location"] == reverse("municipality_home", args=[world.other_town.slug])


def test_switching_to_a_foreign_municipality_is_404(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(reverse("switch_municipality"), {"municipality": world.other_town.slug})
    assert response.status_code == 404


def test_user_with_one_municipality_goes_straight_there(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(reverse("home"))
    assert response["Location"] == reverse("municipality_home", args=[world.town.slug])
