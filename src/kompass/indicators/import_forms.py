from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Indicator

MAX_UPLOAD = 200 * 1024 * 1024


class StatisticsUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Statistics file (CSV)"),
        help_text=_(
            "GENESIS-Online or Regionaldatenbank download: table CSV or flat file (ffcsv), "
            "UTF-8 or Latin-1, up to 200 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 200 MB."))
        return upload


class SeriesMappingForm(forms.Form):
    """One choice per series of the file: which indicator of the version receives its values."""

    def __init__(self, *args, series, version, **kwargs):
        super().__init__(*args, **kwargs)
        indicators = Indicator.objects.filter(version=version).order_by("name")
        self.series = series
        for item in series:
            label = item.variable + (f" – {item.group}" if item.group else "")
            self.fields[f"series_{item.key}"] = forms.ModelChoiceField(
                queryset=indicators,
                required=False,
                label=label,
                empty_label=_("— do not import —"),
            )

    def mapping(self) -> dict:
        return {
            name.removeprefix("series_"): indicator
            for name, indicator in self.cleaned_data.items()
            if indicator is not None
        }

    def rows(self):
        return [(item, self[f"series_{item.key}"]) for item in self.series]
