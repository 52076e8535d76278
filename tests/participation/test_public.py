"""Public pages: only published data, the reference-code look-up, rate limits, anonymity."""

from django.urls import reverse
from django.utils import timezone

from kompass.participation.models import Contribution, EventReach
from kompass.participation.public import LOOKUP_FAILURES_ALLOWED, SUBMISSIONS_ALLOWED
from kompass.participation.services import online_form_switch, response_publish

NOT_FOUND = 'id="not-found"'


def lookup(client, world, code, ip="192.0.2.1"):
    url = reverse("public_contribution_lookup", args=[world.town.slug])
    return client.post(url, {"code": code}, REMOTE_ADDR=ip)


def test_reach_model_holds_anonymous_counts_only():
    names = {f.name for f in EventReach._meta.get_fields()}
    assert names == {"id", "municipality", "event", "target_group", "count"}
    personal = {"name", "email", "phone", "address", "ip", "ip_address", "nationality", "gender"}
    personal |= {"age", "birth_date", "author", "person", "contact", "user_agent"}
    for model in (EventReach, Contribution):
        fields = {f.name for f in model._meta.get_fields()}
        assert not fields & personal


def test_unpublished_pages_are_not_found_for_anonymous_visitors(pworld, client):
    slug = pworld.town.slug
    assert client.get(reverse("public_event", args=[slug, pworld.event.pk])).status_code == 404
    assert (
        client.get(reverse("public_responses", args=[slug, pworld.version.pk])).status_code == 404
    )
    pworld.event.published = True
    pworld.event.save()
    page = client.get(reverse("public_event", args=[slug, pworld.event.pk]))
    assert page.status_code == 200 and "Karte 0" not in page.content.decode()
    response_publish(acting_user=None, publish=True, version=pworld.version)
    page = client.get(reverse("public_responses", args=[slug, pworld.version.pk])).content.decode()
    # only answered contributions appear
    assert "einfacher Sprache" in page and "Karte 0" not in page
    # the public pages of a municipality do not show another's event
    foreign = pworld.foreign_event
    foreign.published = True
    foreign.save()
    assert client.get(reverse("public_event", args=[slug, foreign.pk])).status_code == 404


def test_reference_code_lookup_found_unknown_and_unpublished_look_the_same(pworld, client):
    code = pworld.online.reference_code
    assert len(code) == 8 and code.isalnum() and not set(code) & set("01OIL")
    unpublished = lookup(client, pworld, code).content.decode()
    unknown = lookup(client, pworld, "ZZZZZZZZ").content.decode()
    assert NOT_FOUND in unpublished and NOT_FOUND in unknown
    assert "einfacher Sprache" not in unpublished
    response_publish(acting_user=None, publish=True, version=pworld.version)
    found = lookup(client, pworld, code.lower()[:4] + "-" + code.lower()[4:]).content.decode()
    assert "einfacher Sprache" in found and "Aufgenommen in das Ziel." in found
    assert NOT_FOUND not in found


def test_failed_lookups_are_rate_limited_per_client(pworld, client):
    for _ in range(LOOKUP_FAILURES_ALLOWED):
        assert lookup(client, pworld, "ZZZZZZZZ").status_code == 200
    assert lookup(client, pworld, "ZZZZZZZZ").status_code == 429
    assert lookup(client, pworld, "ZZZZZZZZ", ip="198.51.100.7").status_code == 200


def test_rate_limit_keys_do_not_contain_the_address(pworld, client):
    from django.core.cache import cache

    lookup(client, pworld, "ZZZZZZZZ", ip="203.0.113.42")
    keys = list(cache._cache.keys())
    assert keys and not any("203.0.113.42" in key for key in keys)


def test_public_form_with_honeypot_and_rate_limit(pworld, client):
    slug = pworld.town.slug
    url = reverse("public_contribute", args=[slug, pworld.version.pk])
    assert client.get(url).status_code == 404
    online_form_switch(acting_user=None, accept=True, version=pworld.version)
    before = Contribution.objects.count()
    response = client.post(url, {"text": "Ein Spielplatz im Park", "website": "http://spam"})
    assert response.status_code == 200 and Contribution.objects.count() == before
    response = client.post(url, {"text": "Ein Begegnungscafé im Stadtteil", "kind": "idea"})
    created = Contribution.objects.latest("pk")
    assert created.text == "Ein Begegnungscafé im Stadtteil" and created.created_by is None
    assert created.reference_code in response.content.decode()
    for _ in range(SUBMISSIONS_ALLOWED):
        client.post(url, {"text": "Noch ein Beitrag"})
    assert client.post(url, {"text": "Zu viel"}).status_code == 429


def test_event_form_only_when_switched_on_and_published(pworld, client):
    url = reverse("public_event_contribute", args=[pworld.town.slug, pworld.event.pk])
    online_form_switch(acting_user=None, accept=True, event=pworld.event)
    assert client.get(url).status_code == 404  # the event itself is not public
    pworld.event.published = True
    pworld.event.save()
    assert client.get(url).status_code == 200


def test_small_participant_counts_are_hidden_in_public(pworld, client):
    pworld.event.published = True
    pworld.event.participant_count = 3
    pworld.event.response_published_at = timezone.now()
    pworld.event.save()
    page = client.get(reverse("public_event", args=[pworld.town.slug, pworld.event.pk]))
    assert "&lt; 5" in page.content.decode()
