"""Reading a paper (Drucksache) from a council information system through OParl 1.1.

Given the address of an OParl ``Paper`` object, ``fetch_paper`` returns its name,
reference and date – or raises ``OParlError`` with a message for the user. It fetches a
user-given address on the server, so it guards against server-side request forgery:
only http(s), no private, loopback or link-local addresses (unless the settings allow
them, e.g. in tests), optionally only the hosts in ``OPARL_ALLOWED_HOSTS``, redirects
checked the same way, a time limit for the whole answer and a size limit.
"""

import datetime
import ipaddress
import json
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

PAPER_TYPES = {"https://schema.oparl.org/1.1/Paper", "https://schema.oparl.org/1.0/Paper"}
CHUNK = 64 * 1024


class OParlError(Exception):
    """Fetching failed; the message says why, in words for the user."""


@dataclass(frozen=True)
class Paper:
    url: str
    name: str
    reference: str
    date: datetime.date | None


def _setting(name, default):
    return getattr(settings, name, default)


def check_address(url: str) -> None:
    """Refuse anything but http(s) to an allowed, public host (raises OParlError)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise OParlError(_("Only web addresses starting with http:// or https:// can be read."))
    host = parts.hostname.lower().rstrip(".")
    allowed = [h.lower() for h in _setting("OPARL_ALLOWED_HOSTS", [])]
    if allowed and not any(host == h or host.endswith("." + h) for h in allowed):
        raise OParlError(
            _("The server %(host)s is not among the council information systems allowed here.")
            % {"host": host}
        )
    if _setting("OPARL_ALLOW_PRIVATE_ADDRESSES", False):
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise OParlError(_("The server %(host)s is not known.") % {"host": host}) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise OParlError(
                _("The address %(host)s points into a private or local network and is not read.")
                % {"host": host}
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to an address that passes the same checks."""

    max_redirections = 3

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_address(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _download(url: str, *, timeout: float, max_bytes: int) -> bytes:
    opener = urllib.request.build_opener(_CheckedRedirects)
    # check_address() has allowed only http(s) to a permitted host
    request = urllib.request.Request(  # noqa: S310
        url, headers={"Accept": "application/json", "User-Agent": "Integrationskompass-OParl/1"}
    )
    deadline = time.monotonic() + timeout
    too_slow = _("The server did not answer within %(seconds)s seconds.") % {
        "seconds": f"{timeout:g}"
    }
    too_large = _("The answer is larger than %(size)s kB; an OParl paper is much smaller.") % {
        "size": max_bytes // 1000
    }
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise OParlError(too_large)
            body = b""
            while True:
                if time.monotonic() > deadline:
                    raise OParlError(too_slow)
                chunk = response.read(CHUNK)
                if not chunk:
                    return body
                body += chunk
                if len(body) > max_bytes:
                    raise OParlError(too_large)
    except urllib.error.HTTPError as error:
        raise OParlError(
            _("The server answered with error %(status)s; is the address right?")
            % {"status": error.code}
        ) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise OParlError(too_slow) from None
        if isinstance(error.reason, OParlError):
            raise error.reason from None
        raise OParlError(
            _("The server could not be reached (%(reason)s).") % {"reason": error.reason}
        ) from None
    except TimeoutError:
        raise OParlError(too_slow) from None
    except (ConnectionError, OSError) as error:
        raise OParlError(
            _("The server could not be reached (%(reason)s).") % {"reason": error}
        ) from None


def parse_paper(url: str, body: bytes) -> Paper:
    """The name, reference and date of an OParl Paper object (JSON), or OParlError."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise OParlError(
            _("The answer is not valid JSON. Is this the address of an OParl paper?")
        ) from None
    if not isinstance(data, dict) or data.get("type") not in PAPER_TYPES:
        found = data.get("type") if isinstance(data, dict) else None
        raise OParlError(
            _("The address does not lead to an OParl paper (type found: %(type)s).")
            % {"type": found or _("none")}
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise OParlError(_("The paper has no name."))
    reference = data.get("reference") or ""
    if not isinstance(reference, str):
        raise OParlError(_("The paper's reference is not a text."))
    date = None
    if data.get("date"):
        try:
            date = datetime.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            raise OParlError(
                _("The paper's date “%(date)s” is not a date.") % {"date": data["date"]}
            ) from None
    return Paper(url=url, name=name.strip()[:500], reference=reference.strip()[:100], date=date)


def fetch_paper(url: str) -> Paper:
    """Fetch and read one OParl paper; every failure becomes an OParlError with a clear message."""
    url = url.strip()
    check_address(url)
    body = _download(
        url,
        timeout=float(_setting("OPARL_TIMEOUT", 5)),
        max_bytes=int(_setting("OPARL_MAX_BYTES", 1_000_000)),
    )
    return parse_paper(url, body)
