"""Municipalities, programmes, organisational units and who may do what where."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Land(models.TextChoices):
    BW = "08", "Baden-Württemberg"
    BY = "09", "Bayern"
    BE = "11", "Berlin"
    BB = "12", "Brandenburg"
    HB = "04", "Bremen"
    HH = "02", "Hamburg"
    HE = "06", "Hessen"
    MV = "13", "Mecklenburg-Vorpommern"
    NI = "03", "Niedersachsen"
    NW = "05", "Nordrhein-Westfalen"
    RP = "07", "Rheinland-Pfalz"
    SL = "10", "Saarland"
    SN = "14", "Sachsen"
    ST = "15", "Sachsen-Anhalt"
    SH = "01", "Schleswig-Holstein"
    TH = "16", "Thüringen"


class MunicipalityKind(models.TextChoices):
    GEMEINDE = "gemeinde", _("Municipality (Gemeinde)")
    STADT = "stadt", _("Town (Stadt)")
    KREISFREIE_STADT = "kreisfreie_stadt", _("County-level city")
    LANDKREIS = "landkreis", _("County (Landkreis)")


# First path segments the application itself uses; a municipality's slug must not shadow them.
RESERVED_SLUGS = frozenset(
    {"admin", "konto", "wechseln", "i18n", "static", "media", "api", "oeffentlich", "instanz"}
)


def validate_slug_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(
            _("“%(slug)s” is reserved by the application."), params={"slug": value}, code="reserved"
        )


ags_validator = RegexValidator(r"^\d{8}$", _("The AGS has exactly 8 digits."))
ars_validator = RegexValidator(r"^\d{12}$", _("The ARS has exactly 12 digits."))


brand_colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hex digits, e.g. #1d4f91.")
)
LOGO_MAX_BYTES = 1024 * 1024


def validate_logo(file) -> None:
    """A logo is a PNG or JPEG image of at most 1 MB (no SVG: it could carry scripts)."""
    if file.size and file.size > LOGO_MAX_BYTES:
        raise ValidationError(_("The logo is larger than 1 MB."), code="logo_size")
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise ValidationError(_("The logo must be a PNG or JPEG image."), code="logo_type")


class MunicipalityQuerySet(models.QuerySet):
    def for_user(self, user):
        """Municipalities whose workspace the user may open: memberships, programmes, admins."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            models.Q(memberships__user=user) | models.Q(programmes__coordinators=user)
        ).distinct()


