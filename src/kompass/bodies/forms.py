from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from kompass.actors.models import Actor
from kompass.concepts.models import ConceptVersion
from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.tenancy.access import scoped
from kompass.tenancy.forms import MunicipalityOwnedForm

from .models import Body, BodyMembership, Resolution, ResolutionKind


class BodyForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    class Meta:
        model = Body
        fields = ["kind", "name", "seats", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class MembershipRowForm(forms.ModelForm):
    class Meta:
        model = BodyMembership
        fields = ["person_name", "user", "function", "organisation", "actor", "since", "until"]
        widgets = {"since": DateInput, "until": DateInput}
        help_texts = {"person_name": "", "function": "", "organisation": ""}


class BaseMembershipFormSet(forms.BaseInlineFormSet):
    """The members of a body; choices are loaded once for all rows."""

    def __init__(self, *args, municipality, **kwargs):
        self.municipality = municipality
        users = (
            get_user_model()
            .objects.filter(memberships__municipality=municipality)
            .order_by("last_name", "first_name", "username")
        )
        self.user_choices = [("", "---------")] + [
            (u.pk, u.get_full_name() or u.get_username()) for u in users
        ]
        self.user_queryset = users
        self.actor_choices = [("", "---------")] + list(
            scoped(Actor, municipality).values_list("pk", "name")
        )
        super().__init__(*args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        form.instance.municipality = self.municipality
        self._limit(form)
        return form

    def _limit(self, form):
        form.fields["user"].choices = self.user_choices
        form.fields["user"].queryset = self.user_queryset
        form.fields["actor"].choices = self.actor_choices
        form.fields["actor"].queryset = scoped(Actor, self.municipality)

    @property
    def empty_form(self):
        form = super().empty_form
        self._limit(form)
        return form


MembershipFormSet = forms.inlineformset_factory(
    Body,
    BodyMembership,
    form=MembershipRowForm,
    formset=BaseMembershipFormSet,
    extra=3,
    can_delete=True,
)


class ResolutionForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    paper_url = forms.URLField(
        label=Resolution._meta.get_field("paper_url").verbose_name,
        help_text=Resolution._meta.get_field("paper_url").help_text,
        required=False,
        assume_scheme="https",
        max_length=500,
    )

    class Meta:
        model = Resolution
        fields = [
            "body",
            "date",
            "subject",
            "kind",
            "outcome",
            "votes_yes",
            "votes_no",
            "votes_abstain",
            "concept_version",
            "reference",
            "paper_url",
            "notes",
        ]
        widgets = {"date": DateInput, "notes": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "votes_yes": _("Leave the three vote fields empty if the votes were not counted."),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.fields["body"].queryset = scoped(Body, municipality)
        self.fields["concept_version"].queryset = scoped(
            ConceptVersion.objects.select_related("concept"), municipality
        )


class OParlForm(forms.Form):
    url = forms.CharField(
        label=_("Address of the OParl paper"),
        max_length=500,
        help_text=_(
            "The address of the paper in the OParl interface of the council information system, "
            "e.g. https://ris.example/oparl/v1.1/paper/4711"
        ),
    )


class SubmissionForm(forms.Form):
    """What the draft council submission is for; the requested decision can be edited."""

    occasion = forms.ChoiceField(
        label=_("Occasion"),
        choices=[
            (ResolutionKind.START, _("Start of the process")),
            (ResolutionKind.ADOPTION, _("Adoption of the concept")),
        ],
    )
    version = forms.ModelChoiceField(ConceptVersion.objects.none(), label=_("Concept version"))
    body = forms.ModelChoiceField(
        Body.objects.none(),
        label=_("Body deciding"),
        required=False,
        empty_label=_("not yet known"),
    )
    decision = forms.CharField(
        label=_("Proposed decision (Beschlussvorschlag)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=4000,
        required=False,
        help_text=_("Leave empty for the standard wording; you can edit it before generating."),
    )

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["version"].queryset = scoped(
            ConceptVersion.objects.select_related("concept"), municipality
        )
        self.fields["body"].queryset = scoped(Body, municipality)
