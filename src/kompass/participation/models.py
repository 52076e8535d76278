"""Participation: formats, events with their anonymous reach, contributions and their answers.

Nothing here stores personal or origin data of individuals: an event's reach is a count per
target group (a role or function), and an online contribution carries only its text and a
reference code with which its author can look up what became of it.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.concepts.models import ConceptVersion, FieldOfAction, Goal, TargetGroup
from kompass.measures.models import Measure
from kompass.tenancy.models import Municipality


class ParticipationLevel(models.IntegerChoices):
    """The participation ladder of seed 004 (M. Meindl after Hart and Arnstein)."""

    DECORATION = 1, _("Decoration")
    INSTRUCTION = 2, _("Instruction")
    INFORMATION = 3, _("Information")
    HEARING = 4, _("Hearing")
    CODETERMINATION = 5, _("Co-determination")
    SELF_DETERMINATION = 6, _("Self-determination")
    SELF_ORGANISATION = 7, _("Self-organisation")


class CaptureStructure(models.TextChoices):
    """How the results of a format are structured when cards are entered."""

    FREE = "free", _("free")
    PHASES = "phases", _("phases (critique, fantasy, realisation)")
    TABLES = "tables", _("tables and rounds with hosts")
    ROOMS = "rooms", _("dialogue rooms")


class ParticipationFormat(models.Model):
    """A method of participation from the shipped catalogue (municipality empty) or added locally."""

    municipality = models.ForeignKey(
        Municipality, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    code = models.SlugField(_("code"), max_length=60)
    name = models.CharField(_("name"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    aims = models.TextField(_("aims"), blank=True, help_text=_("One aim per line."))
    procedure = models.TextField(_("procedure"), blank=True)
    group_size = models.CharField(_("group size"), max_length=200, blank=True)
    duration = models.CharField(_("duration"), max_length=200, blank=True)
    sustainability = models.TextField(_("sustainability"), blank=True)
    source = models.CharField(_("source"), max_length=500, blank=True)
    capture = models.CharField(
        _("capture structure"),
        max_length=10,
        choices=CaptureStructure.choices,
        default=CaptureStructure.FREE,
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("participation format")
        verbose_name_plural = _("participation formats")
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    @property
    def aim_list(self) -> list[str]:
        return [line.strip() for line in self.aims.splitlines() if line.strip()]


class ParticipationEvent(models.Model):
    """A Beteiligungsveranstaltung of a concept version: first planned, then documented."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="participation_events"
    )
    format = models.ForeignKey(
        ParticipationFormat,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("format"),
    )
    title = models.CharField(_("title"), max_length=300)
    starts_at = models.DateTimeField(_("begins"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, accessible toilet, induction loop, quiet room …"),
    )
    languages = models.CharField(
        _("languages"), max_length=300, blank=True, help_text=_("e.g. Deutsch, Türkisch, Arabisch")
    )
    interpreting = models.CharField(
        _("interpreting"),
        max_length=300,
        blank=True,
        help_text=_("Interpreting offered, e.g. sign language, Arabic on request"),
    )
    childcare = models.BooleanField(_("childcare offered"), default=False)
    invitation_text = models.TextField(_("invitation text"), blank=True)
    invitation_easy_language = models.TextField(_("invitation in easy language"), blank=True)
    invited_target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="+", verbose_name=_("invited target groups")
    )
    structure_notes = models.TextField(
        _("tables, rooms and hosts"),
        blank=True,
        help_text=_(
            "One line per table or dialogue room with its topic and host (a function, e.g. "
            "“T1 Bildung – Gastgeberin: Schulamt”)."
        ),
    )
    # documentation after the event
    participant_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    level = models.PositiveSmallIntegerField(
        _("participation level"), choices=ParticipationLevel.choices, null=True, blank=True
    )
    documentation = models.TextField(_("documentation"), blank=True)
    # publication
    published = models.BooleanField(
        _("shown on the public site"),
        default=False,
        help_text=_("Date, place and invitation appear on the public participation page."),
    )
    accepts_online_contributions = models.BooleanField(
        _("public form for online contributions"), default=False
    )
    response_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participation event")
        verbose_name_plural = _("participation events")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["version", "starts_at"])]

    def __str__(self):
        return self.title


