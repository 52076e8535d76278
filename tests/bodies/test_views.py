"""Bodies, resolutions, the OParl confirmation, adoption by resolution and the council submission."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from docx import Document

from kompass.bodies.models import Body, Resolution
from kompass.concepts.models import VersionStatus

from .test_oparl import PAPER


def test_body_with_members_is_saved_together(world, client):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("body_create", args=[world.town.slug]),
        {
            "kind": "steering_group",
            "name": "Steuerungsgruppe",
            "members-TOTAL_FORMS": "2",
            "members-INITIAL_FORMS": "0",
            "members-0-person_name": "Dr. Helene Sommerfeld",
            "members-0-function": "Vorsitz",
            "members-1-person_name": "",
            "members-1-function": "Mitglied",  # no name and no user: refused, nothing saved
        },
    )
    assert response.status_code == 200
    assert not Body.objects.filter(name="Steuerungsgruppe").exists()


def test_resolution_form_explains_votes_that_do_not_fit(world, client, council):
    client.force_login(world.users["coordination"])
    response = client.post(
        reverse("resolution_create", args=[world.town.slug]),
        {
            "body": council.pk,
            "date": "2024-03-21",
            "subject": "Beschluss",
            "kind": "adoption",
            "outcome": "adopted",
            "votes_yes": "4",
            "votes_no": "38",
            "votes_abstain": "3",
        },
    )
    assert response.status_code == 200
    assert not Resolution.objects.exists()


def test_adopting_resolution_adopts_the_version(world, client, resolution):
    client.force_login(world.users["coordination"])
    detail = client.get(reverse("resolution_detail", args=[world.town.slug, resolution.pk]))
    assert reverse("resolution_adopt_version", args=[world.town.slug, resolution.pk]) in (
        detail.content.decode()
    )
    client.post(reverse("resolution_adopt_version", args=[world.town.slug, resolution.pk]))
    world.version.refresh_from_db()
    assert world.version.status == VersionStatus.ADOPTED
    assert world.version.adopted_on == resolution.date
    assert world.version.adopting_resolution == resolution.citation()


@pytest.fixture
def paper_server(settings):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = json.dumps(PAPER).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    settings.OPARL_ALLOW_PRIVATE_ADDRESSES = True
    yield f"http://127.0.0.1:{httpd.server_address[1]}/paper/749"
    httpd.shutdown()
    httpd.server_close()


def test_oparl_values_are_shown_and_saved_only_after_confirmation(
    world, client, resolution, paper_server
):
    client.force_login(world.users["coordination"])
    url = reverse("resolution_oparl", args=[world.town.slug, resolution.pk])
    preview = client.post(url, {"url": paper_server})
    content = preview.content.decode()
    assert "Antwort auf Anfrage 1200/2014" in content
    resolution.refresh_from_db()
    assert resolution.subject == "Beschluss des Integrationskonzepts"  # not yet
    token = preview.context["token"]
    client.post(url, {"confirm": "1", "paper": token, "lock_version": resolution.lock_version})
    resolution.refresh_from_db()
    assert resolution.subject == "Antwort auf Anfrage 1200/2014"
    assert resolution.reference == "1234/2014"
    assert resolution.date.isoformat() == "2014-04-04"
    assert resolution.paper_url == paper_server
    # a forged confirmation changes nothing
    client.post(
        url, {"confirm": "1", "paper": token + "x", "lock_version": resolution.lock_version}
    )
    resolution.refresh_from_db()
    assert resolution.subject == "Antwort auf Anfrage 1200/2014"


def test_oparl_errors_are_shown_on_the_form(world, client, resolution):
    client.force_login(world.users["coordination"])
    url = reverse("resolution_oparl", args=[world.town.slug, resolution.pk])
    response = client.post(url, {"url": "file:///etc/passwd"})
    assert response.status_code == 200
    assert response.context["form"].errors["url"]
    assert response.context["paper"] is None


def _submission(client, world, occasion, fmt, body=None):
    url = reverse("council_submission", args=[world.town.slug])
    data = {"occasion": occasion, "version": world.version.pk, "body": body.pk if body else ""}
    prepared = client.get(url, data)
    decision = prepared.context["form"]["decision"].value()
    assert decision
    return client.post(url, {**data, "decision": decision + "\nZusatz.", "format": fmt})


def test_submission_docx_has_the_parts_of_a_beschlussvorlage(
    world, client, council, steering_group, resolution
):
    client.force_login(world.users["coordination"])
    response = _submission(client, world, "adoption", "docx", council)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    document = Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:3] == ["Betreff", "Beschlussvorschlag", "Sachverhalt und Begründung"] or (
        headings[:3] == ["Subject", "Proposed decision", "Facts and reasons"]
    )
    assert len(headings) >= 6
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Zusatz." in text
    assert "Stadtverordnetenversammlung" in text
    tables = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Dr. Helene Sommerfeld" in tables


def test_submission_pdf_renders(world, client, council):
    client.force_login(world.users["coordination"])
    response = _submission(client, world, "start", "pdf", council)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_submission_is_for_coordination_only(world, client):
    client.force_login(world.users["steering_group"])
    url = reverse("council_submission", args=[world.town.slug])
    assert client.post(url, {"format": "pdf"}).status_code == 403
