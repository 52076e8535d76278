"""Answering a survey anonymously at its public address."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.urls import reverse

from kompass.surveys.models import Answer, Response, SurveyStatus

from .conftest import answer_data, make_survey


def url(survey, **params):
    address = reverse("public_survey", args=[survey.municipality.slug, survey.public_token])
    if params:
        address += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return address


def test_anonymous_answer_is_stored_without_anything_about_the_person(survey, client):
    # when
    page = client.get(url(survey))
    response = client.post(url(survey), answer_data(survey), REMOTE_ADDR="203.0.113.7")
    # then
    assert page.status_code == 200
    assert response.status_code == 302
    assert response["Location"].startswith(
        reverse("public_survey_thanks", args=[survey.municipality.slug, survey.public_token])
    )
    stored = Response.objects.get()
    assert {f.name for f in Response._meta.concrete_fields} == {
        "id",
        "survey",
        "municipality",
        "submitted_on",
        "language",
    }
    assert {f.name for f in Answer._meta.concrete_fields} == {
        "id",
        "response",
        "question",
        "row",
        "value",
        "text",
    }
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Response._meta.db_table}")
        row = cursor.fetchone()
        columns = [c[0] for c in cursor.description]
    assert sorted(columns) == sorted(
        ["id", "survey_id", "municipality_id", "submitted_on", "language"]
    )
    assert "203.0.113.7" not in repr(row)
    assert stored.language == "de"
    assert Answer.objects.filter(response=stored).count() == 7  # 1 + 2 + 1 + 1 + 2 rows


def test_the_public_page_sets_no_cookie_and_creates_no_session(survey, client):
    get = client.get(url(survey))
    post = client.post(url(survey), answer_data(survey))
    thanks = client.get(post["Location"])
    for response in (get, post, thanks):
        assert response.cookies == {} or all(
            not morsel.value for morsel in response.cookies.values()
        ), response.cookies
        assert "Set-Cookie" not in str(response.serialize_headers())
    assert Session.objects.count() == 0
    assert client.cookies == {} or not any(m.value for m in client.cookies.values())


def test_required_questions_are_refused_with_a_clear_german_message(survey, client):
    single = survey.questions.get(kind="single")
    data = answer_data(survey)
    del data[f"q{single.pk}"]
    response = client.post(url(survey), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Bitte beantworten Sie diese Frage." in content
    assert "Bitte prüfen Sie Ihre Antworten" in content
    assert Response.objects.count() == 0
    # the other answers stay on the page
    assert "Mehr Treffpunkte im Stadtteil." in content


def test_optional_questions_may_stay_empty(survey, client):
    q = {question.kind: question.pk for question in survey.questions.all()}
    data = answer_data(survey)
    for key in (f"q{q['multiple']}", f"q{q['text']}", f"q{q['matrix']}_r0", f"q{q['matrix']}_r1"):
        del data[key]
    assert client.post(url(survey), data).status_code == 302
    assert Answer.objects.count() == 2


def test_a_value_outside_the_options_is_refused(survey, client):
    scale = survey.questions.get(kind="scale")
    response = client.post(url(survey), answer_data(survey, **{f"q{scale.pk}": "9"}))
    assert response.status_code == 200
    assert Response.objects.count() == 0


@pytest.mark.parametrize("status", [SurveyStatus.CLOSED])
def test_a_closed_survey_shows_a_clear_page_and_takes_no_answers(world, client, status):
    survey = make_survey(world.town, status=status)
    page = client.get(url(survey))
    assert page.status_code == 200
    assert "Diese Umfrage ist beendet" in page.content.decode()
    post = client.post(url(survey), answer_data(survey))
    assert post.status_code == 200
    assert Response.objects.count() == 0


def test_a_survey_past_its_end_date_is_closed(world, client):
    import datetime

    survey = make_survey(world.town, closes_on=datetime.date(2020, 1, 1))
    client.post(url(survey), answer_data(survey))
    assert "Diese Umfrage ist beendet" in client.get(url(survey)).content.decode()
    assert Response.objects.count() == 0


def test_a_survey_before_its_start_date_says_when_it_opens(world, client):
    import datetime

    survey = make_survey(world.town, opens_on=datetime.date(2099, 5, 1))
    content = client.get(url(survey)).content.decode()
    assert "noch nicht begonnen" in content and "01.05.2099" in content


def test_drafts_and_other_municipalities_give_404(world, client, survey):
    draft = make_survey(world.town, status=SurveyStatus.DRAFT)
    assert client.get(url(draft)).status_code == 404
    assert client.post(url(draft), answer_data(draft)).status_code == 404
    wrong = reverse("public_survey", args=[world.other_town.slug, survey.public_token])
    assert client.get(wrong).status_code == 404
    assert (
        client.get(
            reverse("public_survey", args=["gibt-es-nicht", survey.public_token])
        ).status_code
        == 404
    )
    assert Response.objects.count() == 0


def test_the_honeypot_thanks_robots_and_stores_nothing(survey, client):
    response = client.post(url(survey), answer_data(survey, website="http://spam.example"))
    assert response.status_code == 302
    assert Response.objects.count() == 0


def test_a_forged_or_missing_token_stores_nothing_but_keeps_the_answers(survey, client):
    response = client.post(url(survey), answer_data(survey, token="forged"))
    assert response.status_code == 200
    assert "Bitte senden Sie Ihre Antworten noch einmal ab" in response.content.decode()
    assert Response.objects.count() == 0
    # the page carries a fresh token: sending again works
    fresh = response.context["form"].data["token"]
    assert client.post(url(survey), answer_data(survey, token=fresh)).status_code == 302


def test_a_token_of_another_survey_is_refused(world, survey, client):
    other = make_survey(world.town)
    response = client.post(url(survey), answer_data(other) | {"token": answer_data(other)["token"]})
    assert response.status_code == 200
    assert Response.objects.count() == 0


def test_answers_in_english_are_stored_as_the_same_values(survey, client):
    single = survey.questions.get(kind="single")
    page = client.get(url(survey, sprache="en")).content.decode()
    assert '<html lang="en" dir="ltr">' in page
    assert "How long have you lived here?" in page and "5 to 15 years" in page
    client.post(url(survey), answer_data(survey, sprache="en"))
    response = Response.objects.get()
    assert response.language == "en"
    assert Answer.objects.get(question=single).value == 1


def test_arabic_page_is_right_to_left_and_falls_back_to_german(survey, client):
    page = client.get(url(survey, sprache="ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "منذ متى تعيش هنا؟" in page
    # untranslated options are shown in German
    assert "unter 5 Jahren" in page
    # the language choice names each language in itself
    assert 'lang="tr"' not in page  # not offered
    assert 'hreflang="en"' in page and "English" in page


def test_an_unoffered_language_gives_the_german_page(survey, client):
    page = client.get(url(survey, sprache="tr")).content.decode()
    assert '<html lang="de" dir="ltr">' in page
