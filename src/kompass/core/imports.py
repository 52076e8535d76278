"""The one shape of every tabular import: problems that name row and column, and a plan.

Reading a file never writes: it gives an ``ImportPlan`` – what each row would do
(create, update, unchanged, skip) and every ``Problem`` found. A plan with an error is
never applied; the preview shows the problems (``core/_import_problems.html``) or the
summary (``core/_import_summary.html``) and the person confirms or discards
(``core/_import_confirm.html``).
"""

from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from typing import ClassVar

from django.utils.translation import gettext_lazy as _

ERROR, WARNING = "error", "warning"
CREATE, UPDATE, UNCHANGED, SKIP = "create", "update", "unchanged", "skip"
ACTIONS = (CREATE, UPDATE, UNCHANGED, SKIP)


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file, where it is: sheet, row and column (each may be unknown).

    Only errors stop an import; warnings are shown and the import may go ahead.
    """

    row: int | None
    column: str
    message: str
    severity: str = ERROR
    sheet: str = ""

    def __str__(self):
        where = [self.sheet] if self.sheet else []
        if self.row:
            where.append(str(_("row %(row)s") % {"row": self.row}))
        if self.column:
            where.append(str(_("column “%(column)s”") % {"column": self.column}))
        return f"{', '.join(where)}: {self.message}" if where else str(self.message)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def as_json(self) -> dict:
        return {**asdict(self), "message": str(self.message)}

    @classmethod
    def from_json(cls, data: dict) -> "Problem":
        return cls(**data)


@dataclass
class ImportPlan:
    """What a file would change: its rows (each with an ``action``) and its problems.

    Rows that need no showing may be tallied in ``unchanged`` and ``skipped`` instead of
    being kept. Subclasses name their row type for the JSON round trip (``row_type``).
    """

    row_type: ClassVar[type | None] = None

    rows: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0
    skipped: int = 0

    @property
    def counts(self) -> dict[str, int]:
        counts = Counter(row.action for row in self.rows)
        counts[UNCHANGED] += self.unchanged
        counts[SKIP] += self.skipped
        return {action: counts[action] for action in ACTIONS}

    @property
    def has_changes(self) -> bool:
        counts = self.counts
        return bool(counts[CREATE] or counts[UPDATE])

    @property
    def is_acceptable(self) -> bool:
        """A plan may be applied only if no problem is an error."""
        return not any(problem.is_error for problem in self.problems)

    def as_json(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["rows"] = [asdict(row) for row in self.rows]
        data["problems"] = [problem.as_json() for problem in self.problems]
        return data

    @classmethod
    def from_json(cls, data: dict) -> "ImportPlan":
        known = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        known["rows"] = [cls.row_type(**row) for row in data.get("rows", [])]
        known["problems"] = [Problem.from_json(p) for p in data.get("problems", [])]
        return cls(**known)