class EventReach(models.Model):
    """How many people of one target group an event reached: an anonymous count, nothing else."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(ParticipationEvent, on_delete=models.CASCADE, related_name="reach")
    target_group = models.ForeignKey(
        TargetGroup, on_delete=models.CASCADE, related_name="+", verbose_name=_("target group")
    )
    count = models.PositiveIntegerField(_("people reached"))

    class Meta:
        verbose_name = _("reach")
        verbose_name_plural = _("reach")
        ordering = ["target_group__name"]
        constraints = [
            models.UniqueConstraint(fields=["event", "target_group"], name="reach_unique_group")
        ]

    def __str__(self):
        return f"{self.target_group}: {self.count}"


class DocumentKind(models.TextChoices):
    PROTOCOL = "protocol", _("protocol")
    PHOTO = "photo", _("photo")
    OTHER = "other", _("other document")


class EventDocument(models.Model):
    """A protocol or photo of an event; served only through a permission-checked view."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(
        ParticipationEvent, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=DocumentKind.choices)
    title = models.CharField(_("title"), max_length=300)
    file = models.FileField(_("file"), upload_to="participation/%Y/")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("event document")
        verbose_name_plural = _("event documents")
        ordering = ["kind", "uploaded_at", "pk"]

    def __str__(self):
        return self.title

    @property
    def filename(self) -> str:
        return Path(self.file.name).name


class ContributionKind(models.TextChoices):
    CRITIQUE = "critique", _("critique")
    IDEA = "idea", _("idea")
    PROPOSAL = "proposal", _("proposal")
    NEED = "need", _("need")
    QUESTION = "question", _("question")


class ContributionSource(models.TextChoices):
    CARD = "card", _("event card")
    ONLINE = "online", _("online contribution")
    SURVEY = "survey", _("survey answer")
    DRAFT_COMMENT = "draft_comment", _("comment on the draft")


class Phase(models.TextChoices):
    CRITIQUE = "critique", _("critique phase")
    FANTASY = "fantasy", _("fantasy phase")
    REALISATION = "realisation", _("realisation phase")


