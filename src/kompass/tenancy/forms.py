from django import forms

from kompass.core.forms import LocalizedNumbersMixin


class MunicipalityOwnedForm(LocalizedNumbersMixin, forms.ModelForm):
    """A form for an object that belongs directly to the municipality of the URL."""

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality

    def _get_validation_exclusions(self):
        # municipality is not a form field, but the (municipality, code/name) constraints must be checked.
        return super()._get_validation_exclusions() - {"municipality"}
