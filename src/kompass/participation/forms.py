"""Forms of participation: events, their documentation, cards, contributions and decisions."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import Goal, TargetGroup
from kompass.core.forms import OptimisticLockFormMixin
from kompass.core.uploads import DOCUMENT_TYPES, MB, UploadField
from kompass.measures.models import Measure

from .models import (
    Contribution,
    ContributionKind,
    EventDocument,
    Outcome,
    ParticipationEvent,
    ParticipationFormat,
    ParticipationLevel,
)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class EventForm(OptimisticLockFormMixin, forms.ModelForm):
    class Meta:
        model = ParticipationEvent
        fields = [
            "format",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "accessibility",
            "languages",
            "interpreting",
            "childcare",
            "invitation_text",
            "invitation_easy_language",
            "invited_target_groups",
            "structure_notes",
            "published",
        ]
        widgets = {
            "starts_at": DateTimeInput,
            "ends_at": DateTimeInput,
            "invited_target_groups": forms.CheckboxSelectMultiple,
            "accessibility": forms.Textarea(attrs={"rows": 3}),
            "invitation_text": forms.Textarea(attrs={"rows": 5}),
            "invitation_easy_language": forms.Textarea(attrs={"rows": 5}),
            "structure_notes": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["format"].queryset = ParticipationFormat.objects.filter(
            municipality__isnull=True
        ) | ParticipationFormat.objects.filter(municipality=municipality)
        self.fields["invited_target_groups"].queryset = TargetGroup.objects.available_to(
            municipality
        )
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"]

    def clean(self):
        data = super().clean()
        start, end = data.get("starts_at"), data.get("ends_at")
        if start and end and end < start:
            self.add_error("ends_at", _("The end must not be before the beginning."))
        return data


class EventDocumentationForm(OptimisticLockFormMixin, forms.Form):
    """Participants, level, documentation and one anonymous count per target group."""

    participant_count = forms.IntegerField(
        label=_("Number of participants"), min_value=0, required=False
    )
    level = forms.TypedChoiceField(
        label=_("Participation level"),
        choices=[("", "—"), *ParticipationLevel.choices],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_(
            "How much influence did participants have? From Mitbestimmung upwards the event is "
            "participation in the full sense."
        ),
    )
    documentation = forms.CharField(
        label=_("Documentation"), widget=forms.Textarea(attrs={"rows": 6}), required=False
    )

    def __init__(self, *args, event, groups, **kwargs):
        self.instance = event
        super().__init__(*args, **kwargs)
        self.groups = list(groups)
        counts = {r.target_group_id: r.count for r in event.reach.all()}
        invited = {g.pk for g in event.invited_target_groups.all()}
        self.initial.update(
            participant_count=event.participant_count,
            level=event.level,
            documentation=event.documentation,
        )
        for group in self.groups:
            name = f"reach_{group.pk}"
            self.fields[name] = forms.IntegerField(
                label=group.name,
                min_value=0,
                required=False,
                help_text=_("invited") if group.pk in invited else "",
                widget=forms.NumberInput(attrs={"class": "input--short"}),
            )
            self.initial[name] = counts.get(group.pk)

    def reach_fields(self):
        return [self[f"reach_{g.pk}"] for g in self.groups]

    def base_fields_bound(self):
        return [self["participant_count"], self["level"], self["documentation"]]

    def counts(self) -> dict:
        return {
            group: self.cleaned_data[f"reach_{group.pk}"]
            for group in self.groups
            if self.cleaned_data.get(f"reach_{group.pk}") is not None
        }


class EventDocumentForm(forms.ModelForm):
    file = UploadField(
        types=DOCUMENT_TYPES,
        max_bytes=20 * MB,
        label=_("file"),
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, text, PNG or JPEG; up to 20 MB. Only "
            "members of the municipality can open it. Photos: only with the consent of the "
            "people shown."
        ),
    )

    class Meta:
        model = EventDocument
        fields = ["kind", "title", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the file name.")

    def clean(self):
        data = super().clean()
        if data.get("file") and not data.get("title"):
            data["title"] = Path(data["file"].name).stem[:300]
        return data


class CardsForm(forms.Form):
    text = forms.CharField(
        label=_("Cards, one per line"),
        widget=forms.Textarea(attrs={"rows": 18, "class": "cards-input", "spellcheck": "true"}),
        max_length=200_000,
    )


class ContributionForm(forms.ModelForm):
    """An online contribution entered by staff (e.g. an e-mail or a letter, without its sender)."""

    class Meta:
        model = Contribution
        fields = ["event", "kind", "field", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = version.participation_events.all()
        self.fields["event"].required = False
        self.fields["field"].queryset = version.fields.all()
        self.fields["text"].help_text = _(
            "Only the content: no names, addresses or other details of the person."
        )


def target_choices(version):
    """Goals and measures of a version as one grouped choice list (“g12”, “m34”)."""
    goals = Goal.objects.filter(version=version).order_by("field__position", "level", "position")
    measures = Measure.objects.filter(version=version).order_by("position", "pk")
    return [
        ("", "—"),
        (_("Goals"), [(f"g{g.pk}", str(g)[:90]) for g in goals]),
        (_("Measures"), [(f"m{m.pk}", str(m)[:90]) for m in measures]),
    ]


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=Outcome.choices)
    target = forms.ChoiceField(label=_("Goal or measure"), required=False)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        help_text=_("What became of it, or why not – the public reads this."),
    )

    def __init__(self, *args, version, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.fields["target"].choices = choices if choices is not None else target_choices(version)

    def clean(self):
        data = super().clean()
        value = data.get("target") or ""
        data["goal"] = data["measure"] = None
        if value:
            model = Goal if value[0] == "g" else Measure
            try:
                data["goal" if model is Goal else "measure"] = model.objects.get(
                    version=self.version, pk=int(value[1:])
                )
            except (model.DoesNotExist, ValueError):
                self.add_error("target", _("Please choose a goal or measure of this version."))
        return data


class MergeForm(forms.Form):
    into = forms.IntegerField(
        label=_("Merge into contribution no."),
        min_value=1,
        help_text=_("The number of the contribution that stays; this one is absorbed into it."),
    )


class PublicContributionForm(forms.Form):
    text = forms.CharField(
        label=_("Your contribution"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Please do not write names, addresses or other personal details."),
    )
    kind = forms.ChoiceField(
        label=_("What kind of contribution is it?"),
        choices=[("", _("no answer")), *ContributionKind.choices],
        required=False,
    )
    # A honeypot: hidden from people, filled in by robots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)


class CodeLookupForm(forms.Form):
    code = forms.CharField(
        label=_("Reference code"),
        max_length=20,
        help_text=_("The 8 characters you received after sending your contribution."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
