"""Building a survey: the survey form, the question formset, translations, preview, status."""

from django.urls import reverse

from kompass.surveys.models import Question, Response, Survey, SurveyStatus

from .conftest import answer_data, make_survey


def management(prefix, total, initial):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def question_row(index, **values):
    base = {
        "position": str(index + 1),
        "kind": "single",
        "text": "",
        "help_text": "",
        "options": "",
        "scale": "1-5",
        "low_label": "",
        "high_label": "",
    }
    base.update(values)
    return {f"questions-{index}-{key}": value for key, value in base.items()}


def test_coordination_creates_a_survey_with_questions(world, login):
    client = login(world.users["facilitator"])
    # when the survey is created
    response = client.post(
        reverse("survey_create", args=[world.town.slug]),
        {"title": "Befragung Stadtteil", "intro": "", "status": "draft", "languages": ["en", "ar"]},
    )
    survey = Survey.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("survey_questions", args=[world.town.slug, survey.pk])
    assert survey.languages == ["en", "ar"] and survey.municipality == world.town
    # and two questions are added, the second placed first
    data = management("questions", 2, 0)
    data |= question_row(
        0, position="2", text="Wie alt sind Sie?", options="unter 30\n30 bis 60\nüber 60"
    )
    data |= question_row(
        1,
        position="1",
        kind="matrix",
        text="Wie zufrieden …",
        options="Kita\nSchule",
        required="on",
    )
    response = client.post(reverse("survey_questions", args=[world.town.slug, survey.pk]), data)
    assert response.status_code == 302
    questions = list(survey.questions.order_by("position"))
    assert [(q.position, q.kind) for q in questions] == [(1, "matrix"), (2, "single")]
    assert questions[1].option_list == ["unter 30", "30 bis 60", "über 60"]


def test_a_choice_question_needs_two_options(world, login):
    survey = make_survey(world.town, status=SurveyStatus.DRAFT)
    client = login(world.users["coordination"])
    data = management("questions", 1, 0) | question_row(0, text="Ja oder nein?", options="Ja")
    response = client.post(reverse("survey_questions", args=[world.town.slug, survey.pk]), data)
    assert response.status_code == 200
    assert (
        "at least two options" in response.content.decode()
        or "mindestens zwei" in response.content.decode()
    )
    assert survey.questions.count() == 5


def test_with_answers_only_the_wording_may_change(world, login, client):
    survey = make_survey(world.town)
    client.post(
        reverse("public_survey", args=[world.town.slug, survey.public_token]), answer_data(survey)
    )
    assert Response.objects.count() == 1
    coordinator = login(world.users["coordination"])
    questions = list(survey.questions.order_by("position"))
    data = management("questions", len(questions), len(questions))
    for index, q in enumerate(questions):
        data |= question_row(
            index,
            id=str(q.pk),
            kind=q.kind,
            text=q.text,
            options=q.options,
            scale=q.scale,
            required="on" if q.required else "",
        )
    # a typo may be corrected
    data["questions-0-text"] = "Wie lange wohnen Sie schon hier?"
    url = reverse("survey_questions", args=[world.town.slug, survey.pk])
    assert coordinator.post(url, data).status_code == 302
    assert survey.questions.get(pk=questions[0].pk).text == "Wie lange wohnen Sie schon hier?"
    # but an option cannot be added
    data["questions-0-options"] += "\nneu zugezogen"
    response = coordinator.post(url, data)
    assert response.status_code == 200
    assert len(survey.questions.get(pk=questions[0].pk).option_list) == 3


def test_translation_is_stored_and_checked_line_by_line(world, login):
    survey = make_survey(world.town, status=SurveyStatus.DRAFT)
    single = survey.questions.get(kind="single")
    client = login(world.users["coordination"])
    url = reverse("survey_translation", args=[world.town.slug, survey.pk, "ar"])
    page = client.get(url).content.decode()
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    # wrong number of option lines: refused, nothing stored
    bad = {
        "title": "استبيان",
        "intro": "",
        f"q{single.pk}_text": "سؤال",
        f"q{single.pk}_options": "أ\nب",
    }
    response = client.post(url, bad)
    assert response.status_code == 200
    survey.refresh_from_db()
    assert survey.translations["ar"]["title"] != "استبيان"
    # right number of lines: stored
    good = bad | {f"q{single.pk}_options": "أ\nب\nج"}
    assert client.post(url, good).status_code == 302
    survey.refresh_from_db()
    single.refresh_from_db()
    assert survey.translations["ar"]["title"] == "استبيان"
    assert single.translations["ar"]["options"] == ["أ", "ب", "ج"]
    assert single.translated("ar")["options"] == ["أ", "ب", "ج"]


def test_a_language_not_offered_cannot_be_translated(world, login):
    survey = make_survey(world.town, languages=["en"])
    client = login(world.users["coordination"])
    assert (
        client.get(
            reverse("survey_translation", args=[world.town.slug, survey.pk, "tr"])
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("survey_translation", args=[world.town.slug, survey.pk, "xx"])
        ).status_code
        == 404
    )


def test_preview_shows_each_language_and_cannot_be_sent(world, login):
    survey = make_survey(world.town, status=SurveyStatus.DRAFT)
    client = login(world.users["coordination"])
    page = client.get(reverse("survey_preview", args=[world.town.slug, survey.pk]) + "?sprache=ar")
    content = page.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "disabled" in content


def test_opening_needs_questions_and_the_status_can_be_changed(world, login):
    client = login(world.users["coordination"])
    empty = Survey.objects.create(municipality=world.town, title="Leer")
    url = reverse("survey_status", args=[world.town.slug, empty.pk])
    client.post(url, {"status": "open", "lock_version": "0"})
    empty.refresh_from_db()
    assert empty.status == SurveyStatus.DRAFT
    survey = make_survey(world.town, status=SurveyStatus.DRAFT)
    client.post(
        reverse("survey_status", args=[world.town.slug, survey.pk]),
        {"status": "open", "lock_version": "0"},
    )
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN and survey.lock_version == 1
    # a stale lock version changes nothing
    client.post(
        reverse("survey_status", args=[world.town.slug, survey.pk]),
        {"status": "closed", "lock_version": "0"},
    )
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.OPEN


def test_readers_cannot_change_a_survey(world, login):
    survey = make_survey(world.town, status=SurveyStatus.DRAFT)
    client = login(world.users["steering_group"])
    response = client.post(
        reverse("survey_status", args=[world.town.slug, survey.pk]),
        {"status": "open", "lock_version": "0"},
    )
    assert response.status_code == 403
    survey.refresh_from_db()
    assert survey.status == SurveyStatus.DRAFT
    assert Question.objects.filter(survey=survey).count() == 5
