"""A survey with one question of each kind, in German, English and Arabic."""

import pytest
from django.core.cache import cache

from kompass.surveys.models import Question, QuestionKind, Survey, SurveyStatus


def make_survey(municipality, *, status=SurveyStatus.OPEN, languages=("en", "ar"), **extra):
    survey = Survey.objects.create(
        municipality=municipality,
        title="Zusammenleben in Musterstadt",
        intro="Ihre Meinung zählt.",
        status=status,
        languages=list(languages),
        translations={
            "en": {"title": "Living together in Musterstadt", "intro": "Your opinion counts."},
            "ar": {"title": "العيش معًا في موسترشتات", "intro": "رأيك مهم."},
        },
        **extra,
    )
    specs = [
        {
            "kind": QuestionKind.SINGLE,
            "text": "Wie lange leben Sie schon hier?",
            "options": "unter 5 Jahren\n5 bis 15 Jahre\nlänger",
            "required": True,
            "translations": {
                "en": {
                    "text": "How long have you lived here?",
                    "options": ["less than 5 years", "5 to 15 years", "longer"],
                },
                "ar": {"text": "منذ متى تعيش هنا؟"},
            },
        },
        {
            "kind": QuestionKind.MULTIPLE,
            "text": "Welche Angebote nutzen Sie?",
            "options": "Sprachkurs\nBeratung\nSportverein",
        },
        {
            "kind": QuestionKind.SCALE,
            "text": "Wie wohl fühlen Sie sich?",
            "scale": "1-5",
            "low_label": "gar nicht",
            "high_label": "sehr",
            "required": True,
        },
        {"kind": QuestionKind.TEXT, "text": "Was wünschen Sie sich?"},
        {
            "kind": QuestionKind.MATRIX,
            "text": "Wie zufrieden sind Sie mit …",
            "options": "Kitas\nSchulen",
            "scale": "1-5",
        },
    ]
    for position, spec in enumerate(specs, start=1):
        Question.objects.create(survey=survey, municipality=municipality, position=position, **spec)
    return survey


def answer_data(survey, **overrides):
    """A complete, valid POST for the survey made by make_survey (a fresh form token)."""
    from kompass.surveys.answering import form_token

    q = {question.kind: question.pk for question in survey.questions.all()}
    data = {
        "token": form_token(survey),
        f"q{q['single']}": "1",
        f"q{q['multiple']}": ["0", "2"],
        f"q{q['scale']}": "4",
        f"q{q['text']}": "Mehr Treffpunkte im Stadtteil.",
        f"q{q['matrix']}_r0": "5",
        f"q{q['matrix']}_r1": "3",
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def survey(world):
    return make_survey(world.town)
