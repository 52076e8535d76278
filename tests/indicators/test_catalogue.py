"""The indicator catalogue: what ships, adopting entries into a concept version, and who may."""

import datetime
import importlib

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from kompass.concepts import services as concept_services
from kompass.concepts.locking import VersionLocked
from kompass.indicators.models import (
    Direction,
    Indicator,
    IndicatorCatalogueEntry,
    IndicatorKind,
    TopicArea,
)
from kompass.indicators.services import indicator_adopt_from_catalogue

from ..core.test_pages import audit
from ..factories import FieldFactory, GoalFactory, IndicatorFactory, VersionFactory
from ..tenancy.test_permission_matrix import ALL_USERS, EDITORS, OUTSIDERS

COPIED_FIELDS = [
    "name",
    "definition",
    "unit",
    "numerator",
    "denominator",
    "direction",
    "data_source",
    "periodicity",
    "disaggregations",
]


def entry(code) -> IndicatorCatalogueEntry:
    return IndicatorCatalogueEntry.objects.get(code=code)


def catalogue_url(world, municipality=None):
    slug = (municipality or world.town).slug
    return reverse("indicator_catalogue", args=[slug, world.version.pk])


def adopt_url(world, municipality=None):
    slug = (municipality or world.town).slug
    return reverse("indicator_catalogue_adopt", args=[slug, world.version.pk])


def adopt_version(world):
    concept_services.concept_version_adopt(
        version=world.version,
        adopted_on=datetime.date(2025, 3, 1),
        adopting_resolution="Rat, Vorlage 1/2025",
        acting_user=world.users["coordination"],
    )
    world.version.refresh_from_db()


def from_catalogue(version):
    return Indicator.objects.filter(version=version, catalogue_entry__isnull=False)


# What ships


def test_the_migration_ships_at_least_32_valid_entries_covering_every_topic_area(db):
    entries = list(IndicatorCatalogueEntry.objects.all())
    assert len(entries) >= 32
    assert {e.topic_area for e in entries} == set(TopicArea.values)
    for catalogue_entry in entries:
        catalogue_entry.full_clean()
        assert catalogue_entry.definition and catalogue_entry.unit and catalogue_entry.data_source


def test_the_migration_ships_exactly_the_entries_of_its_frozen_file_in_order(db):
    migration = importlib.import_module(
        "kompass.indicators.migrations.0004_ship_indicator_catalogue"
    )
    shipped = migration.load_catalogue()
    assert [e["code"] for e in shipped] == list(
        IndicatorCatalogueEntry.objects.order_by("position").values_list("code", flat=True)
    )
    for fields in shipped:
        stored = IndicatorCatalogueEntry.objects.get(code=fields["code"])
        assert {name: getattr(stored, name) for name in fields} == fields


def test_the_population_structure_carries_no_valuation(db):
    population = IndicatorCatalogueEntry.objects.filter(topic_area=TopicArea.POPULATION)
    assert population.exists()
    assert set(population.values_list("direction", flat=True)) == {Direction.NEUTRAL}


def test_the_change_of_definition_to_einwanderungsgeschichte_is_explained(db):
    notes = entry("bevoelkerung-einwanderungsgeschichte").notes
    assert "Migrationshintergrund" in notes
    assert "Definitionsänderung" in notes


def test_the_catalogue_knows_the_codes_the_demo_uses(db):
    demo_codes = {
        "schulabgang-ohne-abschluss",
        "betreuungsquote-u3",
        "sgb2-quote",
        "arbeitslosenquote",
        "beschaeftigungsquote",
        "ausbildungsquote",
        "personal-einwanderungsgeschichte",
        "einbuergerungen",
    }
    shipped = set(IndicatorCatalogueEntry.objects.values_list("code", flat=True))
    assert demo_codes <= shipped


def test_every_entry_can_be_adopted(world):
    version = VersionFactory(concept__municipality=world.town)
    entries = IndicatorCatalogueEntry.objects.all()
    adoption = indicator_adopt_from_catalogue(
        version=version, entries=entries, acting_user=world.users["coordination"]
    )
    assert len(adoption.created) == entries.count()
    assert adoption.skipped == []


# Adopting


