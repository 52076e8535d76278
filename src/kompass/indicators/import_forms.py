from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.tabular import column_letter
from kompass.core.uploads import MB, TABLE_TYPES, UploadField

from .models import Indicator
from .owntable import LONG, WIDE, ColumnMapping

OFFICIAL, OWN = "official", "own"


class StatisticsUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind of file"),
        choices=[
            (
                OFFICIAL,
                _(
                    "Official statistics: GENESIS-Online, Regionaldatenbank or Zensus download "
                    "(table CSV or flat file ffcsv)"
                ),
            ),
            (
                OWN,
                _(
                    "Own table from an office (CSV or Excel .xlsx with a header row): "
                    "you assign the columns in the next step"
                ),
            ),
        ],
        initial=OFFICIAL,
        required=False,
        widget=forms.RadioSelect,
    )
    file = UploadField(
        types=TABLE_TYPES,
        max_bytes=200 * MB,
        label=_("File"),
        help_text=_("CSV (UTF-8 or Latin-1) or Excel workbook (.xlsx), up to 200 MB."),
    )

    def clean(self):
        data = super().clean()
        data["kind"] = data.get("kind") or OFFICIAL
        upload = data.get("file")
        if upload and data.get("kind") == OFFICIAL and upload.name.lower().endswith(".xlsx"):
            # Official downloads come as CSV; an Excel sheet is read as an own table.
            data["kind"] = OWN
        return data


class ColumnMappingForm(forms.Form):
    """Which column of an own table means what (see owntable.ColumnMapping)."""

    layout = forms.ChoiceField(
        label=_("Layout of the table"),
        choices=[
            (LONG, _("One row per value: a column with the year and a column with the value")),
            (WIDE, _("Years as columns: one column per year, e.g. 2022, 2023, 2024")),
        ],
        widget=forms.RadioSelect,
    )
    indicator = forms.ModelChoiceField(
        queryset=Indicator.objects.none(),
        required=False,
        label=_("Indicator that receives the values"),
        empty_label=_("— named in a column of the table —"),
    )
    indicator_column = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        label=_("Column with the indicator (name or catalogue code)"),
    )
    region_column = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        label=_("Column with the district or region"),
        help_text=_(
            "District code or name; the municipality's name, key (AGS/ARS) or “Gesamt” mean the "
            "whole municipality. Without this column all values are for the whole municipality."
        ),
    )
    year_column = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        label=_("Column with the year or reference date"),
    )
    value_column = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, label=_("Column with the value")
    )
    year_columns = forms.TypedMultipleChoiceField(
        coerce=int,
        required=False,
        label=_("Columns with one year each"),
        widget=forms.CheckboxSelectMultiple,
    )
    group_column = forms.TypedChoiceField(
        coerce=int,
        required=False,
        empty_value=None,
        label=_("Column with a group (optional)"),
        help_text=_("e.g. gender or age group; “Insgesamt” or an empty cell means the total."),
    )

    def __init__(self, *args, header, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(version=version).order_by(
            "name"
        )
        columns = [
            (index, f"{column_letter(index)}: {name}" if name else column_letter(index))
            for index, name in enumerate(header)
        ]
        none = [("", _("— none —"))]
        for name in ("indicator_column", "region_column", "group_column"):
            self.fields[name].choices = none + columns
        for name in ("year_column", "value_column"):
            self.fields[name].choices = [("", _("— choose —"))] + columns
        self.fields["year_columns"].choices = columns

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if (data.get("indicator") is None) == (data.get("indicator_column") is None):
            raise forms.ValidationError(
                _("Choose either one indicator for all values or the column that names it.")
            )
        if data["layout"] == LONG:
            for name in ("year_column", "value_column"):
                if data.get(name) is None:
                    self.add_error(name, _("This column is needed for one row per value."))
            data["year_columns"] = []
        else:
            if not data.get("year_columns"):
                self.add_error("year_columns", _("Choose at least one column with a year."))
            data["year_column"] = data["value_column"] = None
        used = [
            data.get(name)
            for name in ("indicator_column", "region_column", "group_column", "year_column")
            if data.get(name) is not None
        ]
        used += [data["value_column"]] if data.get("value_column") is not None else []
        used += data.get("year_columns") or []
        if len(used) != len(set(used)):
            raise forms.ValidationError(_("Each column can only have one meaning."))
        return data

    def mapping(self) -> ColumnMapping:
        data = self.cleaned_data
        return ColumnMapping(
            layout=data["layout"],
            indicator=data["indicator"].pk if data.get("indicator") else None,
            indicator_column=data.get("indicator_column"),
            region_column=data.get("region_column"),
            year_column=data.get("year_column"),
            value_column=data.get("value_column"),
            year_columns=sorted(data.get("year_columns") or []),
            group_column=data.get("group_column"),
        )

    @staticmethod
    def initial_from(mapping: ColumnMapping) -> dict:
        initial = mapping.as_json()
        return {key: value for key, value in initial.items() if value not in (None, [])}


class SeriesMappingForm(forms.Form):
    """Which indicator of the version receives which values of the file.

    A choice per variable assigns all its series at once (their characteristics, e.g.
    "Geschlecht: weiblich", become the values' groups); a choice per series overrides it.
    Files with very many series offer the variable choices only.
    """

    MAX_SERIES_CHOICES = 150

    def __init__(self, *args, series, version, initial=None, **kwargs):
        self.series = series
        self.variables = {}
        for item in series:
            self.variables.setdefault(item["variable"], []).append(item)
        initial = dict(initial or {})
        for variable, items in self.variables.items():
            chosen = {initial.get(f"series_{item['key']}") for item in items}
            if len(chosen) == 1 and None not in chosen:
                initial[self.variable_field(variable)] = chosen.pop()
        super().__init__(*args, initial=initial, **kwargs)
        indicators = Indicator.objects.filter(version=version).order_by("name")
        self.per_series = len(series) <= self.MAX_SERIES_CHOICES
        for variable, items in self.variables.items():
            self.fields[self.variable_field(variable)] = forms.ModelChoiceField(
                queryset=indicators,
                required=False,
                label=variable,
                empty_label=_("— do not import —"),
            )
            if not self.per_series or (len(items) == 1 and not items[0]["group"]):
                continue
            for item in items:
                self.fields[f"series_{item['key']}"] = forms.ModelChoiceField(
                    queryset=indicators,
                    required=False,
                    label=item["group"] or _("total"),
                    empty_label=_("— as the variable —"),
                )

    @staticmethod
    def variable_field(variable: str) -> str:
        import hashlib

        return "variable_" + hashlib.sha1(variable.encode(), usedforsecurity=False).hexdigest()[:12]

    def mapping(self) -> dict:
        data, result = self.cleaned_data, {}
        for variable, items in self.variables.items():
            whole = data.get(self.variable_field(variable))
            for item in items:
                indicator = data.get(f"series_{item['key']}") or whole
                if indicator is not None:
                    result[item["key"]] = indicator
        return result

    def rows(self):
        """(variable, its field, number of values, [(series, field)])."""
        rows = []
        for variable, items in self.variables.items():
            series_fields = [
                (item, self[f"series_{item['key']}"])
                for item in items
                if f"series_{item['key']}" in self.fields
            ]
            rows.append(
                (
                    items[0],
                    self[self.variable_field(variable)],
                    sum(item["count"] for item in items),
                    len(items),
                    series_fields,
                )
            )
        return rows
