"""The rate limit: per client and per survey, kept only in the cache, never in the database."""

from django.core.cache import cache
from django.db import connection
from django.urls import reverse

from kompass.surveys.models import Response

from .conftest import answer_data


def url(survey):
    return reverse("public_survey", args=[survey.municipality.slug, survey.public_token])


def test_one_client_is_stopped_after_the_limit_others_are_not(survey, client, settings):
    settings.KOMPASS_SURVEY_RATE_PER_CLIENT = 3
    # given three answers from one address
    for _ in range(3):
        assert (
            client.post(url(survey), answer_data(survey), REMOTE_ADDR="198.51.100.1").status_code
            == 302
        )
    # when it sends a fourth
    limited = client.post(url(survey), answer_data(survey), REMOTE_ADDR="198.51.100.1")
    # then it is refused with a clear page, and another address still gets through
    assert limited.status_code == 429
    assert "Zu viele Antworten in kurzer Zeit" in limited.content.decode()
    assert (
        client.post(url(survey), answer_data(survey), REMOTE_ADDR="198.51.100.2").status_code == 302
    )
    assert Response.objects.count() == 4


def test_invalid_attempts_count_too(survey, client, settings):
    settings.KOMPASS_SURVEY_RATE_PER_CLIENT = 2
    for _ in range(2):
        client.post(url(survey), {"token": "x"}, REMOTE_ADDR="198.51.100.1")
    assert (
        client.post(url(survey), answer_data(survey), REMOTE_ADDR="198.51.100.1").status_code == 429
    )


def test_the_survey_as_a_whole_is_capped(survey, client, settings):
    settings.KOMPASS_SURVEY_RATE_PER_SURVEY = 3
    for n in range(3):
        client.post(url(survey), answer_data(survey), REMOTE_ADDR=f"198.51.100.{n}")
    assert (
        client.post(url(survey), answer_data(survey), REMOTE_ADDR="198.51.100.99").status_code
        == 429
    )


def test_the_proxy_header_names_the_client_if_configured(survey, client, settings):
    settings.KOMPASS_SURVEY_RATE_PER_CLIENT = 1
    settings.KOMPASS_CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    client.post(url(survey), answer_data(survey), HTTP_X_FORWARDED_FOR="192.0.2.1, 10.0.0.1")
    again = client.post(url(survey), answer_data(survey), HTTP_X_FORWARDED_FOR="192.0.2.1")
    other = client.post(url(survey), answer_data(survey), HTTP_X_FORWARDED_FOR="192.0.2.2")
    assert (again.status_code, other.status_code) == (429, 302)


def test_nothing_about_the_client_is_persisted(survey, client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    address = "198.51.100.77"
    client.post(url(survey), answer_data(survey), REMOTE_ADDR=address)
    # the cache holds a keyed hash for the window, not the address
    keys = list(cache._cache)
    assert any("surveys:client:" in key for key in keys)
    assert all(address not in key for key in keys)
    # no table of the database contains the address
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                assert address not in repr(row), table
