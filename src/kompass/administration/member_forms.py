"""Forms of the people page: role and unit, an invitation, accepting one with a new account."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from kompass.tenancy.models import OrgUnit, Role


class RoleForm(forms.Form):
    """A role and, for the roles that act for one, an organisational unit of the municipality."""

    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    org_unit = forms.ModelChoiceField(
        label=_("Organisational unit"),
        queryset=OrgUnit.objects.none(),
        required=False,
        help_text=_("A responsible unit needs its organisational unit."),
    )

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["org_unit"].queryset = OrgUnit.objects.filter(municipality=municipality)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == Role.RESPONSIBLE_UNIT and not cleaned.get("org_unit"):
            self.add_error("org_unit", _("A responsible unit needs its organisational unit."))
        return cleaned


class InvitationForm(RoleForm):
    email = forms.EmailField(label=_("E-mail address"))
    name = forms.CharField(label=_("Name"), max_length=200, required=False)

    field_order = ["email", "name", "role", "org_unit"]


class AcceptForm(forms.Form):
    """The invitee's new account: a user name (the e-mail address by default) and a password that
    passes the installation's password validators."""

    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        help_text=_("You log in with it; your e-mail address is fine."),
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email="", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user_model = get_user_model()
        user_model.username_validator(username)
        if user_model.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This user name is taken."))
        return username

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords differ."))
        elif password1:
            candidate = get_user_model()(username=cleaned.get("username", ""), email=self.email)
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
