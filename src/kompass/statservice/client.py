"""A client for the GENESIS REST interface (version 2020) of the official statistics.

GENESIS-Online (Destatis), the Regionaldatenbank Deutschland and the Zensus 2022 database run
the same software and answer the same calls. Every call is a POST with the form parameters in
the body and the credentials in the ``username`` and ``password`` headers (GET and credentials
in the address were switched off in 2025); a token goes into ``username`` with an empty
password. Answers are a file (a ZIP with one CSV for ``data/tablefile`` in ``ffcsv``) or JSON
with a status ``{"Code", "Content", "Type"}``, either inside an envelope (``Ident``, ``Status``,
``Parameter``, ...) or, for refused credentials, at the top level. ``helloworld/logincheck``
answers HTTP 200 in every case with a plain ``Status`` text.

A table too large for a direct answer (status 98) is prepared by the service as a *job*
(``job=true`` → status 99 with the name of the result); ``catalogue/results`` lists the result
once it is ready and ``data/resultfile`` delivers it.

Why not a library: pystatis (CorrelAid) keeps one set of credentials per database in a
``config.ini`` under the user's home directory and caches every download on disk there, and it
exits the process on a timeout – none of which fits a server where every municipality has its
own account. The interface is small, so it is spoken here directly with httpx.

Every refusal is a ``ServiceError`` whose message says, in the user's language, what happened
and what to do; no message, log line or exception ever carries the password.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field

import httpx
from django.utils.translation import gettext as _

JOB_NAME = re.compile(r":\s*(\S+_\d+)\s*$")
_FILE_NAME = re.compile(r'filename="?([^";]+)"?')
_SUCCESS = (0, 22)
_NOT_AUTHORISED = (2, 15)


# Errors ---------------------------------------------------------------------------------------


class ServiceError(Exception):
    """The service refused or could not answer; ``message`` is meant for the person."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class WrongCredentials(ServiceError):
    pass


class UnknownTable(ServiceError):
    pass


class NoData(ServiceError):
    pass


class RateLimited(ServiceError):
    pass


class Unavailable(ServiceError):
    pass


class ServiceTimeout(ServiceError):
    pass


class UnexpectedAnswer(ServiceError):
    pass


class TableTooLarge(ServiceError):
    pass


class JobStillRunning(ServiceError):
    pass


# Requests and answers -------------------------------------------------------------------------


@dataclass(frozen=True)
class Credentials:
    """A user name and password, or a token (sent as the user name, with an empty password)."""

    username: str
    password: str = field(default="", repr=False)


@dataclass(frozen=True)
class TableRequest:
    """One table with the selection the municipality asked for."""

    code: str
    start_year: int | None = None
    end_year: int | None = None
    regional_variable: str = ""
    regional_keys: tuple[str, ...] = ()

    @property
    def is_restricted(self) -> bool:
        return bool(self.start_year or self.end_year or self.regional_keys)

    def form(self) -> dict[str, str]:
        return {
            "name": self.code,
            "area": "all",
            "format": "ffcsv",
            "compress": "false",
            "quality": "on",
            "language": "de",
            "startyear": str(self.start_year or ""),
            "endyear": str(self.end_year or ""),
            "regionalvariable": self.regional_variable,
            "regionalkey": ",".join(self.regional_keys),
            "job": "false",
        }


@dataclass(frozen=True)
class TableFile:
    """A table as the service delivered it: the bytes and the file name it gave."""

    content: bytes
    file_name: str
    content_type: str


# The client -----------------------------------------------------------------------------------


