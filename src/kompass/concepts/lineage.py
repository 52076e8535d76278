"""Which object of the previous version an object was copied from (revision, Fortschreibung)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CopiedFromPredecessor(models.Model):
    """An object a revision copies: it keeps a link to the object it was copied from."""

    predecessor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("predecessor"),
        help_text=_("The object of the previous version this one was copied from."),
    )

    class Meta:
        abstract = True
