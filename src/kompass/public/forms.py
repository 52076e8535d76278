from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from kompass.core.forms import DateInput, OptimisticLockFormMixin
from kompass.indicators.models import Indicator

from .models import PublicSite

FIELDSETS = [
    (_("Public site"), ["enabled"]),
    (
        _("Contact"),
        ["contact_office", "contact_person", "contact_email", "contact_phone", "contact_address"],
    ),
    (_("Imprint and privacy"), ["imprint_url", "privacy_url"]),
    (
        _("Accessibility statement"),
        [
            "conformity",
            "barriers",
            "alternatives",
            "statement_prepared_on",
            "statement_reviewed_on",
            "assessment_method",
            "feedback_contact",
            "enforcement_body",
        ],
    ),
    (_("Progress page"), ["show_measures", "indicators"]),
]


class TelInput(forms.TextInput):
    input_type = "tel"


def _formfield(db_field, **kwargs):
    """Addresses typed without a scheme are taken as https (the default of Django 6)."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class PublicSiteForm(OptimisticLockFormMixin, forms.ModelForm):
    """The public site's settings; the indicators are those of the version in force."""

    class Meta:
        formfield_callback = _formfield
        model = PublicSite
        fields = [name for _title, names in FIELDSETS for name in names]
        widgets = {
            "contact_phone": TelInput(),
            "contact_address": forms.Textarea(attrs={"rows": 3}),
            "barriers": forms.Textarea(attrs={"rows": 4}),
            "alternatives": forms.Textarea(attrs={"rows": 3}),
            "feedback_contact": forms.Textarea(attrs={"rows": 3}),
            "enforcement_body": forms.Textarea(attrs={"rows": 2}),
            "statement_prepared_on": DateInput(),
            "statement_reviewed_on": DateInput(),
            "indicators": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, version=None, selected_ids=(), enforcement_default="", **kwargs):
        super().__init__(*args, **kwargs)
        indicators = self.fields["indicators"]
        indicators.queryset = (
            Indicator.objects.filter(version=version).order_by("field__position", "name", "pk")
            if version is not None
            else Indicator.objects.none()
        )
        indicators.help_text = _(
            "Indicators of the adopted version in force, shown with chart and data table."
        )
        if not self.is_bound:
            self.initial["indicators"] = sorted(selected_ids)
        if enforcement_default:
            self.fields["enforcement_body"].widget.attrs["placeholder"] = enforcement_default

    def fieldsets(self):
        return [(title, [self[name] for name in names]) for title, names in FIELDSETS]