def test_coordination_adopts_entries_with_copied_fields_and_the_catalogue_link(world, client):
    # given
    sgb2, u3 = entry("sgb2-quote"), entry("betreuungsquote-u3")
    client.force_login(world.users["coordination"])
    # when
    response = client.post(adopt_url(world), {"entries": [sgb2.pk, u3.pk], "field": world.field.pk})
    # then
    assert response.status_code == 302
    assert from_catalogue(world.version).count() == 2
    indicator = Indicator.objects.get(version=world.version, catalogue_entry=sgb2)
    for name in COPIED_FIELDS:
        assert getattr(indicator, name) == getattr(sgb2, name), name
    assert indicator.catalogue_code == "sgb2-quote"
    assert indicator.kind == IndicatorKind.CONTEXT
    assert indicator.field == world.field
    assert indicator.municipality == world.town
    assert indicator.history.get().history_user == world.users["coordination"]


def test_adopting_with_a_goal_creates_goal_indicators_in_the_goals_field(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        adopt_url(world), {"entries": [entry("einbuergerungsquote").pk], "goal": world.goal.pk}
    )
    assert response.status_code == 302
    indicator = from_catalogue(world.version).get()
    assert indicator.kind == IndicatorKind.GOAL
    assert list(indicator.goals.all()) == [world.goal]
    assert indicator.field == world.goal.field


def test_adopting_an_entry_again_skips_it_and_says_so(world, client):
    # given
    sgb2, u3 = entry("sgb2-quote"), entry("betreuungsquote-u3")
    client.force_login(world.users["coordination"])
    client.post(adopt_url(world), {"entries": [sgb2.pk]})
    # when
    response = client.post(adopt_url(world), {"entries": [sgb2.pk, u3.pk]}, follow=True)
    # then
    assert Indicator.objects.filter(version=world.version, catalogue_entry=sgb2).count() == 1
    assert Indicator.objects.filter(version=world.version, catalogue_entry=u3).count() == 1
    content = response.content.decode()
    assert "übersprungen" in content
    assert sgb2.name in content


def test_an_indicator_carrying_the_code_counts_as_using_the_entry(world):
    IndicatorFactory(field=world.field, catalogue_code="arbeitslosenquote")
    adoption = indicator_adopt_from_catalogue(
        version=world.version,
        entries=[entry("arbeitslosenquote")],
        acting_user=world.users["coordination"],
    )
    assert adoption.created == []
    assert adoption.skipped == [entry("arbeitslosenquote")]


def test_an_adopted_version_refuses_with_the_model_layer_message_and_changes_nothing(world, client):
    # given
    adopt_version(world)
    before = Indicator.objects.count()
    client.force_login(world.users["coordination"])
    with translation.override("de"):
        refusal = str(VersionLocked().messages[0])
    # when
    response = client.post(adopt_url(world), {"entries": [entry("sgb2-quote").pk]}, follow=True)
    # then
    assert refusal in response.content.decode()
    assert Indicator.objects.count() == before


def test_an_adopted_version_refuses_even_when_every_entry_would_be_skipped(world):
    indicator_adopt_from_catalogue(
        version=world.version,
        entries=[entry("sgb2-quote")],
        acting_user=world.users["coordination"],
    )
    adopt_version(world)
    with pytest.raises(VersionLocked):
        indicator_adopt_from_catalogue(
            version=world.version,
            entries=[entry("sgb2-quote")],
            acting_user=world.users["coordination"],
        )


def test_adopting_is_all_or_nothing(world, monkeypatch):
    """When one copy fails, none of the others of the same request stays."""
    original_save = Indicator.save

    def failing_save(self, *args, **kwargs):
        if self.catalogue_code == "betreuungsquote-u3":
            raise ValidationError("kaputt")
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(Indicator, "save", failing_save)
    with pytest.raises(ValidationError):
        indicator_adopt_from_catalogue(
            version=world.version,
            entries=[entry("auslaendische-staatsangehoerigkeit"), entry("betreuungsquote-u3")],
            acting_user=world.users["coordination"],
        )
    assert not from_catalogue(world.version).exists()


# The field of action and the goal come from the version


