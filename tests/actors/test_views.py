"""The register pages: lists with filters, editing with locking, deletion, the gap view."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kompass.actors.models import Actor, ActorType, Offer
from kompass.actors.selectors import offer_gap_matrix

from ..factories import TargetGroupFactory


def url(world, name, *args):
    return reverse(name, args=[world.town.slug, *args])


def make_actor(world, name, catalogue, places, **extra):
    actor = Actor.objects.create(municipality=world.town, name=name, **extra)
    actor.fields.set([catalogue["language"]])
    actor.districts.set([places["north"]])
    actor.target_groups.set([catalogue["women"]])
    return actor


def make_offer(world, title, *, fields=(), districts=(), groups=(), active=True, provider=None):
    offer = Offer.objects.create(
        municipality=world.town, title=title, active=active, provider=provider
    )
    offer.fields.set(fields)
    offer.districts.set(districts)
    offer.target_groups.set(groups)
    return offer


def test_actor_list_filters(world, client, catalogue, places):
    make_actor(world, "Frauenverein", catalogue, places, actor_type=ActorType.MIGRANT_ORGANISATION)
    Actor.objects.create(municipality=world.town, name="Sportverein", actor_type=ActorType.CLUB)
    Actor.objects.create(municipality=world.other_town, name="Fremder Verein")
    client.force_login(world.users["council"])

    def names(**params):
        response = client.get(url(world, "actor_list"), params)
        assert response.status_code == 200
        return [a.name for a in response.context["page"]]

    assert names() == ["Frauenverein", "Sportverein"]
    assert names(actor_type="club") == ["Sportverein"]
    assert names(field=catalogue["language"].pk) == ["Frauenverein"]
    assert names(district=places["north"].pk) == ["Frauenverein"]
    assert names(target_group=catalogue["women"].pk) == ["Frauenverein"]
    assert names(q="sport") == ["Sportverein"]
    assert names(actor_type="nonsense") == ["Frauenverein", "Sportverein"]  # invalid: ignored


def test_offer_list_district_filter_includes_offers_for_the_whole_town(world, client, places):
    make_offer(world, "Nur Süd", districts=[places["south"]])
    make_offer(world, "Nur Nord", districts=[places["north"]])
    make_offer(world, "Ganze Stadt")
    client.force_login(world.users["steering_group"])
    response = client.get(url(world, "offer_list"), {"district": places["north"].pk})
    assert [o.title for o in response.context["page"]] == ["Ganze Stadt", "Nur Nord"]


def _grow(world, catalogue, places, start, n):
    for i in range(start, start + n):
        actor = make_actor(world, f"Verein {i:03}", catalogue, places)
        make_offer(
            world,
            f"Angebot {i:03}",
            fields=[catalogue["language"], catalogue["work"]],
            districts=[places["north"]],
            groups=[catalogue["women"]],
            provider=actor,
        )


def _queries(client, target):
    with CaptureQueriesContext(connection) as context:
        response = client.get(target)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("name", ["actor_list", "offer_list", "offer_gaps"])
def test_list_query_count_does_not_grow_with_rows(
    world, client, catalogue, places, name, django_assert_num_queries
):
    client.force_login(world.users["coordination"])
    _grow(world, catalogue, places, 0, 2)
    small = _queries(client, url(world, name))
    _grow(world, catalogue, places, 2, 28)
    with django_assert_num_queries(small):
        response = client.get(url(world, name))
    assert len(response.context["page"] if name != "offer_gaps" else [1]) >= 1
    assert small <= 20


def test_gap_matrix_counts_a_known_data_set(world, catalogue, places):
    north, south = places["north"], places["south"]
    language, work = catalogue["language"], catalogue["work"]
    women, young = catalogue["women"], catalogue["young"]
    make_offer(world, "Sprachkurs Nord", fields=[language], districts=[north], groups=[women])
    make_offer(world, "Sprachkurs überall", fields=[language], groups=[young])
    make_offer(world, "Job Süd", fields=[work], districts=[south], groups=[young])
    make_offer(world, "Job Nord alt", fields=[work], districts=[north], active=False)
    make_offer(world, "Für alle", fields=[work, language], districts=[north, south])

    matrix = offer_gap_matrix(world.town, concept_fields_only=False)
    districts = [d.name for d in matrix.districts]
    rows = {row.entry.code: row for row in matrix.rows}
    assert districts[-2:] == ["Nordstadt", "Südstadt"]  # after the world's own district

    def cells(code):
        return {d.name: count for d, count in rows[code].cells}

    assert cells("sprachfoerderung")["Nordstadt"] == 3
    assert cells("sprachfoerderung")["Südstadt"] == 2
    assert cells("arbeit-wirtschaft") == {districts[0]: 0, "Nordstadt": 1, "Südstadt": 2}
    assert cells("sport") == dict.fromkeys(districts, 0)
    assert rows["sprachfoerderung"].total == 3 and rows["arbeit-wirtschaft"].total == 2
    assert matrix.total == 4  # four active offers, each counted once
    assert matrix.citywide == 1
    assert matrix.column_totals == [1, 3, 3]

    # target group filter: offers without target groups count for every group
    for_women = offer_gap_matrix(world.town, target_group=women, concept_fields_only=False)
    rows = {row.entry.code: row for row in for_women.rows}
    assert {d.name: c for d, c in rows["sprachfoerderung"].cells}["Südstadt"] == 1
    assert rows["arbeit-wirtschaft"].total == 1


def test_gap_view_uses_the_concept_fields_and_marks_gaps_in_text(world, client, catalogue, places):
    world.field.catalogue_entry = catalogue["language"]
    world.field.save()
    make_offer(
        world, "Sprachkurs Nord", fields=[catalogue["language"]], districts=[places["north"]]
    )
    client.force_login(world.users["responsible_unit"])
    response = client.get(url(world, "offer_gaps"))
    matrix = response.context["matrix"]
    assert [row.entry for row in matrix.rows] == [catalogue["language"]]
    content = response.content.decode()
    assert "<caption>" in content and 'scope="row"' in content
    assert 'class="num gap"' in content and content.count('class="gap__label"') == 2
    all_rows = client.get(url(world, "offer_gaps"), {"rows": "all"}).context["matrix"]
    assert len(all_rows.rows) >= 15


def test_create_and_edit_actor_with_optimistic_locking(world, client, catalogue, places):
    client.force_login(world.users["facilitator"])
    data = {
        "name": "Initiative Nord",
        "actor_type": "initiative",
        "fields": [catalogue["sport"].pk],
        "districts": [places["north"].pk],
        "languages": "Deutsch; Englisch",
        "website": "initiative-nord.example",
        "active": "on",
    }
    response = client.post(url(world, "actor_create"), data)
    actor = Actor.objects.get(name="Initiative Nord")
    assert response.status_code == 302
    assert response["Location"] == url(world, "actor_detail", actor.pk)
    assert actor.languages == "Deutsch, Englisch" and actor.website.startswith("https://")
    stale = {**data, "lock_version": "0", "description": "Erste Änderung"}
    assert client.post(url(world, "actor_edit", actor.pk), stale).status_code == 302
    response = client.post(url(world, "actor_edit", actor.pk), {**stale, "description": "Zweite"})
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    actor.refresh_from_db()
    assert actor.description == "Erste Änderung"
    detail = client.get(url(world, "actor_detail", actor.pk))
    changes = [c for entry in detail.context["history"] for c in entry["changes"]]
    assert {"old": "—", "new": "Erste Änderung"}.items() <= changes[0].items()


def test_duplicate_actor_name_is_refused_in_the_form(world, client, actor):
    client.force_login(world.users["coordination"])
    response = client.post(
        url(world, "actor_create"), {"name": actor.name.upper(), "actor_type": "club"}
    )
    assert response.status_code == 200
    assert Actor.objects.filter(municipality=world.town).count() == 1


def test_offer_form_offers_only_own_actors_and_districts(world, client, actor):
    foreign = Actor.objects.create(municipality=world.other_town, name="Fremd")
    client.force_login(world.users["coordination"])
    response = client.get(url(world, "offer_create"), {"traeger": actor.pk})
    form = response.context["form"]
    assert list(form.fields["provider"].queryset) == [actor]
    assert form.initial["provider"] == actor
    response = client.post(
        url(world, "offer_create"), {"title": "Kurs", "provider": foreign.pk, "active": "on"}
    )
    assert response.status_code == 200 and not Offer.objects.exists()


def test_actor_with_offers_is_not_deleted(world, client, offer):
    client.force_login(world.users["coordination"])
    actor = offer.provider
    response = client.post(url(world, "actor_delete", actor.pk))
    assert response.status_code == 302
    assert Actor.objects.filter(pk=actor.pk).exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any(offer.title in m for m in messages)
    assert client.post(url(world, "offer_delete", offer.pk)).status_code == 302
    assert client.post(url(world, "actor_delete", actor.pk)).status_code == 302
    assert not Actor.objects.filter(pk=actor.pk).exists()


def test_municipality_own_target_groups_are_choices_but_not_foreign_ones(world, client):
    own = TargetGroupFactory(municipality=world.town, name="Eigene Gruppe")
    foreign = TargetGroupFactory(municipality=world.other_town, name="Fremde Gruppe")
    client.force_login(world.users["coordination"])
    groups = client.get(url(world, "actor_create")).context["form"].fields["target_groups"]
    assert own in groups.queryset and foreign not in groups.queryset


@pytest.mark.parametrize(
    "name", ["actor_detail", "actor_edit", "offer_detail", "offer_edit", "offer_import_preview"]
)
def test_object_pages_have_labelled_controls_and_unique_ids(world, client, offer, places, name):
    """The audit of tests/core/test_pages.py for the pages that need an actor or an offer."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ..core.test_pages import audit
    from .conftest import data_file

    client.force_login(world.users["coordination"])
    if name == "offer_import_preview":
        upload = SimpleUploadedFile("angebote.csv", data_file("angebote.csv"))
        target = client.post(url(world, "offer_import"), {"file": upload})["Location"]
    else:
        pk = offer.provider_id if name.startswith("actor") else offer.pk
        target = url(world, name, pk)
    response = client.get(target)
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de" and page.title.strip()
    unlabelled = [
        control_name
        for control_id, aria_label, wrapped, control_name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


def test_deleting_an_actor_warns_about_its_network_relations(world, client):
    import datetime

    from kompass.actors.models import ActorRelation, NetworkSurvey, RelationKind

    actor = Actor.objects.create(municipality=world.town, name="Verein A", actor_type="club")
    other = Actor.objects.create(municipality=world.town, name="Schule B", actor_type="school")
    survey = NetworkSurvey.objects.create(
        municipality=world.town, title="Erhebung 2024", surveyed_on=datetime.date(2024, 5, 1)
    )
    ActorRelation.objects.create(
        municipality=world.town,
        survey=survey,
        source=other,
        target=actor,
        kind=RelationKind.COOPERATION,
        strength=2,
    )
    client.force_login(world.users["coordination"])
    page = client.get(url(world, "actor_delete", actor.pk)).content.decode()
    assert "Erhebung 2024" in page and "1" in page
    assert client.post(url(world, "actor_delete", actor.pk)).status_code == 302
    assert not ActorRelation.objects.exists()


def test_the_register_pages_with_the_german_parameter_seite(world, client):
    Actor.objects.bulk_create(
        [Actor(municipality=world.town, name=f"Träger {n:03}") for n in range(55)]
    )
    client.force_login(world.users["coordination"])
    first = client.get(url(world, "actor_list"))
    assert 'href="?seite=2"' in first.content.decode()
    second = client.get(url(world, "actor_list") + "?seite=2")
    assert [a.name for a in second.context["page"]] == [f"Träger {n:03}" for n in range(50, 55)]
