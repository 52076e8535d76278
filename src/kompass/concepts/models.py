"""The concept tree: concept, versions, vision, guidelines, fields of action, goals, catalogues."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.tenancy.models import Municipality, OrgUnit

from .lineage import CopiedFromPredecessor
from .locking import VersionContent, VersionLocked


class CatalogueQuerySet(models.QuerySet):
    def available_to(self, municipality):
        """Shipped entries plus the municipality's own additions."""
        return self.filter(
            models.Q(municipality__isnull=True) | models.Q(municipality=municipality)
        )


class TargetGroupCategory(models.TextChoices):
    INSTITUTION = "institution", _("Institutions and actors")
    POPULATION = "population", _("Population groups")


class TargetGroup(models.Model):
    """A target group from the shipped catalogue (municipality empty) or added by a municipality."""

    municipality = models.ForeignKey(
        Municipality, null=True, blank=True, on_delete=models.CASCADE, related_name="target_groups"
    )
    name = models.CharField(_("name"), max_length=200)
    category = models.CharField(_("category"), max_length=20, choices=TargetGroupCategory.choices)
    often_hard_to_reach = models.BooleanField(_("often hard to reach"), default=False)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["category", "name"]

    def __str__(self):
        return self.name


class FieldCatalogueEntry(models.Model):
    """A field of action from the shipped catalogue, the anchor for comparing municipalities."""

    municipality = models.ForeignKey(
        Municipality,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="field_catalogue",
    )
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    objects = CatalogueQuerySet.as_manager()

    class Meta:
        verbose_name = _("field of action (catalogue)")
        verbose_name_plural = _("fields of action (catalogue)")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ConceptQuerySet(models.QuerySet):
    def in_municipality(self, municipality):
        return self.filter(municipality=municipality)


class Concept(models.Model):
    """A municipality's integration concept across all its versions (Fortschreibungen)."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="concepts"
    )
    title = models.CharField(_("title"), max_length=300)
    kind_label = models.CharField(
        _("kind of document"),
        max_length=120,
        default="Integrationskonzept",
        help_text=_(
            "e.g. Integrationskonzept, Vielfalts- und Integrationsstrategie, Leitbild Integration"
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ConceptQuerySet.as_manager()

    class Meta:
        verbose_name = _("concept")
        verbose_name_plural = _("concepts")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title


class VersionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CONSULTATION = "consultation", _("In consultation")
    ADOPTED = "adopted", _("Adopted")
    SUPERSEDED = "superseded", _("Superseded")


QUOTES = "\"'„“”‚‘’«»‹›"


def unquoted(text: str) -> str:
    """``text`` without quotation marks around it, to be quoted once by the sentence."""
    return " ".join(text.split()).strip(QUOTES).strip()


class ConceptVersion(CopiedFromPredecessor):
    """One Fassung of a concept; adopted and superseded versions are read-only."""

    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="versions")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveSmallIntegerField(_("version number"), default=1)
    title = models.CharField(
        _("label of this version (optional)"),
        max_length=300,
        blank=True,
        help_text=_(
            "A label or state such as “Version 2.2 – Stand 15. Mai 2007”. The concept's title "
            "is its name; the label is added where it helps."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    period_start = models.PositiveSmallIntegerField(_("valid from (year)"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("valid until (year)"), null=True, blank=True)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    adopting_resolution = models.CharField(
        _("adopting resolution"),
        max_length=300,
        blank=True,
        help_text=_("Body, date and reference of the council resolution"),
    )
    predecessor = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="successors"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("concept version")
        verbose_name_plural = _("concept versions")
        ordering = ["concept", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["concept", "number"], name="version_unique_number")
        ]

    def __str__(self):
        label = _("version")
        return f"{self.concept.title} – {label} {self.number} ({self.get_status_display()})"

    # What the council adopted: fixed once the version is adopted (the status still moves on
    # to "superseded" when a newer version is adopted).
    ADOPTED_FIELDS = (
        "concept_id",
        "number",
        "title",
        "period_start",
        "period_end",
        "adopted_on",
        "adopting_resolution",
    )

    def save(self, *args, **kwargs):
        if self.pk:
            stored = (
                type(self)
                .objects.filter(
                    pk=self.pk, status__in=[VersionStatus.ADOPTED, VersionStatus.SUPERSEDED]
                )
                .values(*self.ADOPTED_FIELDS)
                .first()
            )
            if stored and any(stored[f] != getattr(self, f) for f in self.ADOPTED_FIELDS):
                raise VersionLocked()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("version_overview", args=[self.municipality.slug, self.pk])

    @property
    def is_locked(self) -> bool:
        return self.status in {VersionStatus.ADOPTED, VersionStatus.SUPERSEDED}

    @property
    def period_label(self) -> str:
        """The period as "2024–2030"; "from 2007" without an end, "until 2030" without a start;
        "" without either."""
        start, end = self.period_start, self.period_end
        if start and end:
            return str(start) if start == end else f"{start}–{end}"
        if start:
            return gettext("from %(year)s") % {"year": start}
        if end:
            return gettext("until %(year)s") % {"year": end}
        return ""

    @property
    def has_period_range(self) -> bool:
        """Both start and end year are known (a text may say "in the years …")."""
        return bool(self.period_start and self.period_end)

    @property
    def label(self) -> str:
        """The version's own label, unless it is empty or only repeats the concept's title."""
        label = " ".join(self.title.split())
        return "" if label == " ".join(self.concept.title.split()) else label

    @property
    def full_title(self) -> str:
        """The concept's title with the version's label: "Integrationskonzept (Stand 2007)"."""
        title = unquoted(self.concept.title)
        return f"{title} ({self.label})" if self.label else title


class Vision(VersionContent, CopiedFromPredecessor):
    """The Leitbild of a version: the vision text and its local narrative."""

    version = models.OneToOneField(ConceptVersion, on_delete=models.CASCADE, related_name="vision")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=300, blank=True)
    text = models.TextField(_("vision"))
    local_narrative = models.TextField(
        _("local narrative"),
        blank=True,
        help_text=_("What makes the town's diversity its own: history, places, people, potential."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("vision")
        verbose_name_plural = _("visions")

    def __str__(self):
        return self.title or str(_("Vision"))


class Guideline(VersionContent, CopiedFromPredecessor):
    """A Leitlinie, ordered within its version."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="guidelines")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("guideline")
        verbose_name_plural = _("guidelines")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


