"""SWOT findings and process factors: coordination and facilitator record them, others read."""

import pytest
from django.urls import reverse

from kompass.analysis.models import AnalysisItem
from kompass.analysis.suggestions import HINDERING

from ..tenancy.test_permission_matrix import ALL_USERS, OUTSIDERS

WRITERS = ["coordination", "facilitator", "instance_admin"]


def expected(user_key, allowed):
    if user_key in OUTSIDERS:
        return 404
    return 200 if user_key in allowed else 403


@pytest.fixture
def item(world):
    return AnalysisItem.objects.create(
        municipality=world.town, kind="strength", title="Starke Vereine"
    )


@pytest.mark.parametrize("user_key", ALL_USERS)
def test_analysis_pages_matrix(world, item, client, user_key):
    client.force_login(world.users[user_key])
    slug = world.town.slug
    assert client.get(reverse("analysis_overview", args=[slug])).status_code == expected(
        user_key, ALL_USERS
    )
    for url in (
        reverse("analysis_item_create", args=[slug]),
        reverse("analysis_item_edit", args=[slug, item.pk]),
        reverse("analysis_item_delete", args=[slug, item.pk]),
    ):
        assert client.get(url).status_code == expected(user_key, WRITERS), url
    response = client.post(
        reverse("analysis_adopt_suggestions", args=[slug, "hindering"]),
        {"hindering-picked": [HINDERING[0][0]]},
    )
    assert response.status_code == (302 if user_key in WRITERS else expected(user_key, WRITERS))
    assert AnalysisItem.objects.filter(kind="hindering").exists() == (user_key in WRITERS)


def test_facilitator_records_a_finding_linked_to_catalogue_fields(world, client):
    from kompass.concepts.models import FieldCatalogueEntry

    entry = FieldCatalogueEntry.objects.create(code="sprache", name="Sprachförderung")
    client.force_login(world.users["facilitator"])
    response = client.post(
        reverse("analysis_item_create", args=[world.town.slug]),
        {
            "kind": "opportunity",
            "title": "Neue Kita-Plätze 2026",
            "fields": [entry.pk],
            "position": "0",
        },
    )
    assert response.status_code == 302
    finding = AnalysisItem.objects.get(title="Neue Kita-Plätze 2026")
    assert finding.municipality == world.town and list(finding.fields.all()) == [entry]
    page = client.get(reverse("analysis_overview", args=[world.town.slug])).content.decode()
    assert "Neue Kita-Plätze 2026" in page and "Sprachförderung" in page


def test_catalogue_field_of_another_municipality_is_refused(world, client):
    from kompass.concepts.models import FieldCatalogueEntry

    foreign = FieldCatalogueEntry.objects.create(
        code="fremd", name="Fremdes Feld", municipality=world.other_town
    )
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("analysis_item_create", args=[world.town.slug]),
        {"kind": "risk", "title": "Mit fremdem Feld", "fields": [foreign.pk], "position": "0"},
    )
    assert response.status_code == 200
    assert not AnalysisItem.objects.filter(title="Mit fremdem Feld").exists()


def test_suggestions_are_added_once_and_then_no_longer_offered(world, client):
    client.force_login(world.users["coordination"])
    url = reverse("analysis_adopt_suggestions", args=[world.town.slug, "hindering"])
    picked = [HINDERING[0][0], HINDERING[1][0]]
    client.post(url, {"hindering-picked": picked})
    assert AnalysisItem.objects.filter(kind="hindering").count() == 2
    assert AnalysisItem.objects.get(title=HINDERING[0][0]).description == HINDERING[0][1]
    client.post(url, {"hindering-picked": picked})
    assert AnalysisItem.objects.filter(kind="hindering").count() == 2
    page = client.get(reverse("analysis_overview", args=[world.town.slug])).content.decode()
    assert f'value="{HINDERING[0][0]}"' not in page and f'value="{HINDERING[2][0]}"' in page


def test_missing_title_is_refused(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("analysis_item_create", args=[world.town.slug]), {"kind": "risk", "position": "0"}
    )
    assert response.status_code == 200
    assert AnalysisItem.objects.count() == 0
