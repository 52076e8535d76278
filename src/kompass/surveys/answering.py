"""The public answer form: built from a survey's questions in the respondent's language.

Field names carry the question's id (``q12``, matrix rows ``q12_r0``); the values are option
indexes and scale values, so the stored answers do not depend on the language answered in.
"""

from dataclasses import dataclass, field

from django import forms
from django.core import signing

from .languages import phrases
from .models import Question, QuestionKind

TOKEN_SALT = "kompass.surveys.answer-form"
# A form left open longer than this is refused (the answers stay on the page to resend).
TOKEN_MAX_AGE = 24 * 60 * 60
HONEYPOT = "website"
TEXT_MAX_LENGTH = 5000


def form_token(survey) -> str:
    """A signed, time-stamped token binding a submission to a form rendered for this survey.

    It replaces Django's CSRF cookie on the public page: there is no session or login a
    forged request could abuse, and the page sets no cookie at all.
    """
    return signing.dumps({"survey": survey.pk}, salt=TOKEN_SALT, compress=False)


def token_is_valid(token: str, survey) -> bool:
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return False
    return data.get("survey") == survey.pk


@dataclass
class QuestionBlock:
    """One question as the template renders it, with its bound fields in the chosen language."""

    number: int
    question: Question
    texts: dict
    fields: list = field(default_factory=list)  # bound fields (matrix: one per row)
    rows: list = field(default_factory=list)  # matrix: (row label, bound field)

    @property
    def kind(self) -> str:
        return self.question.kind

    @property
    def errors(self) -> list:
        return [error for bound in self.fields for error in bound.errors]

    @property
    def field_id(self) -> str:
        return f"question-{self.question.pk}"


class AnswerForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, questions, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        self.phrases = phrases(language.code)
        self.blocks = []
        self.fields[HONEYPOT] = forms.CharField(
            label=self.phrases["honeypot"],
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        for number, question in enumerate(questions, start=1):
            texts = question.translated(language.code)
            block = QuestionBlock(number, question, texts)
            name = f"q{question.pk}"
            required_error = {"required": self.phrases["please_answer"]}
            if question.kind == QuestionKind.MATRIX:
                scale = self._scale_choices(question, texts)
                for index, row_label in enumerate(texts["options"]):
                    row_name = f"{name}_r{index}"
                    self.fields[row_name] = forms.TypedChoiceField(
                        label=row_label,
                        choices=scale,
                        coerce=int,
                        required=question.required,
                        widget=forms.RadioSelect,
                        error_messages={"required": self.phrases["please_answer_row"]},
                    )
                    block.rows.append((row_label, self[row_name]))
                    block.fields.append(self[row_name])
            else:
                self.fields[name] = self._field(question, texts, required_error)
                block.fields.append(self[name])
            self.blocks.append(block)

    def _scale_choices(self, question, texts):
        values = question.scale_values
        choices = []
        for value in values:
            label = str(value)
            if value == values[0] and texts["low_label"]:
                label = f"{value} – {texts['low_label']}"
            elif value == values[-1] and texts["high_label"]:
                label = f"{value} – {texts['high_label']}"
            choices.append((value, label))
        return choices

    def _field(self, question, texts, required_error):
        common = {
            "label": texts["text"],
            "required": question.required,
            "error_messages": required_error,
        }
        options = list(enumerate(texts["options"]))
        if question.kind == QuestionKind.SINGLE:
            return forms.TypedChoiceField(
                choices=options, coerce=int, widget=forms.RadioSelect, **common
            )
        if question.kind == QuestionKind.MULTIPLE:
            return forms.TypedMultipleChoiceField(
                choices=options, coerce=int, widget=forms.CheckboxSelectMultiple, **common
            )
        if question.kind == QuestionKind.SCALE:
            return forms.TypedChoiceField(
                choices=self._scale_choices(question, texts),
                coerce=int,
                widget=forms.RadioSelect,
                **common,
            )
        return forms.CharField(
            max_length=TEXT_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 4}),
            strip=True,
            **common,
        )

    @property
    def is_spam(self) -> bool:
        """The honeypot field is invisible to people; only robots fill it in."""
        return bool(self.data.get(HONEYPOT, "").strip())

    def answer_values(self) -> list[dict]:
        """The answers as rows to store: question, matrix row, value or text."""
        rows = []
        for block in self.blocks:
            question = block.question
            name = f"q{question.pk}"
            if question.kind == QuestionKind.MATRIX:
                for index in range(len(block.rows)):
                    value = self.cleaned_data.get(f"{name}_r{index}")
                    if value not in (None, ""):
                        rows.append({"question": question, "row": index, "value": value})
            elif question.kind == QuestionKind.MULTIPLE:
                for value in sorted(set(self.cleaned_data.get(name) or [])):
                    rows.append({"question": question, "value": value})
            elif question.kind == QuestionKind.TEXT:
                if text := self.cleaned_data.get(name, ""):
                    rows.append({"question": question, "text": text})
            else:
                value = self.cleaned_data.get(name)
                if value not in (None, ""):
                    rows.append({"question": question, "value": value})
        return rows
