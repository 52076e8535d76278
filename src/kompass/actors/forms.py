from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.analysis.models import District
from kompass.concepts.models import FieldCatalogueEntry, TargetGroup
from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.core.uploads import TABLE_TYPES, UploadField
from kompass.tenancy.access import scoped
from kompass.tenancy.forms import MunicipalityOwnedForm

from .models import Actor, ActorType, Offer, RegisterImport

CHOICE_WIDGETS = {
    "fields": forms.CheckboxSelectMultiple,
    "districts": forms.CheckboxSelectMultiple,
    "target_groups": forms.CheckboxSelectMultiple,
    "description": forms.Textarea(attrs={"rows": 4}),
}


def _limit_choices(form, municipality):
    """Catalogue choices: shipped entries plus the municipality's own; districts of this town."""
    form.fields["fields"].queryset = FieldCatalogueEntry.objects.available_to(municipality)
    form.fields["target_groups"].queryset = TargetGroup.objects.available_to(municipality)
    form.fields["districts"].queryset = scoped(District, municipality)


def _website_field(model):
    return forms.URLField(
        label=model._meta.get_field("website").verbose_name,
        required=False,
        assume_scheme="https",
        max_length=200,
    )


class ActorForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    website = _website_field(Actor)

    class Meta:
        model = Actor
        fields = [
            "name",
            "actor_type",
            "description",
            "street",
            "postcode",
            "city",
            "email",
            "phone",
            "website",
            "fields",
            "districts",
            "target_groups",
            "languages",
            "active",
        ]
        widgets = CHOICE_WIDGETS
        help_texts = {"email": _("Contact details of the organisation, not of private persons.")}

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        _limit_choices(self, municipality)


class OfferForm(OptimisticLockFormMixin, MunicipalityOwnedForm):
    website = _website_field(Offer)

    class Meta:
        model = Offer
        fields = [
            "title",
            "provider",
            "description",
            "fields",
            "target_groups",
            "districts",
            "languages",
            "venue",
            "contact",
            "website",
            "free_of_charge",
            "cost_note",
            "schedule",
            "start_date",
            "end_date",
            "accessibility",
            "active",
        ]
        widgets = {
            **CHOICE_WIDGETS,
            "start_date": DateInput,
            "end_date": DateInput,
            "accessibility": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, municipality=municipality, **kwargs)
        _limit_choices(self, municipality)
        self.fields["provider"].queryset = scoped(Actor, municipality)


class _FilterForm(forms.Form):
    """A GET filter: every field optional, invalid values are ignored."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"] = forms.ModelChoiceField(
            FieldCatalogueEntry.objects.available_to(municipality),
            label=_("Field of action"),
            required=False,
            empty_label=_("all"),
        )
        self.fields["district"] = forms.ModelChoiceField(
            scoped(District, municipality),
            label=_("District"),
            required=False,
            empty_label=_("all"),
        )
        self.fields["target_group"] = forms.ModelChoiceField(
            TargetGroup.objects.available_to(municipality),
            label=_("Target group"),
            required=False,
            empty_label=_("all"),
        )

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}


class ActorFilterForm(_FilterForm):
    actor_type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("all")), *ActorType.choices],
    )
    field_order = ["q", "actor_type"]


class OfferFilterForm(_FilterForm):
    free_only = forms.BooleanField(label=_("free of charge only"), required=False)
    field_order = ["q", "field", "district", "target_group", "free_only"]


class GapFilterForm(forms.Form):
    ROWS = [
        ("concept", _("fields of action of the concept")),
        ("all", _("all catalogue fields")),
    ]

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_group"] = forms.ModelChoiceField(
            TargetGroup.objects.available_to(municipality),
            label=_("Target group"),
            required=False,
            empty_label=_("all target groups"),
        )
        self.fields["rows"] = forms.ChoiceField(label=_("Rows"), choices=self.ROWS, required=False)


class RegisterUploadForm(forms.Form):
    file = UploadField(
        types=TABLE_TYPES,
        max_bytes=RegisterImport.MAX_BYTES,
        label=_("File (CSV or Excel)"),
        help_text=_(
            "A .csv file (UTF-8 or Latin-1, separated by semicolons or commas) or an .xlsx "
            "file with a header row; up to 5 MB."
        ),
    )
