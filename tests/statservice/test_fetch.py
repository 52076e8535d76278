"""Fetching a table through the pages: fetch → import batch → preview → confirm; refusals
change nothing; a refresh prepares a preview and never imports; the management command."""

import logging
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from kompass.indicators.import_forms import SeriesMappingForm
from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue
from kompass.statservice.models import FetchResult, TableFetch
from kompass.statservice.services import account_save

from ..factories import IndicatorFactory
from .fakeserver import DATA, Answer, recorded

PASSWORD = "Kennwort-der-Stadt-1234"
TABLE = "AI-N-01-2-5_1773175147935_de_flat.zip"


@pytest.fixture(autouse=True)
def english(client):
    """Messages are asserted in English: the person chose English with the language switch."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def town(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world.town.ags = "06411000"
    world.town.kind = "kreisfreie_stadt"
    world.town.save()
    account_save(
        municipality=world.town,
        service="regio",
        uses_token=False,
        username="KOMPASS01",
        secret=PASSWORD,
        acting_user=world.users["coordination"],
    )
    return world


def fetch(client, world, capture, **data):
    """Post the fetch form; the job runs when the request's transaction commits."""
    with capture(execute=True):
        response = client.post(
            reverse("statservice_fetch", args=[world.town.slug, world.version.pk]),
            {"service": "regio", "table_code": "AI-N-01-2-5", **data},
        )
    return client.get(response["Location"], follow=True)


def assign(batch, text, indicator) -> dict:
    (series,) = [s for s in batch.summary["series"] if text in s["variable"]]
    return {SeriesMappingForm.variable_field(series["variable"]): indicator.pk}


@pytest.fixture
def imported(town, client, fake_genesis, django_capture_on_commit_callbacks):
    """The Regionalatlas table fetched, assigned and imported through the pages."""
    world = town
    share = IndicatorFactory(field=world.field, name="Anteil Siedlungs- und Verkehrsfläche")
    change = IndicatorFactory(field=world.field, name="Veränderung der Siedlungsfläche")
    fake_genesis.answer("data/tablefile", recorded(TABLE))
    client.force_login(world.users["coordination"])

    response = fetch(
        client, world, django_capture_on_commit_callbacks, regional_variable="", start_year="2023"
    )

    batch = ImportBatch.objects.get()
    assert response.redirect_chain[-1][0] == reverse(
        "import_preview", args=[world.town.slug, batch.pk]
    )
    mapping = {
        **assign(batch, "Anteil Siedlungs", share),
        **assign(batch, "Veränderung der Siedlungs", change),
    }
    url = reverse("import_preview", args=[world.town.slug, batch.pk])
    client.post(url, {**mapping, "preview": "1"})
    client.post(url, {**mapping, "confirm": "1"})
    batch.refresh_from_db()
    return world, batch, share, change


def test_fetch_preview_confirm_stores_the_tables_values(imported, fake_genesis):
    world, batch, share, change = imported

    assert batch.status == ImportStatus.APPLIED
    assert batch.service == "regio" and batch.table_code == "AI-N-01-2-5"
    assert batch.file_name == "AI-N-01-2-5.zip"
    assert batch.file.read() == (DATA / TABLE).read_bytes()  # the file as delivered
    # spot check against the file: Darmstadt 06411000, 2023
    assert IndicatorValue.objects.get(indicator=share, year=2023).value == Decimal("35.3")
    assert IndicatorValue.objects.get(indicator=change, year=2023).value == Decimal("0.3")
    fetch = TableFetch.objects.get()
    assert fetch.result == FetchResult.PREPARED and fetch.batch == batch
    assert fetch.started_by == world.users["coordination"]
    (call,) = fake_genesis.calls("data/tablefile")
    assert call.service == "regio" and call.form["startyear"] == "2023"
    assert call.headers["username"] == "KOMPASS01" and call.headers["password"] == PASSWORD


def test_the_regional_selection_sends_the_municipalitys_key(
    town, client, fake_genesis, django_capture_on_commit_callbacks
):
    fake_genesis.answer("data/tablefile", recorded(TABLE))
    client.force_login(town.users["coordination"])

    fetch(client, town, django_capture_on_commit_callbacks, regional_variable="KREISE")

    (call,) = fake_genesis.calls("data/tablefile")
    assert call.form["regionalvariable"] == "KREISE" and call.form["regionalkey"] == "06411"


