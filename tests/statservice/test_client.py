"""The GENESIS client against the fake server with recorded answers: success and every refusal."""

import json
import socket
import time

import pytest
from django.utils import translation

from kompass.statservice import client as genesis

from .fakeserver import DATA, Answer, recorded

PASSWORD = "Geheim-Passwort-4711"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def make_client(fake, service="regio", timeout=5.0, **kwargs):
    return genesis.GenesisClient(
        base_url=fake.url(service),
        credentials=genesis.Credentials("KOMPASS01", PASSWORD),
        service_label="Regionaldatenbank Deutschland",
        timeout=timeout,
        **kwargs,
    )


def no_password(error: Exception) -> None:
    assert PASSWORD not in str(error) and PASSWORD not in repr(error.args)


def test_logincheck_sends_the_credentials_in_headers_only(fake_genesis):
    fake_genesis.answer("helloworld/logincheck", recorded("logincheck_success.json"))

    text = make_client(fake_genesis).logincheck()

    assert text == "Sie wurden erfolgreich an- und abgemeldet!"
    (call,) = fake_genesis.calls("helloworld/logincheck")
    assert call.headers["username"] == "KOMPASS01" and call.headers["password"] == PASSWORD
    assert call.headers["content-type"] == "application/x-www-form-urlencoded"
    assert PASSWORD.encode() not in call.body and call.form == {"language": "de"}


def test_logincheck_with_wrong_credentials(fake_genesis):
    fake_genesis.answer("helloworld/logincheck", recorded("logincheck_wrong_credentials.json"))

    with pytest.raises(genesis.WrongCredentials, match="did not accept the stored access") as error:
        make_client(fake_genesis).logincheck()
    no_password(error.value)


def test_logincheck_answered_as_guest_means_the_credentials_were_not_recognised(fake_genesis):
    body = {"Status": "Sie wurden erfolgreich an- und abgemeldet!", "Username": "GAST"}
    fake_genesis.answer("helloworld/logincheck", Answer(body=json.dumps(body).encode()))

    with pytest.raises(genesis.WrongCredentials):
        make_client(fake_genesis).logincheck()


def test_a_token_goes_in_the_user_name_header(fake_genesis):
    fake_genesis.answer("helloworld/logincheck", recorded("logincheck_success.json"))
    token = genesis.GenesisClient(
        base_url=fake_genesis.url("genesis"),
        credentials=genesis.Credentials("a1b2c3token"),
        service_label="GENESIS-Online",
        timeout=5,
    )

    token.logincheck()

    (call,) = fake_genesis.calls()
    assert call.service == "genesis"
    assert call.headers["username"] == "a1b2c3token" and call.headers["password"] == ""


def test_tablefile_returns_the_zip_as_delivered(fake_genesis):
    name = "AI-N-01-2-5_1773175147935_de_flat.zip"
    fake_genesis.answer("data/tablefile", recorded(name))
    request = genesis.TableRequest(
        "AI-N-01-2-5", start_year=2020, regional_variable="GEMEIN", regional_keys=("06411000",)
    )

    table = make_client(fake_genesis).tablefile(request)

    assert table.content == (DATA / name).read_bytes()
    assert table.file_name == name and table.content_type == "application/zip"
    (call,) = fake_genesis.calls("data/tablefile")
    assert call.form["name"] == "AI-N-01-2-5" and call.form["format"] == "ffcsv"
    assert call.form["startyear"] == "2020" and call.form["endyear"] == ""
    assert call.form["regionalvariable"] == "GEMEIN" and call.form["regionalkey"] == "06411000"
    assert call.form["job"] == "false" and call.form["quality"] == "on"
    assert "password" not in call.form


@pytest.mark.parametrize(
    "answer, request_kwargs, error_class, text",
    [
        ("genesis_tablefile_104_no_objects.json", {}, genesis.UnknownTable, "has no table 63121"),
        (
            "genesis_tablefile_104_no_objects.json",
            {"start_year": 2030},
            genesis.NoData,
            "has no data for this selection",
        ),
        (
            "genesis_tablefile_-1_no_data_cube.json",
            {},
            genesis.NoData,
            "has no data for this selection",
        ),
    ],
)
def test_refusals_of_the_data_service(fake_genesis, answer, request_kwargs, error_class, text):
    fake_genesis.answer("data/tablefile", recorded(answer))

    with pytest.raises(error_class, match=text) as error:
        make_client(fake_genesis).tablefile(genesis.TableRequest("63121-0001", **request_kwargs))
    no_password(error.value)