class Municipality(models.Model):
    """A Gemeinde, Stadt or Landkreis: the tenant every planning object belongs to."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("short name in addresses"),
        max_length=80,
        unique=True,
        validators=[validate_slug_not_reserved],
    )
    kind = models.CharField(_("kind"), max_length=20, choices=MunicipalityKind.choices)
    ags = models.CharField(
        _("AGS (official municipality key)"), max_length=8, blank=True, validators=[ags_validator]
    )
    ars = models.CharField(
        _("ARS (regional key)"), max_length=12, blank=True, validators=[ars_validator]
    )
    land = models.CharField(_("Land"), max_length=2, choices=Land.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    parent_county = models.ForeignKey(
        "self",
        verbose_name=_("county"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_municipalities",
        limit_choices_to={"kind": MunicipalityKind.LANDKREIS},
    )
    project_name = models.CharField(_("project name"), max_length=300, blank=True)
    responsible_office = models.CharField(_("responsible office"), max_length=300, blank=True)
    # The look of the municipality's publications (concept document cover and headings).
    logo = models.ImageField(
        _("logo"),
        upload_to="logos/",
        blank=True,
        validators=[validate_logo],
        help_text=_("PNG or JPEG, at most 1 MB; shown on the cover of the concept document."),
    )
    brand_colour = models.CharField(
        _("colour of publications"),
        max_length=7,
        blank=True,
        validators=[brand_colour_validator],
        help_text=_(
            "Hex colour such as #1d4f91 for the cover and headings; "
            "it needs enough contrast to white text."
        ),
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.ags and self.ars and self.ars[:5] + self.ars[-3:] != self.ags:
            raise ValidationError({"ars": _("The ARS does not match the AGS.")})
        if self.parent_county_id and self.parent_county_id == self.pk:
            raise ValidationError({"parent_county": _("A municipality cannot be its own county.")})


class Programme(models.Model):
    """A funding programme that groups municipalities for its coordinators (e.g. Hessen's WIR)."""

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(_("short name in addresses"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    funder = models.CharField(_("funding body"), max_length=300, blank=True)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), related_name="programmes", blank=True
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("programme coordinators"),
        related_name="coordinated_programmes",
        blank=True,
    )

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrgUnitKind(models.TextChoices):
    DEPARTMENT = "department", _("Department (Fachbereich/Dezernat)")
    OFFICE = "office", _("Office (Amt/Fachdienst)")
    STAFF_UNIT = "staff_unit", _("Staff unit (Stabsstelle)")
    PARTNER = "partner", _("Partner organisation")


class OrgUnitQuerySet(models.QuerySet):
    def in_municipality(self, municipality):
        return self.filter(municipality=municipality)


class OrgUnit(models.Model):
    """A Fachbereich, Amt or Stabsstelle of the administration, or a partner organisation."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="org_units",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("abbreviation"), max_length=40, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrgUnitKind.choices, default=OrgUnitKind.OFFICE
    )

    objects = OrgUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisational unit")
        verbose_name_plural = _("organisational units")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="orgunit_unique_name")
        ]

    def __str__(self):
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class Role(models.TextChoices):
    COORDINATION = "coordination", _("Coordination")
    RESPONSIBLE_UNIT = "responsible_unit", pgettext_lazy("role", "Responsible unit")
    STEERING_GROUP = "steering_group", _("Steering group")
    FACILITATOR = "facilitator", _("Facilitator")
    COUNCIL = "council", _("Council")


class Membership(models.Model):
    """A user's role in one municipality; a responsible unit acts for one OrgUnit."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("municipality"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("organisational unit"),
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="membership_one_role_per_municipality"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.municipality} ({self.get_role_display()})"

    def clean(self):
        if self.role == Role.RESPONSIBLE_UNIT and not self.org_unit_id:
            raise ValidationError(
                {"org_unit": _("A responsible unit needs its organisational unit.")}
            )
        if self.org_unit_id and self.org_unit.municipality_id != self.municipality_id:
            raise ValidationError({"org_unit": _("The unit belongs to another municipality.")})


class ReminderPreference(models.Model):
    """A person's one choice about every kind of reminder e-mail (invitations always go out)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    reminders_enabled = models.BooleanField(
        _("Send me reminders before and after the due date"), default=True
    )

    class Meta:
        db_table = "reporting_reminderpreference"  # moved from reporting; the table stays
        verbose_name = _("reminder setting")
        verbose_name_plural = _("reminder settings")

    def __str__(self):
        return f"{self.user}: {self.reminders_enabled}"


INVITATION_VALID_DAYS = 14


class InvitationQuerySet(models.QuerySet):
    def pending(self, now):
        return self.filter(accepted_at__isnull=True, withdrawn_at__isnull=True, expires_at__gt=now)


class Invitation(models.Model):
    """An e-mail invitation into a municipality with a role (and unit): one use, 14 days.

    Only the SHA-256 of the link's token is stored; the token itself exists in the e-mail alone.
    """

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="invitations",
        verbose_name=_("municipality"),
    )
    email = models.EmailField(_("e-mail address"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("organisational unit"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("last sent"))
    expires_at = models.DateTimeField(_("valid until"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-sent_at"]

    def __str__(self):
        return f"{self.email} – {self.municipality} ({self.get_role_display()})"

    def clean(self):
        if self.role == Role.RESPONSIBLE_UNIT and not self.org_unit_id:
            raise ValidationError(
                {"org_unit": _("A responsible unit needs its organisational unit.")}
            )
        if self.org_unit_id and self.org_unit.municipality_id != self.municipality_id:
            raise ValidationError({"org_unit": _("The unit belongs to another municipality.")})

    def state(self, now) -> str:
        """``accepted``, ``withdrawn``, ``expired`` or ``pending``."""
        if self.accepted_at:
            return "accepted"
        if self.withdrawn_at:
            return "withdrawn"
        if self.expires_at <= now:
            return "expired"
        return "pending"
