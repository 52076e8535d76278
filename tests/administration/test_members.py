"""The people page: invitations by e-mail end to end, role changes and revoking, the admin's units."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from kompass.administration import members
from kompass.tenancy.models import Invitation, Membership, OrgUnit, Role

from ..factories import MembershipFactory, OrgUnitFactory, UserFactory

PASSWORD = "Grünkohl-und-Pinkel-2026"


def invite(client, world, **values):
    client.force_login(world.users["coordination"])
    data = {"email": "neu@example.org", "name": "Aylin Demir", "role": "steering_group"}
    data.update(values)
    return client.post(reverse("invitation_create", args=[world.town.slug]), data)


def error_messages(response) -> list[str]:
    return [m.message for m in response.context["messages"] if m.level_tag == "error"]


def link_in(message) -> str:
    return re.search(r"https?://\S+/konto/einladung/\S+/", message.body).group(0)


def path_of(link: str) -> str:
    return "/" + link.split("/", 3)[3]


def test_an_invited_person_sets_a_password_and_lands_in_the_role(world, client, settings):
    settings.KOMPASS_BASE_URL = "https://kompass.example.de"
    school_office = OrgUnit.objects.get(municipality=world.town, name="Schulamt")
    response = invite(client, world, role="responsible_unit", org_unit=school_office.pk)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["neu@example.org"]
    assert "Musterstadt" in message.subject
    link = link_in(message)
    assert link.startswith("https://kompass.example.de/konto/einladung/")
    token = link.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert invitation.token_hash == members.token_hash(token)
    assert token not in invitation.token_hash
    client.logout()

    page = client.get(path_of(link))
    assert page.status_code == 200
    assert page.context["form"]["username"].value() == "neu@example.org"
    response = client.post(
        path_of(link), {"username": "neu@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("municipality_home", args=[world.town.slug])
    user = get_user_model().objects.get(username="neu@example.org")
    assert (user.first_name, user.last_name, user.email) == ("Aylin", "Demir", "neu@example.org")
    membership = Membership.objects.get(user=user)
    assert (membership.municipality, membership.role, membership.org_unit) == (
        world.town,
        Role.RESPONSIBLE_UNIT,
        school_office,
    )
    assert client.get(response["Location"]).context["user"] == user  # logged in
    assert client.get(reverse("unit_tasks", args=[world.town.slug])).status_code == 200


def test_a_used_link_gives_a_german_page_and_changes_nothing(world, client):
    invite(client, world)
    link = path_of(link_in(mail.outbox[0]))
    client.logout()
    data = {"username": "aylin", "password1": PASSWORD, "password2": PASSWORD}
    assert client.post(link, data).status_code == 302
    client.logout()

    again = client.post(link, {**data, "username": "zweite"})

    assert again.status_code == 410
    assert again.context["state"] == "accepted"
    assert not get_user_model().objects.filter(username="zweite").exists()


def test_a_weak_password_is_refused_with_the_validators_message(world, client):
    invite(client, world)
    link = path_of(link_in(mail.outbox[0]))
    client.logout()
    response = client.post(link, {"username": "aylin", "password1": "123", "password2": "123"})
    assert response.status_code == 200
    assert response.context["form"].errors["password1"]
    assert not get_user_model().objects.filter(username="aylin").exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_expired_invitation_cannot_be_accepted(world, client):
    invite(client, world)
    link = path_of(link_in(mail.outbox[0]))
    client.logout()
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    response = client.post(
        link, {"username": "aylin", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 410
    assert response.context["state"] == "expired"
    assert not get_user_model().objects.filter(username="aylin").exists()


def test_a_withdrawn_invitation_cannot_be_accepted(world, client):
    invite(client, world)
    link = path_of(link_in(mail.outbox[0]))
    invitation = Invitation.objects.get()
    assert (
        client.post(
            reverse("invitation_withdraw", args=[world.town.slug, invitation.pk])
        ).status_code
        == 302
    )
    client.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert response.context["state"] == "withdrawn"


def test_an_unknown_token_gives_a_clear_page_not_an_error(client, db):
    response = client.get(reverse("invitation_accept", args=["erfunden-und-falsch"]))
    assert response.status_code == 404
    assert response.context["state"] == "unknown"
    assert response.templates[0].name == "administration/invitation_accept.html"


def test_sending_again_replaces_the_link(world, client):
    invite(client, world)
    old_link = path_of(link_in(mail.outbox[0]))
    invitation = Invitation.objects.get()
    Invitation.objects.update(sent_at=timezone.now() - datetime.timedelta(hours=1))
    response = client.post(reverse("invitation_resend", args=[world.town.slug, invitation.pk]))
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    new_link = path_of(link_in(mail.outbox[1]))
    assert new_link != old_link
    client.logout()
    assert client.get(old_link).status_code == 404
    assert client.get(new_link).status_code == 200


def test_sending_again_at_once_is_refused(world, client):
    invite(client, world)
    invitation = Invitation.objects.get()
    response = client.post(
        reverse("invitation_resend", args=[world.town.slug, invitation.pk]), follow=True
    )
    assert len(mail.outbox) == 1
    assert len(error_messages(response)) == 1


def test_an_existing_account_logs_in_and_then_accepts(world, client):
    person = UserFactory(email="Neu@Example.org")
    invite(client, world, role="facilitator")
    link = path_of(link_in(mail.outbox[0]))
    client.logout()
    page = client.get(link)
    assert page.context["mode"] == "login"
    assert f"next={link}" in page.context["login_url"]

    client.force_login(person)
    response = client.post(link)

    assert response.status_code == 302
    assert Membership.objects.get(user=person, municipality=world.town).role == Role.FACILITATOR
    assert get_user_model().objects.filter(email__iexact="neu@example.org").count() == 1


def test_another_logged_in_account_cannot_take_up_the_invitation(world, client):
    invite(client, world)
    link = path_of(link_in(mail.outbox[0]))
    client.force_login(world.users["no_membership"])
    response = client.post(link)
    assert response.status_code == 200
    assert response.context["errors"]
    assert not Membership.objects.filter(
        user=world.users["no_membership"], municipality=world.town
    ).exists()


def test_a_token_of_another_municipality_gives_no_role_here(world, client):
    """The link names its own municipality; the foreign coordinator's invitation leads there."""
    client.force_login(world.users["foreign_coordinator"])
    client.post(
        reverse("invitation_create", args=[world.other_town.slug]),
        {"email": "fremd@example.org", "role": "council"},
    )
    link = path_of(link_in(mail.outbox[0]))
    client.logout()
    client.post(link, {"username": "fremd", "password1": PASSWORD, "password2": PASSWORD})
    user = get_user_model().objects.get(username="fremd")
    assert list(
        Membership.objects.filter(user=user).values_list("municipality__slug", flat=True)
    ) == ["anderstadt"]


