"""Every change of the statistics web service app: accounts, fetches, refreshes.

A fetched table becomes an ``ImportBatch`` with the file exactly as the service delivered it
(``service`` and ``table_code`` set) and is read by the import pipeline; from there on it is
an import like any uploaded file. A refresh does the same with the assignment of the last
applied import of that table and stops at the preview: only a person confirms.
"""

import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from kompass.core.jobs import job_start
from kompass.indicators import import_pipeline as pipeline
from kompass.indicators import importing
from kompass.indicators.models import ImportBatch, ImportStatus, IndicatorValue

from . import client as genesis
from .crypto import UnreadableSecret
from .models import FetchResult, FetchState, Service, ServiceAccount, TableFetch

logger = logging.getLogger(__name__)


# Accounts ---------------------------------------------------------------------------------


@transaction.atomic
def account_save(
    *, municipality, service: str, uses_token: bool, username: str, secret: str, acting_user
) -> ServiceAccount:
    """Store the access to ``service``; an empty ``secret`` keeps the stored one."""
    account = ServiceAccount.objects.filter(municipality=municipality, service=service).first()
    if account is None:
        account = ServiceAccount(municipality=municipality, service=service)
    if not secret and not account.secret:
        raise ValueError("A new account needs its password or token.")
    account.uses_token = uses_token
    account.username = "" if uses_token else username.strip()
    if secret:
        account.set_secret(secret)
    account.updated_by = acting_user
    # New access data have not been checked yet.
    account.checked_at, account.check_ok, account.check_message = None, None, ""
    account.full_clean(exclude=["secret"])
    account.save()
    return account


@transaction.atomic
def account_delete(*, account: ServiceAccount, acting_user) -> None:
    """Forget the access data (the tables already imported stay)."""
    logger.info(
        "Access to %s of %s deleted by %s",
        account.service,
        account.municipality_id,
        acting_user and acting_user.pk,
    )
    account.delete()


def client_for(account: ServiceAccount) -> genesis.GenesisClient:
    """A client of the account's service with its credentials (decrypted only here)."""
    secret = account.plain_secret()
    credentials = (
        genesis.Credentials(username=secret, password="")
        if account.uses_token
        else genesis.Credentials(username=account.username, password=secret)
    )
    return genesis.GenesisClient(
        base_url=settings.KOMPASS_STATSERVICE_URLS[account.service],
        credentials=credentials,
        service_label=str(Service(account.service).label),
        timeout=settings.KOMPASS_STATSERVICE_TIMEOUT,
        jobs_allowed=account.service != Service.ZENSUS and not account.uses_token,
    )


def account_check(*, account: ServiceAccount) -> tuple[bool, str]:
    """Ask the service whether it accepts the access data (``logincheck``); stores the answer."""
    try:
        text = client_for(account).logincheck()
        ok, message = True, _("The service accepted the access data.")
    except UnreadableSecret:
        ok, message = False, _unreadable_message()
    except genesis.ServiceError as error:
        ok, message = False, error.message
    else:
        logger.info("Login check of %s for %s: %s", account.service, account.municipality_id, text)
    account.checked_at, account.check_ok, account.check_message = timezone.now(), ok, message[:500]
    account.save(update_fields=["checked_at", "check_ok", "check_message"])
    return ok, message


def _unreadable_message() -> str:
    return _(
        "The stored password or token can no longer be read (the installation's key has "
        "changed). Please enter it again."
    )


# Fetching ---------------------------------------------------------------------------------


@transaction.atomic
def table_fetch_start(
    *,
    municipality,
    version,
    service: str,
    table_code: str,
    start_year: int | None = None,
    end_year: int | None = None,
    regional_variable: str = "",
    regional_keys: tuple[str, ...] = (),
    refresh_of: ImportBatch | None = None,
    acting_user=None,
) -> TableFetch:
    """Queue the fetch of a table; the worker fetches it and prepares the import."""
    fetch = TableFetch.objects.create(
        municipality=municipality,
        version=version,
        service=service,
        table_code=table_code,
        start_year=start_year,
        end_year=end_year,
        regional_variable=regional_variable,
        regional_keys=",".join(regional_keys),
        refresh_of=refresh_of,
    )
    job_start(fetch, acting_user=acting_user)
    return fetch


def _request(fetch: TableFetch) -> genesis.TableRequest:
    return genesis.TableRequest(
        code=fetch.table_code,
        start_year=fetch.start_year,
        end_year=fetch.end_year,
        regional_variable=fetch.regional_variable,
        regional_keys=tuple(key for key in fetch.regional_keys.split(",") if key),
    )


def _finish(fetch: TableFetch, result: str, *, batch=None, error: str = "") -> None:
    fetch.result, fetch.batch, fetch.error = result, batch, error
    fetch.save(update_fields=["result", "batch", "error"])


