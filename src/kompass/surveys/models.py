"""Surveys (Befragungen): questions in several languages and anonymous responses.

Anonymity is a property of the tables, not only of the pages: a response stores the survey,
the day it arrived and the language it was answered in – no user, no IP address, no
session, no cookie value, no time of day. Answers are stored one row per chosen option,
scale value or matrix row, so that the results are counted by the database.
"""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.concepts.models import ConceptVersion
from kompass.tenancy.models import Municipality

from .languages import GERMAN, LANGUAGES


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    SCALE = "scale", _("Scale")
    TEXT = "text", _("Free text")
    MATRIX = "matrix", _("Matrix (rows × scale)")


class ScaleRange(models.TextChoices):
    ONE_TO_FIVE = "1-5", _("1 to 5")
    ZERO_TO_TEN = "0-10", _("0 to 10")


SCALE_BOUNDS = {ScaleRange.ONE_TO_FIVE: (1, 5), ScaleRange.ZERO_TO_TEN: (0, 10)}
CHOICE_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE}
SCALE_KINDS = {QuestionKind.SCALE, QuestionKind.MATRIX}


def new_public_token() -> str:
    return secrets.token_urlsafe(9)


def lines(text: str) -> list[str]:
    """The non-empty lines of a text field, stripped: options and matrix rows."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class Survey(models.Model):
    """A Befragung of a municipality, offered in German and optionally further languages."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="surveys")
    concept_version = models.ForeignKey(
        ConceptVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("concept version"),
        help_text=_("Optional: the version of the concept this survey informs."),
    )
    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the questions: what the survey is for and how long it takes."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SurveyStatus.choices, default=SurveyStatus.DRAFT
    )
    opens_on = models.DateField(
        _("open from"), null=True, blank=True, help_text=_("Leave empty to open at once.")
    )
    closes_on = models.DateField(
        _("open until"),
        null=True,
        blank=True,
        help_text=_("Last day on which answers are accepted; leave empty for no end date."),
    )
    languages = models.JSONField(
        _("further languages"),
        default=list,
        blank=True,
        help_text=_(
            "German is always offered; the texts of further languages are entered separately."
        ),
    )
    # {"en": {"title": ..., "intro": ...}, ...}
    translations = models.JSONField(default=dict, blank=True, editable=False)
    public_token = models.CharField(
        _("public address code"), max_length=20, unique=True, default=new_public_token
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(excluded_fields=["translations"])

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError(
                {"closes_on": _("The end date lies before the start date.")}, code="dates"
            )
        unknown = [code for code in self.languages if code not in LANGUAGES or code == GERMAN]
        if unknown:
            raise ValidationError({"languages": _("Unknown language.")}, code="language")

    @property
    def offered_languages(self) -> list:
        """German first, then the further languages in the order of the catalogue."""
        return [
            lang for code, lang in LANGUAGES.items() if code == GERMAN or code in self.languages
        ]

    def accepts_answers(self, today: datetime.date | None = None) -> bool:
        """A survey takes answers while it is open and today lies within its dates."""
        return self.answer_state(today) == "open"

    def answer_state(self, today: datetime.date | None = None) -> str:
        """draft, not_yet, open or closed – what the public answer page shows."""
        today = today or timezone.localdate()
        if self.status == SurveyStatus.DRAFT:
            return "draft"
        if self.status == SurveyStatus.CLOSED or (self.closes_on and today > self.closes_on):
            return "closed"
        if self.opens_on and today < self.opens_on:
            return "not_yet"
        return "open"

    def text(self, field: str, code: str) -> str:
        """A survey text in a language, German where the translation is missing."""
        if code != GERMAN:
            translated = (self.translations.get(code) or {}).get(field, "")
            if translated:
                return translated
        return getattr(self, field)


class Question(models.Model):
    """One question: choice, scale, free text or a matrix of rows sharing one scale."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    kind = models.CharField(_("kind"), max_length=10, choices=QuestionKind.choices)
    text = models.CharField(_("question"), max_length=500)
    help_text = models.CharField(_("note"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=False)
    options = models.TextField(
        _("options or matrix rows"),
        blank=True,
        help_text=_("One per line: the options of a choice question, or the rows of a matrix."),
    )
    scale = models.CharField(
        _("scale"), max_length=5, choices=ScaleRange.choices, default=ScaleRange.ONE_TO_FIVE
    )
    low_label = models.CharField(
        _("label of the lowest value"), max_length=80, blank=True, help_text=_("e.g. “not at all”")
    )
    high_label = models.CharField(
        _("label of the highest value"), max_length=80, blank=True, help_text=_("e.g. “very much”")
    )
    # {"en": {"text": ..., "help_text": ..., "options": [...], "low_label": ..., "high_label": ...}}
    translations = models.JSONField(default=dict, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["translations"])

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["survey", "position", "pk"]

    def __str__(self):
        return self.text

    def clean(self):
        if self.kind in CHOICE_KINDS and len(lines(self.options)) < 2:
            raise ValidationError(
                {"options": _("A choice question needs at least two options, one per line.")},
                code="options",
            )
        if self.kind == QuestionKind.MATRIX and len(lines(self.options)) < 1:
            raise ValidationError(
                {"options": _("A matrix needs at least one row, one per line.")}, code="rows"
            )
        if len(set(lines(self.options))) != len(lines(self.options)):
            raise ValidationError({"options": _("Each line may appear only once.")}, code="dupes")

    @property
    def option_list(self) -> list[str]:
        return lines(self.options)

    @property
    def scale_values(self) -> list[int]:
        low, high = SCALE_BOUNDS[self.scale]
        return list(range(low, high + 1))

    @property
    def has_options(self) -> bool:
        return self.kind in CHOICE_KINDS or self.kind == QuestionKind.MATRIX

    @property
    def has_scale(self) -> bool:
        return self.kind in SCALE_KINDS

    def translated(self, code: str) -> dict:
        """Texts in a language, each falling back to German where it is not translated."""
        german = {
            "text": self.text,
            "help_text": self.help_text,
            "options": self.option_list,
            "low_label": self.low_label,
            "high_label": self.high_label,
        }
        if code == GERMAN:
            return german
        own = self.translations.get(code) or {}
        options = own.get("options") or []
        return {
            "text": own.get("text") or german["text"],
            "help_text": own.get("help_text") or german["help_text"],
            "options": options if len(options) == len(german["options"]) else german["options"],
            "low_label": own.get("low_label") or german["low_label"],
            "high_label": own.get("high_label") or german["high_label"],
        }


class Response(models.Model):
    """One anonymous submission. Deliberately without user, IP address, session or time of day."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    submitted_on = models.DateField(_("submitted on"), default=timezone.localdate)
    language = models.CharField(_("language"), max_length=5, default=GERMAN)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["pk"]
        indexes = [models.Index(fields=["survey", "submitted_on"])]

    def __str__(self):
        return _("Response %(number)s") % {"number": self.pk}


class Answer(models.Model):
    """One answer value: a chosen option, a scale value, a matrix row's value, or a free text.

    ``value`` is the option's index (choice questions) or the scale value; ``row`` is the
    matrix row's index. A multiple choice gives one row per option ticked.
    """

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    row = models.PositiveSmallIntegerField(null=True, blank=True)
    value = models.SmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["response", "question", "row", "value"]
        indexes = [models.Index(fields=["question", "row", "value"])]

    def __str__(self):
        return self.text or f"{self.question_id}/{self.row}/{self.value}"