def test_not_authorised_answer_without_envelope(fake_genesis):
    # The live wording of the data services for credentials they do not recognise.
    body = {
        "Code": 15,
        "Content": "Sie sind nicht berechtigt diesen Service aufzurufen oder der Header Ihres "
        "Requests enthält nicht alle notwendigen Angaben, sodass Ihre Zugangsdaten nicht "
        "erkannt werden.",
        "Type": "ERROR",
    }
    fake_genesis.answer("data/tablefile", Answer(body=json.dumps(body).encode()))

    with pytest.raises(genesis.WrongCredentials, match="Access to statistics services"):
        make_client(fake_genesis).tablefile(genesis.TableRequest("12411-01-01-4"))


@pytest.mark.parametrize(
    "answer, error_class, text",
    [
        (Answer(429, b"Too Many Requests"), genesis.RateLimited, "too many requests"),
        (Answer(503, b"<html>Wartung</html>"), genesis.Unavailable, "cannot be reached"),
        (Answer(403), genesis.WrongCredentials, "did not accept"),
        (
            Answer(
                200,
                b"<!DOCTYPE html><html><body>Anmeldung</body></html>",
                {"Content-Type": "text/html"},
            ),
            genesis.UnexpectedAnswer,
            "a web page instead of a table",
        ),
        (Answer(200, b""), genesis.UnexpectedAnswer, "empty answer"),
    ],
)
def test_transport_conditions(fake_genesis, answer, error_class, text):
    fake_genesis.answer("data/tablefile", answer)

    with pytest.raises(error_class, match=text) as error:
        make_client(fake_genesis).tablefile(genesis.TableRequest("12411-01-01-4"))
    no_password(error.value)


def test_timeout_is_enforced_on_a_real_socket(fake_genesis):
    slow = recorded("AI-N-01-2-5_1773175147935_de_flat.zip")
    slow.delay = 3
    fake_genesis.answer("data/tablefile", slow)

    started = time.monotonic()
    with pytest.raises(genesis.ServiceTimeout, match="did not answer within 0.4 seconds"):
        make_client(fake_genesis, timeout=0.4).tablefile(genesis.TableRequest("AI-N-01-2-5"))
    assert time.monotonic() - started < 2.5


def test_a_service_that_cannot_be_reached():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    nobody = genesis.GenesisClient(
        base_url=f"http://127.0.0.1:{port}/regio/rest/2020/",
        credentials=genesis.Credentials("KOMPASS01", PASSWORD),
        service_label="Regionaldatenbank Deutschland",
        timeout=2,
    )
    with pytest.raises(genesis.Unavailable, match="cannot be reached at the moment") as error:
        nobody.logincheck()
    no_password(error.value)


def job_answers(fake, *, ready_after=2):
    fake.answer(
        "data/tablefile",
        recorded("genesis_tablefile_98_table_too_large.json"),
        recorded("genesis_tablefile_99_job_created.json"),
    )
    fake.answer(
        "catalogue/results",
        *[recorded("genesis_results_104_job_not_ready.json")] * ready_after,
        recorded("genesis_results_0_job_ready.json"),
    )
    fake.answer("data/resultfile", recorded("12531-0043_175879554_flat.zip"))


def test_a_large_table_is_fetched_through_a_job(fake_genesis):
    job_answers(fake_genesis)
    waits = []

    table = make_client(fake_genesis, service="genesis").fetch_table(
        genesis.TableRequest("12531-0043"), poll=0, wait=30, on_wait=waits.append
    )

    assert table.content == (DATA / "12531-0043_175879554_flat.zip").read_bytes()
    first, second = fake_genesis.calls("data/tablefile")
    assert first.form["job"] == "false" and second.form["job"] == "true"
    polls = fake_genesis.calls("catalogue/results")
    assert len(polls) == 3 and len(waits) == 2
    assert {p.form["selection"] for p in polls} == {"12531-0043_175879554"}
    (result,) = fake_genesis.calls("data/resultfile")
    assert result.form["name"] == "12531-0043_175879554" and result.form["area"] == "user"


def test_a_job_that_takes_too_long_gives_up_with_a_message(fake_genesis):
    job_answers(fake_genesis, ready_after=1000)

    with pytest.raises(genesis.JobStillRunning, match="still preparing the table 12531-0043"):
        make_client(fake_genesis, service="genesis").fetch_table(
            genesis.TableRequest("12531-0043"), poll=0, wait=0
        )
    assert fake_genesis.calls("data/resultfile") == []


def test_no_job_where_the_account_cannot_have_one(fake_genesis):
    job_answers(fake_genesis)

    with pytest.raises(genesis.TableTooLarge, match="too large for a direct answer"):
        make_client(fake_genesis, service="zensus", jobs_allowed=False).fetch_table(
            genesis.TableRequest("1000A-0000"), poll=0, wait=30
        )
    assert len(fake_genesis.calls("data/tablefile")) == 1
