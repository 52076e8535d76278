"""Actors (Akteure) of integration work in a municipality and the offers (Angebote) they run.

Actors are organisations outside the administration: associations, schools, welfare
associations, migrant organisations and so on. Their contact data are those of the
organisation, never of private persons. Offers are existing services; together they
form the inventory of the situation analysis and show where offers are missing.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.analysis.models import District
from kompass.concepts.models import FieldCatalogueEntry, TargetGroup
from kompass.tenancy.models import Municipality


class ActorType(models.TextChoices):
    MIGRANT_ORGANISATION = "migrant_organisation", _("Migrant organisation")
    WELFARE_ASSOCIATION = "welfare_association", _("Welfare association")
    RELIGIOUS_COMMUNITY = "religious_community", _("Religious community")
    SCHOOL = "school", _("School")
    DAYCARE = "daycare", _("Daycare centre")
    CLUB = "club", _("Club or association")
    COMPANY = "company", _("Company")
    CHAMBER = "chamber", _("Chamber")
    JOB_CENTRE = "job_centre", _("Job centre or employment agency")
    POLICE = "police", _("Police")
    ADVISORY_COUNCIL = "advisory_council", _("Integration or foreigners' advisory council")
    UNIVERSITY = "university", _("University")
    EDUCATION_PROVIDER = "education_provider", _("Education provider")
    COUNSELLING = "counselling", _("Counselling service")
    INITIATIVE = "initiative", _("Initiative")
    PUBLIC_AUTHORITY = "public_authority", _("Public authority")
    OTHER = "other", _("Other")


def normalise_languages(text: str) -> str:
    """A comma-separated list of languages without blanks and duplicates (``Deutsch, Arabisch``)."""
    seen = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part and part.casefold() not in {s.casefold() for s in seen}:
            seen.append(part)
    return ", ".join(seen)


class Actor(models.Model):
    """An organisation (or initiative) outside the administration that takes part in integration work."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="actors")
    name = models.CharField(_("name"), max_length=200)
    actor_type = models.CharField(
        _("type"), max_length=30, choices=ActorType.choices, default=ActorType.OTHER
    )
    description = models.TextField(_("description"), blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("town"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    fields = models.ManyToManyField(
        FieldCatalogueEntry, blank=True, related_name="+", verbose_name=_("fields of action")
    )
    districts = models.ManyToManyField(
        District, blank=True, related_name="actors", verbose_name=_("districts")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("target groups")
    )
    languages = models.CharField(
        _("languages"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    active = models.BooleanField(_("active"), default=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[fields, districts, target_groups])

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                "municipality",
                Lower("name"),
                name="actor_unique_name",
                violation_error_message=_("An actor with this name already exists."),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        self.name = self.name.strip()
        self.languages = normalise_languages(self.languages)

    @property
    def address(self) -> str:
        place = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (self.street, place) if p)


class Offer(models.Model):
    """An existing service (Angebot): who runs it, for which fields, target groups and districts.

    An offer without districts is available in the whole municipality.
    """

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="offers")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    # RESTRICT, not PROTECT: an actor with offers cannot be deleted on its own, but deleting
    # the whole municipality still removes both.
    provider = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="offers",
        verbose_name=_("provider"),
    )
    fields = models.ManyToManyField(
        FieldCatalogueEntry, blank=True, related_name="+", verbose_name=_("fields of action")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("target groups")
    )
    districts = models.ManyToManyField(
        District,
        blank=True,
        related_name="offers",
        verbose_name=_("districts"),
        help_text=_("None chosen: the offer is open to the whole municipality."),
    )
    languages = models.CharField(
        _("languages"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    contact = models.CharField(
        _("contact"),
        max_length=300,
        blank=True,
        help_text=_("E-mail or phone of the organisation, not of private persons."),
    )
    website = models.URLField(_("website"), blank=True)
    free_of_charge = models.BooleanField(_("free of charge"), default=True)
    cost_note = models.CharField(_("costs"), max_length=200, blank=True)
    schedule = models.CharField(
        _("times"), max_length=300, blank=True, help_text=_("e.g. “Tuesdays 4–6 pm”")
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    active = models.BooleanField(_("active"), default=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords(m2m_fields=[fields, target_groups, districts])

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        self.title = self.title.strip()
        self.languages = normalise_languages(self.languages)
        if self.provider_id and self.provider.municipality_id != self.municipality_id:
            raise ValidationError({"provider": _("The provider belongs to another municipality.")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end lies before the start.")})


class ImportKind(models.TextChoices):
    ACTORS = "actors", _("Actors")
    OFFERS = "offers", _("Offers")


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("checked, not yet imported")
    APPLIED = "applied", _("imported")


class RegisterImport(models.Model):
    """One uploaded actors or offers file: kept until it is confirmed, then the audit record."""

    MAX_BYTES = 5 * 1024 * 1024

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("kind"), max_length=10, choices=ImportKind.choices)
    file_name = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.PENDING
    )
    counts = models.JSONField(_("result"), default=dict, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    applied_at = models.DateTimeField(_("imported at"), null=True, blank=True)

    class Meta:
        verbose_name = _("actors or offers import")
        verbose_name_plural = _("actors and offers imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name


# -- The network of actors (partizipative Netzwerkanalyse) -------------------------------


class RelationKind(models.TextChoices):
    COOPERATION = "cooperation", _("Cooperation")
    FUNDING = "funding", _("Funding")
    MEMBERSHIP = "membership", _("Membership")
    INFORMATION = "information", _("Exchange of information")


# Cooperation and exchange of information go both ways; funding and membership have a direction
# (the first actor funds the second / is a member of the second).
SYMMETRIC_KINDS = frozenset({RelationKind.COOPERATION, RelationKind.INFORMATION})


class Strength(models.IntegerChoices):
    WEAK = 1, _("weak (occasional contact)")
    MEDIUM = 2, _("medium (regular contact)")
    STRONG = 3, _("strong (close, binding cooperation)")


class NetworkSurvey(models.Model):
    """One dated recording of the network, e.g. in a workshop; surveys can be compared."""

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="network_surveys"
    )
    title = models.CharField(_("title"), max_length=200)
    surveyed_on = models.DateField(_("date of the survey"))
    method = models.CharField(
        _("method"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Workshop with 24 participants”, “Interviews with key actors”"),
    )
    notes = models.TextField(_("notes"), blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("network survey")
        verbose_name_plural = _("network surveys")
        ordering = ["-surveyed_on", "-pk"]

    def __str__(self):
        return self.title


def relation_key(source_id: int, target_id: int, kind: str) -> tuple[int, int, str]:
    """The identity of a relation within a survey: symmetric kinds ignore the direction."""
    if kind in SYMMETRIC_KINDS and target_id < source_id:
        source_id, target_id = target_id, source_id
    return (source_id, target_id, kind)


class ActorRelation(models.Model):
    """A relation between two actors in one survey: kind, strength and the day it was recorded."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    survey = models.ForeignKey(
        NetworkSurvey,
        on_delete=models.CASCADE,
        related_name="relations",
        verbose_name=_("survey"),
    )
    source = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="relations_out", verbose_name=_("actor")
    )
    target = models.ForeignKey(
        Actor, on_delete=models.CASCADE, related_name="relations_in", verbose_name=_("with actor")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=RelationKind.choices)
    strength = models.PositiveSmallIntegerField(
        _("strength"), choices=Strength.choices, default=Strength.MEDIUM
    )
    recorded_on = models.DateField(_("recorded on"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("relation between actors")
        verbose_name_plural = _("relations between actors")
        ordering = ["source__name", "target__name", "kind", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "source", "target", "kind"],
                name="actorrelation_unique",
                violation_error_message=_("This relation is already recorded in the survey."),
            ),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")),
                name="actorrelation_not_self",
                violation_error_message=_("An actor cannot have a relation with itself."),
            ),
            models.CheckConstraint(
                condition=models.Q(strength__gte=1, strength__lte=3),
                name="actorrelation_strength_1_3",
            ),
        ]

    def __str__(self):
        return f"{self.source} – {self.target} ({self.get_kind_display()})"

    @property
    def key(self) -> tuple[int, int, str]:
        return relation_key(self.source_id, self.target_id, self.kind)

    def clean(self):
        errors = {}
        if self.source_id and self.source_id == self.target_id:
            errors["target"] = _("An actor cannot have a relation with itself.")
        municipality_id = self.municipality_id or (
            self.survey.municipality_id if self.survey_id else None
        )
        for name in ("source", "target"):
            actor = getattr(self, name, None) if getattr(self, f"{name}_id") else None
            if actor is not None and actor.municipality_id != municipality_id:
                errors[name] = _("The actor belongs to another municipality.")
        if self.survey_id and self.survey.municipality_id != self.municipality_id:
            errors["survey"] = _("The survey belongs to another municipality.")
        if errors:
            raise ValidationError(errors)