def test_an_invitation_needs_a_unit_of_the_municipality_for_a_responsible_unit(world, client):
    foreign_unit = OrgUnitFactory(municipality=world.other_town, name="Fremdamt")
    response = invite(client, world, role="responsible_unit")
    assert response.status_code == 200
    assert response.context["form"].errors["org_unit"]
    response = invite(client, world, role="responsible_unit", org_unit=foreign_unit.pk)
    assert response.status_code == 200
    assert response.context["form"].errors["org_unit"]
    assert not Invitation.objects.exists()
    assert mail.outbox == []


def test_a_member_or_pending_address_is_not_invited_twice(world, client):
    existing = world.users["council"].email
    response = invite(client, world, email=existing.upper())
    assert response.context["form"].errors["email"]
    invite(client, world)
    response = invite(client, world)
    assert response.context["form"].errors["email"]
    assert Invitation.objects.count() == 1


def test_invitations_are_capped_per_municipality_and_day(world, client, monkeypatch):
    monkeypatch.setattr(members, "INVITATIONS_PER_DAY", 2)
    invite(client, world, email="a@example.org")
    invite(client, world, email="b@example.org")
    response = invite(client, world, email="c@example.org")
    assert response.status_code == 200
    assert "24" in str(response.context["form"].non_field_errors())
    assert Invitation.objects.count() == 2
    assert len(mail.outbox) == 2


def test_the_people_page_lists_members_and_pending_invitations(
    world, client, django_assert_max_num_queries
):
    invite(client, world)
    for _ in range(5):
        MembershipFactory(municipality=world.town, role=Role.COUNCIL)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("members_list", args=[world.town.slug]))
    page = response.content.decode()
    assert world.users["council"].email in page
    assert "neu@example.org" in page
    assert world.users["foreign_coordinator"].email not in page


# Role changes and revoking


