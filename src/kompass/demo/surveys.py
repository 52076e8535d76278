"""Musterstadt's surveys: the closed residents' survey of spring 2023 with 200 generated
anonymous responses (German, English, Turkish, Arabic), and a short open survey.

The texts are in ``data/musterstadt/surveys.yaml``. Built through the same services as the
UI (``survey_questions_save`` like the builder, answers through ``response_submit``); the
answer values follow fixed, plausible distributions drawn with a seeded random generator, so
every demo load gives the same figures. Invented throughout.
"""

import datetime
import random

from kompass.core.services import ChildRows, object_save
from kompass.surveys.models import Question, Response, Survey, SurveyStatus
from kompass.surveys.services import response_submit, survey_questions_save, survey_set_status

from .content import DISTRICTS, read

RESPONSES = 200
SEED = 2023
SURVEYS = read("musterstadt/surveys")

LANGUAGE_WEIGHTS = [("de", 80), ("en", 8), ("tr", 7), ("ar", 5)]


def _weighted(rng, weights):
    return rng.choices(range(len(weights)), weights=weights)[0]


def _scale(rng, low, high, centre, spread=1.1):
    return max(low, min(high, round(rng.gauss(centre, spread))))


def _survey(municipality, spec, *, acting_user, **extra):
    """A survey in draft with its questions, saved like the survey builder saves them."""
    survey = object_save(
        Survey(
            municipality=municipality,
            title=spec["title"],
            intro=spec["intro"],
            status=SurveyStatus.DRAFT,
            languages=spec["languages"],
            translations=spec["translations"],
            **extra,
        ),
        acting_user=acting_user,
    )
    district_names = [name for _code, name, _population in DISTRICTS]
    questions = [
        Question(
            municipality=municipality,
            position=position,
            kind=question["kind"],
            text=question["text"],
            required=question.get("required", False),
            options="\n".join(
                district_names
                if question.get("options") == "districts"
                else question.get("options", [])
            ),
            scale=question.get("scale", "1-5"),
            low_label=question.get("low_label", ""),
            high_label=question.get("high_label", ""),
            translations=question["translations"],
        )
        for position, question in enumerate(spec["questions"], start=1)
    ]
    survey_questions_save(
        survey=survey, questions=ChildRows(changed=questions), acting_user=acting_user
    )
    return survey, questions


def _answers(rng, questions, district_weights, spec):
    """One respondent's answers, drawn from plausible distributions."""
    residence, district, comfort, services, satisfaction, volunteer, improve, first = questions
    answers = []
    duration = _weighted(rng, [14, 33, 38, 15])
    answers.append({"question": residence, "value": duration})
    if rng.random() < 0.9:
        answers.append({"question": district, "value": _weighted(rng, district_weights)})
    answers.append({"question": comfort, "value": _scale(rng, 1, 5, 3.7 + 0.15 * duration)})
    known = [0.46 if duration < 2 else 0.2, 0.3 if duration < 2 else 0.12, 0.28, 0.45, 0.6, 0.33]
    answers += [
        {"question": services, "value": index}
        for index, share in enumerate(known)
        if rng.random() < share
    ]
    if rng.random() < 0.85:
        centres = [3.1, 3.5, 3.3, 2.6, 2.4]
        for row, centre in enumerate(centres):
            if rng.random() < 0.93:
                answers.append(
                    {"question": satisfaction, "row": row, "value": _scale(rng, 1, 5, centre)}
                )
    if rng.random() < 0.8:
        answers.append({"question": volunteer, "value": _scale(rng, 0, 10, 4.6, 2.6)})
    if rng.random() < 0.45:
        answers.append({"question": improve, "text": rng.choice(spec["improve"])})
    if rng.random() < 0.3:
        answers.append({"question": first, "text": rng.choice(spec["first"])})
    return answers


def build_residents_survey(municipality, *, version, acting_user):
    """The closed survey of spring 2023 with its 200 responses."""
    spec = SURVEYS["residents"]
    start = datetime.date.fromisoformat(spec["opens_on"])
    end = datetime.date.fromisoformat(spec["closes_on"])
    survey, questions = _survey(
        municipality,
        spec,
        acting_user=acting_user,
        concept_version=version,
        opens_on=start,
        closes_on=end,
    )
    # Answers are taken while the survey is open; the dates are those of spring 2023.
    survey.opens_on = survey.closes_on = None
    survey_set_status(
        survey=survey, status=SurveyStatus.OPEN, expected_lock_version=0, acting_user=acting_user
    )
    rng = random.Random(SEED)
    district_weights = [population for _code, _name, population in DISTRICTS]
    codes, weights = zip(*LANGUAGE_WEIGHTS, strict=True)
    dates = {}
    for _number in range(RESPONSES):
        language = rng.choices(codes, weights=weights)[0]
        response = response_submit(
            survey=survey,
            language=language,
            answers=_answers(rng, questions, district_weights, spec),
        )
        # many answers in the first days after the launch, fewer later
        day = start + datetime.timedelta(days=min((end - start).days, int(rng.expovariate(1 / 9))))
        dates.setdefault(day, []).append(response.pk)
    for day, pks in dates.items():
        Response.objects.filter(pk__in=pks).update(submitted_on=day)
    survey_set_status(
        survey=survey,
        status=SurveyStatus.CLOSED,
        expected_lock_version=survey.lock_version,
        acting_user=acting_user,
    )
    Survey.objects.filter(pk=survey.pk).update(opens_on=start, closes_on=end)
    return survey


def build_welcome_survey(municipality, *, acting_user, today):
    """A short open survey after the welcome days, with a few answers so far."""
    spec = SURVEYS["welcome"]
    survey, (scale, topics, remark) = _survey(
        municipality,
        spec,
        acting_user=acting_user,
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=30),
    )
    survey_set_status(
        survey=survey, status=SurveyStatus.OPEN, expected_lock_version=0, acting_user=acting_user
    )
    rng = random.Random(SEED + 1)
    remarks = spec["remarks"]
    for number in range(12):
        answers = [{"question": scale, "value": _scale(rng, 1, 5, 4.1, 0.8)}]
        answers += [{"question": topics, "value": i} for i in range(5) if rng.random() < 0.4]
        if number < len(remarks):
            answers.append({"question": remark, "text": remarks[number]})
        response_submit(
            survey=survey, language=rng.choice(["de", "de", "uk", "ls", "en"]), answers=answers
        )
    return survey


def build_surveys(municipality, *, acting_user, today=None):
    """Both demo surveys of Musterstadt."""
    from django.utils import timezone

    from kompass.concepts.models import ConceptVersion

    version = ConceptVersion.objects.filter(municipality=municipality).order_by("number").first()
    build_residents_survey(municipality, version=version, acting_user=acting_user)
    build_welcome_survey(municipality, acting_user=acting_user, today=today or timezone.localdate())
