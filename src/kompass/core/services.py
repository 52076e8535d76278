"""Saving planning objects safely: optimistic locking, the model-layer checks, the history author.

Services take plain values: model instances carrying their new field values, and the acting
user. Views, the demo loader and the API call the same functions; none of them needs a form.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
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


@transaction.atomic
def object_save(instance, *, acting_user, expected_lock_version=None, m2m=None, update_fields=None):
    """Create or change one object: claim its lock, run the model checks, save it (only
    ``update_fields`` if given) with its history author, then set its many-to-many values
    (``{field name: objects}``). Uniqueness is left to the database's constraints."""
    if hasattr(instance, "lock_version"):
        claim_lock_version(instance, expected_lock_version)
    instance.full_clean(validate_unique=False, validate_constraints=False)
    instance._history_user = acting_user
    instance.save(update_fields=update_fields)
    for name, values in (m2m or {}).items():
        getattr(instance, name).set(values)
    return instance


@transaction.atomic
def object_delete(instance, *, acting_user) -> None:
    """Delete one object, recording who deleted it in its history."""
    instance._history_user = acting_user
    instance.delete()


@dataclass(frozen=True)
class ChildRows:
    """The rows of a list belonging to one parent, as an edit left them: new or changed rows
    (carrying their new values) and rows to delete."""

    changed: list = field(default_factory=list)
    deleted: list = field(default_factory=list)


@transaction.atomic
def child_rows_save(rows: ChildRows, *, parent, fk: str, acting_user, **assign) -> list:
    """Delete and save the rows of ``parent`` (its foreign key named ``fk``), each with its
    history author; a row of another parent is refused."""
    for row in [*rows.deleted, *rows.changed]:
        if row.pk and getattr(row, f"{fk}_id") != parent.pk:
            raise ValidationError(_("An entry does not belong to this object."))
    for row in rows.deleted:
        object_delete(row, acting_user=acting_user)
    for row in rows.changed:
        setattr(row, fk, parent)
        for name, value in assign.items():
            setattr(row, name, value)
        object_save(row, acting_user=acting_user)
    return rows.changed
