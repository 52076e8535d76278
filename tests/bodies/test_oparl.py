"""The OParl link against a local fake server built from the OParl 1.1 specification's examples."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kompass.bodies.oparl import OParlError, fetch_paper


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English; the German catalogue translates them."""
    from django.utils import translation

    with translation.override("en"):
        yield


# The Paper example of the OParl 1.1 specification (shortened: the lists of files,
# consultations and locations are left out).
PAPER = {
    "id": "https://oparl.example.org/paper/749",
    "type": "https://schema.oparl.org/1.1/Paper",
    "body": "https://oparl.example.org/bodies/1",
    "name": "Antwort auf Anfrage 1200/2014",
    "reference": "1234/2014",
    "date": "2014-04-04",
    "paperType": "Beantwortung einer Anfrage",
    "created": "2014-04-04T16:42:02+02:00",
    "modified": "2014-04-04T16:42:02+02:00",
}
MEETING = {**PAPER, "type": "https://schema.oparl.org/1.1/Meeting"}


class FakeOParl(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def _send(self, status, body: bytes, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # the client may have given up waiting (the slow endpoint)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/paper/749":
            self._send(200, json.dumps(PAPER).encode())
        elif self.path == "/meeting/1":
            self._send(200, json.dumps(MEETING).encode())
        elif self.path == "/slow":
            time.sleep(4)
            self._send(200, json.dumps(PAPER).encode())
        elif self.path == "/bad-json":
            self._send(200, b"<html>Wartungsarbeiten</html>", "text/html")
        elif self.path == "/huge":
            self._send(200, b"[" + b"0," * 600_000 + b"0]")
        elif self.path == "/redirect-internal":
            self.send_response(302)
            self.send_header("Location", "http://10.0.0.1/paper/1")
            self.end_headers()
        else:
            self._send(404, b'{"error": "not found"}')


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeOParl)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def local(settings):
    """The fake server runs on the loopback address, which is refused outside tests."""
    settings.OPARL_ALLOW_PRIVATE_ADDRESSES = True
    settings.OPARL_TIMEOUT = 1.5
    settings.OPARL_MAX_BYTES = 1_000_000
    return settings


def test_a_paper_is_read(server, local):
    paper = fetch_paper(f"{server}/paper/749")
    assert paper.name == "Antwort auf Anfrage 1200/2014"
    assert paper.reference == "1234/2014"
    assert paper.date.isoformat() == "2014-04-04"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/slow", "1.5 seconds"),
        ("/bad-json", "not valid JSON"),
        ("/meeting/1", "https://schema.oparl.org/1.1/Meeting"),
        ("/nothing-here", "error 404"),
        ("/huge", "larger than"),
    ],
)
def test_failures_have_clear_messages(server, local, path, message):
    with pytest.raises(OParlError) as error:
        fetch_paper(server + path)
    assert message in str(error.value)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://ris.example/paper/1", "gopher://x", "javascript:alert(1)"]
)
def test_only_web_addresses_are_read(local, url):
    with pytest.raises(OParlError) as error:
        fetch_paper(url)
    assert "http://" in str(error.value)


def test_private_and_loopback_addresses_are_refused_by_default(server, settings):
    settings.OPARL_ALLOW_PRIVATE_ADDRESSES = False
    for url in (f"{server}/paper/749", "http://10.1.2.3/paper/1", "http://[::1]/paper/1"):
        with pytest.raises(OParlError) as error:
            fetch_paper(url)
        assert "private or local network" in str(error.value)


def test_only_allowed_hosts_when_configured(settings):
    settings.OPARL_ALLOWED_HOSTS = ["ris.musterstadt.example"]
    with pytest.raises(OParlError) as error:
        fetch_paper("https://evil.example/paper/1")
    assert "not among" in str(error.value)


def test_redirects_are_checked_like_the_first_address(server, local):
    local.OPARL_ALLOWED_HOSTS = ["127.0.0.1"]
    with pytest.raises(OParlError) as error:
        fetch_paper(f"{server}/redirect-internal")
    assert "10.0.0.1" in str(error.value)
