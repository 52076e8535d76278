import datetime
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import ConceptVersion, VersionStatus
from kompass.core.forms import DateInput, LocalizedNumbersMixin, OptimisticLockFormMixin
from kompass.core.uploads import MB, WORKBOOK_TYPES, UploadField
from kompass.indicators.forms import value_for_flag
from kompass.indicators.models import ValueFlag
from kompass.measures.forms import check_done_has_full_progress
from kompass.measures.models import FundingSource, MeasureStatus

from .models import ReportingCycle
from .services import IndicatorReport, MeasureReport, indicator_lock_token


class CycleCreateForm(forms.ModelForm):
    class Meta:
        model = ReportingCycle
        fields = ["version", "title", "reporting_year", "due_date"]
        widgets = {"due_date": DateInput}

    def __init__(self, *args, municipality, **kwargs):
        kwargs.setdefault("instance", ReportingCycle(municipality=municipality))
        super().__init__(*args, **kwargs)
        versions = ConceptVersion.objects.filter(
            municipality=municipality, status=VersionStatus.ADOPTED
        ).select_related("concept")
        self.fields["version"].queryset = versions
        self.fields["version"].empty_label = None
        self.fields["version"].help_text = _("Reporting cycles follow an adopted version.")
        today = timezone.localdate()
        self.fields["reporting_year"].initial = today.year
        self.fields["title"].initial = _("Report %(year)s") % {"year": today.year}
        self.fields["due_date"].initial = today + datetime.timedelta(days=28)

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due < timezone.localdate():
            raise forms.ValidationError(_("The due date must not be in the past."))
        return due


class CycleEditForm(OptimisticLockFormMixin, forms.ModelForm):
    class Meta:
        model = ReportingCycle
        fields = ["title", "due_date", "summary"]
        widgets = {"due_date": DateInput, "summary": forms.Textarea(attrs={"rows": 12})}


class CycleCloseForm(forms.Form):
    lock_version = forms.IntegerField(widget=forms.HiddenInput)


class SheetUploadForm(forms.Form):
    file = UploadField(
        types=WORKBOOK_TYPES,
        max_bytes=5 * MB,
        label=_("Excel file (.xlsx)"),
        help_text=_("The file you downloaded here and filled in; at most 5 MB."),
    )


def line_label(line) -> str:
    label = FundingSource(line.funding_source).label
    if line.funding_programme:
        label = f"{label} ({line.funding_programme})"
    return str(label)


def canonical(value) -> str:
    """A stored value as plain text, to compare what a person saw with what they sent."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class RowForm(LocalizedNumbersMixin, forms.Form):
    """A row of the unit form that knows what the person saw when they opened it.

    The values seen travel in hidden ``seen-…`` inputs: a row counts as changed only where
    the person changed something, not where someone else changed the stored data meanwhile
    (that is a conflict, found by the lock).
    """

    LOCK = "lock_version"
    EDITABLE: tuple[str, ...] = ()

    def __init__(self, data=None, *, initial, prefix):
        super().__init__(data, initial=initial, prefix=prefix)
        for field in self.fields.values():
            if isinstance(field, forms.DecimalField):
                field.localize = True
                field.widget = forms.TextInput(attrs={"inputmode": "decimal"})
                field.widget.is_localized = True
        current = self.current_seen()
        if data is None:
            self.seen = current
        else:
            self.seen = {
                name: data.get(self.seen_name(name), current[name]) for name in self.editable()
            }

    def editable(self) -> list[str]:
        return [*self.EDITABLE, *(n for n in self.fields if n.startswith("spent_"))]

    def seen_name(self, name) -> str:
        return f"seen-{self.prefix}-{name}"

    def current_seen(self) -> dict[str, str]:
        return {name: canonical(self.initial.get(name)) for name in self.editable()}

    def seen_inputs(self):
        return format_html_join(
            "",
            '<input type="hidden" name="{}" value="{}">',
            ((self.seen_name(name), value) for name, value in self.seen.items()),
        )

    def changed_by_person(self) -> bool:
        data = self.cleaned_data
        return any(canonical(data.get(name)) != self.seen[name] for name in self.editable())

    def refreshed_data(self, data) -> None:
        """Put the stored state (lock and values seen) into ``data`` after a conflict."""
        data[f"{self.prefix}-{self.LOCK}"] = str(self.initial[self.LOCK])
        for name, value in self.current_seen().items():
            data[self.seen_name(name)] = value


class MeasureRowForm(RowForm):
    """One measure of the unit form: state, progress, comment and this year's spending."""

    EDITABLE = ("status", "progress", "note")

    lock_version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("State"), choices=MeasureStatus.choices)
    progress = forms.IntegerField(label=_("Progress (%)"), min_value=0, max_value=100)
    note = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, data=None, *, measure, lines):
        self.measure = measure
        self.lines = lines
        self.base_fields = dict(self.base_fields)
        for line in lines:
            self.base_fields[f"spent_{line.pk}"] = forms.DecimalField(
                label=_("%(source)s – spent (EUR)") % {"source": line_label(line)},
                required=False,
                min_value=0,
                max_digits=12,
                decimal_places=2,
            )
        initial = {
            "lock_version": measure.lock_version,
            "status": measure.status,
            "progress": measure.progress,
            "note": measure.status_note,
            **{f"spent_{line.pk}": line.spent_amount for line in lines},
        }
        super().__init__(data, initial=initial, prefix=f"m{measure.pk}")

    @property
    def title(self) -> str:
        return self.measure.title

    def spent_fields(self):
        return [(line, self[f"spent_{line.pk}"]) for line in self.lines]

    def clean(self):
        data = super().clean()
        check_done_has_full_progress(self, data.get("status"), data.get("progress"))
        return data

    def report(self) -> MeasureReport | None:
        """The change to save, or None when the person changed nothing in this row."""
        if not self.changed_by_person():
            return None
        data = self.cleaned_data
        return MeasureReport(
            measure_id=self.measure.pk,
            lock_version=data["lock_version"],
            status=data["status"],
            progress=data["progress"],
            note=data["note"],
            spent={line.pk: data.get(f"spent_{line.pk}") for line in self.lines},
        )


