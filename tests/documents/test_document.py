"""The concept document: content of PDF, DOCX and HTML, background generation, downloads."""

import hashlib
import io

import docx
import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from kompass.demo.synthetic import generate_concept
from kompass.documents import services
from kompass.documents.content import build_document
from kompass.documents.docx_builder import render_docx
from kompass.documents.models import GeneratedDocument, GenerationState, SectionKey
from kompass.documents.render import pdf_document, render_html

from ..factories import MembershipFactory


def _concept(slug, **sizes):
    version = generate_concept(
        slug=slug,
        **{
            "fields": 3,
            "strategic_per_field": 2,
            "operative_per_strategic": 2,
            "measures_per_operative": 2,
            "indicators_per_field": 2,
            "years": 8,
            **sizes,
        },
    )
    services.narrative_save(
        version=version,
        key=SectionKey.PREFACE,
        title="Vorwort des Bürgermeisters",
        body="<p>Liebe Bürgerinnen und Bürger,</p><p>willkommen.</p>",
        expected_lock_version=None,
        acting_user=None,
    )
    services.narrative_save(
        version=version,
        key=SectionKey.EVALUATION,
        title="",
        body="Wir berichten jährlich.\n\n- Bericht an den Rat\n- Veröffentlichung",
        expected_lock_version=None,
        acting_user=None,
    )
    return version


@pytest.fixture
def version(db):
    return _concept("dokumentstadt")


def test_pdf_has_the_chapters_page_numbers_and_enough_pages(version):
    doc = build_document(version, language="en")  # English headings, German texts
    rendered = pdf_document(doc)
    html = render_html(doc)
    assert len(rendered.pages) >= 12
    labels = [entry[0] for entry in rendered.make_bookmark_tree()]
    assert "Vorwort des Bürgermeisters" in labels
    for heading in [
        "1 Integration as a municipal task",
        "2 Situation and framework",
        "3 Participatory approach",
        "4 Vision and guidelines",
        "5 Fields of action, goals and measures",
        "6 Evaluation and monitoring",
        "7 Networks and actors",
        "Appendix",
    ]:
        assert heading in labels
    assert "target-counter(attr(href), page)" in html and "counter(pages)" in html
    assert html.count("<svg") >= 6  # one line chart per indicator with values
    assert "<p>willkommen.</p>" in html
    assert "<li>Bericht an den Rat</li>" in html


def test_docx_has_the_headings_and_the_measures_tables(version):
    data = render_docx(build_document(version, language="en"))
    document = docx.Document(io.BytesIO(data))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Vorwort des Bürgermeisters" in headings
    assert "5 Fields of action, goals and measures" in headings
    assert "5.1 Handlungsfeld 0" in headings
    measure_tables = [t for t in document.tables if t.rows[0].cells[1].text == "Measure"]
    assert len(measure_tables) == 3
    assert len(measure_tables[0].rows) == 1 + 2 * 2 * 2 + 1  # header, 8 measures, total
    # header rows repeat on every page
    assert b"tblHeader" in data or "tblHeader" in measure_tables[0].rows[0]._tr.xml


def test_narrative_markup_is_sanitised_in_the_document(version):
    section = version.narrative_sections.get(key=SectionKey.PREFACE)
    # stored by an older rule set, bypassing save(): the render sanitises once more
    type(section).objects.filter(pk=section.pk).update(
        body='<p onclick="x">Hallo<script>alert(1)</script></p>'
    )
    html = render_html(build_document(version))
    assert "alert(1)" not in html and "onclick" not in html
    assert "<p>Hallo</p>" in html


def test_generation_stores_the_file_with_checksum(
    version, client, django_capture_on_commit_callbacks
):
    coordinator = MembershipFactory(municipality=version.municipality).user
    client.force_login(coordinator)
    slug = version.municipality.slug
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("document_generate", args=[slug, version.pk]), {"format": "docx"}
        )
    document = GeneratedDocument.objects.get(version=version)
    assert response.status_code == 302
    assert response["Location"] == reverse("document_status", args=[slug, document.pk])
    assert document.state == GenerationState.DONE
    assert document.started_by == coordinator
    data = document.file.read()
    assert document.size == len(data)
    assert document.checksum == hashlib.sha256(data).hexdigest()
    docx.Document(io.BytesIO(data))
    page = client.get(reverse("document_status", args=[slug, document.pk]))
    assert reverse("document_download", args=[slug, document.pk]) in page.content.decode()


def test_pdf_generation_counts_pages(version, client, django_capture_on_commit_callbacks):
    client.force_login(MembershipFactory(municipality=version.municipality).user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("document_generate", args=[version.municipality.slug, version.pk]),
            {"format": "pdf"},
        )
    document = GeneratedDocument.objects.get(version=version)
    assert document.file.read(5) == b"%PDF-"
    assert document.pages >= 12


def test_unknown_format_is_refused(version, client):
    client.force_login(MembershipFactory(municipality=version.municipality).user)
    response = client.post(
        reverse("document_generate", args=[version.municipality.slug, version.pk]),
        {"format": "exe"},
    )
    assert response.status_code == 302
    assert not GeneratedDocument.objects.exists()


def _stored_document(world):
    document = GeneratedDocument.objects.create(
        municipality=world.town,
        version=world.version,
        format="pdf",
        state=GenerationState.DONE,
        checksum="0" * 64,
        size=8,
    )
    document.file.save("konzept.pdf", ContentFile(b"%PDF-1.7"), save=True)
    return document


