"""Bodies (Gremien) of a municipality and their resolutions (Beschlüsse).

Members of bodies are members of public bodies: only their name, function and
organisation are recorded, nothing private. A resolution may concern a concept version
(start of the process, adoption) and link to the council information system.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from kompass.actors.models import Actor
from kompass.concepts.models import ConceptVersion
from kompass.tenancy.models import Municipality


class BodyKind(models.TextChoices):
    COUNCIL = "council", pgettext_lazy("body", "Council")
    COMMITTEE = "committee", _("Committee")
    ADVISORY_COUNCIL = "advisory_council", _("Integration or foreigners' advisory council")
    STEERING_GROUP = "steering_group", _("Steering group")
    WORKING_GROUP = "working_group", _("Working group")
    OTHER = "other", _("Other body")


class Body(models.Model):
    """A Gremium: council, committee, Integrationsbeirat, steering group or working group."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="bodies")
    kind = models.CharField(_("kind"), max_length=20, choices=BodyKind.choices)
    name = models.CharField(_("name"), max_length=200)
    seats = models.PositiveSmallIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("Number of voting members; votes of a resolution cannot exceed it."),
    )
    description = models.TextField(_("task"), blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["kind", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "name"],
                name="body_unique_name",
                violation_error_message=_("A body with this name already exists."),
            )
        ]

    def __str__(self):
        return self.name


class BodyMembership(models.Model):
    """A member of a body: a named person or a user of the installation, with function."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    person_name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Name of the member (left empty when a user is chosen)."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    function = models.CharField(
        _("function"), max_length=200, blank=True, help_text=_("e.g. chair, deputy, member")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("e.g. parliamentary group, office, association"),
    )
    actor = models.ForeignKey(
        Actor,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="body_memberships",
        verbose_name=_("actor"),
    )
    since = models.DateField(_("member since"), null=True, blank=True)
    until = models.DateField(_("member until"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("member of a body")
        verbose_name_plural = _("members of bodies")
        ordering = ["body", "person_name", "pk"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.person_name:
            return self.person_name
        if self.user_id:
            return self.user.get_full_name() or self.user.get_username()
        return ""

    @property
    def represents(self) -> str:
        """The organisation the member speaks for: the actor, else the free text."""
        if self.actor_id:
            return self.actor.name
        return self.organisation

    def clean(self):
        errors = {}
        self.person_name = self.person_name.strip()
        if not self.person_name and not self.user_id:
            errors["person_name"] = _("Enter the member's name or choose a user.")
        if self.since and self.until and self.until < self.since:
            errors["until"] = _("The end lies before the start.")
        if self.actor_id and self.actor.municipality_id != self.municipality_id:
            errors["actor"] = _("The actor belongs to another municipality.")
        if errors:
            raise ValidationError(errors)


class ResolutionKind(models.TextChoices):
    START = "start", _("Start of the process")
    ADOPTION = "adoption", _("Adoption of the concept")
    REPORT = "report", _("Progress report taken note of")
    OTHER = "other", _("Other")


class Outcome(models.TextChoices):
    ADOPTED = "adopted", _("adopted")
    REJECTED = "rejected", _("rejected")
    POSTPONED = "postponed", _("postponed")


class Resolution(models.Model):
    """A Beschluss of a body: date, subject, outcome and votes, with its council paper."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    # RESTRICT: a body with resolutions is not deleted alone, but with its municipality
    body = models.ForeignKey(
        Body, on_delete=models.RESTRICT, related_name="resolutions", verbose_name=_("body")
    )
    date = models.DateField(_("date"))
    subject = models.CharField(_("subject"), max_length=500)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ResolutionKind.choices, default=ResolutionKind.OTHER
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    votes_yes = models.PositiveSmallIntegerField(_("yes votes"), null=True, blank=True)
    votes_no = models.PositiveSmallIntegerField(_("no votes"), null=True, blank=True)
    votes_abstain = models.PositiveSmallIntegerField(_("abstentions"), null=True, blank=True)
    concept_version = models.ForeignKey(
        ConceptVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resolutions",
        verbose_name=_("concept version"),
    )
    reference = models.CharField(
        _("reference"), max_length=100, blank=True, help_text=_("e.g. “Vorlage 2024/117”")
    )
    paper_url = models.URLField(
        _("paper in the council information system"),
        max_length=500,
        blank=True,
        help_text=_(
            "Web address of the paper, e.g. an OParl paper of the council information system."
        ),
    )
    notes = models.TextField(_("notes"), blank=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("resolution")
        verbose_name_plural = _("resolutions")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return self.subject

    @property
    def has_votes(self) -> bool:
        return self.votes_yes is not None

    @property
    def votes_total(self) -> int:
        return sum(v or 0 for v in (self.votes_yes, self.votes_no, self.votes_abstain))

    def citation(self) -> str:
        """Body, date and reference in one line, as a version's adopting resolution names them."""
        parts = [self.body.name, self.date.strftime("%d.%m.%Y")]
        if self.reference:
            parts.append(self.reference)
        return ", ".join(parts)

    def clean(self):
        """Votes are given all three or not at all; they fit the body and the outcome."""
        errors = {}
        votes = (self.votes_yes, self.votes_no, self.votes_abstain)
        given = [v is not None for v in votes]
        if any(given) and not all(given):
            errors["votes_yes"] = _(
                "Enter yes and no votes and abstentions together (0 where there were none), "
                "or leave all three empty."
            )
        elif all(given):
            seats = self.body.seats if self.body_id else None
            if seats is not None and self.votes_total > seats:
                errors["votes_yes"] = _(
                    "%(total)s votes are more than the %(seats)s seats of the body."
                ) % {"total": self.votes_total, "seats": seats}
            elif self.outcome == Outcome.ADOPTED and self.votes_yes <= self.votes_no:
                errors["outcome"] = _("With these votes the motion is not adopted.")
            elif self.outcome == Outcome.REJECTED and self.votes_yes > self.votes_no:
                errors["outcome"] = _("With these votes the motion is adopted, not rejected.")
        if self.body_id and self.body.municipality_id != self.municipality_id:
            errors["body"] = _("The body belongs to another municipality.")
        if self.concept_version_id and (
            self.concept_version.municipality_id != self.municipality_id
        ):
            errors["concept_version"] = _("The version belongs to another municipality.")
        if errors:
            raise ValidationError(errors)
