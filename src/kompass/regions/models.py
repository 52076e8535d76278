"""The official municipality directory (Destatis GV100AD) as shared reference data.

One row per Land, Regierungsbezirk, Region, Kreis, Gemeindeverband and Gemeinde, keyed as the
statistics files key them (2, 3, 4, 5, 9 and 8 digits; the key lengths never collide). No
tenant owns these rows: like the indicator catalogue they belong to the installation and are
replaced by the next file (``services.directory_import``). A record missing from a newer file
stays, marked ``is_current=False``: old statistics still name it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    LAND = "land", _("Land")
    REGBEZ = "regbez", _("Regierungsbezirk")
    REGION = "region", _("Region")
    KREIS = "kreis", _("Kreis")
    GEMEINDEVERBAND = "gemeindeverband", _("Gemeindeverband")
    GEMEINDE = "gemeinde", _("Gemeinde")


# Top down, as the file lists them (record types 10 to 60).
LEVELS = [level.value for level in Level]


class TextCode(models.TextChoices):
    """The "Textkennzeichen" of the GV100AD record description (what kind of unit it is)."""

    KREISFREIE_STADT = "41", _("county-level city (kreisfreie Stadt)")
    STADTKREIS = "42", _("urban county (Stadtkreis)")
    KREIS = "43", _("county (Kreis)")
    LANDKREIS = "44", _("rural county (Landkreis)")
    REGIONALVERBAND = "45", _("regional association (Regionalverband)")
    VERBANDSFREIE_GEMEINDE = "50", _("municipality outside an association")
    AMT = "51", _("Amt")
    SAMTGEMEINDE = "52", _("Samtgemeinde")
    VERBANDSGEMEINDE = "53", _("Verbandsgemeinde")
    VERWALTUNGSGEMEINSCHAFT = "54", _("administrative community (Verwaltungsgemeinschaft)")
    KIRCHSPIELSLANDGEMEINDE = "55", _("Kirchspielslandgemeinde")
    VERWALTUNGSVERBAND = "56", _("administrative association (Verwaltungsverband)")
    VG_TRAEGERMODELL = "57", _("administrative community, host model")
    ERFUELLENDE_GEMEINDE = "58", _("fulfilling municipality (erfüllende Gemeinde)")
    MARKT = "60", _("market town (Markt)")
    KREISFREIE_STADT_GEMEINDE = "61", _("county-level city (kreisfreie Stadt)")
    STADTKREIS_GEMEINDE = "62", _("urban county (Stadtkreis)")
    STADT = "63", _("town (Stadt)")
    GEMEINDE = "64", _("municipality within a county")
    GEMEINDEFREI_BEWOHNT = "65", _("unincorporated area, inhabited")
    GEMEINDEFREI_UNBEWOHNT = "66", _("unincorporated area, uninhabited")
    GROSSE_KREISSTADT = "67", _("major county town (Große Kreisstadt)")


class Region(models.Model):
    """One unit of the official directory at its Gebietsstand (the file's reference date).

    Population and area of a Gemeinde are the file's own figures; those of the levels above
    are the sums over the file's Gemeinden of that unit (the file gives them only per Gemeinde).
    """

    level = models.CharField(_("level"), max_length=16, choices=Level.choices)
    key = models.CharField(_("key"), max_length=12, unique=True)
    ars = models.CharField(_("ARS (regional key)"), max_length=12, blank=True, db_index=True)
    name = models.CharField(_("name"), max_length=100)
    seat = models.CharField(_("seat of the administration"), max_length=100, blank=True)
    text_code = models.CharField(
        _("kind (Textkennzeichen)"), max_length=2, choices=TextCode.choices, blank=True
    )
    land_key = models.CharField(_("Land"), max_length=2, blank=True)
    regbez_key = models.CharField(_("Regierungsbezirk"), max_length=3, blank=True)
    kreis_key = models.CharField(_("Kreis"), max_length=5, blank=True, db_index=True)
    verband_key = models.CharField(_("Gemeindeverband"), max_length=9, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_male = models.PositiveIntegerField(_("male population"), null=True, blank=True)
    population_female = models.PositiveIntegerField(_("female population"), null=True, blank=True)
    area_ha = models.PositiveBigIntegerField(_("area in hectares"), null=True, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    reference_date = models.DateField(_("reference date (Gebietsstand)"))
    is_current = models.BooleanField(
        _("in the latest directory"),
        default=True,
        help_text=_("No longer valid units stay for old statistics but are not offered."),
    )
    imported_at = models.DateTimeField(_("imported at"))

    class Meta:
        verbose_name = _("region of the municipality directory")
        verbose_name_plural = _("municipality directory")
        ordering = ["key"]
        indexes = [
            models.Index(fields=["level", "name"], name="region_level_name"),
            models.Index(fields=["land_key", "level"], name="region_land_level"),
        ]

    def __str__(self):
        return f"{self.name} ({self.key})"

    @property
    def area_km2(self):
        return None if self.area_ha is None else self.area_ha / 100


class ImportStatus(models.TextChoices):
    PENDING = "pending", _("checked, not yet imported")
    APPLIED = "applied", _("imported")


class DirectoryImport(models.Model):
    """One GV100AD file: kept while it waits for confirmation, then the record of the import."""

    MAX_BYTES = 30 * 1024 * 1024

    file_name = models.CharField(_("file name"), max_length=255)
    data = models.BinaryField(editable=False, blank=True)
    reference_date = models.DateField(_("reference date (Gebietsstand)"), null=True, blank=True)
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
        verbose_name = _("municipality directory import")
        verbose_name_plural = _("municipality directory imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name