@pytest.mark.parametrize(
    ("user_key", "status"),
    [
        ("coordination", 200),
        ("responsible_unit", 200),
        ("steering_group", 200),
        ("council", 200),
        ("programme_coordinator", 200),
        ("foreign_coordinator", 404),
        ("foreign_programme_coordinator", 404),
        ("no_membership", 404),
    ],
)
def test_downloads_are_permission_checked(world, client, user_key, status):
    document = _stored_document(world)
    client.force_login(world.users[user_key])
    response = client.get(reverse("document_download", args=[world.town.slug, document.pk]))
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == b"%PDF-1.7"
        assert response["Content-Type"] == "application/pdf"


def test_a_foreign_document_is_not_found_under_the_own_municipality(world, client):
    document = _stored_document(world)
    client.force_login(world.users["foreign_coordinator"])
    for name in ("document_download", "document_status"):
        response = client.get(reverse(name, args=[world.other_town.slug, document.pk]))
        assert response.status_code == 404


def test_unfinished_documents_cannot_be_downloaded(world, client):
    document = GeneratedDocument.objects.create(
        municipality=world.town, version=world.version, format="pdf", state=GenerationState.QUEUED
    )
    client.force_login(world.users["coordination"])
    response = client.get(reverse("document_download", args=[world.town.slug, document.pk]))
    assert response.status_code == 404
    status = client.get(reverse("document_status", args=[world.town.slug, document.pk]))
    assert 'hx-trigger="every 1s"' in status.content.decode()


def test_html_view_query_count_does_not_grow_with_the_concept(
    db, client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = _concept("klein", fields=2, indicators_per_field=1)
    large = _concept("gross", fields=6, measures_per_operative=3, indicators_per_field=3)
    counts = []
    for version in (small, large):
        client.force_login(
            MembershipFactory(municipality=version.municipality, role="council").user
        )
        url = reverse("document_html", args=[version.municipality.slug, version.pk])
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    with django_assert_num_queries(counts[1]):
        client.get(url)


def test_participation_chapter_shows_events_reach_and_decisions(world):
    import datetime

    from django.utils import timezone

    from kompass.concepts.models import TargetGroup
    from kompass.participation.models import (
        ContributionDecision,
        EventReach,
        ParticipationEvent,
        ParticipationFormat,
    )
    from kompass.participation.services import contribution_create

    event = ParticipationEvent.objects.create(
        municipality=world.town,
        version=world.version,
        format=ParticipationFormat.objects.filter(municipality__isnull=True).first(),
        title="Zukunftswerkstatt Südstadt",
        starts_at=timezone.make_aware(datetime.datetime(2023, 5, 6, 10)),
        place="Stadtteilzentrum Süd",
        participant_count=42,
        level=5,
    )
    groups = list(TargetGroup.objects.filter(municipality__isnull=True)[:2])
    EventReach.objects.create(municipality=world.town, event=event, target_group=groups[0], count=3)
    EventReach.objects.create(
        municipality=world.town, event=event, target_group=groups[1], count=17
    )
    answered = contribution_create(
        version=world.version, text="Mehr Sprachkurse", source="card", event=event
    )
    contribution_create(version=world.version, text="Offene Frage", source="card", event=event)
    ContributionDecision.objects.create(
        municipality=world.town, contribution=answered, outcome="adopted", reason="Maßnahme 1.1"
    )
    doc = build_document(world.version, language="en")
    html = render_html(doc)
    summary = doc.participation
    assert summary.total_participants == 42
    assert dict(summary.reach) == {groups[0].name: "< 5", groups[1].name: "17"}
    assert (summary.contributions, summary.open_contributions) == (2, 1)
    assert "Zukunftswerkstatt Südstadt" in html and "&lt; 5" in html
    assert "One is still waiting for an answer." in html


def test_without_participation_events_the_chapter_keeps_its_narrative(version):
    doc = build_document(version, language="en")
    html = render_html(doc)
    assert doc.participation is None
    assert "Participation events" not in html
    assert "3 Participatory approach" in html


def test_a_generation_whose_worker_has_gone_can_be_reset(version, client):
    import datetime

    from django.utils import timezone

    coordinator = MembershipFactory(municipality=version.municipality).user
    reader = MembershipFactory(municipality=version.municipality, role="council").user
    slug = version.municipality.slug
    document = GeneratedDocument.objects.create(
        municipality=version.municipality,
        version=version,
        format="pdf",
        state=GenerationState.QUEUED,
        state_changed_at=timezone.now(),
    )  # queued; no worker takes it
    status_url = reverse("document_status", args=[slug, document.pk])
    reset_url = reverse("document_reset", args=[slug, document.pk])
    client.force_login(coordinator)
    assert not client.get(status_url).context["job"].is_stuck
    client.post(reset_url)
    document.refresh_from_db()
    assert document.state == GenerationState.QUEUED  # not stuck: left alone
    GeneratedDocument.objects.filter(pk=document.pk).update(
        state_changed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get(status_url)
    assert page.context["job"].is_stuck and reset_url in page.content.decode()
    client.force_login(reader)
    assert client.post(reset_url).status_code == 403
    foreign = MembershipFactory().user  # coordination of another municipality
    client.force_login(foreign)
    assert client.post(reset_url).status_code == 404
    document.refresh_from_db()
    assert document.state == GenerationState.QUEUED
    client.force_login(coordinator)
    client.post(reset_url)
    document.refresh_from_db()
    assert document.state == GenerationState.FAILED and document.error