class Contribution(models.Model):
    """A Beitrag: a card, an online contribution, a survey answer or a comment on the draft.

    Other parts of the product create contributions through
    ``services.contribution_create`` and may point ``origin`` at the object it came from
    (a survey answer, a draft comment).
    """

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="contributions"
    )
    event = models.ForeignKey(
        ParticipationEvent,
        null=True,
        blank=True,
        # the views refuse to delete an event with contributions; whole versions go with them
        on_delete=models.CASCADE,
        related_name="contributions",
        verbose_name=_("event"),
    )
    source = models.CharField(_("source"), max_length=20, choices=ContributionSource.choices)
    kind = models.CharField(_("kind"), max_length=10, choices=ContributionKind.choices, blank=True)
    text = models.TextField(_("text"))
    field = models.ForeignKey(
        FieldOfAction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
        verbose_name=_("field of action"),
    )
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices, blank=True)
    table_number = models.PositiveSmallIntegerField(_("table"), null=True, blank=True)
    round_number = models.PositiveSmallIntegerField(_("round"), null=True, blank=True)
    room = models.CharField(_("dialogue room"), max_length=60, blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    reference_code = models.CharField(
        _("reference code"), max_length=12, unique=True, null=True, blank=True, editable=False
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
        verbose_name=_("merged into"),
    )
    origin_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    origin_id = models.PositiveBigIntegerField(null=True, blank=True)
    origin = GenericForeignKey("origin_type", "origin_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["reference_code"])

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["event__starts_at", "position", "pk"]
        indexes = [models.Index(fields=["origin_type", "origin_id"])]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def place_label(self) -> str:
        """Where on the event the card came from: table and round, phase or room."""
        parts = []
        if self.table_number:
            parts.append(_("table %(n)s") % {"n": self.table_number})
        if self.round_number:
            parts.append(_("round %(n)s") % {"n": self.round_number})
        if self.phase:
            parts.append(self.get_phase_display())
        if self.room:
            parts.append(_("room %(name)s") % {"name": self.room})
        return ", ".join(str(p) for p in parts)


class Outcome(models.TextChoices):
    ADOPTED = "adopted", _("adopted")
    PARTLY = "partly", _("partly adopted")
    NOT_ADOPTED = "not_adopted", _("not adopted")


class ContributionDecision(models.Model):
    """What became of a contribution: adopted (partly) into a goal or measure, or why not."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="decisions"
    )
    outcome = models.CharField(_("decision"), max_length=12, choices=Outcome.choices)
    goal = models.ForeignKey(
        Goal,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contribution_decisions",
        verbose_name=_("goal"),
    )
    measure = models.ForeignKey(
        Measure,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="contribution_decisions",
        verbose_name=_("measure"),
    )
    reason = models.TextField(_("reason"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("decision on a contribution")
        verbose_name_plural = _("decisions on contributions")
        ordering = ["decided_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~(Q(goal__isnull=False) & Q(measure__isnull=False)),
                name="decision_goal_or_measure",
            )
        ]

    def __str__(self):
        return f"{self.get_outcome_display()}: {self.target or '—'}"

    @property
    def target(self):
        return self.goal or self.measure


class VersionParticipation(models.Model):
    """Per concept version: the public form and the published response table of the process."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.OneToOneField(
        ConceptVersion, on_delete=models.CASCADE, related_name="participation"
    )
    accepts_online_contributions = models.BooleanField(
        _("public form for online contributions"), default=False
    )
    response_published_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("participation of a version")
        verbose_name_plural = _("participation of versions")

    def __str__(self):
        return str(self.version)


class AdoptionOverride(models.Model):
    """A logged decision to adopt a version although contributions still had no answer."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="adoption_overrides"
    )
    acting_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(_("reason"))
    open_contributions = models.PositiveIntegerField(_("contributions without a decision"))

    class Meta:
        verbose_name = _("adoption despite open contributions")
        verbose_name_plural = _("adoptions despite open contributions")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.version} ({self.open_contributions})"


class Consultation(models.Model):
    """The consultation of a draft version (seed 000 step 10): comments, answers and a vote.

    Members comment on every guideline, goal and measure; when ``is_public`` the public may
    comment too, with at most an optional name, and their comments wait for moderation.
    """

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="consultations"
    )
    title = models.CharField(_("title"), max_length=300)
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("What is asked, until when, what happens next.")
    )
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"), null=True, blank=True)
    is_public = models.BooleanField(
        _("public may comment"),
        default=False,
        help_text=_("Public comments appear only after moderation."),
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("draft consultation")
        verbose_name_plural = _("draft consultations")
        ordering = ["-opens_on", "-pk"]

    def __str__(self):
        return self.title

    def is_open(self, today=None) -> bool:
        """Open between its dates until coordination closes it."""
        from django.utils import timezone

        today = today or timezone.localdate()
        if self.closed_at is not None or today < self.opens_on:
            return False
        return self.closes_on is None or today <= self.closes_on


class Moderation(models.TextChoices):
    PENDING = "pending", _("waiting for moderation")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")


class DraftComment(models.Model):
    """A comment on one guideline, goal or measure of a draft, with the answer of coordination."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="comments"
    )
    guideline = models.ForeignKey(
        "concepts.Guideline",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="draft_comments",
    )
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="draft_comments"
    )
    measure = models.ForeignKey(
        Measure, null=True, blank=True, on_delete=models.CASCADE, related_name="draft_comments"
    )
    text = models.TextField(_("comment"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    public_name = models.CharField(_("name (optional)"), max_length=100, blank=True)
    from_public = models.BooleanField(default=False, editable=False)
    moderation = models.CharField(
        _("moderation"), max_length=10, choices=Moderation.choices, default=Moderation.PUBLISHED
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("comment on the draft")
        verbose_name_plural = _("comments on the draft")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(guideline__isnull=False, goal__isnull=True, measure__isnull=True)
                    | Q(guideline__isnull=True, goal__isnull=False, measure__isnull=True)
                    | Q(guideline__isnull=True, goal__isnull=True, measure__isnull=False)
                ),
                name="draft_comment_one_target",
            )
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    @property
    def target(self):
        return self.guideline or self.goal or self.measure

    @property
    def author_label(self) -> str:
        if self.from_public:
            return self.public_name or str(_("anonymous (public)"))
        if self.author is None:
            return "—"
        return self.author.get_full_name() or self.author.get_username()


class Vote(models.TextChoices):
    APPROVE = "approve", _("approve")
    APPROVE_WITH_CHANGES = "changes", _("approve with changes")
    REJECT = "reject", _("reject")


class ApprovalVote(models.Model):
    """One member's vote on the draft of a consultation (one per person, may be changed)."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    consultation = models.ForeignKey(Consultation, on_delete=models.CASCADE, related_name="votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    vote = models.CharField(_("vote"), max_length=10, choices=Vote.choices)
    remark = models.TextField(_("remark (optional)"), blank=True)
    voted_at = models.DateTimeField(_("voted at"), auto_now=True)

    class Meta:
        verbose_name = _("approval vote")
        verbose_name_plural = _("approval votes")
        ordering = ["voted_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "user"], name="one_vote_per_user")
        ]

    def __str__(self):
        return self.get_vote_display()
