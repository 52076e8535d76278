"""Reader of the official municipality directory file GV100AD (Destatis, Gemeindeverzeichnis).

Fixed width, 220 characters a record, one record a line (Datensatzbeschreibung GV100,
Statistisches Bundesamt). Positions below are 0-based slices of the 1-based "Satzstellen":

==========  =========  =====================================================================
positions   slice      content
==========  =========  =====================================================================
1–2         [0:2]      record type: 10 Land, 20 Regierungsbezirk, 30 Region (Baden-
                       Württemberg), 40 Kreis, 50 Gemeindeverband, 60 Gemeinde
3–10        [2:10]     reference date (Gebietsstand) YYYYMMDD
11–12       [10:12]    Land
13          [12]       Regierungsbezirk (0: none); record 30: Regierungsbezirk and 14 Region
14–15       [13:15]    Kreis
16–18       [15:18]    Gemeinde
19–22       [18:22]    Gemeindeverband (records 50 and 60)
23–72       [22:72]    name
73–122      [72:122]   seat of the administration (empty for 50/60 in practice)
123–124     [122:124]  Textkennzeichen (records 40, 50, 60)
129–139     [128:139]  area in hectares (record 60)
140–150     [139:150]  population, total (record 60)
151–161     [150:161]  population, male (record 60)
166–170     [165:170]  postal code of the seat (record 60)
==========  =========  =====================================================================

Files up to 2020 are ISO 8859-1; since the Sorbian spellings (2021) they are UTF-8, with LF or
CRLF line ends. Destatis ships them in a ZIP archive next to a PDF; both are accepted.
"""

import io
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePosixPath

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Level

RECORD_LEVELS = {
    "10": Level.LAND,
    "20": Level.REGBEZ,
    "30": Level.REGION,
    "40": Level.KREIS,
    "50": Level.GEMEINDEVERBAND,
    "60": Level.GEMEINDE,
}
TEXT_FILE_SUFFIXES = (".txt", ".asc")
MAX_MEMBER_BYTES = 50 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
_DIGITS = re.compile(r"^\d+$")

