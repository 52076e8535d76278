"""Open a statistics file (ZIP, UTF-8/UTF-16/Windows-1252), recognise its layout and hand it
to the right reader."""

import csv
import gc
import io
import re
import zipfile
from contextlib import contextmanager

from django.utils.translation import gettext_lazy as _

from kompass.core.imports import WARNING

from .common import ParseResult, Problem
from .flat import read_flat_file
from .table import read_table_file

MAX_BYTES = 200 * 1024 * 1024
ARCHIVE = "archive"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_ARCHIVE_SUFFIXES = (".zip", ".gz", ".tgz", ".tar", ".7z", ".rar", ".bz2", ".xz")
# UTF-8 text decoded once more as Windows-1252/Latin-1: "mÃ¤nnlich" for "männlich".
_DOUBLE_ENCODED = re.compile(
    "Ã[\u00a4\u00b6\u00bc\u0178\u201e\u2013\u0153\u00a9\u0084\u0096\u009c\u009f]|Â[©§°²³]"
)


def decode(data: bytes) -> tuple[str, str]:
    """UTF-16 with BOM, UTF-8 (with or without BOM), else Windows-1252 (a superset of Latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_statistics_file(data: bytes, *, member: str | None = None) -> ParseResult:
    """Read a GENESIS/Regionaldatenbank/Zensus file in any of its layouts.

    A ZIP archive (as the GENESIS web service delivers it) is opened: its one CSV file is
    read, or the ``member`` named; with several CSV files and none named the result lists
    them (``format="archive"``, ``archive_members``) and reads nothing.
    """
    if len(data) > MAX_BYTES:
        return _failed("", [Problem(None, "", _("The file is larger than 200 MB."))])
    if data.startswith(_ZIP_MAGIC):
        opened = _open_archive(data, member)
        if isinstance(opened, ParseResult):
            return opened
        data, member = opened
    with collector_paused():
        result = _read_text_file(data)
    return result


def _open_archive(data: bytes, member: str | None) -> tuple[bytes, str] | ParseResult:
    """The bytes of the CSV file to read from a ZIP archive, or a result that says why not."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        return _failed(
            "", [Problem(None, "", _("The ZIP archive is damaged and cannot be opened."))]
        )
    for info in infos:
        if info.filename.lower().endswith(_ARCHIVE_SUFFIXES):
            return _failed(
                "",
                [
                    Problem(
                        None,
                        info.filename,
                        _(
                            "The ZIP archive contains another archive. Unpack it and upload the CSV file itself."
                        ),
                    )
                ],
            )
        if info.flag_bits & 0x1:
            return _failed(
                "",
                [
                    Problem(
                        None, info.filename, _("The ZIP archive is encrypted; it cannot be read.")
                    )
                ],
            )
    if sum(info.file_size for info in infos) > MAX_BYTES:
        return _failed(
            "", [Problem(None, "", _("Unpacked, the ZIP archive would be larger than 200 MB."))]
        )
    csv_files = [info for info in infos if info.filename.lower().endswith(".csv")]
    if member is not None:
        chosen = next((info for info in infos if info.filename == member), None)
        if chosen is None:
            return _failed(
                "",
                [
                    Problem(
                        None,
                        "",
                        _("The ZIP archive contains no file “%(name)s”.") % {"name": member[:200]},
                    )
                ],
            )
    elif len(csv_files) == 1:
        chosen = csv_files[0]
    elif not csv_files:
        return _failed("", [Problem(None, "", _("The ZIP archive contains no CSV file."))])
    else:
        return ParseResult(
            format=ARCHIVE, encoding="", archive_members=[info.filename for info in csv_files]
        )
    # Read at most MAX_BYTES, whatever the archive's directory claims.
    with archive.open(chosen) as handle:
        content = handle.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        return _failed(
            "", [Problem(None, "", _("Unpacked, the ZIP archive would be larger than 200 MB."))]
        )
    if content.startswith(_ZIP_MAGIC):
        return _failed(
            "",
            [
                Problem(
                    None,
                    chosen.filename,
                    _(
                        "The ZIP archive contains another archive. Unpack it and upload the CSV file itself."
                    ),
                )
            ],
        )
    return content, chosen.filename


@contextmanager
def collector_paused():
    """Reading creates millions of small objects without reference cycles: Python's cycle
    collector would scan them again and again (half the reading time). It runs again after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_text_file(data: bytes) -> ParseResult:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _failed(
            "",
            [
                Problem(
                    None,
                    "",
                    _(
                        "This is not a text (CSV) file. If it is UTF-16 text, save it again as UTF-8 or download it again."
                    ),
                )
            ],
        )
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        return _failed("", [Problem(None, "", _("The UTF-16 text of the file is damaged."))])
    if not text.strip():
        return _failed(encoding, [Problem(None, "", _("The file is empty."))])
    first_line_end = text.find("\n")
    first = (text if first_line_end < 0 else text[:first_line_end]).strip().lower()
    if ";" not in text:
        separator = "," if "," in first else "\\t" if "\t" in first else "?"
        return _failed(
            encoding,
            [
                Problem(
                    1,
                    "",
                    _("Columns must be separated by semicolons (;); this file uses “%(sep)s”.")
                    % {"sep": separator},
                )
            ],
        )
    rows = list(csv.reader(io.StringIO(text), delimiter=";", quotechar='"'))
    if first.startswith("statistics_code;") or first.startswith("statistik_code;"):
        result = read_flat_file(rows)
    else:
        result = read_table_file(rows)
    result.encoding = encoding
    _warn_double_encoding(text, result)
    return result


def _warn_double_encoding(text: str, result: ParseResult) -> None:
    """UTF-8 text that was decoded as Windows-1252 and saved again reads "mÃ¤nnlich"."""
    match = _DOUBLE_ENCODED.search(text)
    if match is None:
        return
    row = text.count("\n", 0, match.start()) + 1
    line_start = text.rfind("\n", 0, match.start()) + 1
    word = (
        re.search(r"\S*$", text[line_start : match.start()]).group()
        + text[match.start() : match.start() + 12].split(";")[0].split()[0]
    )
    result.warnings.append(
        Problem(
            row,
            "",
            _(
                "The text looks encoded twice (“%(word)s”, from row %(row)s on): umlauts will be "
                "stored garbled. Download the file again with the encoding UTF-8 (or the other "
                "encoding offered) and upload that file."
            )
            % {"word": word[:40], "row": row},
            severity=WARNING,
        )
    )


def _failed(encoding, problems) -> ParseResult:
    return ParseResult(format="unknown", encoding=encoding, problems=problems)
