"""The progress report of a closed cycle: PDF with charts and page numbers, DOCX with headings."""

import io

import docx
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from kompass.demo.synthetic import generate_concept
from kompass.reporting import report, services
from kompass.reporting.models import ReportingCycle


@pytest.fixture
def closed_cycle(db):
    """A closed cycle of a generated concept: 3 fields, 6 indicators with values each."""
    version = generate_concept(
        slug="synthetisch",
        fields=3,
        strategic_per_field=2,
        operative_per_strategic=2,
        measures_per_operative=2,
        indicators_per_field=2,
        years=8,
    )
    user = get_user_model().objects.create(username="koordination")
    cycle = services.cycle_open(
        version=version,
        title="Bericht 2025",
        reporting_year=2025,
        due_date=timezone.localdate(),
        acting_user=user,
        base_url="",
        notify=False,
    )
    cycle.summary = "Ein gutes Jahr.\n\nMit zwei Absätzen."
    cycle.save(update_fields=["summary"])
    services.cycle_close(cycle=ReportingCycle.objects.get(pk=cycle.pk), acting_user=user)
    return ReportingCycle.objects.get(pk=cycle.pk)


def test_pdf_has_cover_contents_charts_and_enough_pages(closed_cycle):
    built = report.build_report(closed_cycle, closed_cycle.snapshot.data)
    document = report.pdf_document(built, cycle=closed_cycle)
    assert len(document.pages) >= 8
    html = report.render_html(built, cycle=closed_cycle)
    assert "target-counter" in html and "counter(pages)" in html
    assert html.count("<svg") >= 6  # one chart per indicator with values, plus the overview
    assert "Ein gutes Jahr." in html


def test_generation_stores_pdf_and_docx_with_the_cycle(
    closed_cycle, client, django_capture_on_commit_callbacks
):
    from ..factories import MembershipFactory

    coordinator = MembershipFactory(municipality=closed_cycle.municipality).user
    reader = MembershipFactory(municipality=closed_cycle.municipality, role="council").user
    client.force_login(coordinator)
    slug = closed_cycle.municipality.slug
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("reporting_report_generate", args=[slug, closed_cycle.pk]))
    assert response.status_code == 302
    closed_cycle.refresh_from_db()
    assert closed_cycle.report_pdf and closed_cycle.report_docx and not closed_cycle.state
    client.force_login(reader)
    pdf = client.get(reverse("reporting_report_download", args=[slug, closed_cycle.pk, "pdf"]))
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    word = client.get(reverse("reporting_report_download", args=[slug, closed_cycle.pk, "docx"]))
    document = docx.Document(io.BytesIO(b"".join(word.streaming_content)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert (
        len(headings) >= 3 + 6
    )  # summary, status, 3 fields, measures, budget, changes, evaluations
    assert any("Handlungsfeld" in h or h.startswith("1.") for h in headings)
    # a reader may download but not generate
    assert (
        client.post(reverse("reporting_report_generate", args=[slug, closed_cycle.pk])).status_code
        == 403
    )


def test_changes_since_the_previous_cycle(closed_cycle):
    from kompass.measures.models import Measure

    user = closed_cycle.opened_by
    measure = Measure.objects.filter(version=closed_cycle.version).first()
    from kompass.measures.services import measure_update_progress

    measure_update_progress(
        measure=measure,
        status="done",
        progress=100,
        note="",
        expected_lock_version=measure.lock_version,
        acting_user=user,
    )
    second = services.cycle_open(
        version=closed_cycle.version,
        title="Bericht 2026",
        reporting_year=2026,
        due_date=timezone.localdate(),
        acting_user=user,
        base_url="",
        notify=False,
    )
    services.cycle_close(cycle=ReportingCycle.objects.get(pk=second.pk), acting_user=user)
    second = ReportingCycle.objects.get(pk=second.pk)
    previous = report.previous_snapshot(second)
    assert previous.cycle == closed_cycle
    built = report.build_report(second, second.snapshot.data, previous)
    assert [m["id"] for m in built.changes["finished"]] == [measure.pk]


def test_a_generation_whose_worker_has_gone_can_be_reset(closed_cycle, client):
    import datetime

    from ..factories import MembershipFactory

    coordinator = MembershipFactory(municipality=closed_cycle.municipality).user
    reader = MembershipFactory(municipality=closed_cycle.municipality, role="council").user
    slug = closed_cycle.municipality.slug
    report.report_generate(
        cycle=closed_cycle, language="de", acting_user=coordinator
    )  # on_commit not run: no worker takes it
    status_url = reverse("reporting_report_status", args=[slug, closed_cycle.pk])
    reset_url = reverse("reporting_report_reset", args=[slug, closed_cycle.pk])
    client.force_login(coordinator)
    assert not client.get(status_url).context["job"].is_stuck
    ReportingCycle.objects.filter(pk=closed_cycle.pk).update(
        state_changed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get(status_url)
    assert page.context["job"].is_stuck and reset_url in page.content.decode()
    client.force_login(reader)  # reading is not enough to reset
    assert client.post(reset_url).status_code == 403
    client.force_login(MembershipFactory().user)  # coordination of another municipality
    assert client.post(reset_url).status_code == 404
    closed_cycle.refresh_from_db()
    assert closed_cycle.state == "queued"
    client.force_login(coordinator)
    client.post(reset_url)
    closed_cycle.refresh_from_db()
    assert closed_cycle.state == ""
    assert "interrupted" in closed_cycle.error or "unterbrochen" in closed_cycle.error
