"""The forms of the municipality's own lists: units, districts, its own target groups."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.analysis.geojson import MAX_CHARS as MAX_SHAPE_BYTES
from kompass.analysis.geojson import validate_district_shape
from kompass.analysis.models import District
from kompass.concepts.models import TargetGroup
from kompass.tenancy.forms import MunicipalityOwnedForm
from kompass.tenancy.models import OrgUnit


class OrgUnitForm(MunicipalityOwnedForm):
    class Meta:
        model = OrgUnit
        fields = ["name", "short_name", "kind"]


class DistrictForm(MunicipalityOwnedForm):
    shape_file = forms.FileField(
        label=_("Shape file (GeoJSON)"),
        required=False,
        help_text=_(
            "Optional: a .geojson file with the district's outline (Polygon or MultiPolygon, WGS 84)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".geojson,.json,application/geo+json"}),
    )
    remove_shape = forms.BooleanField(label=_("Remove the stored shape"), required=False)

    class Meta:
        model = District
        fields = ["code", "name", "population"]
        localized_fields = ["population"]

    def clean_shape_file(self):
        upload = self.cleaned_data.get("shape_file")
        if not upload:
            return None
        raw = upload.read(MAX_SHAPE_BYTES + 1)
        if len(raw) > MAX_SHAPE_BYTES:
            raise forms.ValidationError(_("The shape is larger than 2 MB."))
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("GeoJSON files must be UTF-8 text.")) from None
        return validate_district_shape(text)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("shape_file"):
            self.instance.geojson = cleaned["shape_file"]
        elif cleaned.get("remove_shape"):
            self.instance.geojson = ""
        return cleaned


class TargetGroupForm(MunicipalityOwnedForm):
    class Meta:
        model = TargetGroup
        fields = ["name", "category", "often_hard_to_reach"]