def table_fetch_run(fetch: TableFetch, *, progress, acting_user) -> None:
    """The background work: fetch, store as an import batch, read; for a refresh, preview.

    A refusal of the service is the fetch's result (with its message), not an error of the
    worker: nothing is stored but the message.
    """
    account = ServiceAccount.objects.filter(
        municipality_id=fetch.municipality_id, service=fetch.service
    ).first()
    if account is None:
        _finish(
            fetch,
            FetchResult.REFUSED,
            error=_("No access data are stored for %(service)s.")
            % {"service": fetch.get_service_display()},
        )
        return
    try:
        table = client_for(account).fetch_table(
            _request(fetch),
            poll=settings.KOMPASS_STATSERVICE_JOB_POLL,
            wait=settings.KOMPASS_STATSERVICE_JOB_WAIT,
            on_wait=lambda waited: _waiting(fetch, progress),
        )
    except UnreadableSecret:
        _finish(fetch, FetchResult.REFUSED, error=_unreadable_message())
        return
    except genesis.ServiceError as error:
        logger.info("Fetch %s of %s refused: %s", fetch.pk, fetch.table_code, type(error).__name__)
        _finish(fetch, FetchResult.REFUSED, error=error.message)
        return
    progress.state(FetchState.READING)
    batch = _store_batch(fetch, table, acting_user)
    try:
        readable = pipeline.analyse(batch)
        if readable and fetch.refresh_of_id and not _prepare_refresh_preview(fetch, batch):
            _discard(batch)
            _finish(fetch, FetchResult.NOTHING_NEW)
            return
    except Exception:
        _discard(batch)
        raise
    if not readable:
        _finish(
            fetch,
            FetchResult.REFUSED,
            batch=batch,
            error=_("The table was fetched but cannot be imported; see the problems below."),
        )
        return
    _finish(fetch, FetchResult.PREPARED, batch=batch)


def _waiting(fetch: TableFetch, progress) -> None:
    if fetch.state != FetchState.WAITING:
        progress.state(FetchState.WAITING)


def _store_batch(fetch: TableFetch, table: genesis.TableFile, acting_user) -> ImportBatch:
    extension = ".zip" if table.content[:2] == b"PK" else ".csv"
    file_name = f"{fetch.table_code}{extension}"
    source = fetch.refresh_of
    return ImportBatch.objects.create(
        municipality_id=fetch.municipality_id,
        version_id=fetch.version_id,
        file=ContentFile(table.content, name=f"statistik{extension}"),
        file_name=file_name,
        checksum=importing.file_checksum(table.content),
        status=ImportStatus.READING,
        uploaded_by=acting_user,
        service=fetch.service,
        table_code=fetch.table_code,
        **(
            {"dash_means": source.dash_means, "keep_comparison": source.keep_comparison}
            if source
            else {}
        ),
    )


def _prepare_refresh_preview(fetch: TableFetch, batch: ImportBatch) -> bool:
    """Plan the new file with the applied import's assignment; False if nothing would change."""
    batch.mapping = fetch.refresh_of.mapping
    batch.save(update_fields=["mapping"])
    pipeline.preview(batch)
    counts = batch.preview.get("counts", {})
    return bool(counts.get("create") or counts.get("update") or batch.preview.get("problems"))


def _discard(batch: ImportBatch) -> None:
    batch.file.delete(save=False)
    batch.delete()


# Refreshing -------------------------------------------------------------------------------


def refresh_sources(municipality) -> list[ImportBatch]:
    """The applied imports to refresh: per concept version and table the latest one fetched
    from a service and assigned to indicators."""
    latest = {}
    batches = (
        ImportBatch.objects.filter(municipality=municipality, status=ImportStatus.APPLIED)
        .exclude(table_code="")
        .exclude(service="")
        .order_by("-applied_at", "-pk")
    )
    for batch in batches:
        if batch.mapping:
            latest.setdefault((batch.version_id, batch.service, batch.table_code), batch)
    return list(latest.values())


def pending_refreshes(municipality):
    """Refresh previews that wait for a person's confirmation."""
    return (
        TableFetch.objects.filter(
            municipality=municipality,
            refresh_of__isnull=False,
            result=FetchResult.PREPARED,
            batch__status=ImportStatus.PENDING,
        )
        .select_related("batch", "version__concept")
        .order_by("-created_at")
    )


def _latest_year(batch: ImportBatch) -> int | None:
    return IndicatorValue.objects.filter(import_batch=batch).aggregate(Max("year"))["year__max"]


def statistics_refresh(*, municipality, acting_user=None, version=None) -> list[TableFetch]:
    """Queue a refresh of every table the municipality imported from a service (of one
    ``version``, if given): its latest imported year and everything after, with the same
    regional selection. Tables with a refresh still running or awaiting confirmation wait."""
    waiting = {
        (f.version_id, f.service, f.table_code)
        for f in TableFetch.objects.filter(municipality=municipality, refresh_of__isnull=False)
        .select_related("batch")
        .only("version_id", "service", "table_code", "state", "result", "batch__status")
        if f.is_busy or (f.batch and f.batch.status == ImportStatus.PENDING)
    }
    previous = {
        fetch.batch_id: fetch
        for fetch in TableFetch.objects.filter(
            municipality=municipality, batch__status=ImportStatus.APPLIED
        )
    }
    started = []
    for source in refresh_sources(municipality):
        key = (source.version_id, source.service, source.table_code)
        if key in waiting or (version is not None and source.version_id != version.pk):
            continue
        before = previous.get(source.pk)
        started.append(
            table_fetch_start(
                municipality=municipality,
                version=source.version,
                service=source.service,
                table_code=source.table_code,
                start_year=_latest_year(source) or (before.start_year if before else None),
                regional_variable=before.regional_variable if before else "",
                regional_keys=tuple(
                    k for k in (before.regional_keys if before else "").split(",") if k
                ),
                refresh_of=source,
                acting_user=acting_user,
            )
        )
    return started
