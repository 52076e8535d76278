"""The survey builder, results, export and the step from free texts to contributions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kompass.core.forms import formset_rows
from kompass.core.history import history_entries
from kompass.core.views import confirm_delete, render_form, save_form
from kompass.tenancy.access import get_object_in_municipality, municipality_view, scoped

from . import services
from .answering import AnswerForm
from .export import csv_response, xlsx_response
from .forms import ContributionsForm, QuestionFormSet, SurveyForm, TranslationForm
from .languages import GERMAN, LANGUAGES, phrases
from .models import Answer, QuestionKind, Survey, SurveyStatus
from .public import public_page
from .selectors import contributions_of_answers, survey_results

EDIT = "kompass.edit_surveys"


def _survey(municipality, pk) -> Survey:
    return get_object_in_municipality(
        Survey.objects.select_related("concept_version__concept"), municipality, pk=pk
    )


def _detail_url(survey) -> str:
    return reverse("survey_detail", args=[survey.municipality.slug, survey.pk])


def public_url(request, survey) -> str:
    return request.build_absolute_uri(
        reverse("public_survey", args=[survey.municipality.slug, survey.public_token])
    )


@municipality_view()
def survey_list(request, municipality):
    surveys = scoped(Survey, municipality).annotate(
        response_count=Count("responses", distinct=True),
        question_count=Count("questions", distinct=True),
    )
    return render(
        request,
        "surveys/survey_list.html",
        {
            "municipality": municipality,
            "surveys": surveys,
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view()
def survey_detail(request, municipality, pk):
    survey = _survey(municipality, pk)
    questions = list(survey.questions.order_by("position", "pk"))
    return render(
        request,
        "surveys/survey_detail.html",
        {
            "municipality": municipality,
            "survey": survey,
            "questions": questions,
            "response_count": survey.responses.count(),
            "public_url": public_url(request, survey),
            "answer_state": survey.answer_state(),
            "further_languages": [lang for lang in survey.offered_languages if lang.code != GERMAN],
            "history": history_entries(survey),
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def survey_edit(request, municipality, pk=None):
    survey = _survey(municipality, pk) if pk else None
    form = SurveyForm(request.POST or None, instance=survey, municipality=municipality)
    if request.method == "POST":
        saved = save_form(
            request,
            form,
            success_message=_("Saved."),
        )
        if saved:
            target = "survey_detail" if survey else "survey_questions"
            return redirect(target, municipality=municipality.slug, pk=saved.pk)
    return render_form(
        request,
        form=form,
        title=_("Edit survey") if survey else _("New survey"),
        intro=_(
            "Answers are anonymous: the public page stores no names, no IP addresses and no "
            "cookies. Open the survey when its questions and translations are complete."
        ),
        cancel_url=_detail_url(survey)
        if survey
        else reverse("survey_list", args=[municipality.slug]),
        obj=survey,
    )


@municipality_view(EDIT)
def survey_questions(request, municipality, pk):
    survey = _survey(municipality, pk)
    formset = QuestionFormSet(
        request.POST or None,
        instance=survey,
        municipality=municipality,
        prefix="questions",
        queryset=survey.questions.order_by("position", "pk"),
    )
    if request.method == "POST" and formset.is_valid():
        services.survey_questions_save(
            survey=survey, questions=formset_rows(formset), acting_user=request.user
        )
        messages.success(request, _("Saved."))
        if "preview" in request.POST:
            return redirect("survey_preview", municipality=municipality.slug, pk=survey.pk)
        return redirect("survey_questions", municipality=municipality.slug, pk=survey.pk)
    return render(
        request,
        "surveys/questions.html",
        {"municipality": municipality, "survey": survey, "formset": formset},
    )


def _language(code: str):
    language = LANGUAGES.get(code)
    if language is None:
        raise Http404
    return language


@municipality_view(EDIT)
def survey_translation(request, municipality, pk, language):
    survey = _survey(municipality, pk)
    language = _language(language)
    if language.code == GERMAN or language.code not in survey.languages:
        raise Http404
    questions = list(survey.questions.order_by("position", "pk"))
    form = TranslationForm(
        request.POST or None, survey=survey, questions=questions, language=language
    )
    if request.method == "POST" and form.is_valid():
        survey_texts, question_texts = form.translations()
        services.survey_translation_save(
            survey=survey,
            language=language.code,
            survey_texts=survey_texts,
            question_texts=question_texts,
            acting_user=request.user,
        )
        messages.success(request, _("Saved."))
        return redirect(_detail_url(survey))
    return render(
        request,
        "surveys/translation.html",
        {"municipality": municipality, "survey": survey, "language": language, "form": form},
    )


@municipality_view(EDIT)
def survey_preview(request, municipality, pk):
    """The answer page as respondents see it, in any offered language; nothing is saved."""
    survey = _survey(municipality, pk)
    offered = {lang.code: lang for lang in survey.offered_languages}
    language = offered.get(request.GET.get("sprache", GERMAN), offered[GERMAN])
    questions = list(survey.questions.order_by("position", "pk"))
    form = AnswerForm(questions=questions, language=language)
    request.public = public_page(survey, language)  # the public layout reads it
    return render(
        request,
        "surveys/public_answer.html",
        {
            "municipality": municipality,
            "survey": survey,
            "form": form,
            "language": language,
            "offered": survey.offered_languages,
            "phrases": phrases(language.code),
            "title": survey.text("title", language.code),
            "intro": survey.text("intro", language.code),
            "preview": True,
            "back_url": _detail_url(survey),
        },
    )


@municipality_view(EDIT)
@require_POST
def survey_status(request, municipality, pk):
    survey = _survey(municipality, pk)
    status = request.POST.get("status", "")
    if status not in SurveyStatus.values:
        raise Http404
    try:
        lock = int(request.POST.get("lock_version", ""))
    except ValueError:
        lock = None
    try:
        services.survey_set_status(
            survey=survey, status=status, expected_lock_version=lock, acting_user=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The survey is now “%(status)s”.") % {"status": survey.get_status_display()}
        )
    return redirect(_detail_url(survey))


@municipality_view(EDIT)
def survey_delete(request, municipality, pk):
    survey = _survey(municipality, pk)
    count = survey.responses.count()
    return confirm_delete(
        request,
        obj=survey,
        cancel_url=_detail_url(survey),
        success_url=reverse("survey_list", args=[municipality.slug]),
        extra_warning=_("Its %(count)s responses are deleted as well.") % {"count": count}
        if count
        else "",
    )


@municipality_view()
def survey_result_page(request, municipality, pk):
    survey = _survey(municipality, pk)
    total, results = survey_results(survey)
    return render(
        request,
        "surveys/results.html",
        {
            "municipality": municipality,
            "survey": survey,
            "total": total,
            "results": results,
            "can_edit": request.user.has_perm(EDIT, municipality),
        },
    )


@municipality_view(EDIT)
def survey_export(request, municipality, pk, fmt):
    survey = _survey(municipality, pk)
    if fmt == "csv":
        return csv_response(survey)
    if fmt == "xlsx":
        return xlsx_response(survey)
    raise Http404


@municipality_view(EDIT)
def survey_contributions(request, municipality, pk):
    """Choose free-text answers and turn them into contributions for triage."""
    survey = _survey(municipality, pk)
    answers = list(
        Answer.objects.filter(question__survey=survey, question__kind=QuestionKind.TEXT)
        .exclude(text="")
        .select_related("question")
        .order_by("question__position", "question_id", "pk")
    )
    done = contributions_of_answers(a.pk for a in answers)
    choices = [(str(a.pk), a.text) for a in answers if a.pk not in done]
    form = ContributionsForm(
        request.POST or None,
        municipality=municipality,
        answer_choices=choices,
        initial_version=survey.concept_version,
    )
    if request.method == "POST" and form.is_valid():
        chosen = {int(pk) for pk in form.cleaned_data["answers"]}
        try:
            with transaction.atomic():
                created = services.answers_to_contributions(
                    survey=survey,
                    answers=[a for a in answers if a.pk in chosen],
                    version=form.cleaned_data["version"],
                    acting_user=request.user,
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(count)s answers have been turned into contributions.")
                % {"count": len(created)},
            )
            return redirect("survey_contributions", municipality=municipality.slug, pk=survey.pk)
    groups = []
    for answer in answers:
        if not groups or groups[-1][0] != answer.question:
            groups.append((answer.question, []))
        groups[-1][1].append((answer, done.get(answer.pk)))
    return render(
        request,
        "surveys/contributions.html",
        {"municipality": municipality, "survey": survey, "form": form, "groups": groups},
    )