def test_coordination_changes_a_role_and_unit(world, client):
    membership = Membership.objects.get(user=world.users["council"])
    youth_office = OrgUnit.objects.get(municipality=world.town, name="Jugendamt")
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("membership_edit", args=[world.town.slug, membership.pk]),
        {"role": "responsible_unit", "org_unit": youth_office.pk},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert (membership.role, membership.org_unit) == (Role.RESPONSIBLE_UNIT, youth_office)


def test_a_unit_of_another_municipality_is_refused(world, client):
    membership = Membership.objects.get(user=world.users["council"])
    foreign_unit = OrgUnitFactory(municipality=world.other_town, name="Fremdamt")
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("membership_edit", args=[world.town.slug, membership.pk]),
        {"role": "responsible_unit", "org_unit": foreign_unit.pk},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["org_unit"]
    membership.refresh_from_db()
    assert membership.role == Role.COUNCIL


def test_the_last_coordinator_keeps_the_role(world, client):
    own = Membership.objects.get(user=world.users["coordination"])
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("membership_edit", args=[world.town.slug, own.pk]), {"role": "council"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["role"]
    own.refresh_from_db()
    assert own.role == Role.COORDINATION


def test_the_only_coordinator_cannot_leave_but_can_with_a_second_one(world, client):
    own = Membership.objects.get(user=world.users["coordination"])
    client.force_login(world.users["coordination"])
    url = reverse("membership_revoke", args=[world.town.slug, own.pk])
    response = client.post(url, follow=True)
    assert len(error_messages(response)) == 1
    assert Membership.objects.filter(pk=own.pk).exists()

    MembershipFactory(municipality=world.town, role=Role.COORDINATION)
    assert client.post(url).status_code == 302
    assert not Membership.objects.filter(pk=own.pk).exists()


def test_the_last_coordinator_cannot_be_removed_by_the_instance_admin(world, client):
    own = Membership.objects.get(user=world.users["coordination"])
    client.force_login(world.users["instance_admin"])
    client.post(reverse("membership_revoke", args=[world.town.slug, own.pk]))
    assert Membership.objects.filter(pk=own.pk).exists()


def test_revoking_takes_the_workspace_away(world, client):
    membership = Membership.objects.get(user=world.users["council"])
    client.force_login(world.users["coordination"])
    client.post(reverse("membership_revoke", args=[world.town.slug, membership.pk]))
    client.force_login(world.users["council"])
    assert client.get(reverse("municipality_home", args=[world.town.slug])).status_code == 404


# The Django admin


@pytest.fixture
def admin_client_of(world, client):
    client.force_login(world.users["instance_admin"])
    return client


def test_the_admin_offers_only_the_municipalitys_units_in_its_memberships(world, admin_client_of):
    OrgUnitFactory(municipality=world.other_town, name="Fremdamt")
    response = admin_client_of.get(
        reverse("admin:tenancy_municipality_change", args=[world.town.pk])
    )
    assert response.status_code == 200
    (formset,) = [
        f.formset
        for f in response.context["inline_admin_formsets"]
        if f.formset.model is Membership
    ]
    offered = {unit.name for unit in formset.empty_form.fields["org_unit"].queryset}
    assert offered == {"Schulamt", "Jugendamt"}
    youth_office = OrgUnit.objects.get(name="Jugendamt")
    assert f'<option value="{youth_office.pk}">' in response.content.decode()


def test_the_membership_admin_refuses_a_foreign_unit(world, admin_client_of):
    membership = Membership.objects.get(user=world.users["council"])
    foreign_unit = OrgUnitFactory(municipality=world.other_town, name="Fremdamt")
    url = reverse("admin:tenancy_membership_change", args=[membership.pk])
    form = admin_client_of.get(url).context["adminform"].form
    assert {unit.name for unit in form.fields["org_unit"].queryset} == {"Schulamt", "Jugendamt"}
    response = admin_client_of.post(
        url,
        {
            "user": membership.user_id,
            "municipality": world.town.pk,
            "role": "responsible_unit",
            "org_unit": foreign_unit.pk,
        },
    )
    assert response.status_code == 200
    membership.refresh_from_db()
    assert membership.org_unit is None


def test_a_membership_with_a_foreign_unit_is_invalid(world):
    from django.core.exceptions import ValidationError

    foreign_unit = OrgUnitFactory(municipality=world.other_town, name="Fremdamt")
    membership = Membership(
        user=world.users["no_membership"],
        municipality=world.town,
        role=Role.RESPONSIBLE_UNIT,
        org_unit=foreign_unit,
    )
    with pytest.raises(ValidationError):
        membership.full_clean()
