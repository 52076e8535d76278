"""Evaluations of measures: who writes them, attachments checked and never served publicly."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kompass.monitoring.models import Evaluation, EvaluationAttachment

from ..factories import EvaluationFactory

READERS = [
    "coordination",
    "responsible_unit",
    "steering_group",
    "facilitator",
    "council",
    "programme_coordinator",
    "instance_admin",
]
OUTSIDERS = ["foreign_coordinator", "foreign_programme_coordinator", "no_membership"]
WRITERS = ["coordination", "responsible_unit", "instance_admin"]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def form_data(**changes):
    data = {
        "title": "Befragung der Teilnehmenden",
        "method": "survey",
        "method_note": "",
        "evaluated_by": "Volkshochschule",
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "result": "Hohe Zufriedenheit.",
        "goal_achievement": "reached",
        "recommendation": "continue",
        "recommendation_note": "",
    }
    return data | changes


def url(world, name, obj):
    return reverse(name, args=[world.town.slug, obj.pk])


@pytest.fixture
def attachment(world):
    return EvaluationAttachment.objects.create(
        evaluation=world.evaluation,
        municipality=world.town,
        title="Bericht",
        file=SimpleUploadedFile("bericht.pdf", PDF),
    )


def test_the_responsible_unit_evaluates_its_own_measure(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(url(world, "evaluation_create", world.measure), form_data())
    evaluation = Evaluation.objects.get(title="Befragung der Teilnehmenden")
    assert response.status_code == 302
    assert response["Location"] == url(world, "evaluation_detail", evaluation)
    assert evaluation.measure == world.measure
    assert evaluation.municipality == world.town
    assert evaluation.created_by == world.users["responsible_unit"]
    assert evaluation.history.count() == 1
    page = client.get(url(world, "measure_detail", world.measure)).content.decode()
    assert "Befragung der Teilnehmenden" in page


def test_a_unit_cannot_evaluate_another_units_measure(world, client):
    client.force_login(world.users["responsible_unit"])
    response = client.post(url(world, "evaluation_create", world.foreign_measure), form_data())
    assert response.status_code == 403
    assert not Evaluation.objects.filter(measure=world.foreign_measure).exists()


def test_period_must_not_end_before_it_starts(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        url(world, "evaluation_create", world.measure),
        form_data(period_start="2025-12-31", period_end="2025-01-01"),
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Evaluation.objects.filter(title="Befragung der Teilnehmenden").exists()


def test_editing_keeps_history_and_detects_conflicts(world, client):
    evaluation = world.evaluation
    client.force_login(world.users["coordination"])
    data = form_data(title="Geänderter Titel", lock_version=evaluation.lock_version)
    assert client.post(url(world, "evaluation_edit", evaluation), data).status_code == 302
    evaluation.refresh_from_db()
    assert evaluation.title == "Geänderter Titel"
    # a second save with the old lock version is refused, nothing changes
    stale = form_data(title="Überschrieben", lock_version=0)
    response = client.post(url(world, "evaluation_edit", evaluation), stale)
    assert response.status_code == 200
    evaluation.refresh_from_db()
    assert evaluation.title == "Geänderter Titel"
    detail = client.get(url(world, "evaluation_detail", evaluation)).content.decode()
    assert "Geänderter Titel" in detail and "Änderungsverlauf" in detail


@pytest.mark.parametrize("user_key", READERS + OUTSIDERS)
def test_attachment_download_for_members_only(world, client, attachment, user_key):
    client.force_login(world.users[user_key])
    response = client.get(url(world, "attachment_download", attachment))
    if user_key in OUTSIDERS:
        assert response.status_code == 404
    else:
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert response["Content-Type"] == "application/pdf"


def test_attachment_is_not_found_under_another_municipality(world, client, attachment):
    client.force_login(world.users["foreign_coordinator"])
    foreign_url = reverse("attachment_download", args=[world.other_town.slug, attachment.pk])
    assert client.get(foreign_url).status_code == 404


def test_media_files_are_not_served_by_url(world, client, attachment):
    client.force_login(world.users["coordination"])
    assert client.get("/media/" + attachment.file.name).status_code == 404


@pytest.mark.parametrize("user_key", READERS + OUTSIDERS)
def test_who_may_upload_and_remove_attachments(world, client, attachment, user_key):
    client.force_login(world.users[user_key])
    upload = client.post(
        url(world, "attachment_create", world.evaluation),
        {"title": "", "file": SimpleUploadedFile("auswertung.pdf", PDF)},
    )
    remove = client.post(url(world, "attachment_delete", attachment))
    if user_key in OUTSIDERS:
        expected = (404, 404)
    elif user_key in WRITERS:
        expected = (302, 302)
    else:
        expected = (403, 403)
    assert (upload.status_code, remove.status_code) == expected
    titles = set(EvaluationAttachment.objects.values_list("title", flat=True))
    if user_key in WRITERS:
        assert titles == {"auswertung"}  # the file name without ending is the title
    else:
        assert titles == {"Bericht"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("makro.exe", b"MZ...."),  # ending not allowed
        ("bericht.pdf", b"<html>not a pdf</html>"),  # content does not match the ending
        ("tabelle.xlsx", b"%PDF-1.4"),
        ("notiz.txt", b"binary\x00data"),  # not text
        ("leer.pdf", b""),
    ],
)
def test_unsuitable_files_are_refused(world, client, name, content):
    client.force_login(world.users["coordination"])
    response = client.post(
        url(world, "attachment_create", world.evaluation),
        {"title": "X", "file": SimpleUploadedFile(name, content)},
    )
    assert response.status_code == 200
    assert 'class="errorlist"' in response.content.decode()
    assert not EvaluationAttachment.objects.exists()


def test_too_large_files_are_refused(world, client, monkeypatch):
    from kompass.monitoring import forms

    monkeypatch.setattr(forms.AttachmentForm.base_fields["file"], "max_bytes", 10)
    client.force_login(world.users["coordination"])
    response = client.post(
        url(world, "attachment_create", world.evaluation),
        {"title": "X", "file": SimpleUploadedFile("gross.pdf", PDF)},
    )
    assert response.status_code == 200
    assert not EvaluationAttachment.objects.exists()


def test_deleting_an_evaluation_removes_it_with_its_files(
    world, client, attachment, django_capture_on_commit_callbacks
):
    path = attachment.file.path
    client.force_login(world.users["coordination"])
    assert os.path.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(world, "evaluation_delete", world.evaluation))
    assert response.status_code == 302
    assert not Evaluation.objects.filter(pk=world.evaluation.pk).exists()
    assert not EvaluationAttachment.objects.exists()
    assert not os.path.exists(path)


def test_dashboard_counts_evaluations_by_recommendation(world, client):
    EvaluationFactory(measure=world.foreign_measure, recommendation="stop")
    client.force_login(world.users["council"])
    content = client.get(
        reverse("monitoring_dashboard", args=[world.town.slug, world.version.pk])
    ).content.decode()
    assert "2 Evaluationen nach Empfehlung" in content or "2 evaluations" in content