# Column names of the record description, for messages that name the field.
COL_TYPE = "Satzart"
COL_DATE = "Gebietsstand"
COL_KEY = "Regionalschlüssel"
COL_NAME = "Name"
COL_TEXT = "Textkennzeichen"
COL_AREA = "Fläche"
COL_POPULATION = "Bevölkerung"
COL_MALE = "Bevölkerung männlich"


ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in the file, where it is (the shape of ``core.imports.Problem``, which
    the directory, a layer-0 app like core, may not import): the core problem table shows it."""

    row: int | None
    column: str
    message: str
    severity: str = ERROR
    sheet: str = ""

    def __str__(self):
        where = [_("line %(line)s") % {"line": self.row}] if self.row else []
        if self.column:
            where.append(f"„{self.column}“")
        return f"{', '.join(where)}: {self.message}" if where else str(self.message)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass
class DirectoryRecord:
    """One record of the file, with the keys of the units above it."""

    line: int
    level: str
    key: str
    name: str
    reference_date: date
    seat: str = ""
    text_code: str = ""
    ars: str = ""
    land_key: str = ""
    regbez_key: str = ""
    kreis_key: str = ""
    verband_key: str = ""
    population: int | None = None
    population_male: int | None = None
    population_female: int | None = None
    area_ha: int | None = None
    postal_code: str = ""


@dataclass
class DirectoryFile:
    records: list[DirectoryRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    reference_date: date | None = None
    member: str = ""
    encoding: str = ""

    @property
    def is_acceptable(self) -> bool:
        return not any(problem.is_error for problem in self.problems)

    @property
    def land_keys(self) -> set[str]:
        return {record.land_key or record.key for record in self.records}


def _unpack(data: bytes, problems: list[Problem]) -> tuple[bytes | None, str]:
    """The directory file inside a ZIP archive (a GV100AD*.txt/.asc member), or the data."""
    if not data.startswith(ZIP_MAGIC):
        return data, ""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and PurePosixPath(info.filename).suffix.lower() in TEXT_FILE_SUFFIXES
        ]
        named = [m for m in members if PurePosixPath(m.filename).name.upper().startswith("GV100")]
        candidates = named or members
        if len(candidates) != 1:
            names = ", ".join(m.filename for m in candidates) or "—"
            problems.append(
                Problem(
                    None,
                    "",
                    _(
                        "The archive must contain exactly one directory file (GV100AD….txt or "
                        ".asc); found: %(names)s."
                    )
                    % {"names": names},
                )
            )
            return None, ""
        member = candidates[0]
        if member.file_size > MAX_MEMBER_BYTES:
            problems.append(
                Problem(None, "", _("“%(name)s” is too large.") % {"name": member.filename})
            )
            return None, member.filename
        return archive.read(member), member.filename
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        problems.append(Problem(None, "", _("The ZIP archive cannot be read.")))
        return None, ""


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO 8859-1"


def _number(text: str, line: int, column: str, problems: list[Problem]) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not _DIGITS.match(text):
        problems.append(
            Problem(line, column, _("“%(value)s” is not a whole number.") % {"value": text})
        )
        return None
    return int(text)


def _date(text: str, line: int, problems: list[Problem]) -> date | None:
    try:
        if not _DIGITS.match(text):
            raise ValueError
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        problems.append(
            Problem(line, COL_DATE, _("“%(value)s” is no date (YYYYMMDD).") % {"value": text})
        )
        return None


def _key_of(record_type: str, line: str) -> str:
    land, regbez, kreis, gemeinde = line[10:12], line[12], line[13:15], line[15:18]
    if record_type == "10":
        return land
    if record_type == "20":
        return land + regbez
    if record_type == "30":
        return land + regbez + line[13]
    if record_type == "40":
        return land + regbez + kreis
    if record_type == "50":
        return land + regbez + kreis + line[18:22]
    return land + regbez + kreis + gemeinde


def _parse_line(number: int, line: str, problems: list[Problem]) -> DirectoryRecord | None:
    record_type = line[:2]
    level = RECORD_LEVELS.get(record_type)
    if level is None:
        problems.append(
            Problem(
                number,
                COL_TYPE,
                _(
                    "“%(value)s” is no record type of the directory (10, 20, 30, 40, 50 or 60); "
                    "is this a GV100AD file?"
                )
                % {"value": line[:2]},
            )
        )
        return None
    line = line.ljust(220)
    found = len(problems)
    reference_date = _date(line[2:10], number, problems)
    key = _key_of(record_type, line)
    if not _DIGITS.match(key):
        problems.append(
            Problem(number, COL_KEY, _("“%(value)s” is no region key.") % {"value": key.strip()})
        )
    name = line[22:72].strip()
    if not name:
        problems.append(Problem(number, COL_NAME, _("The name is missing.")))
    text_code = line[122:124].strip()
    if text_code and not _DIGITS.match(text_code):
        problems.append(
            Problem(number, COL_TEXT, _("“%(value)s” is no text code.") % {"value": text_code})
        )
    record = DirectoryRecord(
        line=number,
        level=level,
        key=key,
        name=name,
        reference_date=reference_date,
        seat=line[72:122].strip(),
        text_code=text_code
        if level in (Level.KREIS, Level.GEMEINDEVERBAND, Level.GEMEINDE)
        else "",
        land_key=key[:2] if level != Level.LAND else "",
    )
    if level in (Level.KREIS, Level.GEMEINDEVERBAND, Level.GEMEINDE):
        record.kreis_key = key[:5] if level != Level.KREIS else ""
    if level == Level.GEMEINDE:
        verband = line[18:22]
        if not _DIGITS.match(verband):
            problems.append(
                Problem(number, "Gemeindeverband", _("“%(value)s” is no key.") % {"value": verband})
            )
        record.verband_key = key[:5] + verband
        record.ars = key[:5] + verband + key[5:]
        record.area_ha = _number(line[128:139], number, COL_AREA, problems)
        record.population = _number(line[139:150], number, COL_POPULATION, problems)
        record.population_male = _number(line[150:161], number, COL_MALE, problems)
        if record.population is not None and record.population_male is not None:
            if record.population_male > record.population:
                problems.append(
                    Problem(
                        number,
                        COL_MALE,
                        _("More men (%(male)s) than inhabitants (%(total)s).")
                        % {"male": record.population_male, "total": record.population},
                    )
                )
            else:
                record.population_female = record.population - record.population_male
        postal_code = line[165:170].strip()
        record.postal_code = postal_code if _DIGITS.match(postal_code) else ""
    return record if len(problems) == found else None


def _link_and_sum(records: list[DirectoryRecord]) -> None:
    """Regierungsbezirk keys where the file has one; sums of the Gemeinden for the levels above."""
    regbez = {r.key for r in records if r.level == Level.REGBEZ}
    for record in records:
        if record.level in (Level.LAND, Level.REGBEZ):
            continue
        if record.key[:3] in regbez:
            record.regbez_key = record.key[:3]
    totals = defaultdict(lambda: [0, 0, 0, 0])  # population, male, female, area
    present = defaultdict(lambda: [False, False, False, False])
    for record in records:
        if record.level != Level.GEMEINDE:
            continue
        prefixes = (record.key[:2], record.key[:3], record.key[:4], record.key[:5])
        for prefix in (*prefixes, record.verband_key):
            for index, value in enumerate(
                (
                    record.population,
                    record.population_male,
                    record.population_female,
                    record.area_ha,
                )
            ):
                if value is not None:
                    totals[prefix][index] += value
                    present[prefix][index] = True
    for record in records:
        if record.level == Level.GEMEINDE or record.key not in totals:
            continue
        values = [
            total if seen else None
            for total, seen in zip(totals[record.key], present[record.key], strict=True)
        ]
        (
            record.population,
            record.population_male,
            record.population_female,
            record.area_ha,
        ) = values


def read_gv100(data: bytes) -> DirectoryFile:
    """Read a GV100AD file (text or ZIP) into records and problems; never raises on bad data.

    Every problem names its line. A file with a single error yields no records to import.
    """
    result = DirectoryFile()
    text_data, result.member = _unpack(data, result.problems)
    if text_data is None:
        return result
    if b"\x00" in text_data[:4096]:
        result.problems.append(Problem(None, "", _("The file is not a text file.")))
        return result
    text, result.encoding = _decode(text_data)
    seen: dict[str, int] = {}
    first_date: tuple[date, int] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if len(result.problems) >= 1000:
            result.problems.append(
                Problem(None, "", _("More than 1,000 problems; reading stopped here."))
            )
            break
        record = _parse_line(number, raw, result.problems)
        if record is None:
            continue
        if record.key in seen:
            result.problems.append(
                Problem(
                    number,
                    COL_KEY,
                    _("The key %(key)s appears a second time (first in line %(line)s).")
                    % {"key": record.key, "line": seen[record.key]},
                )
            )
            continue
        seen[record.key] = number
        if first_date is None:
            first_date = (record.reference_date, number)
        elif record.reference_date != first_date[0]:
            result.problems.append(
                Problem(
                    number,
                    COL_DATE,
                    _("The reference date %(date)s differs from %(first)s in line %(line)s.")
                    % {
                        "date": date_format(record.reference_date, "SHORT_DATE_FORMAT"),
                        "first": date_format(first_date[0], "SHORT_DATE_FORMAT"),
                        "line": first_date[1],
                    },
                )
            )
            continue
        result.records.append(record)
    if not result.records and result.is_acceptable:
        result.problems.append(
            Problem(None, "", _("The file contains no records of the municipality directory."))
        )
    if result.is_acceptable:
        result.reference_date = first_date[0]
        _link_and_sum(result.records)
    else:
        result.records = []
    return result