@pytest.mark.parametrize(
    "answer, text",
    [
        (recorded("genesis_tablefile_104_no_objects.json"), "has no table AI-N-01-2-5"),
        (Answer(429), "too many requests from this account"),
        (Answer(503), "cannot be reached at the moment"),
        (
            Answer(
                body=b'{"Code":15,"Content":"Sie sind nicht berechtigt diesen Service '
                b'aufzurufen","Type":"ERROR"}'
            ),
            "did not accept the stored access data",
        ),
    ],
)
def test_a_refusal_is_shown_and_nothing_is_stored(
    town, client, fake_genesis, django_capture_on_commit_callbacks, answer, text
):
    fake_genesis.answer("data/tablefile", answer)
    client.force_login(town.users["coordination"])

    response = fetch(client, town, django_capture_on_commit_callbacks)

    fetch_row = TableFetch.objects.get()
    assert fetch_row.result == FetchResult.REFUSED and text in fetch_row.error
    assert text in response.content.decode() and PASSWORD not in response.content.decode()
    assert not ImportBatch.objects.exists() and fetch_row.batch is None


def test_a_timeout_is_a_refusal_too(
    town, client, fake_genesis, settings, django_capture_on_commit_callbacks
):
    settings.KOMPASS_STATSERVICE_TIMEOUT = 0.3
    slow = recorded(TABLE)
    slow.delay = 2
    fake_genesis.answer("data/tablefile", slow)
    client.force_login(town.users["coordination"])

    fetch(client, town, django_capture_on_commit_callbacks)

    assert "did not answer within 0.3 seconds" in TableFetch.objects.get().error
    assert not ImportBatch.objects.exists()


def test_a_large_table_comes_through_the_services_job(
    town, client, fake_genesis, django_capture_on_commit_callbacks
):
    account_save(
        municipality=town.town,
        service="genesis",
        uses_token=False,
        username="DE1234",
        secret=PASSWORD,
        acting_user=None,
    )
    fake_genesis.answer(
        "data/tablefile",
        recorded("genesis_tablefile_98_table_too_large.json"),
        recorded("genesis_tablefile_99_job_created.json"),
    )
    fake_genesis.answer(
        "catalogue/results",
        recorded("genesis_results_104_job_not_ready.json"),
        recorded("genesis_results_0_job_ready.json"),
    )
    fake_genesis.answer("data/resultfile", recorded("12531-0043_175879554_flat.zip"))
    client.force_login(town.users["coordination"])

    fetch(
        client, town, django_capture_on_commit_callbacks, service="genesis", table_code="12531-0043"
    )

    batch = ImportBatch.objects.get()
    assert batch.service == "genesis" and batch.file_name == "12531-0043.zip"
    assert batch.file.read() == (DATA / "12531-0043_175879554_flat.zip").read_bytes()
    assert {c.service for c in fake_genesis.received} == {"genesis"}


def test_the_form_checks_code_database_years_and_access(town, client, fake_genesis):
    client.force_login(town.users["coordination"])
    url = reverse("statservice_fetch", args=[town.town.slug, town.version.pk])

    response = client.post(
        url,
        {
            "service": "genesis",
            "table_code": "12411 03 03 4; DROP",
            "start_year": "2024",
            "end_year": "2020",
        },
    )
    errors = response.context["form"].errors
    assert set(errors) == {"service", "table_code", "end_year"}
    response = client.post(url, {"service": "regio", "table_code": "1000A-0001"})
    assert "Zensus 2022" in response.context["form"].errors["table_code"][0]
    assert not TableFetch.objects.exists() and fake_genesis.received == []


def test_the_password_never_reaches_the_log(
    town, client, fake_genesis, caplog, django_capture_on_commit_callbacks
):
    fake_genesis.answer("data/tablefile", recorded("genesis_tablefile_104_no_objects.json"))
    client.force_login(town.users["coordination"])

    with caplog.at_level(logging.DEBUG):
        fetch(client, town, django_capture_on_commit_callbacks)
        client.post(reverse("statservice_account_check", args=[town.town.slug, "regio"]))

    assert caplog.records and all(PASSWORD not in r.getMessage() for r in caplog.records)


# Refresh ------------------------------------------------------------------------------------


def refresh(client, world, capture):
    with capture(execute=True):
        response = client.post(
            reverse("statservice_refresh", args=[world.town.slug, world.version.pk])
        )
    return client.get(response["Location"])


