"""The process of writing a concept version: phases, steps, milestones, tasks, budget, facilitator
contract, communication plan – plus what a person chose about reminders and calendar feeds.

A process belongs to one concept version but is not *content* of it: it goes on after the
version is adopted (step 12, publishing), so it is not locked with the version.
"""

import hashlib
import hmac
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from kompass.analysis.models import AnalysisItem, AnalysisKind
from kompass.concepts.models import ConceptVersion
from kompass.measures.models import FundingSource
from kompass.tenancy.models import Municipality, OrgUnit

from .catalogue import TEMPLATE_CHOICES

FACTOR_KINDS = (AnalysisKind.SUPPORTING, AnalysisKind.HINDERING)
MONEY = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


class Process(models.Model):
    """The managed process (Prozess) that produces a concept version, started from a template."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.OneToOneField(
        ConceptVersion,
        on_delete=models.CASCADE,
        related_name="process",
        verbose_name=_("concept version"),
    )
    template = models.CharField(_("template"), max_length=30, choices=TEMPLATE_CHOICES, blank=True)
    start_date = models.DateField(_("start"))
    budget_total = models.DecimalField(
        _("process budget (EUR)"),
        null=True,
        blank=True,
        help_text=_("The money available for the process as a whole."),
        **MONEY,
    )
    notes = models.TextField(_("notes"), blank=True)
    factors = models.ManyToManyField(
        AnalysisItem,
        blank=True,
        related_name="processes",
        limit_choices_to={"kind__in": FACTOR_KINDS},
        verbose_name=_("supporting and hindering factors"),
    )
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[factors])

    class Meta:
        verbose_name = _("process")
        verbose_name_plural = _("processes")

    def __str__(self):
        return str(_("Process of %(version)s") % {"version": self.version.concept.title})

    def clean(self):
        if self.version_id and self.version.municipality_id != self.municipality_id:
            raise ValidationError({"version": _("The version belongs to another municipality.")})


class ProcessChild(models.Model):
    """A row of a process: it lives in the process's municipality."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    lock_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        abstract = True

    def check_same_process(self, errors: dict, **related):
        for name, obj in related.items():
            if obj is not None and obj.process_id != self.process_id:
                errors[name] = _("This belongs to another process.")

    @property
    def owner_name(self) -> str:
        """The owning person and/or unit, for lists (owners are select_related there)."""
        names = []
        if getattr(self, "owner_user_id", None):
            names.append(self.owner_user.get_full_name() or self.owner_user.username)
        if getattr(self, "owner_unit_id", None):
            names.append(str(self.owner_unit))
        return ", ".join(names)

    def check_owner(self, errors: dict):
        """Owners are people and units of the process's own municipality."""
        unit = getattr(self, "owner_unit", None)
        if unit is not None and unit.municipality_id != self.municipality_id:
            errors["owner_unit"] = _("The unit belongs to another municipality.")
        user = getattr(self, "owner_user", None)
        if (
            user is not None
            and not user.memberships.filter(municipality_id=self.municipality_id).exists()
        ):
            errors["owner_user"] = _("This person is not a member of the municipality.")


class ProcessPhase(ProcessChild):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="phases")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class StepStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("process", "In progress")
    DONE = "done", _("Done")
    SKIPPED = "skipped", _("Not needed")


CLOSED_STEP_STATUSES = frozenset({StepStatus.DONE, StepStatus.SKIPPED})


