"""Shared pieces of the statistics readers: value cells, symbols, region keys, results."""

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from django.utils.translation import gettext_lazy as _

from kompass.core.imports import Problem

# Flags as stored in IndicatorValue.flag (indicators.models.ValueFlag values).
SECRET, NOT_AVAILABLE, UNRELIABLE, NOT_APPLICABLE = (
    "secret",
    "not_available",
    "unreliable",
    "not_applicable",
)
PROVISIONAL, CORRECTED, ESTIMATED, LIMITED = "provisional", "corrected", "estimated", "limited"
# "-" in the classic tables: nothing there, a true zero (per the tables' legend).
NOTHING = "nothing"
DASH = "-"

# Cells that are only a symbol: no number, the reason is kept as a flag (never a zero).
SYMBOL_ONLY = {
    ".": SECRET,
    "...": NOT_AVAILABLE,
    "…": NOT_AVAILABLE,
    "/": UNRELIABLE,
    "x": NOT_APPLICABLE,
    "X": NOT_APPLICABLE,
    "–": SECRET,  # Zensus grid files: suppressed cell (en dash)
}
_MARKABLE_SYMBOLS = frozenset({".", "...", "…", "/", "–"})
# Letters that follow a number and qualify it.
SUFFIX_FLAGS = {"p": PROVISIONAL, "r": CORRECTED, "s": ESTIMATED}
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")


class Attribute(NamedTuple):
    """One characteristic of a value, e.g. ``NAT`` "Nationalität" = ``NATA`` "Ausländer".

    ``code`` is the characteristic's official code; it is empty for a total ("Insgesamt",
    "Total"), whatever word the download uses. Classic tables name a characteristic only by
    its text (an age-group column): its code is then that text, its variable code the
    column's heading.
    """

    variable_code: str
    variable_label: str
    code: str
    label: str

    @property
    def is_total(self) -> bool:
        return self.code == ""


@dataclass(slots=True)
class ParsedValue:
    row: int
    # The key exactly as the file writes it (blanks removed, ``DG`` for Germany), never shortened.
    region_key: str
    region_name: str
    year: int
    reference_date: datetime.date | None
    # The value variable's label as shown to the user (e.g. "Arbeitslose"); ``variable_code``
    # is its official code (``ERW032``) where the file gives one.
    variable: str
    value: Decimal | None
    flag: str = ""
    unit: str = ""
    attributes: tuple[Attribute, ...] = ()
    statistic: str = ""
    variable_code: str = ""
    # A flat file's "-" without quality code: no number published or a true zero? The importer
    # decides once per import (ImportBatch.dash_means); until then value is None, flag "".
    dash: bool = False

    @property
    def identity(self):
        """What makes two rows duplicates of each other (the full region key, never shortened)."""
        return (
            self.statistic,
            self.variable_code,
            self.variable,
            self.unit,
            self.region_key,
            self.year,
            self.reference_date,
            self.attributes,
        )


# Problems kept as objects per file; beyond this only their number is counted.
MAX_KEPT_PROBLEMS = 1000


@dataclass
class ParseResult:
    format: str
    encoding: str
    values: list[ParsedValue] = field(default_factory=list)
    # The first MAX_KEPT_PROBLEMS problems; ``problem_count`` is the true number.
    problems: list[Problem] = field(default_factory=list)
    title: str = ""
    footnotes: list[str] = field(default_factory=list)
    # Hints that do not stop the import (e.g. text that looks double-encoded).
    warnings: list[Problem] = field(default_factory=list)
    # A ZIP archive with several CSV files and none chosen: their names, nothing read.
    archive_members: list[str] = field(default_factory=list)
    # "de" or "en": the language of the download's labels.
    language: str = "de"
    # Problems found but not kept in ``problems`` (see MAX_KEPT_PROBLEMS).
    problems_not_kept: int = 0

    def add_problem(self, problem: Problem) -> None:
        """Keep the problem, or past MAX_KEPT_PROBLEMS only count it."""
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)
        else:
            self.problems_not_kept += 1

    @property
    def problem_count(self) -> int:
        """The true number of problems in the file, kept or not."""
        return len(self.problems) + self.problems_not_kept

    @property
    def variables(self) -> list[str]:
        return sorted({value.variable for value in self.values})


class CellError(ValueError):
    pass


def parse_cell(cell: str) -> tuple[Decimal | None, str]:
    """A value cell of a German statistics table: ``(number or None, flag)``.

    ``-`` means "nothing", a true zero: ``(0, "nothing")`` (a flat file's ``-`` without
    quality code is no zero; ``flat`` decides before calling this). ``.``, ``...``, ``/``, ``x`` and the Zensus ``–``
    stand for a missing number whose reason is kept as a flag. ``(12,3)`` has limited
    reliability; a trailing ``p``, ``r`` or ``s`` marks provisional, corrected or
    estimated numbers. Raises CellError for text that is not a number.
    """
    if cell.isdigit():  # the common case, fast
        return Decimal(cell), ""
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    if text == "":
        raise CellError(_("The cell is empty."))
    if text == DASH:
        return Decimal("0"), NOTHING
    if text in SYMBOL_ONLY:
        return None, SYMBOL_ONLY[text]
    if text[:-1] in _MARKABLE_SYMBOLS and text[-1].isalpha():
        # A symbol with a footnote letter (".g" in 41312-01-01-4): the symbol counts.
        return None, SYMBOL_ONLY[text[:-1]]
    flag = ""
    if text.startswith("(") and text.endswith(")"):
        text, flag = text[1:-1], LIMITED
    elif text[-1:] in SUFFIX_FLAGS and len(text) > 1:
        text, flag = text[:-1].rstrip(), SUFFIX_FLAGS[text[-1]]
    try:
        return parse_number(text), flag
    except CellError:
        raise CellError(_("“%(text)s” is not a number.") % {"text": cell.strip()[:40]}) from None


def parse_number(text: str) -> Decimal:
    """A number in German notation (``1.234,5``) or plain notation (``1234.5``)."""
    text = text.strip()
    try:
        if _NUMBER.match(text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if _PLAIN_NUMBER.match(text):
            return Decimal(text)
    except InvalidOperation:
        pass
    raise CellError(_("“%(text)s” is not a number.") % {"text": text[:40]})


def region_ags(key: str) -> str:
    """The comparable region key: AGS for municipalities, shorter keys for Länder and counties.

    Municipality tables mix key lengths: 10- and 11-digit keys and the 12-digit ARS
    become an 8-digit AGS as ``key[:5] + key[-3:]``; 2, 3, 5 and 8 digits stay as they
    are; ``DG`` is Germany.
    """
    key = key.strip()
    if key.isdigit() and len(key) in (10, 11, 12):
        return key[:5] + key[-3:]
    return key


def parse_period(text: str) -> tuple[int, datetime.date | None]:
    """``2023``, ``31.12.2022``, ``2024-12-31`` or ``2023-10P6M`` → (year, reference date)."""
    try:
        return _parse_period(text.strip())
    except ValueError as error:  # e.g. 31.02.2022
        if isinstance(error, CellError):
            raise
        raise CellError(_("“%(text)s” is not a valid date.") % {"text": text[:40]}) from None


def _parse_period(text: str) -> tuple[int, datetime.date | None]:
    if re.fullmatch(r"\d{4}", text):
        return int(text), None
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return year, datetime.date(year, month, day)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return year, datetime.date(year, month, day)
    match = re.fullmatch(r"(\d{4})-(\d{2})P\d+M", text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        return year, datetime.date(year, month, 1)
    raise CellError(_("“%(text)s” is not a year or date.") % {"text": text[:40]})
