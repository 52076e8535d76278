"""Indicators with baseline and target, their values, and dated definition changes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from kompass.analysis.models import District
from kompass.concepts.lineage import CopiedFromPredecessor
from kompass.concepts.locking import VersionContent
from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal
from kompass.core.jobs import BackgroundJob, state_field
from kompass.tenancy.models import Municipality, OrgUnit


class Direction(models.TextChoices):
    HIGHER_IS_BETTER = "higher", _("Higher is better")
    LOWER_IS_BETTER = "lower", _("Lower is better")
    # Descriptive indicators (e.g. the population structure) are context, not a scale of success.
    NEUTRAL = "neutral", _("No valuation (descriptive)")


class Periodicity(models.TextChoices):
    ANNUAL = "annual", _("annual")
    BIENNIAL = "biennial", _("every two years")
    SEMIANNUAL = "semiannual", _("half-yearly")
    QUARTERLY = "quarterly", _("quarterly")
    MONTHLY = "monthly", _("monthly")
    IRREGULAR = "irregular", _("irregular")


class IndicatorKind(models.TextChoices):
    GOAL = "goal", _("Goal indicator")
    CONTEXT = "context", _("Context indicator (monitoring)")


class TopicArea(models.TextChoices):
    """The topic areas of integration monitoring (after the Länder integration monitoring)."""

    POPULATION = "population", pgettext_lazy("topic area", "Population")
    LEGAL = "legal", pgettext_lazy("topic area", "Legal integration")
    DAYCARE_LANGUAGE = "daycare_language", pgettext_lazy("topic area", "Daycare and language")
    EDUCATION = "education", pgettext_lazy("topic area", "Education")
    WORK_INCOME = "work_income", pgettext_lazy("topic area", "Work and income")
    HOUSING = "housing", pgettext_lazy("topic area", "Housing")
    HEALTH = "health", pgettext_lazy("topic area", "Health")
    PARTICIPATION = "participation", pgettext_lazy("topic area", "Participation")
    ADMINISTRATION = (
        "administration",
        pgettext_lazy("topic area", "Intercultural opening of the administration"),
    )
    SUBJECTIVE = "subjective", pgettext_lazy("topic area", "Subjective indicators")


class IndicatorCatalogueEntry(models.Model):
    """An indicator of the shared monitoring catalogue; adopted copies stay linked to it.

    The catalogue belongs to no municipality: the link is what makes indicators of
    different municipalities comparable.
    """

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=300)
    topic_area = models.CharField(_("topic area"), max_length=30, choices=TopicArea.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    definition = models.TextField(_("definition"))
    unit = models.CharField(_("unit"), max_length=40)
    numerator = models.CharField(_("numerator"), max_length=300, blank=True)
    denominator = models.CharField(_("denominator"), max_length=300, blank=True)
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices)
    data_source = models.CharField(_("usual data source"), max_length=300)
    periodicity = models.CharField(
        _("periodicity"), max_length=20, choices=Periodicity.choices, default=Periodicity.ANNUAL
    )
    disaggregations = models.CharField(_("disaggregations"), max_length=300, blank=True)
    notes = models.TextField(
        _("methodological notes"),
        blank=True,
        help_text=_("Availability, pitfalls and breaks in the series, e.g. changed definitions."),
    )

    class Meta:
        verbose_name = _("catalogue indicator")
        verbose_name_plural = _("indicator catalogue")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Indicator(VersionContent, CopiedFromPredecessor):
    """An Indikator: what is measured, how, from which source, from where to where."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="indicators")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    field = models.ForeignKey(
        FieldOfAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        verbose_name=_("field of action"),
    )
    goals = models.ManyToManyField(
        Goal, blank=True, related_name="indicators", verbose_name=_("goals")
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=IndicatorKind.choices, default=IndicatorKind.GOAL
    )
    catalogue_code = models.CharField(_("catalogue code"), max_length=40, blank=True)
    catalogue_entry = models.ForeignKey(
        IndicatorCatalogueEntry,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
        verbose_name=_("catalogue indicator"),
    )
    name = models.CharField(_("name"), max_length=300)
    definition = models.TextField(_("definition"), blank=True)
    unit = models.CharField(
        _("unit"), max_length=40, help_text=_("e.g. %, persons, EUR, per 1,000 inhabitants")
    )
    numerator = models.CharField(_("numerator"), max_length=300, blank=True)
    denominator = models.CharField(_("denominator"), max_length=300, blank=True)
    data_source = models.CharField(_("data source"), max_length=300, blank=True)
    periodicity = models.CharField(
        _("periodicity"), max_length=20, choices=Periodicity.choices, default=Periodicity.ANNUAL
    )
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.HIGHER_IS_BETTER
    )
    disaggregations = models.CharField(
        _("disaggregations"),
        max_length=300,
        blank=True,
        help_text=_("e.g. district, gender, age group"),
    )
    responsible_unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("responsible unit"),
    )
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target_value = models.DecimalField(
        _("target value"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)
    tolerance_percent = models.DecimalField(
        _("tolerance for 'at risk' (%)"),
        max_digits=5,
        decimal_places=1,
        default=10,
        help_text=_(
            "How far behind the expected path a value may be before it counts as off track."
        ),
    )
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[goals])

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.target_value is not None and self.target_date is None:
            errors["target_date"] = _("A target value needs a target date.")
        if self.baseline_value is not None and self.baseline_year is None:
            errors["baseline_year"] = _("A baseline needs the year it was measured.")
        if self.field_id and self.field.version_id != self.version_id:
            errors["field"] = _("The field of action belongs to another concept version.")
        if errors:
            raise ValidationError(errors)

    @property
    def has_target(self) -> bool:
        return self.target_value is not None and self.target_date is not None