class ProcessStep(ProcessChild):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="steps")
    phase = models.ForeignKey(
        ProcessPhase,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="steps",
        verbose_name=_("phase"),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=StepStatus.choices, default=StepStatus.OPEN
    )
    done_on = models.DateField(_("done on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("process step")
        verbose_name_plural = _("process steps")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    @property
    def is_closed(self) -> bool:
        """Done or not needed: the process has moved past this step."""
        return self.status in CLOSED_STEP_STATUSES

    def clean(self):
        errors = {}
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            errors["planned_end"] = _("The end must not be before the start.")
        if self.done_on and self.status != StepStatus.DONE:
            errors["done_on"] = _("Only a step marked as done has a completion date.")
        self.check_same_process(errors, phase=self.phase if self.phase_id else None)
        if errors:
            raise ValidationError(errors)


class ProcessMilestone(ProcessChild):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="milestones")
    step = models.ForeignKey(
        ProcessStep,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="milestones",
        verbose_name=_("step"),
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=300)
    reached = models.BooleanField(_("reached"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("process milestone")
        verbose_name_plural = _("process milestones")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        self.check_same_process(errors, step=self.step if self.step_id else None)
        if errors:
            raise ValidationError(errors)


class TaskStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("process", "In progress")
    DONE = "done", _("Done")


class TaskTiming(models.TextChoices):
    """When a task falls that belongs to no single step (seed 004: davor, währenddessen, danach)."""

    STEP = "", _("In a step")
    BEFORE = "before", _("Before the process")
    DURING = "during", _("Throughout the process")
    AFTER = "after", _("After the process")


class ProcessTask(ProcessChild):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="tasks")
    step = models.ForeignKey(
        ProcessStep,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
        verbose_name=_("step"),
    )
    timing = models.CharField(
        _("timing"), max_length=10, choices=TaskTiming.choices, blank=True, default=""
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="process_tasks",
        verbose_name=_("owner (person)"),
    )
    owner_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="process_tasks",
        verbose_name=_("owner (unit)"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("process task")
        verbose_name_plural = _("process tasks")
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["status", "due_date"])]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        self.check_same_process(errors, step=self.step if self.step_id else None)
        self.check_owner(errors)
        if self.step_id and self.timing:
            errors["timing"] = _("A task in a step has no timing of its own.")
        if errors:
            raise ValidationError(errors)


class ProcessBudgetLine(ProcessChild):
    """Money for the process itself (facilitation, events, interpreting, print), per year and source."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="budget_lines")
    item = models.CharField(_("item"), max_length=300)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    amount = models.DecimalField(_("amount (EUR)"), **MONEY)
    funding = models.CharField(_("funding"), max_length=20, choices=FundingSource.choices)
    funding_programme = models.CharField(_("funding programme"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("process budget line")
        verbose_name_plural = _("process budget lines")
        ordering = ["year", "pk"]

    def __str__(self):
        return f"{self.item} ({self.year})"


class FacilitatorContract(ProcessChild):
    """The contract with the external facilitator (Prozessbegleitung, seed 000 step 6)."""

    process = models.OneToOneField(
        Process, on_delete=models.CASCADE, related_name="facilitator_contract"
    )
    provider = models.CharField(_("provider"), max_length=300)
    scope = models.TextField(
        _("scope"),
        help_text=_("What the facilitator does – and what not (seed 004: agree on limits)."),
    )
    days = models.DecimalField(
        _("days"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Optional: leave empty if the contract states no number of days."),
    )
    day_rate = models.DecimalField(_("day rate (EUR)"), null=True, blank=True, **MONEY)
    total_cost = models.DecimalField(
        _("total cost (EUR)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use days × day rate, or if the contract states no amount."),
        **MONEY,
    )
    period_start = models.DateField(_("contract from"))
    period_end = models.DateField(_("contract until"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("facilitator contract")
        verbose_name_plural = _("facilitator contracts")

    def __str__(self):
        return self.provider

    @property
    def cost(self):
        """The stated total cost, else days × day rate where both are stated, else None."""
        if self.total_cost is not None:
            return self.total_cost
        if self.days is not None and self.day_rate is not None:
            return (self.days * self.day_rate).quantize(Decimal("0.01"))
        return None

    def clean(self):
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The end must not be before the start.")})


class CommunicationGoal(models.TextChoices):
    """The communication goals of seed 004 ("Kommunikation als Grundpfeiler")."""

    INFORMATION = "information", _("Information")
    LEGITIMATION = "legitimation", _("Legitimation")
    DIALOG = "dialog", _("Dialogue")
    MARKETING = "marketing", _("Marketing")
    ACTION = "action", _("Action")
    MOTIVATION = "motivation", _("Motivation")


class CommunicationItem(ProcessChild):
    """One entry of the communication plan: which goal, for whom, on which channel, when, by whom."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="communication")
    title = models.CharField(_("what"), max_length=300)
    goal = models.CharField(
        _("communication goal"), max_length=20, choices=CommunicationGoal.choices
    )
    audience = models.CharField(
        _("audience"), max_length=300, help_text=_("e.g. administration, residents, associations")
    )
    channel = models.CharField(
        _("channel"),
        max_length=200,
        help_text=_("e.g. press release, personal conversation, information stand, intranet"),
    )
    date = models.DateField(_("date"))
    owner_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("owner (person)"),
    )
    owner_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("owner (unit)"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.OPEN
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("communication item")
        verbose_name_plural = _("communication plan")
        ordering = ["date", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        self.check_owner(errors)
        if errors:
            raise ValidationError(errors)


class TaskReminder(models.Model):
    """A reminder about a task was e-mailed on this day: at most one per task and day."""

    task = models.ForeignKey(ProcessTask, on_delete=models.CASCADE, related_name="reminders")
    sent_on = models.DateField(_("sent on"))
    recipients = models.PositiveSmallIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("task reminder sent")
        verbose_name_plural = _("task reminders sent")
        ordering = ["-sent_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["task", "sent_on"], name="taskreminder_once_per_day")
        ]

    def __str__(self):
        return f"{self.task_id} {self.sent_on}"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CalendarFeed(models.Model):
    """A person's private calendar address. Only the SHA-256 of the token is stored."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return f"{self.user}"

    @classmethod
    def regenerate(cls, user) -> str:
        """A new token for ``user`` (the old address stops working); returns the token once."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(user=user, defaults={"token_hash": hash_token(token)})
        return token

    @classmethod
    def user_for_token(cls, token: str):
        """The active user the token belongs to, or None (hashes compared in constant time)."""
        wanted = hash_token(token)
        feed = cls.objects.filter(token_hash=wanted).select_related("user").first()
        if feed is None or not hmac.compare_digest(feed.token_hash, wanted):
            return None
        return feed.user if feed.user.is_active else None
