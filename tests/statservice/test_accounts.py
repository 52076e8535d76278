"""Access data per municipality and service: encrypted at rest, never shown, coordinators only."""

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import translation

from kompass.statservice import crypto
from kompass.statservice.models import ServiceAccount
from kompass.statservice.services import account_save

from .fakeserver import recorded

PASSWORD = "Kennwort-der-Stadt-1234"


@pytest.fixture(autouse=True)
def english(client):
    """Messages are asserted in English: the person chose English with the language switch."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


def save(world, service="regio", secret=PASSWORD, **kwargs):
    return account_save(
        municipality=world.town,
        service=service,
        uses_token=kwargs.get("uses_token", False),
        username=kwargs.get("username", "KOMPASS01"),
        secret=secret,
        acting_user=world.users["coordination"],
    )


def stored_column(account) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT secret FROM {ServiceAccount._meta.db_table} WHERE id = %s", [account.pk]
        )
        return cursor.fetchone()[0]


def test_the_password_is_encrypted_at_rest(world):
    account = save(world)

    column = stored_column(account)
    assert PASSWORD not in column and column.startswith("gAAAA")  # a Fernet token
    assert ServiceAccount.objects.get().plain_secret() == PASSWORD


def test_the_key_comes_from_the_setting_and_a_rotated_key_still_decrypts(world, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.KOMPASS_CREDENTIALS_KEY = old
    account = save(world)
    assert Fernet(old).decrypt(stored_column(account).encode()).decode() == PASSWORD

    settings.KOMPASS_CREDENTIALS_KEY = f"{new},{old}"
    assert ServiceAccount.objects.get().plain_secret() == PASSWORD

    settings.KOMPASS_CREDENTIALS_KEY = new
    with pytest.raises(crypto.UnreadableSecret):
        ServiceAccount.objects.get().plain_secret()


def test_without_the_setting_the_key_is_derived_from_the_secret_key(world, settings):
    settings.KOMPASS_CREDENTIALS_KEY = ""
    account = save(world)
    settings.SECRET_KEY = "another-installation"
    with pytest.raises(crypto.UnreadableSecret):
        ServiceAccount.objects.get(pk=account.pk).plain_secret()


def test_saving_shows_saved_but_never_the_password(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("statservice_account", args=[world.town.slug, "regio"])

    response = client.post(url, {"username": "KOMPASS01", "secret": PASSWORD})

    assert response.status_code == 302
    account = ServiceAccount.objects.get(municipality=world.town, service="regio")
    assert account.username == "KOMPASS01" and account.plain_secret() == PASSWORD
    for page in (url, reverse("statservice_accounts", args=[world.town.slug])):
        content = client.get(page).content.decode()
        assert PASSWORD not in content and account.secret not in content
    assert "password saved" in client.get(response["Location"]).content.decode()
    assert "Leave empty to keep the saved password" in client.get(url).content.decode()


def test_an_empty_password_keeps_the_saved_one_and_a_new_one_replaces_it(world, client):
    save(world)
    client.force_login(world.users["coordination"])
    url = reverse("statservice_account", args=[world.town.slug, "regio"])

    client.post(url, {"username": "KOMPASS02", "secret": ""})
    account = ServiceAccount.objects.get()
    assert account.username == "KOMPASS02" and account.plain_secret() == PASSWORD

    client.post(url, {"username": "KOMPASS02", "secret": "neu"})
    assert ServiceAccount.objects.get().plain_secret() == "neu"


def test_a_new_account_needs_user_name_and_password(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("statservice_account", args=[world.town.slug, "genesis"])

    response = client.post(url, {"username": "", "secret": ""})

    assert set(response.context["form"].errors) == {"username", "secret"}
    assert not ServiceAccount.objects.exists()


def test_token_instead_of_password_but_not_for_the_regionaldatenbank(world, client):
    client.force_login(world.users["coordination"])

    response = client.post(
        reverse("statservice_account", args=[world.town.slug, "regio"]),
        {"uses_token": "on", "secret": "tok"},
    )
    assert "uses_token" in response.context["form"].errors

    client.post(
        reverse("statservice_account", args=[world.town.slug, "genesis"]),
        {"uses_token": "on", "secret": "a1b2c3"},
    )
    account = ServiceAccount.objects.get()
    assert account.uses_token and account.username == "" and account.plain_secret() == "a1b2c3"


def test_delete_forgets_the_access_data(world, client):
    save(world)
    client.force_login(world.users["coordination"])

    client.post(reverse("statservice_account_delete", args=[world.town.slug, "regio"]))

    assert not ServiceAccount.objects.exists()


@pytest.mark.parametrize(
    "answer, ok, text",
    [
        ("logincheck_success.json", True, "The service accepted the access data."),
        ("logincheck_wrong_credentials.json", False, "did not accept the stored access data"),
    ],
)
def test_check_access_asks_the_service(world, client, fake_genesis, answer, ok, text):
    save(world)
    fake_genesis.answer("helloworld/logincheck", recorded(answer))
    client.force_login(world.users["coordination"])

    response = client.post(
        reverse("statservice_account_check", args=[world.town.slug, "regio"]), follow=True
    )

    account = ServiceAccount.objects.get()
    assert account.check_ok is ok and text in account.check_message
    assert text in response.content.decode()
    (call,) = fake_genesis.calls()
    assert call.service == "regio" and call.headers["password"] == PASSWORD


def test_another_municipalitys_access_data_are_out_of_reach(world, client):
    other = account_save(
        municipality=world.other_town,
        service="regio",
        uses_token=False,
        username="ANDERE",
        secret="x",
        acting_user=None,
    )
    client.force_login(world.users["coordination"])

    assert (
        "ANDERE"
        not in client.get(reverse("statservice_accounts", args=[world.town.slug])).content.decode()
    )
    response = client.post(reverse("statservice_account_delete", args=[world.town.slug, "regio"]))
    assert response.status_code == 404 and ServiceAccount.objects.filter(pk=other.pk).exists()


VIEWS = [
    ("get", "statservice_accounts", []),
    ("get", "statservice_account", ["regio"]),
    ("post", "statservice_account_delete", ["regio"]),
    ("post", "statservice_account_check", ["regio"]),
]


@pytest.mark.parametrize("method, name, args", VIEWS)
@pytest.mark.parametrize(
    "user_key, status",
    [
        ("responsible_unit", 403),
        ("steering_group", 403),
        ("facilitator", 403),
        ("council", 403),
        ("programme_coordinator", 403),
        ("foreign_coordinator", 404),
        ("no_membership", 404),
        (None, 302),
    ],
)
def test_only_coordinators_reach_the_access_data(
    world, client, method, name, args, user_key, status
):
    save(world)
    if user_key:
        client.force_login(world.users[user_key])

    response = getattr(client, method)(reverse(name, args=[world.town.slug, *args]))

    assert response.status_code == status
    assert ServiceAccount.objects.get().check_ok is None  # nothing was checked or deleted
    if user_key is None:
        assert "/konto/anmelden/" in response["Location"]


def test_coordinator_sees_the_pages(world, client):
    save(world)
    client.force_login(world.users["coordination"])
    for _method, name, args in VIEWS[:2]:
        assert client.get(reverse(name, args=[world.town.slug, *args])).status_code == 200
    assert (
        client.get(reverse("statservice_account", args=[world.town.slug, "nope"])).status_code
        == 404
    )
