from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from kompass.core.services import ChildRows


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("User name"),
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )


class DateInput(forms.DateInput):
    """A native date picker: keyboard-friendly and locale-aware in every current browser."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class OptimisticLockFormMixin(forms.Form):
    """Carries the version number the user saw, so a concurrent change is detected, not overwritten."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = getattr(self, "instance", None)
        if instance is not None and instance.pk:
            self.fields["lock_version"].initial = instance.lock_version
            # Editing an existing object without saying which state one saw would skip the check.
            self.fields["lock_version"].required = True
            self.fields["lock_version"].error_messages["required"] = _(
                "The form is incomplete (version number missing). Please reload the page."
            )


class LocalizedNumbersMixin:
    """Decimal fields accept and show German numbers ("1.234,5"); keyboards offer digits."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.DecimalField | forms.FloatField):
                field.localize = True
                field.widget = forms.TextInput(attrs={"inputmode": "decimal"})
                field.widget.is_localized = True


def model_form_values(form, name: str = "instance") -> dict:
    """A valid ModelForm as the plain values a save service takes: the instance carrying the
    new field values (as ``name``), the lock version the user saw and, if the form has any,
    the many-to-many choices (``m2m``)."""
    values = {name: form.instance, "expected_lock_version": form.cleaned_data.get("lock_version")}
    many_to_many = {f.name for f in form.instance._meta.many_to_many} & set(form.cleaned_data)
    if many_to_many:
        values["m2m"] = {field: form.cleaned_data[field] for field in many_to_many}
    return values


def formset_rows(formset) -> ChildRows:
    """A valid model formset as plain values: its new or changed rows and the rows to delete."""
    deleted = formset.deleted_forms if formset.can_delete else []
    return ChildRows(
        changed=[f.instance for f in formset.forms if f.has_changed() and f not in deleted],
        deleted=[f.instance for f in deleted if f.instance.pk],
    )
