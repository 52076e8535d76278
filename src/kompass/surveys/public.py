"""The public answer page: /oeffentlich/<municipality>/umfragen/<code>/ — no account needed.

What this page deliberately does not do:

- store anything about the respondent: no user, no IP address, no session, no time of day
  (see models.Response);
- set a cookie: no session is touched (no ``messages``, no login), and Django's CSRF cookie
  is replaced by a signed, time-limited form token (``answering.form_token``). CSRF
  protects the ambient authority of a logged-in browser; an anonymous answer has none,
  so the token's job is only to bind a submission to a form rendered for this survey;
- remember the chosen language in a cookie: it travels in the address (``?sprache=en``).

Flooding is limited per client and per survey in the cache only (``ratelimit``); a
honeypot field catches simple robots, which are thanked and ignored.
"""

from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from kompass.tenancy.models import Municipality
from kompass.tenancy.public import PublicPage, enabled_site

from . import ratelimit, services
from .answering import AnswerForm, form_token, token_is_valid
from .languages import GERMAN, phrases
from .models import Survey, SurveyStatus


def _public_survey(municipality_slug: str, token: str) -> Survey:
    """A survey that is not a draft, of the municipality in the address; 404 otherwise."""
    municipality = get_object_or_404(Municipality, slug=municipality_slug)
    survey = get_object_or_404(
        Survey.objects.select_related("municipality").exclude(status=SurveyStatus.DRAFT),
        municipality=municipality,
        public_token=token,
    )
    return survey


def _language(request, survey):
    offered = {lang.code: lang for lang in survey.offered_languages}
    code = request.POST.get("sprache") or request.GET.get("sprache") or GERMAN
    return offered.get(code, offered[GERMAN])


def public_page(survey, language) -> PublicPage:
    """The frame of the public layout for a survey page: its languages and its note."""
    return PublicPage(
        survey.municipality,
        requested=language.code,
        languages=survey.offered_languages,
        site=enabled_site(survey.municipality),
        footer_note=phrases(language.code)["anonymous"],
    )


def _render(request, template, context, **kwargs):
    """Render a public survey page in the public layout, which reads ``request.public``."""
    request.public = public_page(context["survey"], context["language"])
    return render(request, template, context, **kwargs)


def _context(survey, language, **extra):
    return {
        "municipality": survey.municipality,
        "survey": survey,
        "language": language,
        "offered": survey.offered_languages,
        "phrases": phrases(language.code),
        "title": survey.text("title", language.code),
        "intro": survey.text("intro", language.code),
        **extra,
    }


@csrf_exempt
@never_cache
def answer(request, municipality, token):
    survey = _public_survey(municipality, token)
    language = _language(request, survey)
    state = survey.answer_state()
    if state != "open":
        return _render(
            request, "surveys/public_closed.html", _context(survey, language, state=state)
        )
    questions = list(survey.questions.order_by("position", "pk"))
    form = AnswerForm(request.POST or None, questions=questions, language=language)
    expired = False
    if request.method == "POST":
        if ratelimit.is_limited(request, survey):
            return _render(
                request, "surveys/public_limited.html", _context(survey, language), status=429
            )
        ratelimit.count_submission(request, survey)
        thanks = reverse("public_survey_thanks", args=[municipality, token])
        thanks += f"?sprache={language.code}" if language.code != GERMAN else ""
        if form.is_spam:
            return redirect(thanks)  # robots are thanked and ignored
        expired = not token_is_valid(request.POST.get("token", ""), survey)
        if not expired and form.is_valid():
            services.response_submit(
                survey=survey, language=language.code, answers=form.answer_values()
            )
            return redirect(thanks)
    form.initial["token"] = form_token(survey)
    if form.is_bound:
        # a fresh token with the answers kept, so that the person can simply send again
        form.data = form.data.copy()
        form.data["token"] = form.initial["token"]
    return _render(
        request,
        "surveys/public_answer.html",
        _context(survey, language, form=form, expired=expired, questions=questions),
    )


@never_cache
def thanks(request, municipality, token):
    survey = _public_survey(municipality, token)
    return _render(
        request, "surveys/public_thanks.html", _context(survey, _language(request, survey))
    )
