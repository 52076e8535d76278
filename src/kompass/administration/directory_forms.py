"""Forms of the instance administration: the directory upload and filter, a new municipality."""

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import LocalizedNumbersMixin
from kompass.core.uploads import TEXT, ZIP, UploadField
from kompass.regions.models import DirectoryImport, Level
from kompass.tenancy.models import Land, Municipality, MunicipalityKind

DIRECTORY_TYPES = {".zip": (ZIP,), ".txt": TEXT, ".asc": TEXT}


class DirectoryUploadForm(forms.Form):
    file = UploadField(
        types=DIRECTORY_TYPES,
        max_bytes=DirectoryImport.MAX_BYTES,
        label=_("Municipality directory (GV100AD)"),
        help_text=_(
            "The file GV100AD_….txt (or .asc) of the Federal Statistical Office, or the ZIP "
            "archive it comes in."
        ),
    )


class DirectoryFilterForm(forms.Form):
    query = forms.CharField(label=_("Name or key"), required=False, max_length=100)
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("all levels")), *Level.choices]
    )
    land = forms.ChoiceField(
        label=_("Land"), required=False, choices=[("", _("all Länder")), *Land.choices]
    )


class DirectoryKeyForm(forms.Form):
    key = forms.RegexField(
        label=_("AGS or county key"),
        regex=r"^\s*(\d{5}|\d{8})\s*$",
        max_length=20,
        error_messages={"invalid": _("Enter an AGS of 8 digits or a county key of 5 digits.")},
        help_text=_(
            "8 digits for a Gemeinde or Stadt (e.g. 06438001), 5 digits for a Landkreis or a "
            "kreisfreie Stadt (e.g. 06438)."
        ),
    )

    def clean_key(self):
        return self.cleaned_data["key"].strip()


class MunicipalityCreateForm(LocalizedNumbersMixin, forms.ModelForm):
    class Meta:
        model = Municipality
        fields = ["name", "slug", "kind", "ags", "ars", "land", "population", "parent_county"]
        localized_fields = ["population"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent_county"].queryset = Municipality.objects.filter(
            kind=MunicipalityKind.LANDKREIS
        )

    def clean_ags(self):
        ags = self.cleaned_data["ags"]
        existing = Municipality.objects.filter(ags=ags).first() if ags else None
        if existing:
            raise forms.ValidationError(
                _("“%(name)s” already has this AGS."), params={"name": existing.name}
            )
        return ags
