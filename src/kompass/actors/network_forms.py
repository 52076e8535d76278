"""Forms of the network analysis: a survey, and many relations entered at once."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.tenancy.access import scoped
from kompass.tenancy.forms import MunicipalityOwnedForm

from .models import Actor, ActorRelation, NetworkSurvey, relation_key

EXTRA_ROWS = 12


class NetworkSurveyForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    class Meta:
        model = NetworkSurvey
        fields = ["title", "surveyed_on", "method", "notes"]
        widgets = {"surveyed_on": DateInput, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        if not self.instance.pk:
            self.fields["copy_from"] = forms.ModelChoiceField(
                scoped(NetworkSurvey, municipality),
                label=_("Copy the relations of"),
                required=False,
                empty_label=_("none – start empty"),
                help_text=_(
                    "A workshop can start from the earlier survey and record only what changed."
                ),
            )


class RelationRowForm(forms.ModelForm):
    class Meta:
        model = ActorRelation
        fields = ["source", "target", "kind", "strength", "note"]


class BaseRelationFormSet(forms.BaseModelFormSet):
    """All rows of a survey: checked together and saved all or nothing."""

    def __init__(self, *args, survey, actor_choices, **kwargs):
        self.survey = survey
        self.actor_choices = actor_choices
        super().__init__(*args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.survey = self.survey
        form.instance.municipality_id = self.survey.municipality_id
        for name in ("source", "target"):
            # one query for the choices of every row, not two per row
            form.fields[name].choices = self.actor_choices
            form.fields[name].queryset = scoped(Actor, self.survey.municipality)
        return form

    @property
    def empty_form(self):
        form = super().empty_form
        for name in ("source", "target"):
            form.fields[name].choices = self.actor_choices
        return form

    def clean(self):
        super().clean()
        seen = {}
        errors = []
        for number, form in enumerate(self.forms, start=1):
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            data = form.cleaned_data
            source, target, kind = data.get("source"), data.get("target"), data.get("kind")
            if not (source and target and kind):
                continue
            if source == target:
                form.add_error("target", _("An actor cannot have a relation with itself."))
                continue
            key = relation_key(source.pk, target.pk, kind)
            if key in seen:
                errors.append(
                    _("Row %(row)s repeats the relation of row %(first)s.")
                    % {"row": number, "first": seen[key]}
                )
            else:
                seen[key] = number
        if errors:
            raise ValidationError(errors)


RelationFormSet = forms.modelformset_factory(
    ActorRelation,
    form=RelationRowForm,
    formset=BaseRelationFormSet,
    extra=EXTRA_ROWS,
    can_delete=True,
)


def actor_choices(municipality) -> list[tuple]:
    """The select options for the relation rows: every actor of the municipality, one query."""
    return [("", "---------")] + [
        (pk, name) for pk, name in scoped(Actor, municipality).values_list("pk", "name")
    ]


class CompareForm(forms.Form):
    """Which survey to show and which earlier one to compare it with (GET)."""

    def __init__(self, *args, surveys, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(s.pk, f"{s.title} ({s.surveyed_on:%d.%m.%Y})") for s in surveys]
        self.fields["erhebung"] = forms.TypedChoiceField(
            label=_("Survey"), choices=choices, coerce=int, required=False
        )
        self.fields["vergleich"] = forms.TypedChoiceField(
            label=_("Compare with"),
            choices=[("", _("no comparison"))] + choices,
            coerce=int,
            required=False,
            empty_value=None,
        )
