"""A local stand-in for the GENESIS web services that replays recorded answers.

It listens on 127.0.0.1 (a real socket, so timeouts and refused connections are real too),
serves one base address per database (``/<service>/rest/2020/``) and answers each call path
with the queued answers in turn (the last one repeats). Every request is kept with its
headers and form, so tests can check what the client sent.
"""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

DATA = Path(__file__).resolve().parents[1] / "data" / "statservice"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Received:
    service: str
    call: str
    headers: dict
    form: dict
    body: bytes


def recorded(name: str) -> Answer:
    """A recorded answer from tests/data/statservice with the headers the service sent."""
    body = (DATA / name).read_bytes()
    if name.endswith(".zip"):
        headers = {
            "Content-Type": "application/zip",
            "Content-Disposition": f"attachment; filename={name}",
        }
    else:
        headers = {"Content-Type": "application/json;charset=UTF-8"}
    return Answer(body=body, headers=headers)


class FakeGenesis:
    def __init__(self):
        self.routes: dict[tuple[str, str], list[Answer]] = {}
        self.received: list[Received] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                parts = self.path.strip("/").split("/")
                service, call = parts[0], "/".join(parts[3:])
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                form = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
                fake.received.append(
                    Received(
                        service, call, {k.lower(): v for k, v in self.headers.items()}, form, body
                    )
                )
                queue = fake.routes.get((service, call)) or fake.routes.get(("*", call))
                answer = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else Answer(404)
                if answer.delay:
                    time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/{service}/rest/2020/"

    def answer(self, call: str, *answers: Answer, service: str = "*") -> None:
        """Answer ``call`` (e.g. ``data/tablefile``) with ``answers`` in turn."""
        self.routes[(service, call)] = list(answers)

    def calls(self, call: str | None = None) -> list[Received]:
        return [r for r in self.received if call is None or r.call == call]

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
