from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import FieldCatalogueEntry
from kompass.tenancy.forms import MunicipalityOwnedForm

from .models import AnalysisItem


class AnalysisItemForm(MunicipalityOwnedForm):
    class Meta:
        model = AnalysisItem
        fields = ["kind", "title", "description", "fields", "source", "position"]
        widgets = {
            "fields": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        self.fields["fields"].queryset = FieldCatalogueEntry.objects.available_to(municipality)


class SuggestionForm(forms.Form):
    """Pick factors from the suggestions of seed 004 that apply here."""

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["picked"] = forms.MultipleChoiceField(
            label=_("Suggestions"), choices=choices, widget=forms.CheckboxSelectMultiple
        )


class ChartYearForm(forms.Form):
    """Which year a district chart shows (a GET form that works without JavaScript)."""

    jahr = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jahr"].choices = [(year, str(year)) for year in years]


class DistrictMapForm(ChartYearForm):
    """Which indicator and year the district map shows."""

    indikator = forms.TypedChoiceField(label=_("Indicator"), coerce=int, required=False)
    field_order = ["indikator", "jahr"]

    def __init__(self, *args, indicators, years, **kwargs):
        super().__init__(*args, years=years, **kwargs)
        self.fields["indikator"].choices = [(i.pk, i.name) for i in indicators]


def chosen(form: forms.Form, name: str, allowed, default):
    """The value the person chose in a GET form, if it is one of ``allowed``; else ``default``."""
    if form.is_valid() and form.cleaned_data.get(name) in allowed:
        return form.cleaned_data[name]
    return default