class Priority(models.TextChoices):
    HIGH = "high", _("high")
    MEDIUM = "medium", _("medium")
    LOW = "low", _("low")


class FieldOfAction(VersionContent, CopiedFromPredecessor):
    """A Handlungsfeld of a version, optionally anchored in the shipped catalogue."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="fields")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    catalogue_entry = models.ForeignKey(
        FieldCatalogueEntry,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("catalogue field"),
        help_text=_(
            "Links the field to the shared catalogue so it can be compared across municipalities."
        ),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    priority = models.CharField(
        _("priority"), max_length=10, choices=Priority.choices, default=Priority.MEDIUM
    )
    lead_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        verbose_name=_("lead unit"),
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.name


class GoalLevel(models.IntegerChoices):
    GUIDING = 1, _("Guiding goal")
    STRATEGIC = 2, _("Strategic goal")
    OPERATIVE = 3, _("Operative goal")


class GoalKind(models.TextChoices):
    IMPACT = "impact", _("Impact goal")
    STRUCTURE = "structure", _("Structural goal")
    PROCESS = "process", _("Process goal")


class Addressee(models.TextChoices):
    ADMINISTRATION = "administration", _("Administration")
    SOCIETY = "society", _("Society")


class Goal(VersionContent, CopiedFromPredecessor):
    """A Ziel on one of three levels; operative goals hang under a strategic (or guiding) goal."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="goals")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    field = models.ForeignKey(
        FieldOfAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="goals",
        verbose_name=_("field of action"),
    )
    level = models.PositiveSmallIntegerField(_("level"), choices=GoalLevel.choices)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("parent goal"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("goal"), max_length=500)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(
        _("kind of goal"), max_length=20, choices=GoalKind.choices, default=GoalKind.IMPACT
    )
    addressee = models.CharField(
        _("addressed to"), max_length=20, choices=Addressee.choices, default=Addressee.SOCIETY
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("target groups")
    )
    guidelines = models.ManyToManyField(
        Guideline, blank=True, related_name="goals", verbose_name=_("guidelines")
    )
    target_date = models.DateField(_("to be reached by"), null=True, blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[target_groups, guidelines])

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["level", "position", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.parent_id:
            if self.parent_id == self.pk:
                errors["parent"] = _("A goal cannot be its own parent.")
            elif self.parent.version_id != self.version_id:
                errors["parent"] = _("The parent goal belongs to another concept version.")
            elif self.parent.level >= self.level:
                errors["parent"] = _(
                    "The parent goal must be on a higher level (guiding → strategic → operative)."
                )
            elif self.field_id and self.parent.field_id and self.parent.field_id != self.field_id:
                errors["field"] = _("The parent goal belongs to another field of action.")
        if self.field_id and self.field.version_id != self.version_id:
            errors["field"] = _("The field of action belongs to another concept version.")
        # Levels rise strictly from parent to child, which also rules out cycles.
        if self.pk and self.level and self.children.filter(level__lte=self.level).exists():
            errors["level"] = _("This goal has sub-goals; its level must stay above theirs.")
        if errors:
            raise ValidationError(errors)
