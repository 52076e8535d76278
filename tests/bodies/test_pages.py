"""Page audits (title, language, labelled controls, unique ids) of the object pages."""

import datetime

import pytest
from django.urls import reverse

from kompass.actors.models import Actor, NetworkSurvey

from ..core.test_pages import audit


@pytest.fixture
def objects(world, council, steering_group, resolution):
    survey = NetworkSurvey.objects.create(
        municipality=world.town, title="Netzwerkanalyse", surveyed_on=datetime.date(2025, 5, 7)
    )
    Actor.objects.create(municipality=world.town, name="TSV")
    return {"survey": survey, "body": steering_group, "resolution": resolution}


PAGES = [
    ("network_survey_detail", "survey"),
    ("network_survey_edit", "survey"),
    ("network_survey_relations", "survey"),
    ("body_detail", "body"),
    ("body_edit", "body"),
    ("resolution_detail", "resolution"),
    ("resolution_edit", "resolution"),
    ("resolution_oparl", "resolution"),
    ("resolution_adopt_version", "resolution"),
]


@pytest.mark.parametrize(("name", "key"), PAGES)
def test_object_pages_pass_the_audit(world, client, objects, name, key):
    client.force_login(world.users["coordination"])
    response = client.get(reverse(name, args=[world.town.slug, objects[key].pk]))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de" and "Integrationskompass" in page.title
    unlabelled = [
        n
        for cid, aria, wrapped, n in page.controls
        if not (aria or wrapped or cid in page.label_for)
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


def test_prepared_submission_page_passes_the_audit(world, client, council):
    client.force_login(world.users["coordination"])
    url = reverse("council_submission", args=[world.town.slug])
    response = client.get(url, {"occasion": "start", "version": world.version.pk})
    page = audit(response)
    assert 'name="decision"' in response.content.decode()
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()
    assert all(cid in page.label_for for cid, aria, wrapped, n in page.controls if not aria)
