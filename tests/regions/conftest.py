"""Real GV100AD files (Destatis, dl-de/by-2-0) and real cuts of them for the directory tests."""

import io
import zipfile
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "regions"
FILE_2017 = DATA / "GV100AD_311217.zip"  # ISO 8859-1, LF
FILE_2021 = DATA / "GV100AD_301121.zip"  # UTF-8, CRLF


def member_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        (name,) = archive.namelist()
        return archive.read(name)


def cut(path: Path, lands=("04", "10")) -> bytes:
    """The file's own lines (bytes, encoding and line ends as published) of some Länder."""
    lines = member_bytes(path).splitlines(keepends=True)
    return b"".join(line for line in lines if line[10:12].decode() in lands)


def zipped(data: bytes, name="GV100AD_test.txt") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def small_2017() -> bytes:
    """Bremen and Saarland of the 2017 file (ISO 8859-1)."""
    return cut(FILE_2017)


@pytest.fixture(scope="session")
def small_2021() -> bytes:
    """Bremen and Saarland of the 2021 file (UTF-8, CRLF)."""
    return cut(FILE_2021)
