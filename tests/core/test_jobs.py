"""The one background-job mechanism (core.jobs), proven on the concept document as its job."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from kompass.core import jobs
from kompass.documents.models import GeneratedDocument, GenerationState

from ..factories import MembershipFactory, VersionFactory

RUNNER = "tests.core.test_jobs.runner"
calls = []


def runner(job, *, progress, acting_user, fail=False):
    """Stands in for the work: reports, records the call, fails on request."""
    calls.append((job.pk, acting_user, job.state))
    progress(1, 4, force=True)
    if fail:
        raise RuntimeError("the disk is full")


@pytest.fixture
def document(db, monkeypatch, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(GeneratedDocument, "JOB_RUNNER", RUNNER)
    calls.clear()
    version = VersionFactory()
    return GeneratedDocument.objects.create(
        municipality=version.municipality, version=version, format="pdf"
    )


def _age(document, **delta):
    GeneratedDocument.objects.filter(pk=document.pk).update(
        state_changed_at=timezone.now() - datetime.timedelta(**delta)
    )
    document.refresh_from_db()


def test_a_started_job_waits_for_the_commit_then_runs_and_records_the_outcome(
    document, django_capture_on_commit_callbacks
):
    user = MembershipFactory(municipality=document.municipality).user
    with django_capture_on_commit_callbacks() as callbacks:
        jobs.job_start(document, acting_user=user)
        document.refresh_from_db()
        assert (document.state, document.is_busy) == (jobs.QUEUED, True)
        assert document.started_by == user  # who started it is kept with the job
    assert calls == []  # nothing runs before the commit
    for callback in callbacks:
        callback()
    document.refresh_from_db()
    assert calls == [(document.pk, user, GenerationState.RUNNING)]
    assert (document.state, document.is_busy, document.error) == (GenerationState.DONE, False, "")
    assert document.progress.percent == 100


def test_a_failing_job_stores_its_message_and_the_error_reaches_the_worker(document):
    jobs.job_start(document)
    with pytest.raises(RuntimeError, match="the disk is full"):
        jobs.run_job.call(document._meta.label, document.pk, None, {"fail": True})
    document.refresh_from_db()
    assert document.state == GenerationState.FAILED
    assert "the disk is full" in document.error


def test_only_a_job_without_sign_of_life_is_reset_and_the_worker_then_leaves_it(document):
    jobs.job_start(document)
    assert not jobs.job_reset(document)  # fresh: left alone
    _age(document, minutes=20)
    jobs.JobProgress(document)(1, 2, force=True)  # but it reported just now
    assert not document.is_stuck and not jobs.job_reset(document)
    jobs.JobProgress(document).reset()
    assert document.is_stuck
    assert jobs.job_reset(document)
    assert not jobs.job_reset(document)  # the second reset finds nothing to do
    document.refresh_from_db()
    assert document.state == GenerationState.FAILED
    assert "interrupted" in document.error or "unterbrochen" in document.error
    # the lost task arrives after all: it must not run what was given up
    jobs.run_job.call(document._meta.label, document.pk, None, {})
    document.refresh_from_db()
    assert calls == [] and document.state == GenerationState.FAILED


def test_reset_and_worker_lock_the_row(document):
    jobs.job_start(document)
    _age(document, hours=1)
    with CaptureQueriesContext(connection) as queries:
        jobs.job_reset(document)
        jobs.run_job.call(document._meta.label, document.pk, None, {})
    locking = [q["sql"] for q in queries if "FOR UPDATE" in q["sql"]]
    assert len(locking) == (2 if connection.features.has_select_for_update else 0)


def test_status_page_polls_while_busy_and_sends_htmx_on_when_finished(document, client):
    slug = document.municipality.slug
    url = reverse("document_status", args=[slug, document.pk])
    client.force_login(MembershipFactory(municipality=document.municipality).user)
    jobs.job_start(document)
    page = client.get(url)
    assert f'hx-get="{url}"' in page.content.decode() and "<html" in page.content.decode()
    partial = client.get(url, headers={"HX-Request": "true"})
    assert 'id="document-progress"' in partial.content.decode()
    assert "<html" not in partial.content.decode()
    GeneratedDocument.objects.filter(pk=document.pk).update(state=GenerationState.FAILED)
    done = client.get(url, headers={"HX-Request": "true"})
    assert (done.status_code, done["HX-Redirect"]) == (204, url)
    page = client.get(url)  # without htmx: the page shows the outcome, no polling
    assert page.status_code == 200 and "hx-get" not in page.content.decode()
