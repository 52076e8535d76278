"""Background jobs: work that leaves the request, with state, progress, status page and reset.

Imports, concept documents and progress reports run this way, and every later background
task must too. A job is a row of a model derived from ``BackgroundJob``; its ``state`` says
what the worker is doing (empty when nothing runs), its progress lives in the cache
(``core.progress``, because the work may run in one long transaction whose writes nobody
sees before it commits).

How to add a background job:

1. Derive the model that the work belongs to from ``BackgroundJob``; give its states as
   ``state = state_field(YourState)`` with ``QUEUED`` and the running states (the first one
   set when the worker takes the job is ``RUNNING_STATE``); rows that run once and keep
   their outcome set ``DONE_STATE``/``FAILED_STATE``. ``FAILED_MESSAGE`` is stored when
   the work raises; override ``failure_fields`` and ``interrupted_fields`` to store more
   (or other) fields on failure and on reset.
   Make the migration.
2. Write the work as ``run(job, *, progress, acting_user, **params)`` in the app's
   services (``progress(done, total)`` reports, ``progress.state(value)`` moves on to a
   later running state) and name it in ``JOB_RUNNER`` as a dotted path – the models and
   services never import a tasks module, so there is no import cycle.
3. Start it from a service with ``job_start(job, acting_user=..., **params)`` (params: JSON
   values, e.g. the import's step or the report's language); the worker (``manage.py
   db_worker``) runs ``run_job``, which calls the runner and records the end.
4. Serve the status page with ``job_status_response`` and a partial that extends
   ``core/_job_progress.html``; offer ``job_reset`` behind a POST for people who may start
   the job.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from . import progress as progress_store

logger = logging.getLogger(__name__)
QUEUED = "queued"


def state_field(states: type[models.TextChoices]) -> models.CharField:
    """The ``state`` of a job model with the labels of its states (empty: nothing runs)."""
    return models.CharField(
        _("state"), max_length=20, choices=states.choices, blank=True, default="", editable=False
    )


class BackgroundJob(models.Model):
    """A row whose work runs in the background worker, one run at a time."""

    # The dotted path of ``run(job, *, progress, acting_user, **params)``.
    JOB_RUNNER: str
    RUNNING_STATE = "running"
    # The state after a run; rows that can run again go back to empty.
    DONE_STATE = ""
    FAILED_STATE = ""
    # Stored when the work raises, with the error as ``%(e)s``.
    FAILED_MESSAGE: str

    state = models.CharField(_("state"), max_length=20, blank=True, default="", editable=False)
    state_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    error = models.TextField(_("error"), blank=True, editable=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("started by"),
    )

    class Meta:
        abstract = True

    @property
    def is_busy(self) -> bool:
        """Queued or running: neither idle nor finished."""
        return self.state not in ("", self.DONE_STATE, self.FAILED_STATE)

    @property
    def progress_key(self) -> str:
        return f"job-{self._meta.label_lower}-{self.pk}"

    @property
    def progress(self) -> progress_store.Progress:
        return progress_store.read(self.progress_key)

    @property
    def is_stuck(self) -> bool:
        """Busy without any sign of life for ``STALE_AFTER_SECONDS`` (the worker was stopped)."""
        return self.is_busy and progress_store.is_stale(self.progress, self.state_changed_at)

    def failure_fields(self, error: Exception, params: dict) -> dict:
        """What to store when the work raised ``error``."""
        return {"error": self.FAILED_MESSAGE % {"e": error}}

    def interrupted_fields(self) -> dict:
        """What to store when a lost run is reset."""
        return {
            "error": gettext(
                "The generation was interrupted (the background worker was probably stopped). "
                "Please start it again."
            )
        }


def _store(job: BackgroundJob, **fields) -> None:
    """Write ``fields`` to the row without touching its other columns (the worker writes them)."""
    for name, value in fields.items():
        setattr(job, name, value)
    type(job)._default_manager.filter(pk=job.pk).update(**fields)


class JobProgress(progress_store.Reporter):
    """What the runner reports through: ``(done, total)`` and later running states."""

    def __init__(self, job: BackgroundJob):
        super().__init__(job.progress_key)
        self.job = job

    def state(self, value: str) -> None:
        """Move on to the running state ``value``; its progress starts from nothing."""
        _store(self.job, state=value, state_changed_at=timezone.now())
        self.reset()


def job_start(job: BackgroundJob, *, acting_user=None, **params) -> None:
    """Queue the work of ``job``: it shows 'waiting' now, the worker takes it after commit."""
    with transaction.atomic():
        _store(job, state=QUEUED, state_changed_at=timezone.now(), error="", started_by=acting_user)
        progress_store.Reporter(job.progress_key).reset()
        user_id = acting_user.pk if acting_user else None
        label = job._meta.label
        transaction.on_commit(lambda: run_job.enqueue(label, job.pk, user_id, params))


def _take(model, pk) -> BackgroundJob | None:
    """Mark the queued job running – unless a reset gave it up first (row lock: one wins)."""
    with transaction.atomic():
        job = model._default_manager.select_for_update().get(pk=pk)
        if job.state != QUEUED:
            return None
        _store(job, state=job.RUNNING_STATE, state_changed_at=timezone.now())
    return job


@task()
def run_job(label: str, pk: int, acting_user_id: int | None, params: dict) -> None:
    """Run a queued job: its runner does the work; the end (done or failed) is recorded here."""
    from django.apps import apps

    model = apps.get_model(label)
    job = _take(model, pk)
    if job is None:
        return
    acting_user = get_user_model().objects.filter(pk=acting_user_id).first()
    progress = JobProgress(job)
    try:
        import_string(model.JOB_RUNNER)(job, progress=progress, acting_user=acting_user, **params)
    except Exception as error:
        logger.exception("Background job %s %s failed (%r)", label, pk, params)
        _store(job, state=job.FAILED_STATE, **job.failure_fields(error, params))
        raise
    _store(job, state=job.DONE_STATE)
    progress(1, 1, force=True)


def job_reset(job: BackgroundJob) -> bool:
    """Give up a lost run, only when it is really stuck; True when it was reset.

    The row is locked, so two resets, or a reset and the worker taking the job, cannot
    both win.
    """
    with transaction.atomic():
        locked = type(job)._default_manager.select_for_update().get(pk=job.pk)
        if not locked.is_stuck:
            return False
        _store(
            locked,
            state=locked.FAILED_STATE,
            state_changed_at=timezone.now(),
            **locked.interrupted_fields(),
        )
    return True


def job_status_response(
    request, job: BackgroundJob, *, template: str, partial: str, context: dict, next_url=None
) -> HttpResponse:
    """The status page of ``job``, or its partial for htmx polling.

    Once the job no longer runs, htmx is sent on with 204 and ``HX-Redirect`` (to
    ``next_url``, else this page to show the outcome) and a plain request is redirected to
    ``next_url`` if there is one.
    """
    if not job.is_busy:
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = next_url or request.get_full_path()
            return response
        if next_url:
            return redirect(next_url)
    return render(request, partial if request.htmx else template, {**context, "job": job})
