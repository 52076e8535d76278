"""Reporting cycles: who still has to report, what was sent, and the frozen result of a cycle.

A cycle ("Bericht 2026") asks every responsible unit of a concept version for an update of
its measures and indicators. Closing it freezes the state in a ``CycleSnapshot`` – the
source of the progress report – and from then on neither the cycle nor its snapshot can
change (model layer, not only the UI); only the generated report documents may be added.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import ConceptVersion
from kompass.core.jobs import BackgroundJob, state_field
from kompass.tenancy.models import Municipality, OrgUnit


class CycleClosed(ValidationError):
    def __init__(self):
        super().__init__(
            _("This reporting cycle has been closed and can no longer be changed."),
            code="cycle_closed",
        )


class CycleStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ReportState(models.TextChoices):
    """What the background generation of the progress report is doing; empty when idle."""

    QUEUED = "queued", _("Waiting for its turn")
    RUNNING = "running", _("Generating the report")


class ReportingCycle(BackgroundJob):
    """A Berichtsrunde: the units report on a version's measures and indicators for one year.

    The background job (``core.jobs``) of a closed cycle generates its progress report.
    """

    JOB_RUNNER = "kompass.reporting.report.report_generate_and_store"
    FAILED_MESSAGE = _("The report could not be generated: %(e)s")
    # After closing, only the generated documents may still be stored with the cycle.
    EDITABLE_WHEN_CLOSED = frozenset(
        {"report_pdf", "report_docx", "report_generated_at", "state", "state_changed_at", "error"}
    )

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion,
        on_delete=models.CASCADE,
        related_name="reporting_cycles",
        verbose_name=_("concept version"),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("e.g. “Bericht 2026”"))
    reporting_year = models.PositiveSmallIntegerField(
        _("reporting year"), help_text=_("The year the units report spending and values for.")
    )
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"), max_length=10, choices=CycleStatus.choices, default=CycleStatus.OPEN
    )
    summary = models.TextField(
        _("summary for the report"),
        blank=True,
        help_text=_("The narrative of the progress report: what went well, what is next."),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_at = models.DateTimeField(_("opened at"))
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    report_pdf = models.FileField(_("report (PDF)"), upload_to="reports/%Y/", blank=True)
    report_docx = models.FileField(_("report (Word)"), upload_to="reports/%Y/", blank=True)
    report_generated_at = models.DateTimeField(_("report generated at"), null=True, blank=True)
    state = state_field(ReportState)

    class Meta:
        verbose_name = _("reporting cycle")
        verbose_name_plural = _("reporting cycles")
        ordering = ["-reporting_year", "-opened_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["version"],
                condition=models.Q(status="open"),
                name="reportingcycle_one_open_per_version",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.was_closed and not (
            update_fields and set(update_fields) <= self.EDITABLE_WHEN_CLOSED
        ):
            raise CycleClosed()
        super().save(*args, **kwargs)
        self._loaded_status = self.status

    def delete(self, *args, **kwargs):
        if self.was_closed:
            raise CycleClosed()
        return super().delete(*args, **kwargs)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    @property
    def is_closed(self) -> bool:
        return self.status == CycleStatus.CLOSED

    @property
    def was_closed(self) -> bool:
        """Closed in the database (a cycle being closed right now is still open there)."""
        return getattr(self, "_loaded_status", None) == CycleStatus.CLOSED

    def clean(self):
        if self.version_id and self.version.municipality_id != self.municipality_id:
            raise ValidationError({"version": _("The version belongs to another municipality.")})


class CycleTask(models.Model):
    """One responsible unit's part of a cycle: report on its measures and indicators."""

    cycle = models.ForeignKey(ReportingCycle, on_delete=models.CASCADE, related_name="tasks")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(
        OrgUnit, on_delete=models.PROTECT, related_name="cycle_tasks", verbose_name=_("unit")
    )
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("reporting task")
        verbose_name_plural = _("reporting tasks")
        ordering = ["unit__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "unit"], name="cycletask_one_per_unit")
        ]

    def __str__(self):
        return f"{self.cycle} – {self.unit}"

    def save(self, *args, **kwargs):
        if self.cycle.was_closed:
            raise CycleClosed()
        super().save(*args, **kwargs)

    @property
    def is_done(self) -> bool:
        return self.done_at is not None


class ReminderKind(models.TextChoices):
    OPENED = "opened", _("Invitation when the cycle opened")
    WEEK = "week", _("Reminder 7 days before the due date")
    DAY = "day", _("Reminder 1 day before the due date")
    OVERDUE = "overdue", _("Reminder after the due date")


class ReminderSent(models.Model):
    """What was e-mailed to a unit and when: at most one message per unit and day."""

    task = models.ForeignKey(CycleTask, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(_("kind"), max_length=10, choices=ReminderKind.choices)
    sent_on = models.DateField(_("sent on"))
    recipients = models.PositiveSmallIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        ordering = ["-sent_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["task", "sent_on"], name="remindersent_once_per_day")
        ]

    def __str__(self):
        return f"{self.task} {self.sent_on} {self.kind}"


class SnapshotQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise CycleClosed()

    def delete(self):
        raise CycleClosed()


class CycleSnapshot(models.Model):
    """The frozen state of a version when its cycle closed; written once, never changed.

    ``data`` holds measures (state, progress, budget, verdict and reason), indicators
    (values, target, verdict and reason), goal and field rollups, the evaluations of the
    period and the status mix – everything the progress report needs (see ``snapshot.py``).
    """

    cycle = models.OneToOneField(ReportingCycle, on_delete=models.CASCADE, related_name="snapshot")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    taken_at = models.DateTimeField(_("taken at"))
    data = models.JSONField(default=dict, editable=False)

    objects = SnapshotQuerySet.as_manager()

    class Meta:
        verbose_name = _("snapshot")
        verbose_name_plural = _("snapshots")

    def __str__(self):
        return f"{self.cycle} ({self.taken_at:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise CycleClosed()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise CycleClosed()


class SheetStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting confirmation")
    APPLIED = "applied", _("Imported")
    DISCARDED = "discarded", _("Discarded")


class SheetUpload(models.Model):
    """An uploaded XLSX of one unit: the changes it would make, shown before anything is written."""

    cycle = models.ForeignKey(ReportingCycle, on_delete=models.CASCADE, related_name="uploads")
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    file_name = models.CharField(_("file name"), max_length=255)
    plan = models.JSONField(default=dict, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=SheetStatus.choices, default=SheetStatus.PENDING
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("uploaded sheet")
        verbose_name_plural = _("uploaded sheets")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name
