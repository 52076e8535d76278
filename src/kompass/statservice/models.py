"""Access to the statistics web services and the tables fetched from them.

A municipality stores one account per service (its password or token encrypted, never shown
again); a coordinator fetches a table, which becomes a statistics import batch and goes
through the same preview → confirmation → undo as an uploaded file. A refresh fetches the
latest years of a table already imported and prepares a preview with the same assignment –
it never imports by itself.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kompass.concepts.models import ConceptVersion
from kompass.core.jobs import BackgroundJob, state_field
from kompass.indicators.models import ImportBatch
from kompass.tenancy.models import Municipality

from . import crypto


class Service(models.TextChoices):
    """The GENESIS databases the product can fetch from (their addresses are settings)."""

    GENESIS = "genesis", _("GENESIS-Online (Federal Statistical Office)")
    REGIO = "regio", _("Regionaldatenbank Deutschland")
    ZENSUS = "zensus", _("Zensus 2022 database")


class ServiceAccount(models.Model):
    """The municipality's access to one service: a user name and password, or a token."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    service = models.CharField(_("database"), max_length=20, choices=Service.choices)
    uses_token = models.BooleanField(_("token instead of user name and password"), default=False)
    username = models.CharField(_("user name"), max_length=200, blank=True)
    # The password or token, encrypted (``crypto``); never rendered.
    secret = models.TextField(editable=False)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    check_ok = models.BooleanField(null=True, editable=False)
    check_message = models.CharField(max_length=500, blank=True, editable=False)
    updated_at = models.DateTimeField(_("saved at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("access to a statistics service")
        verbose_name_plural = _("access to statistics services")
        ordering = ["service"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "service"], name="statservice_one_account_per_service"
            )
        ]

    def __str__(self):
        return self.get_service_display()

    def set_secret(self, plain: str) -> None:
        self.secret = crypto.encrypt(plain)

    def plain_secret(self) -> str:
        return crypto.decrypt(self.secret)


class FetchState(models.TextChoices):
    QUEUED = "queued", _("Waiting for its turn")
    FETCHING = "fetching", _("Fetching the table from the service")
    WAITING = "waiting", _("The service is preparing the table")
    READING = "reading", _("Reading the table")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed, nothing changed")


class FetchResult(models.TextChoices):
    PREPARED = "prepared", _("Ready for the preview")
    NOTHING_NEW = "nothing_new", _("No new values")
    REFUSED = "refused", _("Not fetched")


class TableFetch(BackgroundJob):
    """One fetch of a table from a service into the statistics import of a concept version."""

    JOB_RUNNER = "kompass.statservice.services.table_fetch_run"
    RUNNING_STATE = FetchState.FETCHING
    DONE_STATE = FetchState.DONE
    FAILED_STATE = FetchState.FAILED
    FAILED_MESSAGE = _("The fetch stopped because of an internal error; nothing was changed.")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="+")
    service = models.CharField(_("database"), max_length=20, choices=Service.choices)
    table_code = models.CharField(_("table code"), max_length=40)
    start_year = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    regional_variable = models.CharField(_("regional selection"), max_length=20, blank=True)
    regional_keys = models.CharField(_("region keys"), max_length=200, blank=True)
    # A refresh: the applied import whose assignment the new preview uses.
    refresh_of = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    result = models.CharField(_("result"), max_length=20, choices=FetchResult.choices, blank=True)
    state = state_field(FetchState)
    created_at = models.DateTimeField(_("started at"), auto_now_add=True)

    class Meta:
        verbose_name = _("table fetch")
        verbose_name_plural = _("table fetches")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.table_code} ({self.get_service_display()})"

    def failure_fields(self, error, params) -> dict:
        return {"result": FetchResult.REFUSED, "error": str(self.FAILED_MESSAGE)}

    def interrupted_fields(self) -> dict:
        return {
            "result": FetchResult.REFUSED,
            "error": _(
                "The fetch was interrupted (the background worker was probably stopped). "
                "Nothing was changed; please fetch the table again."
            ),
        }
