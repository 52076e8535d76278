"""Role × survey page × own/foreign municipality; and the page audit of every survey page."""

import pytest
from django.urls import reverse

from kompass.surveys.models import SurveyStatus

from ..core.test_pages import audit
from ..tenancy.test_permission_matrix import ALL_USERS, EDITORS, OUTSIDERS, READERS, expected_status
from .conftest import make_survey

SURVEY_EDITORS = [*EDITORS, "facilitator"]
# (url name, extra URL arguments after the survey's pk, or None for the municipality only)
READ_VIEWS = [
    ("survey_list", None),
    ("survey_detail", ()),
    ("survey_results", ()),
]
EDIT_VIEWS = [
    ("survey_create", None),
    ("survey_edit", ()),
    ("survey_questions", ()),
    ("survey_translation", ("en",)),
    ("survey_preview", ()),
    ("survey_delete", ()),
    ("survey_export", ("csv",)),
    ("survey_export", ("xlsx",)),
    ("survey_contributions", ()),
]
CASES = [
    (name, extra, user, expected_status(user, READERS))
    for name, extra in READ_VIEWS
    for user in ALL_USERS
] + [
    (name, extra, user, expected_status(user, SURVEY_EDITORS))
    for name, extra in EDIT_VIEWS
    for user in ALL_USERS
]


def url_for(survey, name, extra, municipality=None):
    slug = (municipality or survey.municipality).slug
    args = [slug] if extra is None else [slug, survey.pk, *extra]
    return reverse(name, args=args)


@pytest.fixture
def survey(world):
    return make_survey(world.town, status=SurveyStatus.CLOSED, concept_version=world.version)


@pytest.mark.parametrize(("name", "extra", "user_key", "status"), CASES)
def test_survey_role_view_matrix(world, survey, client, name, extra, user_key, status):
    client.force_login(world.users[user_key])
    assert client.get(url_for(survey, name, extra)).status_code == status


@pytest.mark.parametrize(("name", "extra"), READ_VIEWS + EDIT_VIEWS)
def test_anonymous_users_are_sent_to_the_login(world, survey, client, name, extra):
    response = client.get(url_for(survey, name, extra))
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]


@pytest.mark.parametrize(
    ("name", "extra"), [v for v in READ_VIEWS + EDIT_VIEWS if v[1] is not None]
)
def test_surveys_are_not_found_under_another_municipality(world, survey, client, name, extra):
    client.force_login(world.users["foreign_coordinator"])
    url = url_for(survey, name, extra, municipality=world.other_town)
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404


def test_outsiders_cannot_change_the_status(world, survey, client):
    for user_key in OUTSIDERS:
        client.force_login(world.users[user_key])
        url = reverse("survey_status", args=[world.town.slug, survey.pk])
        assert client.post(url, {"status": "open", "lock_version": "0"}).status_code == 404
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.CLOSED


PAGES = [(name, extra) for name, extra in READ_VIEWS + EDIT_VIEWS if name != "survey_export"]


@pytest.mark.parametrize(("name", "extra"), PAGES)
def test_survey_page_has_title_language_and_labelled_controls(world, survey, client, name, extra):
    client.force_login(world.users["coordination"])
    response = client.get(url_for(survey, name, extra))
    assert response.status_code == 200
    page = audit(response)
    assert page.html_lang == "de"
    assert len(page.title.strip()) > len("Integrationskompass")
    unlabelled = [
        control_name
        for control_id, aria_label, wrapped, control_name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_public_answer_page_is_labelled_in_every_language(world, client, language):
    survey = make_survey(world.town)
    url = reverse("public_survey", args=[world.town.slug, survey.public_token])
    page = audit(client.get(f"{url}?sprache={language}"))
    assert page.html_lang == language
    assert page.title.strip()
    unlabelled = [
        control_name
        for control_id, aria_label, wrapped, control_name in page.controls
        if not (aria_label or wrapped or (control_id and control_id in page.label_for))
    ]
    assert unlabelled == []
    assert {i for i in page.ids if page.ids.count(i) > 1} == set()
