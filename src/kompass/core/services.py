"""Saving planning objects safely: optimistic locking and the model-layer checks."""

from django.core.exceptions import ValidationError
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class EditConflict(ValidationError):
    def __init__(self):
        super().__init__(
            _(
                "Someone else has changed this entry since you opened it. Your changes have not "
                "been saved; please reload the page and enter them again."
            ),
            code="edit_conflict",
        )


def claim_lock_version(instance, expected_lock_version) -> None:
    """Atomically move ``lock_version`` on from the value the user saw, or raise EditConflict.

    One conditional UPDATE makes the check race-free on SQLite and PostgreSQL alike.
    """
    if not instance.pk or expected_lock_version is None:
        return
    model = type(instance)
    updated = model._default_manager.filter(
        pk=instance.pk, lock_version=expected_lock_version
    ).update(lock_version=F("lock_version") + 1)
    if not updated:
        raise EditConflict()
    instance.lock_version = expected_lock_version + 1


def save_model_form(form, *, acting_user, **assign):
    """Save a planning ModelForm: assign owner fields, claim the lock, save with history author."""
    instance = form.save(commit=False)
    for name, value in assign.items():
        setattr(instance, name, value)
    if hasattr(instance, "lock_version"):
        claim_lock_version(instance, form.cleaned_data.get("lock_version"))
    instance._history_user = acting_user
    instance.save()
    form.save_m2m()
    return instance
