"""Measures (Maßnahmen) with milestones, budget lines and dated status updates."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.analysis.models import District
from kompass.concepts.lineage import CopiedFromPredecessor
from kompass.concepts.locking import VersionContent
from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, TargetGroup
from kompass.tenancy.models import Municipality, OrgUnit


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Completed")
    PAUSED = "paused", _("Paused")
    CANCELLED = "cancelled", _("Cancelled")


class MeasureType(models.TextChoices):
    COMPENSATORY = "compensatory", _("Compensatory")
    ACTIVATING = "activating", _("Activating")


class Novelty(models.TextChoices):
    NEW = "new", _("New")
    EXISTING = "existing", _("Existing, continued")


class Measure(VersionContent, CopiedFromPredecessor):
    """A Maßnahme: who does what for which goals, where, when and with which money."""

    EDITABLE_WHEN_ADOPTED = frozenset({"status", "progress", "status_note", "lock_version"})

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="measures")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    field = models.ForeignKey(
        FieldOfAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
        verbose_name=_("field of action"),
    )
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="measures", verbose_name=_("goals")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    measure_type = models.CharField(
        _("type"), max_length=20, choices=MeasureType.choices, default=MeasureType.ACTIVATING
    )
    novelty = models.CharField(
        _("new or existing"), max_length=20, choices=Novelty.choices, default=Novelty.NEW
    )
    responsible_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="measures",
        verbose_name=_("responsible unit"),
    )
    partners = models.TextField(_("partners"), blank=True, help_text=_("One partner per line."))
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("target groups")
    )
    districts = models.ManyToManyField(
        District, blank=True, related_name="measures", verbose_name=_("districts")
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    staff_hours = models.DecimalField(
        _("staff hours per year"),
        max_digits=9,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MeasureStatus.choices, default=MeasureStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    status_note = models.TextField(_("status note"), blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[goals, target_groups, districts])

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["version", "status"])]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end must not be before the start.")
        if self.field_id and self.field.version_id != self.version_id:
            errors["field"] = _("The field of action belongs to another concept version.")
        if (
            self.responsible_unit_id
            and self.responsible_unit.municipality_id != self.municipality_id
        ):
            errors["responsible_unit"] = _("The unit belongs to another municipality.")
        if errors:
            raise ValidationError(errors)

    @property
    def planned_total(self):
        """Stated planned money over all years and sources (uses prefetched budget lines).

        Lines without a stated amount add nothing; ``kompass.measures.budget`` says whether
        the sum is complete.
        """
        return sum(
            (line.planned_amount for line in self.budget_lines.all() if line.has_amount),
            Decimal("0"),
        )

    @property
    def spent_total(self):
        return sum(
            (line.spent_amount or Decimal("0") for line in self.budget_lines.all()), Decimal("0")
        )

    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]


class MeasureChild(VersionContent):
    """A row that belongs to a measure and is locked with the measure's version."""

    class Meta:
        abstract = True

    def _version_for_lock(self):
        return self.measure.version


class Milestone(MeasureChild, CopiedFromPredecessor):
    EDITABLE_WHEN_ADOPTED = frozenset({"done_on"})

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=300)
    due_date = models.DateField(_("due"))
    done_on = models.DateField(_("reached on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.title


class FundingSource(models.TextChoices):
    OWN = "own", _("Own budget")
    LAND = "land", _("Land programme")
    FEDERAL = "federal", _("Federal programme")
    EU = "eu", _("EU programme")
    FOUNDATION = "foundation", _("Foundation or third party")


class AmountKind(models.TextChoices):
    """Whether a budget line states its planned amount (a real concept often does not)."""

    STATED = "stated", _("Amount stated")
    NOT_STATED = "not_stated", _("Amount not stated")
    EXISTING = "existing", _("From existing funds or staff")


class BudgetLine(MeasureChild, CopiedFromPredecessor):
    """Planned and spent money for one measure in one year from one funding source.

    The planned amount is known only for lines of kind ``STATED``; the other kinds
    have none, and totals must never count them as 0 € (see ``kompass.measures.budget``).
    """

    EDITABLE_WHEN_ADOPTED = frozenset({"spent_amount"})

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="budget_lines")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    funding_source = models.CharField(
        _("funding source"), max_length=20, choices=FundingSource.choices
    )
    funding_programme = models.CharField(_("funding programme"), max_length=300, blank=True)
    funding_period_end = models.DateField(_("funding period ends"), null=True, blank=True)
    proof_of_use_due = models.DateField(_("proof of use due"), null=True, blank=True)
    amount_kind = models.CharField(
        _("amount"), max_length=20, choices=AmountKind.choices, default=AmountKind.STATED
    )
    planned_amount = models.DecimalField(
        _("planned (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Only for a stated amount."),
    )
    spent_amount = models.DecimalField(
        _("spent (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        ordering = ["year", "funding_source", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "year", "funding_source", "funding_programme"],
                name="budgetline_unique",
            )
        ]

    def __str__(self):
        return f"{self.year} {self.get_funding_source_display()}"

    @property
    def has_amount(self) -> bool:
        return self.amount_kind == AmountKind.STATED and self.planned_amount is not None

    def amount_errors(self) -> dict:
        """A stated amount needs a number; the other kinds must have none."""
        if self.amount_kind == AmountKind.STATED and self.planned_amount is None:
            return {"planned_amount": _("Enter the planned amount, or say that it is not stated.")}
        if self.amount_kind != AmountKind.STATED and self.planned_amount is not None:
            return {
                "planned_amount": _(
                    "Leave the amount empty, or choose “Amount stated” to enter it."
                )
            }
        return {}


class StatusUpdate(models.Model):
    """A dated report on a measure: status and progress at that moment, with a note."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="status_updates")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=MeasureStatus.choices)
    progress = models.PositiveSmallIntegerField(_("progress (%)"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("status update")
        verbose_name_plural = _("status updates")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.measure_id} {self.created_at:%Y-%m-%d}: {self.status} {self.progress} %"
