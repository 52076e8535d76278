"""Builder forms: the survey, its questions (a formset), and the texts of each further language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import ConceptVersion
from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.tenancy.access import scoped
from kompass.tenancy.forms import MunicipalityOwnedForm

from .languages import FURTHER_LANGUAGE_CHOICES
from .models import Question, QuestionKind, Survey, SurveyStatus, lines


class SurveyForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    languages = forms.MultipleChoiceField(
        label=_("Further languages"),
        choices=FURTHER_LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "German is always offered. Enter the texts of each further language on the "
            "survey's page; untranslated texts are shown in German."
        ),
    )

    class Meta:
        model = Survey
        fields = ["title", "intro", "concept_version", "status", "opens_on", "closes_on"]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 4}),
            "opens_on": DateInput,
            "closes_on": DateInput,
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.fields["concept_version"].queryset = scoped(
            ConceptVersion.objects.select_related("concept"), municipality
        )
        self.fields["languages"].initial = self.instance.languages
        field_order = ["title", "intro", "concept_version", "languages", "status"]
        self.order_fields(field_order)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == SurveyStatus.OPEN
            and self.instance.pk
            and not self.instance.questions.exists()
        ):
            self.add_error("status", _("A survey without questions cannot be opened."))
        elif cleaned.get("status") == SurveyStatus.OPEN and not self.instance.pk:
            self.add_error("status", _("Add the questions first; then open the survey."))
        self.instance.languages = list(cleaned.get("languages") or [])
        return cleaned


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "position",
            "kind",
            "text",
            "help_text",
            "required",
            "options",
            "scale",
            "low_label",
            "high_label",
        ]
        widgets = {
            "options": forms.Textarea(attrs={"rows": 4}),
            "text": forms.TextInput(attrs={"class": "input--wide"}),
            "position": forms.NumberInput(attrs={"class": "input--narrow", "min": 1}),
        }
        help_texts = {
            "options": _(
                "Choice questions: one option per line. Matrix: one row per line; all rows share "
                "the scale below."
            ),
            "scale": _("Scale and matrix questions only."),
        }


class BaseQuestionFormSet(forms.BaseInlineFormSet):
    """The questions of a survey. Once answers exist, only the wording may change.

    Answers store the index of an option and the scale value; adding or removing options,
    questions or scale points afterwards would change what the stored answers mean.
    """

    def __init__(self, *args, municipality, **kwargs):
        self.municipality = municipality
        super().__init__(*args, **kwargs)
        self.locked = bool(self.instance.pk and self.instance.responses.exists())
        if self.locked:
            self.extra = 0
            self.can_delete = False

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.municipality = self.municipality
        return form

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        for number, form in enumerate(self.forms, start=1):
            if not form.has_changed() and not form.instance.pk:
                continue
            data = form.cleaned_data
            if not data or data.get("DELETE"):
                continue
            if self.locked:
                self._check_structure_kept(number, form)

    def _check_structure_kept(self, number, form):
        original = form.instance
        if not original.pk:
            form.add_error(None, _("The survey has answers: no questions can be added."))
            return
        stored = Question.objects.get(pk=original.pk)
        data = form.cleaned_data
        changed = (
            data["kind"] != stored.kind
            or (stored.has_scale and data["scale"] != stored.scale)
            or (stored.has_options and len(lines(data["options"])) != len(stored.option_list))
        )
        if changed:
            form.add_error(
                None,
                _(
                    "Question %(number)s: the survey has answers, so its kind, scale and number "
                    "of options or rows can no longer change – only their wording."
                )
                % {"number": number},
            )


QuestionFormSet = forms.inlineformset_factory(
    Survey,
    Question,
    form=QuestionForm,
    formset=BaseQuestionFormSet,
    extra=2,
    can_delete=True,
)


class TranslationForm(forms.Form):
    """The texts of a survey in one further language, question by question.

    Options and matrix rows are entered one per line in the same order as in German;
    a question whose lines do not match keeps its German options and is refused.
    """

    def __init__(self, *args, survey, questions, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey, self.questions, self.language = survey, questions, language
        own = survey.translations.get(language.code) or {}
        attrs = {"lang": language.html_lang, "dir": language.direction}
        self.fields["title"] = forms.CharField(
            label=_("Title"),
            max_length=200,
            required=False,
            initial=own.get("title", ""),
            help_text=survey.title,
            widget=forms.TextInput(attrs=attrs),
        )
        self.fields["intro"] = forms.CharField(
            label=_("Introduction"),
            required=False,
            initial=own.get("intro", ""),
            widget=forms.Textarea(attrs={**attrs, "rows": 3}),
        )
        self.groups = []
        for number, question in enumerate(questions, start=1):
            texts = question.translations.get(language.code) or {}
            names = []

            def add(name, field, _q=question, _names=names):
                key = f"q{_q.pk}_{name}"
                self.fields[key] = field
                _names.append(key)

            add(
                "text",
                forms.CharField(
                    label=_("Question"),
                    max_length=500,
                    required=False,
                    initial=texts.get("text", ""),
                    help_text=question.text,
                    widget=forms.TextInput(attrs={**attrs, "class": "input--wide"}),
                ),
            )
            add(
                "help_text",
                forms.CharField(
                    label=_("Note"),
                    max_length=300,
                    required=False,
                    initial=texts.get("help_text", ""),
                    help_text=question.help_text,
                    widget=forms.TextInput(attrs=attrs),
                ),
            )
            if question.has_options:
                add(
                    "options",
                    forms.CharField(
                        label=_("Options or rows, one per line")
                        if question.kind != QuestionKind.MATRIX
                        else _("Matrix rows, one per line"),
                        required=False,
                        initial="\n".join(texts.get("options", [])),
                        help_text=" · ".join(question.option_list),
                        widget=forms.Textarea(attrs={**attrs, "rows": 4}),
                    ),
                )
            if question.has_scale:
                for end, german in (
                    ("low_label", question.low_label),
                    ("high_label", question.high_label),
                ):
                    add(
                        end,
                        forms.CharField(
                            label=_("Label of the lowest value")
                            if end == "low_label"
                            else _("Label of the highest value"),
                            max_length=80,
                            required=False,
                            initial=texts.get(end, ""),
                            help_text=german,
                            widget=forms.TextInput(attrs=attrs),
                        ),
                    )
            self.groups.append((number, question, names))

    def grouped_fields(self):
        """(number, German question, bound fields) for the template."""
        for number, question, names in self.groups:
            yield number, question, [self[name] for name in names]

    def clean(self):
        cleaned = super().clean()
        for number, question, names in self.groups:
            key = f"q{question.pk}_options"
            if key not in names:
                continue
            given = lines(cleaned.get(key, ""))
            expected = len(question.option_list)
            if given and len(given) != expected:
                self.add_error(
                    key,
                    _(
                        "Question %(number)s: %(expected)s lines are needed, as in German; "
                        "%(given)s were entered."
                    )
                    % {"number": number, "expected": expected, "given": len(given)},
                )
        return cleaned

    def translations(self) -> tuple[dict, dict]:
        """The survey's texts and each question's texts in this language, ready to store."""
        data = self.cleaned_data
        survey_texts = {"title": data["title"].strip(), "intro": data["intro"].strip()}
        question_texts = {}
        for _number, question, names in self.groups:
            texts = {}
            for key in names:
                name = key.split("_", 1)[1]
                value = data.get(key, "")
                texts[name] = lines(value) if name == "options" else value.strip()
            question_texts[question.pk] = texts
        return survey_texts, question_texts


class ContributionsForm(forms.Form):
    """Turn chosen free-text answers into contributions of a concept version."""

    answers = forms.MultipleChoiceField(
        label=_("Free-text answers"), widget=forms.CheckboxSelectMultiple
    )
    version = forms.ModelChoiceField(
        ConceptVersion.objects.none(),
        label=_("Concept version"),
        help_text=_("The contributions are triaged with this version's goals and measures."),
    )

    def __init__(self, *args, municipality, answer_choices, initial_version=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answers"].choices = answer_choices
        self.fields["version"].queryset = scoped(
            ConceptVersion.objects.select_related("concept"), municipality
        )
        self.fields["version"].initial = initial_version