def test_a_field_of_another_version_is_rejected(world, client):
    # given
    next_version = VersionFactory(concept=world.version.concept, number=2)
    other_field = FieldFactory(version=next_version, name="Feld der Fortschreibung")
    client.force_login(world.users["coordination"])
    # when
    response = client.post(
        adopt_url(world), {"entries": [entry("sgb2-quote").pk], "field": other_field.pk}
    )
    # then
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert not from_catalogue(world.version).exists()


def test_the_field_choice_offers_only_fields_of_the_version(world, client):
    FieldFactory(version__concept__municipality=world.other_town, name="Fremdes Feld")
    next_version = VersionFactory(concept=world.version.concept, number=2)
    FieldFactory(version=next_version, name="Feld der Fortschreibung")
    client.force_login(world.users["coordination"])
    content = client.get(catalogue_url(world)).content.decode()
    assert world.field.name in content
    assert "Feld der Fortschreibung" not in content
    assert "Fremdes Feld" not in content


def test_a_goal_of_another_version_is_rejected(world, client):
    next_version = VersionFactory(concept=world.version.concept, number=2)
    other_goal = GoalFactory(field=FieldFactory(version=next_version))
    client.force_login(world.users["coordination"])
    response = client.post(
        adopt_url(world), {"entries": [entry("sgb2-quote").pk], "goal": other_goal.pk}
    )
    assert response.status_code == 200
    assert not from_catalogue(world.version).exists()


def test_a_goal_outside_the_chosen_field_is_rejected(world, client):
    other_field = FieldFactory(version=world.version, name="Arbeit")
    client.force_login(world.users["coordination"])
    response = client.post(
        adopt_url(world),
        {"entries": [entry("sgb2-quote").pk], "field": other_field.pk, "goal": world.goal.pk},
    )
    assert response.status_code == 200
    assert not from_catalogue(world.version).exists()


def test_the_service_checks_the_field_itself(world):
    next_version = VersionFactory(concept=world.version.concept, number=2)
    with pytest.raises(ValidationError) as refused:
        indicator_adopt_from_catalogue(
            version=world.version,
            entries=[entry("sgb2-quote")],
            field=FieldFactory(version=next_version),
            acting_user=world.users["coordination"],
        )
    assert "field" in refused.value.message_dict
    assert not from_catalogue(world.version).exists()


