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
