from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.analysis.models import District
from kompass.concepts.forms import VersionScopedForm
from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin

from .models import Indicator, IndicatorValue


class IndicatorForm(OptimisticLockFormMixin, VersionScopedForm):
    class Meta:
        model = Indicator
        fields = [
            "name",
            "kind",
            "field",
            "goals",
            "definition",
            "unit",
            "numerator",
            "denominator",
            "direction",
            "data_source",
            "periodicity",
            "disaggregations",
            "responsible_unit",
            "baseline_value",
            "baseline_year",
            "target_value",
            "target_date",
            "tolerance_percent",
            "catalogue_code",
        ]
        widgets = {"target_date": DateInput, "goals": forms.CheckboxSelectMultiple}


class IndicatorValueForm(LocalizedNumbersMixin, forms.ModelForm):
    class Meta:
        model = IndicatorValue
        fields = ["year", "reference_date", "value", "flag", "district", "group", "source"]
        widgets = {"reference_date": DateInput}

    def __init__(self, *args, indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        self.fields["district"].queryset = District.objects.filter(
            municipality_id=indicator.municipality_id
        )
        if not self.instance.pk:
            self.instance.indicator = indicator
            self.instance.municipality_id = indicator.municipality_id

    def clean(self):
        data = super().clean()
        duplicates = IndicatorValue.objects.filter(
            indicator=self.indicator,
            year=data.get("year"),
            district=data.get("district"),
            group=data.get("group") or "",
            reference_date=data.get("reference_date"),
        ).exclude(pk=self.instance.pk)
        if data.get("year") and duplicates.exists():
            raise forms.ValidationError(
                _(
                    "There is already a value for this year, district and group. Please edit that value instead."
                )
            )
        return data