def test_choosing_nothing_explains_what_is_missing(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(adopt_url(world), {"field": world.field.pk})
    assert response.status_code == 200
    assert "mindestens einen Indikator" in response.content.decode()


# Who may (the healthchecks habit: outsiders get 404, never 403)

GET_CASES = [(user, 404 if user in OUTSIDERS else 200) for user in ALL_USERS]
POST_CASES = [
    (user, 404 if user in OUTSIDERS else 302 if user in EDITORS else 403) for user in ALL_USERS
]


@pytest.mark.parametrize(("user_key", "status"), GET_CASES)
def test_who_may_read_the_catalogue(world, client, user_key, status):
    client.force_login(world.users[user_key])
    assert client.get(catalogue_url(world)).status_code == status


@pytest.mark.parametrize(("user_key", "status"), POST_CASES)
def test_who_may_adopt_from_the_catalogue(world, client, user_key, status):
    # given
    client.force_login(world.users[user_key])
    # when
    response = client.post(adopt_url(world), {"entries": [entry("sgb2-quote").pk]})
    # then
    assert response.status_code == status
    assert from_catalogue(world.version).exists() == (status == 302)


def test_anonymous_users_are_sent_to_the_login(world, client):
    for response in (client.get(catalogue_url(world)), client.post(adopt_url(world))):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_the_version_is_not_found_under_another_municipality(world, client):
    client.force_login(world.users["foreign_coordinator"])
    assert client.get(catalogue_url(world, municipality=world.other_town)).status_code == 404
    response = client.post(
        adopt_url(world, municipality=world.other_town), {"entries": [entry("sgb2-quote").pk]}
    )
    assert response.status_code == 404
    assert not Indicator.objects.filter(catalogue_entry__isnull=False).exists()


def test_the_adopt_address_only_takes_posts(world, client):
    client.force_login(world.users["coordination"])
    assert client.get(adopt_url(world)).status_code == 405


# The pages


def test_the_catalogue_page_groups_by_topic_area_and_marks_what_the_version_uses(world, client):
    # given
    sgb2, u3 = entry("sgb2-quote"), entry("betreuungsquote-u3")
    indicator_adopt_from_catalogue(
        version=world.version, entries=[sgb2], acting_user=world.users["coordination"]
    )
    used = Indicator.objects.get(catalogue_entry=sgb2)
    client.force_login(world.users["coordination"])
    # when
    response = client.get(catalogue_url(world))
    # then
    content = response.content.decode()
    for label in ["Bevölkerung", "Rechtliche Integration", "Arbeit und Einkommen"]:
        assert label in content
    assert u3.definition in content
    assert reverse("indicator_detail", args=[world.town.slug, used.pk]) in content
    assert f'name="entries" value="{u3.pk}"' in content
    assert f'name="entries" value="{sgb2.pk}"' not in content
    assert content.index("Bevölkerung") < content.index("Subjektive Indikatoren")


def test_the_catalogue_page_is_labelled_and_german(world, client):
    client.force_login(world.users["coordination"])
    page = audit(client.get(catalogue_url(world)))
    assert page.html_lang == "de"
    assert "Indikatorkatalog" in page.title
    unlabelled = [
        name
        for control_id, aria_label, wrapped, name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


def test_readers_see_the_catalogue_without_the_adopt_form(world, client):
    client.force_login(world.users["steering_group"])
    content = client.get(catalogue_url(world)).content.decode()
    assert entry("sgb2-quote").definition in content
    assert adopt_url(world) not in content
    assert 'name="entries"' not in content


def test_an_adopted_version_shows_the_catalogue_read_only(world, client):
    adopt_version(world)
    client.force_login(world.users["coordination"])
    content = client.get(catalogue_url(world)).content.decode()
    assert 'name="entries"' not in content
    assert "neue Fassung" in content


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


CATALOGUE_MAX_QUERIES = 15


def test_the_catalogue_page_query_count_is_pinned_and_does_not_grow(world, client):
    client.force_login(world.users["coordination"])
    entries = list(IndicatorCatalogueEntry.objects.all())
    acting_user = world.users["coordination"]
    indicator_adopt_from_catalogue(
        version=world.version, entries=entries[:2], acting_user=acting_user
    )
    small = _count_queries(client, catalogue_url(world))
    indicator_adopt_from_catalogue(
        version=world.version, entries=entries[2:20], acting_user=acting_user
    )
    large = _count_queries(client, catalogue_url(world))
    assert small == large
    assert large <= CATALOGUE_MAX_QUERIES


def test_the_indicator_page_shows_its_catalogue_entry(world, client):
    sgb2 = entry("sgb2-quote")
    adoption = indicator_adopt_from_catalogue(
        version=world.version, entries=[sgb2], acting_user=world.users["coordination"]
    )
    client.force_login(world.users["council"])
    content = client.get(
        reverse("indicator_detail", args=[world.town.slug, adoption.created[0].pk])
    ).content.decode()
    assert "Katalogindikator" in content
    assert f"{catalogue_url(world)}#katalog-sgb2-quote" in content
    assert "Arbeit und Einkommen" in content


def test_the_version_overview_links_the_catalogue_for_coordination(world, client):
    client.force_login(world.users["coordination"])
    overview = reverse("version_overview", args=[world.town.slug, world.version.pk])
    assert catalogue_url(world) in client.get(overview).content.decode()


# The instance admin keeps the catalogue


def test_the_instance_admin_edits_the_catalogue_in_the_admin(world, client):
    sgb2 = entry("sgb2-quote")
    client.force_login(world.users["instance_admin"])
    changelist = reverse("admin:indicators_indicatorcatalogueentry_changelist")
    assert sgb2.name in client.get(changelist).content.decode()
    change = reverse("admin:indicators_indicatorcatalogueentry_change", args=[sgb2.pk])
    response = client.get(change)
    assert response.status_code == 200
    # The code is read-only: adopted indicators carry it as a copy.
    assert 'name="code"' not in response.content.decode()


def test_coordination_does_not_reach_the_admin(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(reverse("admin:indicators_indicatorcatalogueentry_changelist"))
    assert response.status_code == 302
