from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.concepts.forms import VersionScopedForm
from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin

from .models import AmountKind, BudgetLine, Measure, MeasureStatus, Milestone


def check_done_has_full_progress(form, status, progress):
    if status == MeasureStatus.DONE and progress is not None and progress < 100:
        form.add_error("progress", _("A completed measure has a progress of 100 %."))


class MeasureForm(OptimisticLockFormMixin, VersionScopedForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "field",
            "goals",
            "description",
            "responsible_unit",
            "partners",
            "measure_type",
            "novelty",
            "target_groups",
            "districts",
            "start_date",
            "end_date",
            "staff_hours",
            "status",
            "progress",
            "position",
        ]
        widgets = {
            "start_date": DateInput,
            "end_date": DateInput,
            "goals": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "districts": forms.CheckboxSelectMultiple,
            "partners": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        data = super().clean()
        check_done_has_full_progress(self, data.get("status"), data.get("progress"))
        return data


class BudgetLineForm(LocalizedNumbersMixin, forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = [
            "year",
            "funding_source",
            "funding_programme",
            "amount_kind",
            "planned_amount",
            "spent_amount",
            "funding_period_end",
            "proof_of_use_due",
        ]
        widgets = {"funding_period_end": DateInput, "proof_of_use_due": DateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Forms and imports that know nothing of the kind state the amount, as before.
        self.fields["amount_kind"].required = False

    def clean(self):
        data = super().clean()
        if not self.has_error("amount_kind"):
            data["amount_kind"] = data.get("amount_kind") or AmountKind.STATED
        probe = BudgetLine(
            amount_kind=data.get("amount_kind") or AmountKind.STATED,
            planned_amount=data.get("planned_amount"),
        )
        if "amount_kind" in data and not self.has_error("planned_amount"):
            for name, message in probe.amount_errors().items():
                self.add_error(name, message)
        return data


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_date", "done_on"]
        widgets = {"due_date": DateInput, "done_on": DateInput}


BudgetLineFormSet = forms.inlineformset_factory(
    Measure, BudgetLine, form=BudgetLineForm, extra=1, can_delete=True
)
MilestoneFormSet = forms.inlineformset_factory(
    Measure, Milestone, form=MilestoneForm, extra=1, can_delete=True
)


class MeasureProgressForm(OptimisticLockFormMixin, forms.ModelForm):
    """What a responsible unit may change: status, progress and a note."""

    class Meta:
        model = Measure
        fields = ["status", "progress", "status_note"]
        widgets = {"status_note": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        data = super().clean()
        check_done_has_full_progress(self, data.get("status"), data.get("progress"))
        return data


class SpendingForm(LocalizedNumbersMixin, forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = ["spent_amount"]


SpendingFormSet = forms.modelformset_factory(
    BudgetLine, form=SpendingForm, extra=0, can_delete=False, edit_only=True
)


class MilestoneDoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["done_on"]
        widgets = {"done_on": DateInput}


MilestoneDoneFormSet = forms.modelformset_factory(
    Milestone, form=MilestoneDoneForm, extra=0, can_delete=False, edit_only=True
)
