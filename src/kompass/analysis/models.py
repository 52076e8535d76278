"""Situation analysis: districts (Sozialräume) for now; offers and SWOT items follow."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from kompass.tenancy.models import Municipality


class District(models.Model):
    """A district, Ortsteil or Sozialraum of a municipality."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="districts"
    )
    code = models.CharField(
        _("code"),
        max_length=20,
        validators=[RegexValidator(r"^[\w.-]+$", _("Letters, digits, dots and dashes only."))],
    )
    name = models.CharField(_("name"), max_length=200)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    geojson = models.TextField(_("shape (GeoJSON)"), blank=True)

    class Meta:
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "code"], name="district_unique_code")
        ]

    def __str__(self):
        return self.name
