"""Importing actors and offers: preview, problems with row and column, all or nothing, updates."""

import pytest
from django.urls import reverse
from django.utils import translation

from kompass.actors.importing import plan_import, resolve_many, template_workbook
from kompass.actors.models import Actor, ActorType, ImportStatus, Offer, RegisterImport
from kompass.actors.tabular import read_table

from .conftest import data_file


@pytest.fixture(autouse=True)
def english(client, settings):
    """Messages are compared in English: the German catalogue may not have them yet."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


def upload(client, town, kind, name, data=None):
    url = reverse("actor_import" if kind == "actors" else "offer_import", args=[town.slug])
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = data if data is not None else data_file(name)
    return client.post(url, {"file": SimpleUploadedFile(name, content)})


def plan_file(town, name, kind="actors"):
    return plan_import(kind=kind, table=read_table(data_file(name), name), municipality=town)


@pytest.mark.parametrize(
    "name", ["akteure-utf8-semikolon.csv", "akteure-latin1-komma.csv", "akteure.xlsx"]
)
def test_preview_plans_every_row_and_resolves_catalogues(world, places, catalogue, name):
    plan = plan_file(world.town, name)
    assert plan.problems == []
    assert [(r.row, r.label, r.action) for r in plan.rows] == [
        (2, "Interkultureller Frauenverein Musterstadt e. V.", "create"),
        (3, "Sportverein Grün-Weiß e. V.", "create"),
        (4, "Jobcenter Musterstadt", "create"),
    ]
    first = plan.rows[0]
    assert first.values["actor_type"] == ActorType.MIGRANT_ORGANISATION
    assert first.values["website"] == "https://www.frauenverein.example"
    assert first.values["postcode"] == "12345"
    # a catalogue name with commas in it is recognised as one field of action
    assert first.m2m["fields"] == [catalogue["language"], catalogue["work"]]
    assert first.m2m["districts"] == [places["north"]]
    assert first.m2m["target_groups"] == [catalogue["women"]]
    assert plan.rows[2].values["actor_type"] == ActorType.JOB_CENTRE
    assert plan.rows[2].values["active"] is False
    assert Actor.objects.count() == 0  # planning writes nothing


def test_upload_preview_confirm_creates_actors_with_history(world, places, catalogue, client):
    client.force_login(world.users["facilitator"])
    response = upload(client, world.town, "actors", "akteure-utf8-semikolon.csv")
    batch = RegisterImport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/import/{batch.pk}/")
    preview = client.get(response["Location"])
    content = preview.content.decode()
    assert "Sportverein Grün-Weiß e. V." in content and "Confirm import" in content
    response = client.post(response["Location"])
    assert response.status_code == 302
    assert Actor.objects.filter(municipality=world.town).count() == 3
    actor = Actor.objects.get(name__startswith="Interkultureller")
    assert set(actor.fields.all()) == {catalogue["language"], catalogue["work"]}
    assert actor.history.first().history_user == world.users["facilitator"]
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED
    assert batch.counts == {"create": 3, "update": 0, "unchanged": 0, "skip": 0, "providers": 0}
    # the same file again: everything unchanged, nothing to confirm
    response = upload(client, world.town, "actors", "akteure-utf8-semikolon.csv")
    content = client.get(response["Location"]).content.decode()
    assert "The file changes nothing." in content


def test_update_of_an_existing_actor_names_the_changed_columns(world, places, catalogue):
    Actor.objects.create(
        municipality=world.town,
        name="sportverein grün-weiß e. V.",  # other case: still the same actor
        actor_type=ActorType.CLUB,
        city="Musterstadt",
    )
    plan = plan_file(world.town, "akteure-utf8-semikolon.csv")
    row = next(r for r in plan.rows if r.label.startswith("Sportverein"))
    assert row.action == "update"
    assert "Beschreibung" in row.changed and "Handlungsfelder" in row.changed
    assert "Ort" not in row.changed and "Typ" not in row.changed


def test_a_file_with_bad_rows_changes_nothing_and_names_row_and_column(world, places, client):
    existing = Actor.objects.create(municipality=world.town, name="Verein A", description="alt")
    plan = plan_file(world.town, "akteure-eine-fehlerhafte-zeile.csv")
    found = {(p.row, p.column) for p in plan.problems}
    assert found == {
        (3, "Typ"),  # unknown type "Raumschiff"
        (3, "Stadtteile"),  # unknown district "Atlantis"
        (4, "Name"),  # name missing
        (5, "Name"),  # "Verein A" twice in the file
        (6, "Zielgruppen"),  # unknown target group
    }
    messages = " ".join(str(p.message) for p in plan.problems)
    assert "Raumschiff" in messages and "Atlantis" in messages and "row 2" in messages
    # through the pages: the preview lists the problems and offers no confirmation;
    # a forced POST changes nothing
    client.force_login(world.users["coordination"])
    response = upload(client, world.town, "actors", "akteure-eine-fehlerhafte-zeile.csv")
    preview = client.get(response["Location"]).content.decode()
    assert "Raumschiff" in preview and "Confirm import" not in preview
    client.post(response["Location"])
    assert list(Actor.objects.values_list("name", flat=True)) == ["Verein A"]
    existing.refresh_from_db()
    assert existing.actor_type == ActorType.OTHER
    assert RegisterImport.objects.get().status == ImportStatus.PENDING


def test_file_level_problems_are_shown_on_the_upload_page(world, client):
    client.force_login(world.users["coordination"])
    for name, data, text in [
        ("leer.csv", b"", "file is empty."),
        ("leer2.csv", b" \n\n", "The file is empty."),
        ("liste.pdf", b"%PDF-1.4", "File (CSV or Excel): Files of type “.pdf” cannot be uploaded"),
        ("nur-kopf.csv", b"Name;Typ\n", "no data rows"),
    ]:
        response = upload(client, world.town, "actors", name, data)
        assert response.status_code == 200
        assert text in response.content.decode()
    assert not RegisterImport.objects.exists()


def test_unknown_and_missing_columns(world):
    plan = plan_import(
        kind="actors",
        table=read_table(b"Typ;Farbe\nVerein;blau\n", "a.csv"),
        municipality=world.town,
    )
    assert [(p.row, p.column) for p in plan.problems] == [(1, "Farbe")]
    plan = plan_import(
        kind="actors", table=read_table(b"Typ\nVerein\n", "a.csv"), municipality=world.town
    )
    assert [(p.row, p.column) for p in plan.problems] == [(1, "Name")]


def test_invalid_values_are_reported_by_the_model_checks(world):
    data = b"Name;E-Mail;Aktiv\nVerein;keine-adresse;vielleicht\n"
    plan = plan_import(kind="actors", table=read_table(data, "a.csv"), municipality=world.town)
    assert {(p.row, p.column) for p in plan.problems} == {(2, "E-Mail"), (2, "Aktiv")}


def test_offers_import_links_providers_and_creates_missing_ones(world, places, catalogue, client):
    provider = Actor.objects.create(
        municipality=world.town, name="Interkultureller Frauenverein Musterstadt e. V."
    )
    plan = plan_file(world.town, "angebote.csv", kind="offers")
    assert plan.problems == []
    assert plan.new_providers == {"neuer träger ggmbh": "Neuer Träger gGmbH"}
    client.force_login(world.users["coordination"])
    response = upload(client, world.town, "offers", "angebote.csv")
    assert "Neuer Träger gGmbH" in client.get(response["Location"]).content.decode()
    client.post(response["Location"])
    cafe = Offer.objects.get(title="Sprachcafé")
    assert cafe.provider == provider and list(cafe.districts.all()) == [places["north"]]
    assert cafe.free_of_charge and str(cafe.start_date) == "2025-09-01"
    training = Offer.objects.get(title="Bewerbungstraining")
    assert training.provider.name == "Neuer Träger gGmbH"
    assert training.provider.actor_type == ActorType.OTHER
    assert not training.free_of_charge and training.cost_note == "20 € pro Termin"
    assert list(training.districts.all()) == []  # the whole town
    assert list(training.fields.all()) == [catalogue["work"]]


def test_offer_with_end_before_start_is_refused(world):
    data = b"Titel;Beginn;Ende\nKurs;01.09.2025;31.08.2025\nKurs 2;gestern;\n"
    plan = plan_import(kind="offers", table=read_table(data, "a.csv"), municipality=world.town)
    assert {(p.row, p.column) for p in plan.problems} == {(2, "Ende"), (3, "Beginn")}


def test_confirming_twice_imports_once(world, places, client):
    client.force_login(world.users["coordination"])
    response = upload(client, world.town, "actors", "akteure-utf8-semikolon.csv")
    client.post(response["Location"])
    again = client.post(response["Location"])
    assert again.status_code == 302
    assert Actor.objects.count() == 3


def test_foreign_catalogue_entries_and_districts_are_not_matched(world):
    from ..factories import DistrictFactory

    DistrictFactory(municipality=world.other_town, code="F1", name="Fremdviertel")
    data = b"Name;Stadtteile\nVerein;Fremdviertel\n"
    plan = plan_import(kind="actors", table=read_table(data, "a.csv"), municipality=world.town)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Stadtteile")]


def test_an_import_of_another_municipality_is_not_found(world, places, client):
    client.force_login(world.users["coordination"])
    response = upload(client, world.town, "actors", "akteure-utf8-semikolon.csv")
    batch = RegisterImport.objects.get()
    client.force_login(world.users["foreign_coordinator"])
    url = reverse("actor_import_preview", args=[world.other_town.slug, batch.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    # the actors preview does not open an offers import either
    client.force_login(world.users["coordination"])
    assert response.status_code == 302
    wrong_kind = reverse("offer_import_preview", args=[world.town.slug, batch.pk])
    assert client.get(wrong_kind).status_code == 404
    assert not Actor.objects.exists()


def test_resolve_many_takes_the_longest_catalogue_name():
    lookup = {"a, b": "AB", "a": "A", "c": "C"}
    assert resolve_many("A, B; c, x", lookup) == (["AB", "C"], ["x"])
    assert resolve_many("", lookup) == ([], [])


def test_template_reads_back_without_problems(world, places):
    for kind in ("actors", "offers"):
        data = template_workbook(kind, world.town)
        table = read_table(data, "vorlage.xlsx")
        plan = plan_import(kind=kind, table=table, municipality=world.town)
        assert plan.problems == [], kind
        assert [row.action for row in plan.rows] == ["create"]


def test_template_download(world, client):
    client.force_login(world.users["coordination"])
    response = client.get(reverse("offer_import_template", args=[world.town.slug]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "vorlage-angebote.xlsx" in response["Content-Disposition"]
    page = client.get(reverse("offer_import", args=[world.town.slug])).content.decode()
    assert reverse("offer_import_template", args=[world.town.slug]) in page
