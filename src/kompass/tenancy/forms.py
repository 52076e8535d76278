from django import forms

from kompass.analysis.models import District
from kompass.concepts.models import TargetGroup
from kompass.core.forms import LocalizedNumbersMixin

from .models import OrgUnit


class MunicipalityOwnedForm(LocalizedNumbersMixin, forms.ModelForm):
    """A form for an object that belongs directly to the municipality of the URL."""

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality

    def _get_validation_exclusions(self):
        # municipality is not a form field, but the (municipality, code/name) constraints must be checked.
        return super()._get_validation_exclusions() - {"municipality"}


class OrgUnitForm(MunicipalityOwnedForm):
    class Meta:
        model = OrgUnit
        fields = ["name", "short_name", "kind"]


class DistrictForm(MunicipalityOwnedForm):
    class Meta:
        model = District
        fields = ["code", "name", "population"]
        localized_fields = ["population"]


class TargetGroupForm(MunicipalityOwnedForm):
    class Meta:
        model = TargetGroup
        fields = ["name", "category", "often_hard_to_reach"]