class GenesisClient:
    """Calls of one GENESIS database with one account.

    ``service_label`` names the database in messages; ``jobs_allowed`` is False where the
    service cannot prepare large tables as a job for this account (Zensus 2022, tokens).
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Credentials,
        service_label: str,
        timeout: float,
        jobs_allowed: bool = True,
        transport: httpx.BaseTransport | None = None,
    ):
        self.base_url = base_url.rstrip("/") + "/"
        self.credentials = credentials
        self.service_label = service_label
        self.timeout = timeout
        self.jobs_allowed = jobs_allowed
        self.transport = transport

    # transport ---------------------------------------------------------------------------

    def _post(self, path: str, data: dict[str, str]) -> httpx.Response:
        headers = {
            "username": self.credentials.username,
            "password": self.credentials.password,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 15))
        try:
            with httpx.Client(timeout=timeout, transport=self.transport) as http:
                response = http.post(self.base_url + path, data=data, headers=headers)
        except httpx.TimeoutException:
            raise ServiceTimeout(
                _(
                    "%(service)s did not answer within %(seconds)s seconds. Nothing was changed. "
                    "Please try again later, or ask for fewer years."
                )
                % {"service": self.service_label, "seconds": f"{self.timeout:g}"}
            ) from None
        except httpx.HTTPError:
            raise self._unavailable() from None
        self._check_http_status(response)
        return response

    def _unavailable(self) -> Unavailable:
        return Unavailable(
            _(
                "%(service)s cannot be reached at the moment. Nothing was changed. "
                "Please try again later."
            )
            % {"service": self.service_label}
        )

    def _check_http_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status == 429:
            raise self._rate_limited()
        if status in (401, 403):
            raise self._wrong_credentials()
        if status >= 500:
            raise self._unavailable()
        if status >= 400:
            raise self._unexpected(_("HTTP status %(status)s") % {"status": status})

    def _rate_limited(self) -> RateLimited:
        return RateLimited(
            _(
                "%(service)s is receiving too many requests from this account right now. "
                "Nothing was changed. Please try again in a few minutes."
            )
            % {"service": self.service_label}
        )

    def _wrong_credentials(self) -> WrongCredentials:
        return WrongCredentials(
            _(
                "%(service)s did not accept the stored access data. Please check the user "
                "name and password (or the token) under “Access to statistics services”. "
                "Nothing was changed."
            )
            % {"service": self.service_label}
        )

    def _unexpected(self, detail: str) -> UnexpectedAnswer:
        return UnexpectedAnswer(
            _(
                "%(service)s sent an answer that cannot be read (%(detail)s). Nothing was "
                "changed. Please try again later; if it persists, tell the administrators."
            )
            % {"service": self.service_label, "detail": detail}
        )

    # JSON status ---------------------------------------------------------------------------

    @staticmethod
    def _json(response: httpx.Response) -> dict | None:
        """The JSON body, or None if the answer is no JSON object (a file)."""
        content_type = response.headers.get("content-type", "")
        if "json" not in content_type and response.content.lstrip()[:1] != b"{":
            return None
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            return None
        return body if isinstance(body, dict) else None

    @staticmethod
    def _status(body: dict) -> tuple[int | None, str, str]:
        """Code, text and type of an answer, enveloped or at the top level."""
        status = body.get("Status")
        if not isinstance(status, dict):
            status = body
        code = status.get("Code")
        try:
            code = int(code) if code is not None else None
        except (TypeError, ValueError):
            code = None
        return code, str(status.get("Content") or ""), str(status.get("Type") or "")

    def _raise_for_status(self, body: dict, request: TableRequest | None = None) -> None:
        code, text, kind = self._status(body)
        if code in _SUCCESS:
            return
        if code in _NOT_AUTHORISED:
            raise self._wrong_credentials()
        if code == 98:
            raise TableTooLarge(text)
        if code == 90 or (code == 104 and request is not None and not request.is_restricted):
            raise UnknownTable(
                _(
                    "%(service)s has no table %(code)s. Please check the table code and the "
                    "database (GENESIS-Online, Regionaldatenbank or Zensus 2022)."
                )
                % {"service": self.service_label, "code": request.code if request else ""}
            )
        if code == 104 or "datenquader" in text.lower():
            raise NoData(
                _(
                    "%(service)s has no data for this selection (table %(code)s with the chosen "
                    "years and regions). Please check the years and the regional selection."
                )
                % {"service": self.service_label, "code": request.code if request else ""}
            )
        if "parallel" in text.lower() or "zu viele" in text.lower():
            raise self._rate_limited()
        raise self._unexpected(
            _("status %(code)s: %(text)s") % {"code": code, "text": text[:300] or kind}
        )

    # calls ---------------------------------------------------------------------------------

    def logincheck(self) -> str:
        """Check the credentials; the service's confirmation, or ``WrongCredentials``."""
        response = self._post("helloworld/logincheck", {"language": "de"})
        body = self._json(response)
        if body is None:
            raise self._unexpected(_("no JSON"))
        status = body.get("Status")
        if isinstance(status, dict):
            self._raise_for_status(body)
            return str(status.get("Content") or "")
        text = str(status or "")
        lowered = text.lower()
        username = str(body.get("Username") or "")
        # Unknown credentials log in as the guest account on some databases.
        guest = username.upper() == "GAST" and self.credentials.username.upper() != "GAST"
        if "fehler" in lowered or "error" in lowered or guest:
            raise self._wrong_credentials()
        if "erfolgreich" in lowered or "success" in lowered:
            return text
        raise self._unexpected(text[:200] or _("empty answer"))

    def tablefile(self, request: TableRequest, *, job: bool = False) -> TableFile | str:
        """The table as a file – or, with ``job``, the name of the job's future result."""
        form = request.form()
        if job:
            form["job"] = "true"
        response = self._post("data/tablefile", form)
        body = self._json(response)
        if body is None:
            return self._file(response, request.code)
        code, text, _kind = self._status(body)
        if code != 99:
            self._raise_for_status(body, request)
        if code == 99 or job:
            match = JOB_NAME.search(text)
            if not match:
                raise self._unexpected(_("no job name in status %(code)s") % {"code": code})
            return match.group(1)
        content = (body.get("Object") or {}).get("Content")
        if isinstance(content, str) and content.strip():
            return TableFile(content.encode("utf-8"), f"{request.code}.csv", "text/csv")
        raise self._unexpected(_("no table in the answer"))

    def job_ready(self, job_name: str) -> bool:
        """Whether the prepared result ``job_name`` can be fetched."""
        response = self._post(
            "catalogue/results",
            {"selection": job_name, "area": "user", "pagelength": "1", "language": "de"},
        )
        body = self._json(response)
        if body is None:
            raise self._unexpected(_("no JSON"))
        code, _text, _kind = self._status(body)
        if code == 104:
            return False
        self._raise_for_status(body)
        return any(item.get("Code") == job_name for item in body.get("List") or [])

    def resultfile(self, job_name: str, request: TableRequest) -> TableFile:
        form = {
            "name": job_name,
            "area": "user",
            "format": "ffcsv",
            "compress": "false",
            "language": "de",
        }
        response = self._post("data/resultfile", form)
        body = self._json(response)
        if body is not None:
            self._raise_for_status(body, request)
            raise self._unexpected(_("no table in the answer"))
        return self._file(response, request.code)

    def fetch_table(
        self, request: TableRequest, *, poll: float, wait: float, on_wait=None, sleep=time.sleep
    ) -> TableFile:
        """The table, directly or – if it is too large – through a job of the service."""
        try:
            return self.tablefile(request)
        except TableTooLarge:
            if not self.jobs_allowed:
                raise TableTooLarge(
                    _(
                        "The table %(code)s is too large for a direct answer, and %(service)s "
                        "cannot prepare it as a job for this account (not possible with a token "
                        "or in the Zensus 2022 database). Please ask for fewer years or only "
                        "your own region."
                    )
                    % {"code": request.code, "service": self.service_label}
                ) from None
        job_name = self.tablefile(request, job=True)
        started = time.monotonic()
        while not self.job_ready(job_name):
            waited = time.monotonic() - started
            if waited >= wait:
                raise JobStillRunning(
                    _(
                        "%(service)s is still preparing the table %(code)s after %(minutes)s "
                        "minutes. Nothing was changed. Please fetch the table again later."
                    )
                    % {
                        "service": self.service_label,
                        "code": request.code,
                        "minutes": max(1, round(wait / 60)),
                    }
                )
            if on_wait:
                on_wait(waited)
            sleep(poll)
        return self.resultfile(job_name, request)

    def _file(self, response: httpx.Response, code: str) -> TableFile:
        content = response.content
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        if not content:
            raise self._unexpected(_("empty answer"))
        head = content.lstrip()[:15].lower()
        if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<")):
            raise self._unexpected(_("a web page instead of a table"))
        is_zip = content[:2] == b"PK"
        match = _FILE_NAME.search(response.headers.get("content-disposition", ""))
        name = match.group(1).strip() if match else ""
        if not name or "/" in name or "\\" in name:
            name = f"{code}.zip" if is_zip else f"{code}.csv"
        return TableFile(content, name, content_type or ("application/zip" if is_zip else ""))
