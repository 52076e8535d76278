"""Bulk entry of cards: tags, errors per line, all or nothing."""

import pytest
from django.urls import reverse

from kompass.participation.cards import parse_cards
from kompass.participation.models import Contribution

from .conftest import make_event


def test_tags_are_parsed_and_header_lines_apply_to_following_cards(world):
    text = "@T2R1 !idee\n#bildung Mehr Sprachkurse am Abend\n!bedarf Kinderbetreuung\n\n@T3 Frage"
    parsed = parse_cards(text, capture="tables", fields=[world.field])
    assert parsed.ok
    first, second, third = parsed.cards
    assert (first.line, first.text, first.kind, first.field) == (
        2,
        "Mehr Sprachkurse am Abend",
        "idea",
        world.field,
    )
    assert (first.table_number, first.round_number) == (2, 1)
    assert second.kind == "need" and second.field is None and second.table_number == 2
    assert third.table_number == 3 and third.round_number is None and third.kind == "idea"


def test_phases_and_rooms_depend_on_the_format(world):
    parsed = parse_cards("@fantasie Ein Begegnungsfest", capture="phases", fields=[])
    assert parsed.cards[0].phase == "fantasy"
    parsed = parse_cards("@Bildung Lernpatenschaften", capture="rooms", fields=[])
    assert parsed.cards[0].room == "Bildung"
    parsed = parse_cards("@T1 Karte", capture="free", fields=[])
    assert not parsed.ok and "@T1" in parsed.cards[0].errors[0]


def test_errors_name_their_line(world):
    text = "Gute Karte\n#unbekannt Karte mit falschem Feld\n!quatsch Karte\n@X9 Karte"
    parsed = parse_cards(text, capture="tables", fields=[world.field])
    assert not parsed.ok
    assert [c.line for c in parsed.cards if c.errors] == [2, 3, 4]
    assert "#unbekannt" in parsed.cards[1].errors[0] and "bildung" in parsed.cards[1].errors[0]


def test_cards_are_saved_all_or_nothing(world, client):
    event = make_event(world.version)
    client.force_login(world.users["facilitator"])
    url = reverse("card_entry", args=[world.town.slug, event.pk])
    bad = "Karte eins\n!falsch Karte zwei"
    response = client.post(url, {"text": bad, "save": "1"})
    assert response.status_code == 200
    assert "Zeile" in response.content.decode() or "row--error" in response.content.decode()
    assert Contribution.objects.count() == 0
    good = "\n".join(f"#bildung !idee @T{i % 4 + 1}R1 Karte Nummer {i}" for i in range(40))
    preview = client.post(url, {"text": good, "preview": "1"})
    assert preview.status_code == 200 and Contribution.objects.count() == 0
    assert "Karte Nummer 39" in preview.content.decode()
    response = client.post(url, {"text": good, "save": "1"})
    assert response.status_code == 302
    cards = list(Contribution.objects.order_by("position"))
    assert len(cards) == 40
    assert cards[0].field == world.field and cards[0].kind == "idea" and cards[0].table_number == 1
    assert [c.position for c in cards] == list(range(1, 41))
    assert all(c.reference_code is None for c in cards)


@pytest.mark.parametrize("user_key", ["council", "responsible_unit"])
def test_readers_cannot_enter_cards(world, client, user_key):
    event = make_event(world.version)
    client.force_login(world.users[user_key])
    url = reverse("card_entry", args=[world.town.slug, event.pk])
    assert client.post(url, {"text": "Karte", "save": "1"}).status_code == 403
    assert Contribution.objects.count() == 0
