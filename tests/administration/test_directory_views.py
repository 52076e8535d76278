"""The instance administration of the municipality directory, new municipalities from it, and a
Landkreis's Gemeinden as its districts."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.analysis.models import District
from kompass.regions.models import DirectoryImport, ImportStatus, Region
from kompass.regions.services import directory_import
from kompass.tenancy.models import Membership, Municipality, Role

from ..regions.conftest import FILE_2017, cut, zipped


@pytest.fixture(scope="module")
def small():
    """Bremen and Saarland of the real 2017 file."""
    return cut(FILE_2017)


@pytest.fixture
def directory(db, small):
    directory_import(data=small, file_name="GV100AD_311217.ASC")


def instance_urls():
    return [
        reverse("directory_list"),
        reverse("directory_import"),
        reverse("municipality_create"),
    ]


@pytest.mark.parametrize(
    "user_key", ["instance_admin", "coordination", "programme_coordinator", "no_membership", None]
)
def test_only_instance_admins_open_the_instance_pages(world, directory, client, user_key):
    if user_key:
        client.force_login(world.users[user_key])
    statuses = {url: client.get(url).status_code for url in instance_urls()}
    expected = {"instance_admin": 200, None: 302}.get(user_key, 403)
    assert set(statuses.values()) == {expected}, statuses
    batch = DirectoryImport.objects.create(file_name="x.txt", data=b"")
    response = client.post(reverse("directory_import_preview", args=[batch.pk]), {"confirm": "1"})
    # An empty stored file: the administrator sees its problem, nothing is imported.
    assert response.status_code == {"instance_admin": 200, None: 302}.get(user_key, 403)
    assert DirectoryImport.objects.get(pk=batch.pk).status == ImportStatus.PENDING


def test_upload_preview_and_confirm_import_the_file(world, client, small):
    client.force_login(world.users["instance_admin"])
    upload = SimpleUploadedFile("GV100AD_311217.zip", zipped(small), "application/zip")
    response = client.post(reverse("directory_import"), {"file": upload})
    batch = DirectoryImport.objects.get()
    assert response.url == reverse("directory_import_preview", args=[batch.pk])
    assert Region.objects.count() == 0
    preview = client.get(response.url)
    text = preview.content.decode()
    assert "Gemeinde" in text and ">54<" in text  # 54 new Gemeinden (2 Bremen + 52 Saarland)
    done = client.post(response.url, {"confirm": "1"}, follow=True)
    assert done.redirect_chain[-1][0] == reverse("directory_list")
    assert Region.objects.count() == 118
    batch.refresh_from_db()
    assert batch.status == ImportStatus.APPLIED and bytes(batch.data) == b""
    assert (
        batch.counts["total"]["create"] == 118 and batch.applied_by == world.users["instance_admin"]
    )
    # The same file again: a preview with nothing to change.
    upload = SimpleUploadedFile("GV100AD_311217.ASC", small, "text/plain")
    again = client.post(reverse("directory_import"), {"file": upload}, follow=True)
    plan = again.context["plan"]
    assert plan.counts["unchanged"] == 118 and not plan.has_changes
    assert client.post(again.redirect_chain[-1][0], {"discard": "1"}).status_code == 302
    assert DirectoryImport.objects.count() == 1 and Region.objects.count() == 118


def test_a_bad_file_shows_its_line_and_stores_nothing(world, client, small):
    client.force_login(world.users["instance_admin"])
    lines = small.splitlines(keepends=True)
    lines[6] = lines[6][:2] + b"2017133" + lines[6][9:]
    upload = SimpleUploadedFile("GV100AD.txt", b"".join(lines), "text/plain")
    response = client.post(reverse("directory_import"), {"file": upload})
    assert response.status_code == 200
    problems = response.context["problems"]
    assert [(p.row, p.column) for p in problems] == [(7, "Gebietsstand")]
    assert "Gebietsstand" in response.content.decode()
    assert DirectoryImport.objects.count() == 0 and Region.objects.count() == 0
    pdf = SimpleUploadedFile("GV100AD.pdf", b"%PDF-1.4", "application/pdf")
    refused = client.post(reverse("directory_import"), {"file": pdf})
    assert "file" in refused.context["form"].errors


def test_directory_list_searches_and_has_fixed_queries(
    world, directory, client, django_assert_max_num_queries
):
    client.force_login(world.users["instance_admin"])
    url = reverse("directory_list")
    found = client.get(url, {"query": "Saarbrücken"})
    names = [region.name for region in found.context["page"]]
    assert names == [
        "Regionalverband Saarbrücken",
        "Saarbrücken, Landeshauptstadt",
        "Saarbrücken, Landeshauptstadt",
    ]
    by_key = client.get(url, {"query": "10042", "level": "gemeinde"})
    assert [r.key for r in by_key.context["page"]][:2] == ["10042111", "10042112"]
    assert client.get(url, {"land": "04"}).context["page"].paginator.count == 7
    with django_assert_max_num_queries(10):
        first = client.get(url)
    with django_assert_max_num_queries(10):
        second = client.get(url, {"seite": 2})
    assert len(first.context["page"]) == 50 and len(second.context["page"]) == 50


def test_municipality_from_a_county_key(world, directory, client):
    client.force_login(world.users["instance_admin"])
    url = reverse("municipality_create")
    response = client.get(url, {"key": "10042"})
    initial = response.context["form"].initial
    assert initial["name"] == "Landkreis Merzig-Wadern"
    assert (initial["kind"], initial["ags"], initial["ars"], initial["land"]) == (
        "landkreis",
        "10042000",
        "",
        "10",
    )
    assert initial["slug"] == "landkreis-merzig-wadern"
    assert initial["population"] == Region.objects.get(key="10042").population == 103656
    created = client.post(
        url, {**{k: v for k, v in initial.items() if v is not None}, "population": "103656"}
    )
    county = Municipality.objects.get(slug="landkreis-merzig-wadern")
    assert created.url == reverse("municipality_settings", args=[county.slug])
    assert (county.ags, county.kind, county.population) == ("10042000", "landkreis", 103656)

    # A Gemeinde of it: its county is proposed; the slug of an existing name gets a number.
    beckingen = client.get(url, {"key": "10042111"}).context["form"].initial
    assert (beckingen["name"], beckingen["kind"], beckingen["ars"]) == (
        "Beckingen",
        "gemeinde",
        "100420111111",
    )
    assert beckingen["parent_county"] == county.pk
    merzig = client.get(url, {"key": "10042113"}).context["form"].initial
    assert (merzig["name"], merzig["kind"]) == ("Merzig", "stadt")
    # A kreisfreie Stadt by its county key.
    bremen = client.get(url, {"key": "04011"}).context["form"].initial
    assert (bremen["name"], bremen["kind"], bremen["ags"], bremen["ars"]) == (
        "Bremen",
        "kreisfreie_stadt",
        "04011000",
        "040110000000",
    )


def test_municipality_create_refuses_unknown_and_taken_keys(world, directory, client):
    client.force_login(world.users["instance_admin"])
    url = reverse("municipality_create")
    unknown = client.get(url, {"key": "06438001"})
    assert "key" in unknown.context["key_form"].errors and unknown.context["form"] is None
    assert "key" in client.get(url, {"key": "123"}).context["key_form"].errors
    Municipality.objects.create(
        name="Bremen", slug="bremen", kind="kreisfreie_stadt", land="04", ags="04011000"
    )
    initial = client.get(url, {"key": "04011000"}).context["form"].initial
    assert initial["slug"] == "bremen-2"
    response = client.post(url, {k: v for k, v in initial.items() if v is not None})
    assert "ags" in response.context["form"].errors
    assert Municipality.objects.filter(ags="04011000").count() == 1


@pytest.fixture
def landkreis(world, directory):
    county = Municipality.objects.create(
        name="Regionalverband Saarbrücken",
        slug="rv-saarbruecken",
        kind="landkreis",
        land="10",
        ags="10041000",
    )
    coordinator = world.users["coordination"]
    Membership.objects.create(user=coordinator, municipality=county, role=Role.COORDINATION)
    District.objects.create(municipality=county, code="Nord", name="Nord")
    return county


def test_a_landkreis_takes_over_its_gemeinden_as_districts(world, landkreis, client):
    client.force_login(world.users["coordination"])
    settings_page = client.get(reverse("municipality_settings", args=[landkreis.slug]))
    url = reverse("county_districts", args=[landkreis.slug])
    assert url in settings_page.content.decode()
    preview = client.get(url)
    assert preview.context["plan"].counts == {"create": 10, "update": 0, "unchanged": 0}
    assert District.objects.filter(municipality=landkreis).count() == 1
    client.post(url)
    districts = District.objects.filter(municipality=landkreis)
    assert districts.count() == 11  # the ten Gemeinden and "Nord"
    saarbruecken = districts.get(code="10041100")
    assert (saarbruecken.name, saarbruecken.population) == ("Saarbrücken, Landeshauptstadt", 180966)
    saarbruecken.population = 1
    saarbruecken.save()
    client.post(url)
    assert districts.count() == 11
    assert districts.get(code="10041100").population == 180966


def test_the_districts_page_is_for_coordinators_of_a_landkreis(world, landkreis, client):
    url = reverse("county_districts", args=[landkreis.slug])
    client.force_login(world.users["foreign_coordinator"])
    assert client.post(url).status_code == 404
    client.force_login(world.users["coordination"])
    assert client.get(reverse("county_districts", args=[world.town.slug])).status_code == 404
    client.force_login(world.users["responsible_unit"])
    assert client.post(reverse("county_districts", args=[world.town.slug])).status_code == 403
    assert District.objects.filter(municipality=landkreis).count() == 1


def test_django_admin_fills_empty_fields_from_the_directory(world, landkreis, client):
    town = Municipality.objects.create(
        name="Völklingen", slug="voelklingen", kind="stadt", land="10", ags="10041519"
    )
    client.force_login(world.users["instance_admin"])
    response = client.post(
        reverse("admin:tenancy_municipality_changelist"),
        {"action": "fill_from_directory", "_selected_action": [town.pk, world.town.pk]},
        follow=True,
    )
    assert response.status_code == 200
    town.refresh_from_db()
    assert (town.ars, town.population, town.parent_county) == ("100410519519", 39376, landkreis)
    world.town.refresh_from_db()
    assert world.town.ars == ""