def test_refresh_with_nothing_new_prepares_nothing(
    imported, client, fake_genesis, django_capture_on_commit_callbacks
):
    world, batch, share, _change = imported

    refresh(client, world, django_capture_on_commit_callbacks)

    latest = TableFetch.objects.filter(refresh_of=batch).get()
    assert latest.result == FetchResult.NOTHING_NEW and latest.batch is None
    assert ImportBatch.objects.get() == batch  # no second batch
    # the latest imported year and everything after, with the same regional selection
    last_call = fake_genesis.calls("data/tablefile")[-1]
    assert last_call.form["startyear"] == "2023" and last_call.form["endyear"] == ""


def test_refresh_prepares_a_preview_with_the_same_assignment_and_applies_nothing(
    imported, client, fake_genesis, django_capture_on_commit_callbacks
):
    world, batch, share, change = imported
    # a value the table has is no longer recorded (e.g. deleted by mistake)
    IndicatorValue.objects.filter(indicator=share).delete()

    response = refresh(client, world, django_capture_on_commit_callbacks)

    fetch_row = TableFetch.objects.get(refresh_of=batch)
    new = fetch_row.batch
    assert fetch_row.result == FetchResult.PREPARED and new.status == ImportStatus.PENDING
    assert new.mapping == batch.mapping and new.preview["counts"]["create"] == 1
    assert not IndicatorValue.objects.filter(indicator=share).exists()  # nothing applied
    page = response.content.decode()
    assert reverse("import_preview", args=[world.town.slug, new.pk]) in page

    # a second refresh waits until this preview is confirmed or given up
    refresh(client, world, django_capture_on_commit_callbacks)
    assert TableFetch.objects.filter(refresh_of=batch).count() == 1


def test_refresh_command_queues_every_imported_table(
    imported, fake_genesis, django_capture_on_commit_callbacks, capsys
):
    world, batch, share, _change = imported
    IndicatorValue.objects.filter(indicator=share).delete()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("refresh_statistics", "--municipality", world.town.slug)

    assert "1 table(s) queued for refresh" in capsys.readouterr().out
    new = TableFetch.objects.get(refresh_of=batch).batch
    assert new.status == ImportStatus.PENDING and new.applied_at is None
    assert not IndicatorValue.objects.filter(indicator=share).exists()


def test_refresh_command_without_tables_does_nothing(town, fake_genesis, capsys):
    call_command("refresh_statistics")
    assert "0 table(s) queued" in capsys.readouterr().out
    assert not TableFetch.objects.exists() and fake_genesis.received == []


# Permissions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, name",
    [("get", "statservice_fetch"), ("post", "statservice_fetch"), ("post", "statservice_refresh")],
)
@pytest.mark.parametrize(
    "user_key, status",
    [
        ("coordination", None),
        ("responsible_unit", 403),
        ("council", 403),
        ("steering_group", 403),
        ("foreign_coordinator", 404),
        (None, 302),
    ],
)
def test_only_coordinators_fetch(town, client, fake_genesis, method, name, user_key, status):
    fake_genesis.answer("data/tablefile", recorded(TABLE))
    if user_key:
        client.force_login(town.users[user_key])

    response = getattr(client, method)(
        reverse(name, args=[town.town.slug, town.version.pk]),
        {"service": "regio", "table_code": "AI-N-01-2-5"} if method == "post" else None,
    )

    if status is None:
        assert response.status_code in (200, 302)
    else:
        assert response.status_code == status
        assert not TableFetch.objects.exists()


def test_a_fetch_of_another_municipality_is_not_found(town, client):
    foreign = TableFetch.objects.create(
        municipality=town.other_town,
        version=town.version,
        service="regio",
        table_code="AI-N-01-2-5",
    )
    client.force_login(town.users["coordination"])
    assert (
        client.get(
            reverse("statservice_fetch_status", args=[town.town.slug, foreign.pk])
        ).status_code
        == 404
    )


def test_fetch_page_lists_with_fixed_queries(imported, client, django_assert_max_num_queries):
    world, *_ = imported
    for n in range(5):
        TableFetch.objects.create(
            municipality=world.town,
            version=world.version,
            service="regio",
            table_code=f"1241{n}-01",
        )
    with django_assert_max_num_queries(20):
        response = client.get(
            reverse("statservice_fetch", args=[world.town.slug, world.version.pk])
        )
    assert response.status_code == 200 and "12414-01" in response.content.decode()
