from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin
from kompass.tenancy.models import OrgUnit

from .models import (
    Concept,
    ConceptVersion,
    FieldCatalogueEntry,
    FieldOfAction,
    Goal,
    GoalLevel,
    Guideline,
    TargetGroup,
    Vision,
)


class VersionScopedForm(LocalizedNumbersMixin, forms.ModelForm):
    """A form for a planning object of one version: choices come only from that version."""

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        municipality = version.municipality
        for field in self.fields.values():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is None:
                continue
            if model is OrgUnit:
                field.queryset = OrgUnit.objects.in_municipality(municipality)
            elif model in (TargetGroup, FieldCatalogueEntry):
                field.queryset = model.objects.available_to(municipality)
            elif any(f.name == "version" for f in model._meta.fields):
                field.queryset = field.queryset.filter(version=version)
            elif any(f.name == "municipality" for f in model._meta.fields):
                field.queryset = field.queryset.filter(municipality=municipality)
        if not self.instance.pk:
            self.instance.version = version
            self.instance.municipality = municipality


class ConceptCreateForm(forms.ModelForm):
    class Meta:
        model = Concept
        fields = ["title", "kind_label"]


class VersionForm(forms.ModelForm):
    class Meta:
        model = ConceptVersion
        fields = ["title", "period_start", "period_end"]

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end year must not be before the start year."))
        return data


class AdoptForm(forms.Form):
    adopted_on = forms.DateField(label=_("Adopted on"), widget=DateInput)
    adopting_resolution = forms.CharField(
        label=_("Adopting resolution"),
        max_length=300,
        help_text=_(
            "Body, date and reference, e.g. “Stadtverordnetenversammlung, Vorlage 2024/117”"
        ),
    )
    override_open_contributions = forms.BooleanField(
        label=_("Adopt although contributions still have no decision"), required=False
    )
    override_reason = forms.CharField(
        label=_("Reason for adopting despite open contributions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded with your name and the date."),
    )

    def __init__(self, *args, open_contributions: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        # the override is only offered while contributions wait for their answer
        if not open_contributions:
            del self.fields["override_open_contributions"]
            del self.fields["override_reason"]

    def clean(self):
        data = super().clean()
        if data.get("override_open_contributions") and not data.get("override_reason", "").strip():
            self.add_error(
                "override_reason",
                _("Please give a reason for adopting despite open contributions."),
            )
        return data


class VisionForm(VersionScopedForm):
    class Meta:
        model = Vision
        fields = ["title", "text", "local_narrative"]


class GuidelineForm(VersionScopedForm):
    class Meta:
        model = Guideline
        fields = ["position", "title", "text"]


class FieldOfActionForm(VersionScopedForm):
    class Meta:
        model = FieldOfAction
        fields = ["name", "catalogue_entry", "description", "priority", "lead_unit", "position"]


class GoalForm(OptimisticLockFormMixin, VersionScopedForm):
    class Meta:
        model = Goal
        fields = [
            "level",
            "title",
            "field",
            "parent",
            "description",
            "kind",
            "addressee",
            "target_groups",
            "guidelines",
            "target_date",
            "position",
        ]
        widgets = {
            "target_date": DateInput,
            "title": forms.Textarea(attrs={"rows": 2}),
            "target_groups": forms.CheckboxSelectMultiple,
            "guidelines": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(
            level=GoalLevel.OPERATIVE
        )
        if self.instance.pk:
            self.fields["parent"].queryset = self.fields["parent"].queryset.exclude(
                pk=self.instance.pk
            )

    def clean(self):
        data = super().clean()
        parent, level = data.get("parent"), data.get("level")
        if parent and not data.get("field") and parent.field_id:
            # a sub-goal sits in its parent's field unless told otherwise
            data["field"] = parent.field
            self.instance.field = parent.field
        if parent and level and parent.level >= level:
            self.add_error(
                "parent",
                _("The parent goal must be on a higher level (guiding → strategic → operative)."),
            )
        return data
