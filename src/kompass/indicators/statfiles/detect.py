"""Decode a statistics file, recognise its layout and hand it to the right reader."""

import csv
import io

from django.utils.translation import gettext_lazy as _

from .common import ParseResult, Problem
from .flat import read_flat_file
from .table import read_table_file

MAX_BYTES = 200 * 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) if it decodes, else Windows-1252 (a superset of Latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_statistics_file(data: bytes) -> ParseResult:
    """Read a GENESIS/Regionaldatenbank CSV in any of the three layouts."""
    if len(data) > MAX_BYTES:
        return _failed("", [Problem(None, "", _("The file is larger than 200 MB."))])
    if b"\x00" in data[:4096]:
        return _failed("", [Problem(None, "", _("This is not a text (CSV) file."))])
    text, encoding = decode(data)
    if not text.strip():
        return _failed(encoding, [Problem(None, "", _("The file is empty."))])
    lines = text.splitlines()
    first = lines[0].strip().lower()
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
    _report_duplicates(result)
    return result


def _report_duplicates(result: ParseResult) -> None:
    """The same region, period, variable and attributes twice: the file is ambiguous."""
    first_row = {}
    for value in result.values:
        earlier = first_row.setdefault(value.identity, value.row)
        if earlier != value.row:
            result.problems.append(
                Problem(
                    value.row,
                    value.variable,
                    _("Duplicate of row %(row)s (same region, period and characteristic).")
                    % {"row": earlier},
                )
            )


def _failed(encoding, problems) -> ParseResult:
    return ParseResult(format="unknown", encoding=encoding, problems=problems)
