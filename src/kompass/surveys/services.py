"""Operations on surveys: questions, translations, anonymous responses, contributions."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.core.services import ChildRows, child_rows_save, object_save

from .models import Answer, Response, Survey, SurveyStatus
from .selectors import contributions_of_answers


@transaction.atomic
def survey_questions_save(*, survey: Survey, questions: ChildRows, acting_user) -> None:
    """Save the new, changed and removed questions; positions are renumbered 1, 2, 3 … in the
    order chosen."""
    child_rows_save(questions, parent=survey, fk="survey", acting_user=acting_user)
    questions = list(survey.questions.order_by("position", "pk"))
    for position, question in enumerate(questions, start=1):
        if question.position != position:
            question.position = position
            question._history_user = acting_user
            question.save(update_fields=["position"])


@transaction.atomic
def survey_translation_save(
    *, survey: Survey, language: str, survey_texts: dict, question_texts: dict, acting_user
) -> None:
    """Store the texts of one further language for the survey and each of its questions."""
    survey.translations = {**survey.translations, language: survey_texts}
    survey._history_user = acting_user
    survey.save(update_fields=["translations"])
    for question in survey.questions.all():
        if question.pk in question_texts:
            question.translations = {**question.translations, language: question_texts[question.pk]}
            question._history_user = acting_user
            question.save(update_fields=["translations"])


@transaction.atomic
def survey_set_status(*, survey: Survey, status: str, expected_lock_version, acting_user) -> Survey:
    """Open or close a survey; only a survey with questions can be opened."""
    if status == SurveyStatus.OPEN and not survey.questions.exists():
        raise ValidationError(_("A survey without questions cannot be opened."))
    survey.status = status
    return object_save(
        survey,
        acting_user=acting_user,
        expected_lock_version=expected_lock_version,
        update_fields=["status"],
    )


@transaction.atomic
def response_submit(*, survey: Survey, language: str, answers: list[dict]) -> Response:
    """Store one anonymous response: the day and the language, and the answer values.

    Nothing about the person is passed in, so nothing about the person can be stored.
    """
    if not survey.accepts_answers():
        raise ValidationError(_("This survey does not accept answers."))
    response = Response.objects.create(
        survey=survey,
        municipality_id=survey.municipality_id,
        submitted_on=timezone.localdate(),
        language=language,
    )
    Answer.objects.bulk_create(Answer(response=response, **values) for values in answers)
    return response


@transaction.atomic
def answers_to_contributions(*, survey: Survey, answers, version, acting_user) -> list:
    """Turn free-text answers into contributions (source: survey answer) of a concept version.

    Each contribution keeps its answer as origin, so the answer links to what became of it
    and an answer is never turned into two contributions.
    """
    from kompass.participation.models import ContributionSource
    from kompass.participation.services import contribution_create

    if version.municipality_id != survey.municipality_id:
        raise ValidationError(_("The concept version belongs to another municipality."))
    answers = [a for a in answers if a.question.survey_id == survey.pk and a.text]
    done = contributions_of_answers(a.pk for a in answers)
    created = []
    for answer in answers:
        if answer.pk in done:
            continue
        created.append(
            contribution_create(
                version=version,
                text=answer.text,
                source=ContributionSource.SURVEY,
                acting_user=acting_user,
                origin=answer,
            )
        )
    return created
