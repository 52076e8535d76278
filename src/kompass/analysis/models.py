"""Situation analysis: districts (Sozialräume) for now; offers and SWOT items follow."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

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


class AnalysisKind(models.TextChoices):
    STRENGTH = "strength", _("Strength")
    WEAKNESS = "weakness", _("Weakness")
    OPPORTUNITY = "opportunity", _("Opportunity")
    RISK = "risk", _("Risk")
    SUPPORTING = "supporting", _("Supporting factor")
    HINDERING = "hindering", _("Hindering factor")


class AnalysisItem(models.Model):
    """A finding of the situation analysis: SWOT or a factor that supports or hinders the process."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="analysis_items"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AnalysisKind.choices)
    title = models.CharField(_("finding"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    fields = models.ManyToManyField(
        "concepts.FieldCatalogueEntry",
        blank=True,
        related_name="+",
        verbose_name=_("fields of action"),
    )
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("e.g. workshop, statistics, interview")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    history = HistoricalRecords(m2m_fields=[fields])

    class Meta:
        verbose_name = _("analysis finding")
        verbose_name_plural = _("analysis findings")
        ordering = ["kind", "position", "pk"]

    def __str__(self):
        return self.title
