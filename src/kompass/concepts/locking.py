"""Adopted concept versions are read-only in the model layer, not only in the UI.

Every planning object of a version inherits ``VersionContent``; its ``save`` and
``delete`` refuse changes once the version is adopted or superseded, except the
implementation fields a model names in ``EDITABLE_WHEN_ADOPTED`` (a measure's
status and progress, a budget line's spending): monitoring goes on after adoption.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import m2m_changed
from django.utils.translation import gettext_lazy as _


class VersionLocked(ValidationError):
    def __init__(self):
        super().__init__(
            _(
                "This concept version has been adopted and can no longer be changed. "
                "Start a new version (Fortschreibung) to make changes."
            ),
            code="version_locked",
        )


class VersionContent(models.Model):
    """A planning object that belongs to one concept version (and so to one municipality)."""

    EDITABLE_WHEN_ADOPTED: frozenset[str] = frozenset()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self._check_unlocked(kwargs.get("update_fields"))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._check_unlocked()
        return super().delete(*args, **kwargs)

    def _version_for_lock(self):
        return self.version

    def _check_unlocked(self, update_fields=None):
        version = self._version_for_lock()
        if version is None or not version.is_locked:
            return
        if self.pk and update_fields and set(update_fields) <= self.EDITABLE_WHEN_ADOPTED:
            return
        raise VersionLocked()


def _guard_m2m(sender, instance, action, **kwargs):
    if action in {"pre_add", "pre_remove", "pre_clear"} and isinstance(instance, VersionContent):
        instance._check_unlocked()


def connect_m2m_guards():
    """Refuse many-to-many changes (goals of a measure, target groups, ...) on adopted versions."""
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, VersionContent):
            for field in model._meta.many_to_many:
                m2m_changed.connect(_guard_m2m, sender=field.remote_field.through, weak=False)
