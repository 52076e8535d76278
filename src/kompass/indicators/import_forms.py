from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.core.tabular import column_letter
from kompass.core.uploads import MB, TABLE_TYPES, ZIP, UploadField

from .models import DashMeaning, Indicator
from .owntable import LONG, WIDE, ColumnMapping

OFFICIAL, OWN = "official", "own"
# Official downloads also come as ZIP archives (the GENESIS web service's and the databases'
# "compressed" download) holding the CSV file.
STATISTICS_TYPES = {**TABLE_TYPES, ".zip": (ZIP,)}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class StatisticsFileField(UploadField):
    """The upload check for statistics files; a CSV in UTF-16 with byte order mark (as some
    databases export it) is text even though it holds NUL bytes."""

    def clean(self, data, initial=None):
        head = b""
        if data is not None and hasattr(data, "read") and data.name.lower().endswith(".csv"):
            head = data.read(2)
            data.seek(0)
        if head in UTF16_BOMS:
            upload = forms.FileField.clean(self, data, initial)
            if upload.size > self.max_bytes:
                raise forms.ValidationError(
                    _("%(label)s: The file is larger than %(size)s MB.")
                    % {"label": self.label, "size": self.max_bytes // MB},
                    code="upload",
                )
            return upload
        return super().clean(data, initial)


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
    file = StatisticsFileField(
        types=STATISTICS_TYPES,
        max_bytes=200 * MB,
        label=_("File"),
        help_text=_(
            "CSV (UTF-8, UTF-16 or Latin-1), a ZIP archive with the CSV file as the statistics "
            "databases deliver it, or an Excel workbook (.xlsx); up to 200 MB."
        ),
    )
    keep_comparison = forms.BooleanField(
        label=_("Keep the values of the Land, Germany and the county as comparison lines"),
        help_text=_(
            "Rows of these regions are stored beside the indicator's own values, e.g. for "
            "charts; they never count for the indicator's status."
        ),
        required=False,
        initial=True,
    )

    def clean(self):
        data = super().clean()
        data["kind"] = data.get("kind") or OFFICIAL
        upload = data.get("file")
        name = upload.name.lower() if upload else ""
        if data["kind"] == OFFICIAL and name.endswith(".xlsx"):
            # Official downloads come as CSV; an Excel sheet is read as an own table.
            data["kind"] = OWN
        if data["kind"] == OWN and name.endswith(".zip"):
            self.add_error(
                "file",
                _(
                    "File: An own table is a CSV file or an Excel workbook (.xlsx), not a ZIP archive."
                ),
            )
        return data


class ArchiveMemberForm(forms.Form):
    """Which CSV file of a ZIP archive is imported."""

    member = forms.ChoiceField(label=_("File in the archive"), widget=forms.RadioSelect, choices=())

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = [(name, name) for name in members]


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
    Files with very many series offer the variable choices only. The version's indicators
    are read once for all choices. With ``dash_choice`` the form also asks what a "-"
    without quality code means.
    """

    MAX_SERIES_CHOICES = 150

    def __init__(self, *args, series, version, initial=None, dash_choice=False, **kwargs):
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
        self.indicators = {
            indicator.pk: indicator
            for indicator in Indicator.objects.filter(version=version).order_by("name", "pk")
        }
        options = [(pk, str(indicator)) for pk, indicator in self.indicators.items()]
        self.per_series = len(series) <= self.MAX_SERIES_CHOICES
        for variable, items in self.variables.items():
            self.fields[self.variable_field(variable)] = self._choice(
                variable, options, _("— do not import —")
            )
            if not self.per_series or (len(items) == 1 and not items[0]["group"]):
                continue
            for item in items:
                self.fields[f"series_{item['key']}"] = self._choice(
                    item["group"] or _("total"), options, _("— as the variable —")
                )
        if dash_choice:
            self.fields["dash_means"] = forms.ChoiceField(
                label=_("What does “-” without a quality code mean in this file?"),
                choices=[
                    (DashMeaning.NO_VALUE, _("no value published")),
                    (DashMeaning.ZERO, _("zero (nothing there)")),
                ],
                widget=forms.RadioSelect,
                required=False,
                help_text=_(
                    "Flat files write “-” also where no number is published for the region "
                    "(e.g. survey results at county level). Choose zero only if the table's "
                    "legend says “-” means “nothing there”."
                ),
            )

    @staticmethod
    def _choice(label, options, empty_label):
        return forms.TypedChoiceField(
            choices=[("", empty_label), *options],
            coerce=int,
            empty_value=None,
            required=False,
            label=label,
        )

    @staticmethod
    def variable_field(variable: str) -> str:
        import hashlib

        return "variable_" + hashlib.sha1(variable.encode(), usedforsecurity=False).hexdigest()[:12]

    def mapping(self) -> dict:
        """Series key → indicator, for every series that is assigned."""
        data, result = self.cleaned_data, {}
        for variable, items in self.variables.items():
            whole = data.get(self.variable_field(variable))
            for item in items:
                chosen = data.get(f"series_{item['key']}") or whole
                if chosen is not None:
                    result[item["key"]] = self.indicators[chosen]
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
