"""The settings of a municipality's public site: on/off, contact, legal pages, accessibility
statement, and what the public progress page shows.

The public site (/oeffentlich/<municipality>/) shows only published data: the adopted
concept, the progress of the measures and the indicators coordination chose here. While
the site is switched off all of its pages give 404; the public participation and survey
pages keep their own publication flags.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from kompass.concepts.models import ConceptVersion
from kompass.tenancy.models import Municipality

from .enforcement import enforcement_body_for


class Conformity(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    EXTERNAL = "external", _("external test")


class PublicSite(models.Model):
    """How a municipality presents its concept and its progress to the public."""

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="public_site"
    )
    enabled = models.BooleanField(
        _("public site switched on"),
        default=False,
        help_text=_(
            "While switched off, the public start page, concept, progress page and "
            "accessibility statement are not reachable."
        ),
    )
    # contact
    contact_office = models.CharField(_("office"), max_length=200, blank=True)
    contact_person = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_("Shown on every public page; leave empty to name only the office."),
    )
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("telephone"), max_length=50, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    # the municipality's own legal pages
    imprint_url = models.URLField(
        _("address of the imprint"),
        blank=True,
        help_text=_("The imprint (Impressum) on the municipality's own website."),
    )
    privacy_url = models.URLField(
        _("address of the privacy notice"),
        blank=True,
        help_text=_("The privacy notice (Datenschutzerklärung) on the municipality's website."),
    )
    # accessibility statement (EU model statement, BITV 2.0 § 7 and the Länder laws)
    conformity = models.CharField(
        _("state of compliance"),
        max_length=10,
        choices=Conformity.choices,
        default=Conformity.PARTIAL,
    )
    barriers = models.TextField(
        _("content that is not accessible"),
        blank=True,
        help_text=_("The known barriers and why they exist, one per line."),
    )
    alternatives = models.TextField(
        _("accessible alternatives"),
        blank=True,
        help_text=_("How people get the content in another way, e.g. by e-mail or telephone."),
    )
    statement_prepared_on = models.DateField(_("statement prepared on"), null=True, blank=True)
    statement_reviewed_on = models.DateField(_("statement last reviewed on"), null=True, blank=True)
    assessment_method = models.CharField(
        _("method of assessment"),
        max_length=10,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    feedback_contact = models.TextField(
        _("contact for reporting barriers"),
        blank=True,
        help_text=_("E-mail address, telephone or postal address; empty: the contact above."),
    )
    enforcement_body = models.TextField(
        _("enforcement body"),
        blank=True,
        help_text=_(
            "The arbitration or enforcement body of the Land; empty: the body of the "
            "municipality's Land from the table shipped with the application."
        ),
    )
    # the public progress page
    show_measures = models.BooleanField(_("show the state of the measures"), default=True)
    indicators = models.ManyToManyField(
        "indicators.Indicator",
        blank=True,
        related_name="+",
        verbose_name=_("indicators on the progress page"),
    )
    indicators_version = models.ForeignKey(
        ConceptVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The version whose indicators were chosen last.",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    lock_version = models.PositiveIntegerField(default=0, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("public site")
        verbose_name_plural = _("public sites")

    def __str__(self):
        return str(self.municipality)

    def clean(self):
        if self.enabled:
            missing = {
                name: _("The public site needs this address while it is switched on.")
                for name in ("imprint_url", "privacy_url")
                if not getattr(self, name)
            }
            if missing:
                raise ValidationError(missing)

    @property
    def enforcement_body_text(self) -> str:
        """The body named in the statement: the own text, else the Land's from the table."""
        return self.enforcement_body or enforcement_body_for(self.municipality.land)

    @property
    def has_contact(self) -> bool:
        return any(
            (
                self.contact_office,
                self.contact_person,
                self.contact_email,
                self.contact_phone,
                self.contact_address,
            )
        )
