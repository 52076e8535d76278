from decimal import Decimal

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kompass.analysis.models import AnalysisItem
from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin
from kompass.tenancy.models import OrgUnit

from .catalogue import TEMPLATES
from .models import (
    FACTOR_KINDS,
    CommunicationItem,
    FacilitatorContract,
    Process,
    ProcessBudgetLine,
    ProcessMilestone,
    ProcessPhase,
    ProcessStep,
    ProcessTask,
    StepStatus,
)


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username


def members_of(municipality):
    return (
        get_user_model()
        .objects.filter(memberships__municipality=municipality, is_active=True)
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class ProcessStartForm(LocalizedNumbersMixin, forms.Form):
    template = forms.ChoiceField(
        label=_("Template"),
        widget=forms.RadioSelect,
        choices=[(t.key, f"{t.name} – {t.summary}") for t in TEMPLATES.values()],
        help_text=_("You can adapt every phase, step, milestone and task afterwards."),
    )
    start_date = forms.DateField(label=_("Start"), widget=DateInput)
    duration_months = forms.IntegerField(
        label=_("Duration in months"),
        min_value=1,
        max_value=60,
        initial=12,
        help_text=_("The planned dates of the steps are spread over this time."),
    )
    budget_total = forms.DecimalField(
        label=_("Process budget (EUR)"),
        required=False,
        min_value=Decimal("0"),
        max_digits=12,
        decimal_places=2,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("start_date", timezone.localdate())
        super().__init__(*args, **kwargs)


class ProcessPartForm(OptimisticLockFormMixin, LocalizedNumbersMixin, forms.ModelForm):
    """A form for a process or one of its parts: every choice comes from the same process
    (phases, steps) or municipality (people, units, factors)."""

    def __init__(self, *args, process, **kwargs):
        super().__init__(*args, **kwargs)
        municipality = process.municipality
        if "phase" in self.fields:
            self.fields["phase"].queryset = ProcessPhase.objects.filter(process=process)
        if "step" in self.fields:
            self.fields["step"].queryset = ProcessStep.objects.filter(process=process)
        if "owner_user" in self.fields:
            field = self.fields["owner_user"]
            self.fields["owner_user"] = PersonChoiceField(
                queryset=members_of(municipality),
                required=False,
                label=field.label,
                help_text=_("Receives reminders of due tasks by e-mail."),
            )
        if "owner_unit" in self.fields:
            self.fields["owner_unit"].queryset = OrgUnit.objects.in_municipality(municipality)
        if "factors" in self.fields:
            self.fields["factors"].queryset = AnalysisItem.objects.filter(
                municipality=municipality, kind__in=FACTOR_KINDS
            )


class ProcessForm(ProcessPartForm):
    class Meta:
        model = Process
        fields = ["start_date", "budget_total", "notes", "factors"]
        widgets = {
            "start_date": DateInput,
            "notes": forms.Textarea(attrs={"rows": 4}),
            "factors": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "factors": _(
                "Supporting and hindering factors of the situation analysis; new ones are "
                "added on the analysis page."
            )
        }


class PhaseForm(ProcessPartForm):
    class Meta:
        model = ProcessPhase
        fields = ["position", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class StepForm(ProcessPartForm):
    class Meta:
        model = ProcessStep
        fields = [
            "position",
            "title",
            "phase",
            "description",
            "planned_start",
            "planned_end",
            "status",
            "done_on",
        ]
        widgets = {
            "planned_start": DateInput,
            "planned_end": DateInput,
            "done_on": DateInput,
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"done_on": _("Filled in with today's date when left empty.")}

    def clean(self):
        data = super().clean()
        if data.get("status") == StepStatus.DONE and not data.get("done_on"):
            data["done_on"] = timezone.localdate()
        return data


class MilestoneForm(ProcessPartForm):
    class Meta:
        model = ProcessMilestone
        fields = ["title", "date", "step", "reached"]
        widgets = {"date": DateInput}


class TaskForm(ProcessPartForm):
    class Meta:
        model = ProcessTask
        fields = [
            "title",
            "step",
            "timing",
            "description",
            "owner_user",
            "owner_unit",
            "due_date",
            "status",
        ]
        widgets = {"due_date": DateInput, "description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"timing": _("Only for tasks that belong to no single step.")}


class TaskStatusForm(OptimisticLockFormMixin, forms.ModelForm):
    """What the owner of a task may change: its status."""

    class Meta:
        model = ProcessTask
        fields = ["status"]


class BudgetLineForm(ProcessPartForm):
    class Meta:
        model = ProcessBudgetLine
        fields = ["item", "year", "amount", "funding", "funding_programme"]


class ContractForm(ProcessPartForm):
    class Meta:
        model = FacilitatorContract
        fields = [
            "provider",
            "scope",
            "days",
            "day_rate",
            "total_cost",
            "period_start",
            "period_end",
        ]
        widgets = {
            "period_start": DateInput,
            "period_end": DateInput,
            "scope": forms.Textarea(attrs={"rows": 4}),
        }

    def clean(self):
        data = super().clean()
        if data.get("total_cost") is None and not self.has_error("total_cost"):
            days, rate = data.get("days"), data.get("day_rate")
            if days is not None and rate is not None:
                data["total_cost"] = (days * rate).quantize(Decimal("0.01"))
                self.instance.total_cost = data["total_cost"]
        return data


class CommunicationForm(ProcessPartForm):
    class Meta:
        model = CommunicationItem
        fields = [
            "title",
            "goal",
            "audience",
            "channel",
            "date",
            "owner_user",
            "owner_unit",
            "status",
            "notes",
        ]
        widgets = {"date": DateInput, "notes": forms.Textarea(attrs={"rows": 3})}