class IndicatorRowForm(RowForm):
    """One indicator of the unit form: the reporting year's value, its note and source."""

    LOCK = "lock_token"
    EDITABLE = ("value", "flag", "source")

    lock_token = forms.CharField(widget=forms.HiddenInput)
    value = forms.DecimalField(label=_("Value"), required=False, max_digits=14, decimal_places=3)
    flag = forms.ChoiceField(label=_("Note"), choices=ValueFlag.choices, required=False)
    source = forms.CharField(label=_("Source"), required=False, max_length=300)

    def __init__(self, data=None, *, indicator, value, previous=None):
        self.indicator = indicator
        self.current = value
        self.previous = previous
        initial = {
            "lock_token": indicator_lock_token(indicator, value),
            "value": value.value if value else None,
            "flag": value.flag if value else "",
            "source": value.source if value else "",
        }
        super().__init__(data, initial=initial, prefix=f"i{indicator.pk}")
        if value is None:
            self.fields["source"].widget.attrs["placeholder"] = indicator.data_source

    @property
    def title(self) -> str:
        return self.indicator.name

    def clean(self):
        data = super().clean()
        value, flag = data.get("value"), data.get("flag") or ""
        if flag == ValueFlag.NOTHING:  # a true zero: an empty value becomes 0, others are refused
            try:
                data["value"] = value = value_for_flag(value, flag)
            except forms.ValidationError as error:
                self.add_error("value", error)
        if flag in ValueFlag.without_value() and value is not None:
            self.add_error(
                "value",
                _("A value marked as '%(flag)s' must stay empty.")
                % {"flag": ValueFlag(flag).label},
            )
        if value is None and flag and flag not in ValueFlag.without_value():
            self.add_error("value", _("Enter a value or choose why there is none."))
        return data

    def report(self) -> IndicatorReport | None:
        if not self.changed_by_person():
            return None
        data = self.cleaned_data
        return IndicatorReport(
            indicator_id=self.indicator.pk,
            lock_token=data["lock_token"],
            value=data.get("value"),
            flag=data.get("flag") or "",
            source=data.get("source") or self.indicator.data_source,
        )


class UnitReportForm:
    """All measures and indicators of one unit in one form, validated and saved together."""

    def __init__(self, data, *, measures, lines, indicators, values, previous_values):
        self.measure_forms = [
            MeasureRowForm(data, measure=m, lines=lines.get(m.pk, [])) for m in measures
        ]
        self.indicator_forms = [
            IndicatorRowForm(
                data, indicator=i, value=values.get(i.pk), previous=previous_values.get(i.pk)
            )
            for i in indicators
        ]

    @property
    def forms(self):
        return [*self.measure_forms, *self.indicator_forms]

    def is_valid(self) -> bool:
        # Every row is validated (no short-circuit), so that all errors show at once.
        return all([form.is_valid() for form in self.forms])  # noqa: C419

    def reports(self):
        measures = [r for f in self.measure_forms if (r := f.report())]
        indicators = [r for f in self.indicator_forms if (r := f.report())]
        return measures, indicators

    def error_rows(self):
        """(label, anchor, messages) for the summary at the top of the form."""
        rows = []
        for form in self.forms:
            if form.errors:
                messages = [
                    f"{form.fields[name].label}: {' '.join(errors)}"
                    if name in form.fields
                    else " ".join(errors)
                    for name, errors in form.errors.items()
                ]
                rows.append((form.title, form.prefix, messages))
        return rows
