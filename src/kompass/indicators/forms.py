from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from kompass.analysis.models import District
from kompass.concepts.forms import VersionScopedForm
from kompass.concepts.models import FieldOfAction, Goal
from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin

from .models import Indicator, IndicatorCatalogueEntry, IndicatorValue, ValueFlag


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


def value_for_flag(value: Decimal | None, flag: str) -> Decimal | None:
    """The value a note allows, for every place where people enter values.

    "Nothing there" is a true zero: an empty value becomes 0 and any other number is refused.
    Notes that stand for a missing number ("no value published", "secret", …) keep the value
    empty. Raises a ValidationError with the message for the value field.
    """
    if flag == ValueFlag.NOTHING:
        if value is None:
            return Decimal(0)
        if value != 0:
            raise ValidationError(
                _("“%(flag)s” means zero: enter 0 or leave the value empty.")
                % {"flag": ValueFlag.NOTHING.label}
            )
        return value
    if flag in ValueFlag.without_value() and value is not None:
        raise ValidationError(
            _("A value marked as '%(flag)s' must stay empty.") % {"flag": ValueFlag(flag).label}
        )
    return value


class IndicatorValueForm(LocalizedNumbersMixin, forms.ModelForm):
    class Meta:
        model = IndicatorValue
        fields = ["year", "reference_date", "value", "flag", "district", "group", "source"]
        widgets = {"reference_date": DateInput}
        help_texts = {
            "flag": _(
                "“Nothing there” is a true zero (“-” in official tables): the value is 0 and "
                "may be left empty. “No value published” and the other reasons for a missing "
                "number keep the value empty; charts and the status show a gap, never a zero."
            )
        }

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
        # "nothing there" fills in its zero; the model checks the notes without a number
        if data.get("flag") == ValueFlag.NOTHING and "value" in data:
            try:
                data["value"] = value_for_flag(data["value"], ValueFlag.NOTHING)
            except ValidationError as error:
                self.add_error("value", error)
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


class CatalogueAdoptForm(forms.Form):
    """Which catalogue indicators to adopt into a version, and where they belong in it."""

    entries = forms.ModelMultipleChoiceField(
        queryset=IndicatorCatalogueEntry.objects.all(),
        label=_("Catalogue indicators"),
        error_messages={"required": _("Please choose at least one indicator from the catalogue.")},
    )
    field = forms.ModelChoiceField(
        queryset=FieldOfAction.objects.none(),
        required=False,
        label=_("Field of action"),
        empty_label=_("(no field of action)"),
    )
    goal = forms.ModelChoiceField(
        queryset=Goal.objects.none(),
        required=False,
        label=_("Goal"),
        empty_label=_("(no goal: context indicators)"),
        help_text=_(
            "With a goal, the new indicators measure that goal; without, they are context "
            "indicators for the monitoring."
        ),
    )

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.version = version
        self.fields["field"].queryset = FieldOfAction.objects.filter(version=version)
        self.fields["goal"].queryset = Goal.objects.filter(version=version)

    def clean(self):
        data = super().clean()
        field, goal = data.get("field"), data.get("goal")
        if field and goal and goal.field_id != field.pk:
            self.add_error("goal", _("The goal belongs to another field of action."))
        return data

    def selected_ids(self) -> set[str]:
        """The entries ticked in the submitted form, to keep them ticked when it is shown again."""
        return set(self.data.getlist("entries")) if self.is_bound else set()