class DefinitionChange(models.Model):
    """A dated change of an indicator's definition: a break in the series, marked, not hidden."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="definition_changes"
    )
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    valid_from = models.DateField(_("valid from"))
    description = models.TextField(_("what changed"))

    class Meta:
        verbose_name = _("definition change")
        verbose_name_plural = _("definition changes")
        ordering = ["valid_from"]

    def __str__(self):
        return f"{self.valid_from}: {self.description[:60]}"


class ValueFlag(models.TextChoices):
    NONE = "", _("—")
    PROVISIONAL = "provisional", _("provisional")
    ESTIMATED = "estimated", _("estimated")
    CORRECTED = "corrected", _("corrected")
    LIMITED = "limited", _("limited reliability")
    SECRET = "secret", _("secret")
    NOT_AVAILABLE = "not_available", _("not yet available")
    UNRELIABLE = "unreliable", _("not reliable enough")
    NOT_APPLICABLE = "not_applicable", _("not meaningful")
    # "-" in the classic tables: nothing there, a true zero (the value is 0).
    NOTHING = "nothing", _("nothing there (zero)")
    # "-" where a flat file publishes no number (and the importer chose "no value").
    NOT_PUBLISHED = "not_published", _("no value published")

    @classmethod
    def without_value(cls) -> set[str]:
        """Flags that stand for a missing number: the value stays empty, never zero."""
        return {
            cls.SECRET,
            cls.NOT_AVAILABLE,
            cls.UNRELIABLE,
            cls.NOT_APPLICABLE,
            cls.NOT_PUBLISHED,
        }


class IndicatorValue(models.Model):
    """A measured value of an indicator for one period, optionally for one district or group."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    reference_date = models.DateField(_("reference date"), null=True, blank=True)
    district = models.ForeignKey(
        District,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("district"),
    )
    group = models.CharField(
        _("group"),
        max_length=120,
        blank=True,
        help_text=_("Disaggregation, e.g. 'female' or 'under 25'"),
    )
    # The official codes of the group's characteristics (e.g. "NAT=NATA"), empty for groups
    # typed by hand: imports match a series by its codes, so a renamed label ("Ausländer/-innen"
    # → "ausländisch") or an English download continues the same series.
    group_code = models.CharField(_("group code"), max_length=120, blank=True, editable=False)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3, null=True, blank=True)
    flag = models.CharField(
        _("note"), max_length=20, choices=ValueFlag.choices, blank=True, default=""
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entered_at = models.DateTimeField(_("entered at"), auto_now=True)
    import_batch = models.ForeignKey(
        "ImportBatch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="values",
        editable=False,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        ordering = ["year", "reference_date", "pk"]
        indexes = [models.Index(fields=["indicator", "year"])]

    def __str__(self):
        return f"{self.indicator} {self.year}: {self.value}"

    def clean(self):
        if self.flag in ValueFlag.without_value() and self.value is not None:
            raise ValidationError(
                {
                    "value": _("A value marked as '%(flag)s' must stay empty.")
                    % {"flag": self.get_flag_display()}
                }
            )
        if self.value is None and self.flag not in ValueFlag.without_value():
            raise ValidationError({"value": _("Enter a value or choose why there is none.")})
        if self.district_id and self.district.municipality_id != self.municipality_id:
            raise ValidationError({"district": _("The district belongs to another municipality.")})


class ComparisonValue(models.Model):
    """A value of another region (the Land, Germany, the county) kept beside an indicator's own
    values as a comparison line; it never counts for the indicator's status."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="comparisons")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    region_key = models.CharField(_("region key"), max_length=12)
    region_name = models.CharField(_("region"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    reference_date = models.DateField(_("reference date"), null=True, blank=True)
    group = models.CharField(_("group"), max_length=120, blank=True)
    group_code = models.CharField(_("group code"), max_length=120, blank=True)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3, null=True, blank=True)
    flag = models.CharField(
        _("note"), max_length=20, choices=ValueFlag.choices, blank=True, default=""
    )
    source = models.CharField(_("source"), max_length=300, blank=True)
    entered_at = models.DateTimeField(_("entered at"), auto_now=True)
    import_batch = models.ForeignKey(
        "ImportBatch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comparison_values",
        editable=False,
    )

    class Meta:
        verbose_name = _("comparison value")
        verbose_name_plural = _("comparison values")
        ordering = ["region_key", "year", "pk"]
        indexes = [models.Index(fields=["indicator", "region_key", "year"])]

    def __str__(self):
        return f"{self.indicator} {self.region_name} {self.year}: {self.value}"


class DashMeaning(models.TextChoices):
    """What a flat file's "-" without quality code means for one import (the user decides)."""

    NO_VALUE = "no_value", _("no value published")
    ZERO = "zero", _("zero (nothing there)")


class ImportStatus(models.TextChoices):
    READING = "reading", _("Reading the file")
    PENDING = "pending", _("Awaiting confirmation")
    APPLYING = "applying", _("Importing")
    APPLIED = "applied", _("Imported")
    FAILED = "failed", _("Failed, nothing changed")
    UNDONE = "undone", _("Undone")


class ImportFormat(models.TextChoices):
    TABLE = "table", _("GENESIS/Regionaldatenbank table")
    FFCSV = "ffcsv", _("GENESIS flat file (ffcsv)")
    FFCSV_OLDER = "ffcsv-older", _("GENESIS flat file, older layout")
    OWN = "own", _("Own table (CSV or Excel)")


class ImportState(models.TextChoices):
    """What a background run of an import is doing; empty when nothing runs."""

    QUEUED = "queued", _("Waiting for its turn")
    READING = "reading", _("Reading the file")
    CHECKING = "checking", _("Checking every value")
    WRITING = "writing", _("Writing the values")


class ImportBatch(BackgroundJob):
    """One uploaded statistics file: who, when, which file (name and checksum), what it did.

    Large files are read, checked and imported by the background job (``core.jobs``).
    """

    JOB_RUNNER = "kompass.indicators.import_pipeline.run_step"
    RUNNING_STATE = ImportState.READING

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="import_batches"
    )
    file = models.FileField(_("file"), upload_to="imports/%Y/%m/")
    file_name = models.CharField(_("file name"), max_length=255)
    checksum = models.CharField(_("checksum (SHA-256)"), max_length=64)
    file_format = models.CharField(_("format"), max_length=20, choices=ImportFormat.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    mapping = models.JSONField(_("assignment"), default=dict, blank=True)
    # A ZIP archive (as the GENESIS web service delivers it) holds one or more CSV files:
    # the one that is imported.
    archive_member = models.CharField(_("file in the archive"), max_length=255, blank=True)
    dash_means = models.CharField(
        _("“-” without quality code means"),
        max_length=10,
        choices=DashMeaning.choices,
        default=DashMeaning.NO_VALUE,
    )
    keep_comparison = models.BooleanField(
        _("keep values of the Land and Germany as comparison lines"), default=True
    )
    # Set when the file was fetched from a statistics web service rather than uploaded.
    service = models.CharField(_("web service"), max_length=30, blank=True)
    table_code = models.CharField(_("table code"), max_length=40, blank=True)
    # What reading the file found (series or columns, problems, number of values) and what
    # the last preview planned (counts, the first rows, problems): pages render from these,
    # so a large file is read by the background worker, not in a web request.
    summary = models.JSONField(default=dict, blank=True, editable=False)
    preview = models.JSONField(default=dict, blank=True, editable=False)
    state = state_field(ImportState)
    counts = models.JSONField(_("result"), default=dict, blank=True)
    replaced = models.JSONField(default=list, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    applied_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(_("undone at"), null=True, blank=True)

    class Meta:
        verbose_name = _("statistics import")
        verbose_name_plural = _("statistics imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name

    def source_label(self) -> str:
        return _("Import") + f" {self.file_name} ({self.created_at:%d.%m.%Y})"

    def failure_fields(self, error, params) -> dict:
        """A step that broke changed nothing: a file that could not be read is failed, else
        the batch awaits confirmation again."""
        failed = params["step"] == "analyse"
        return {
            "status": ImportStatus.FAILED if failed else ImportStatus.PENDING,
            "error": _("The import stopped because of an internal error; nothing was changed."),
        }

    def interrupted_fields(self) -> dict:
        """Nothing was written by a lost step (every step runs in a transaction that a stopped
        worker never committed): the file can be checked or imported again."""
        reading = self.status == ImportStatus.READING
        return {
            "status": ImportStatus.FAILED if reading else ImportStatus.PENDING,
            "preview": {},
            "error": _(
                "The background processing was interrupted (the worker was probably stopped). "
                "Nothing was changed; please start the step again."
            ),
        }
