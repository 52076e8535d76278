"""Forms of the statistics web services: access data and the table to fetch."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from kompass.regions.keys import COUNTY_LEVEL_KINDS, county_of

from .models import Service

# Table codes of the three databases: 12411-03-03-4, 12531-0043, 1000A-0001, 12211-Z-11,
# AI-N-01-2-5, 21311-01-01-4-B – blocks of letters and digits joined by hyphens.
TABLE_CODE = re.compile(r"^[0-9A-Z]{2,10}(-[0-9A-Z]{1,6}){1,5}$")
ZENSUS_CODE = re.compile(r"^\d{4}[A-Z]-\d{4}$")
FIRST_YEAR, LAST_YEAR = 1950, 2100


class AccountForm(forms.Form):
    """User name and password, or a token; the stored secret is never put back in the form."""

    uses_token = forms.BooleanField(
        label=_("I use a token instead of user name and password"),
        required=False,
        help_text=_(
            "GENESIS-Online and the Zensus database offer a token in the account settings; "
            "the Regionaldatenbank works with user name and password only."
        ),
    )
    username = forms.CharField(label=_("User name"), max_length=200, required=False)
    secret = forms.CharField(
        label=_("Password or token"),
        required=False,
        strip=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, service: str, has_secret: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.service, self.has_secret = service, has_secret
        if has_secret:
            self.fields["secret"].help_text = _(
                "Saved. Leave empty to keep the saved password or token, or enter a new one "
                "to replace it."
            )

    def clean(self):
        data = super().clean()
        uses_token = data.get("uses_token")
        if uses_token and self.service == Service.REGIO:
            self.add_error(
                "uses_token",
                _("The Regionaldatenbank accepts only user name and password, no token."),
            )
        if not uses_token and not (data.get("username") or "").strip():
            self.add_error("username", _("Please enter the user name of the account."))
        if not data.get("secret") and not self.has_secret:
            self.add_error(
                "secret",
                _("Please enter the token.") if uses_token else _("Please enter the password."),
            )
        return data


def regional_choices(municipality) -> list[tuple[str, str, tuple[str, ...]]]:
    """What the fetch may be restricted to: the whole table, or the municipality's own key
    at the level of a regional variable of the Regionaldatenbank and GENESIS-Online."""
    choices = [("", str(_("all regions of the table (also Land and Germany)")), ())]
    if municipality.kind in COUNTY_LEVEL_KINDS and municipality.ags:
        key = county_of(municipality.ags)
        choices.append(
            ("KREISE", str(_("only your own Kreis (KREISE %(key)s)") % {"key": key}), (key,))
        )
    if municipality.ags:
        key = municipality.ags
        choices.append(
            ("GEMEIN", str(_("only your own Gemeinde (GEMEIN %(key)s)") % {"key": key}), (key,))
        )
    return choices


class FetchForm(forms.Form):
    service = forms.ChoiceField(label=_("Database"), choices=Service.choices)
    table_code = forms.CharField(
        label=_("Table code"),
        max_length=40,
        help_text=_(
            "As shown in the database, e.g. 12411-03-03-4 (Regionaldatenbank), 12531-0043 "
            "(GENESIS-Online) or 1000A-0001 (Zensus 2022)."
        ),
    )
    start_year = forms.IntegerField(
        label=_("From year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    end_year = forms.IntegerField(
        label=_("To year"), required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    regional_variable = forms.ChoiceField(label=_("Regions"), required=False)

    def __init__(self, *args, municipality, services_with_access, **kwargs):
        super().__init__(*args, **kwargs)
        self.regions = {value: keys for value, _label, keys in regional_choices(municipality)}
        self.fields["regional_variable"].choices = [
            (value, label) for value, label, _keys in regional_choices(municipality)
        ]
        self.services_with_access = set(services_with_access)

    def clean_table_code(self):
        code = re.sub(r"\s+", "", self.cleaned_data["table_code"]).upper()
        if not TABLE_CODE.match(code):
            raise forms.ValidationError(
                _(
                    "“%(code)s” is not a table code. Table codes look like 12411-03-03-4, "
                    "12531-0043 or 1000A-0001."
                ),
                params={"code": code[:40]},
            )
        return code

    def clean(self):
        data = super().clean()
        service, code = data.get("service"), data.get("table_code")
        start, end = data.get("start_year"), data.get("end_year")
        if service and service not in self.services_with_access:
            self.add_error(
                "service",
                _("No access data are stored for this database yet. Please enter them first."),
            )
        if start and end and start > end:
            self.add_error("end_year", _("The last year must not be before the first year."))
        if code and service and bool(ZENSUS_CODE.match(code)) != (service == Service.ZENSUS):
            self.add_error(
                "table_code",
                _("Zensus 2022 tables (such as 1000A-0001) are in the Zensus 2022 database only.")
                if service != Service.ZENSUS
                else _("This is no table code of the Zensus 2022 database (such as 1000A-0001)."),
            )
        if data.get("regional_variable") and service == Service.ZENSUS:
            self.add_error(
                "regional_variable",
                _("Tables of the Zensus 2022 database are fetched whole; choose all regions."),
            )
        return data

    def regional_keys(self) -> tuple[str, ...]:
        return self.regions.get(self.cleaned_data.get("regional_variable") or "", ())
