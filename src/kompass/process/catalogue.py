"""The process templates shipped with the product, read from ``catalogues/templates.yaml``.

Three templates from the seeds, in the users' own (German) wording – content, not UI text:

- ``twelve_steps``: Bertelsmann Stiftung, "Konzept für Integration – ein Leitfaden in
  12 Schritten" (seed 000), grouped into the phases of the lifecycle (DOMAIN.md);
- ``hessian_phases``: the four phases of the Hessian WIR programme with the tasks before,
  during and after the process ("Davor, währenddessen, danach", seed 004);
- ``four_steps``: the four steps of the Landkreis Börde (seed 001), without phases;
- ``revision``: the Fortschreibung of an adopted concept ("das Konzept ist nicht
  abschließend, sondern wird fortlaufend den Entwicklungen angepasst", seed 001; "eine
  kontinuierliche Fortschreibung unter Einbindung möglichst aller Akteure", seed 004),
  built on the monitoring results; a new version starts with it.

They are plain data (dataclasses) rather than database rows: they change with the
product, need no migration to improve, and a municipality adapts its *copy* of a
template (the phases, steps, milestones and tasks of its ``Process``), never the template.
``weight`` is a step's share of the chosen duration; a milestone falls on the end of its
step; a task is due at the end of its step, at the start (before), at the end (during)
or some weeks after the end (after) of the process – see ``schedule.py``.
"""

from dataclasses import MISSING, dataclass, fields
from pathlib import Path

from kompass.core.catalogues import complete_entry, read_entries

CATALOGUE_FILE = Path(__file__).resolve().parent / "catalogues" / "templates.yaml"


@dataclass(frozen=True)
class TaskSpec:
    title: str
    description: str = ""


@dataclass(frozen=True)
class StepSpec:
    title: str
    description: str
    weight: int = 1
    milestone: str = ""
    tasks: tuple[TaskSpec, ...] = ()


@dataclass(frozen=True)
class PhaseSpec:
    title: str
    description: str
    steps: tuple[StepSpec, ...]


@dataclass(frozen=True)
class ProcessTemplate:
    key: str
    name: str
    source: str
    summary: str
    phases: tuple[PhaseSpec, ...] = ()
    # steps without a phase (a template without phases)
    steps: tuple[StepSpec, ...] = ()
    before: tuple[TaskSpec, ...] = ()
    during: tuple[TaskSpec, ...] = ()
    after: tuple[TaskSpec, ...] = ()
    default_months: int = 12

    def all_steps(self) -> list[tuple[PhaseSpec | None, StepSpec]]:
        """Every step in its order, with its phase (None for a template without phases)."""
        return [(phase, step) for phase in self.phases for step in phase.steps] + [
            (None, step) for step in self.steps
        ]


def _build(cls, entry, where: str, **nested):
    """An instance of the dataclass ``cls`` from a file entry: its fields without a default
    are required, no other keys allowed; ``nested`` builds the tuple fields from their lists."""
    values = complete_entry(
        entry,
        required=[f.name for f in fields(cls) if f.default is MISSING],
        defaults={f.name: f.default for f in fields(cls) if f.default is not MISSING},
        where=where,
    )
    for name, build in nested.items():
        values[name] = tuple(
            build(item, f"{where}, {name} {number}")
            for number, item in enumerate(values[name], start=1)
        )
    return cls(**values)


def _task(entry, where: str) -> TaskSpec:
    return _build(TaskSpec, entry, where)


def _step(entry, where: str) -> StepSpec:
    return _build(StepSpec, entry, where, tasks=_task)


def _phase(entry, where: str) -> PhaseSpec:
    return _build(PhaseSpec, entry, where, steps=_step)


def load_templates(path: Path = CATALOGUE_FILE) -> dict[str, ProcessTemplate]:
    """The templates of the file by key, in file order; a malformed entry is a CatalogueError."""
    templates = [
        _build(
            ProcessTemplate,
            entry,
            where,
            phases=_phase,
            steps=_step,
            before=_task,
            during=_task,
            after=_task,
        )
        for where, entry in read_entries(path, label="key")
    ]
    return {template.key: template for template in templates}


TEMPLATES = load_templates()
TEMPLATE_CHOICES = [(t.key, t.name) for t in TEMPLATES.values()]


def get_template(key: str) -> ProcessTemplate:
    return TEMPLATES[key]
